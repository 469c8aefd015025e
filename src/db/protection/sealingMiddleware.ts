/**
 * The one place records of a person's space are sealed and unsealed: a Dexie DBCore middleware
 * installed by the CaseAuditDatabase constructor, closest to IndexedDB, so every store, screen,
 * live query and upgrade above it sees plain records and none can write one unsealed.
 *
 * - Writes to a sealed table (sealedTables.ts) store the readable fields and `sealed`, always.
 * - Reads return the unsealed record, never the stored one. A record that fails to unseal
 *   (changed, moved to another key, not sealed at all) is left out of a query, `undefined` from
 *   a get, and reported to damagedRecords.ts: never shown, never thrown.
 * - `answerHistory` keys itself (`++seq`): the key is bound into the seal, so the middleware
 *   gives the next key (last + 1, in the same transaction) before sealing.
 * - Cursors with values on a sealed table are refused: a cursor hands its value over at once,
 *   before it could be unsealed. Stores read with toArray, get and bulkGet instead.
 *
 * WebCrypto is asynchronous: while it works, the transaction is kept open (keepAlive.ts), so a
 * read-modify-write in one transaction behaves as it did before sealing.
 */
import type {
  DBCore,
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreOpenCursorRequest,
  DBCoreQueryRequest,
  DBCoreQueryResponse,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTableSchema,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { reportDamagedRecord } from './damagedRecords';
import { whileTransactionWaits } from './keepAlive';
import { readableFields, SEALED_FIELD } from './sealedTables';
import { sealRecord, unsealRecord } from './sealing';

/** Asked to read a sealed table through a cursor with values. */
export class SealedCursorError extends Error {
  constructor(table: string) {
    super(
      `Records of "${table}" are sealed and cannot be read through a cursor: read them with toArray(), get() or bulkGet() and filter the result.`,
    );
    this.name = 'SealedCursorError';
  }
}

type StoredRecord = Record<string, unknown>;

/**
 * The platform's Promise. Inside a Dexie transaction the global `Promise` is Dexie's own, which
 * tracks the transaction at a cost per promise; the many promises of sealing need no tracking
 * (their outcome reaches the caller through keepAlive.ts, in the caller's transaction).
 */
const NativePromise = (async () => undefined)().constructor as PromiseConstructor;

const ANY_KEY: DBCoreKeyRange = { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined };

/** The fields of the primary key and of every index: what IndexedDB must be able to read. */
function schemaFields(schema: DBCoreTableSchema): string[] {
  const fields = new Set<string>();
  for (const index of [schema.primaryKey, ...schema.indexes]) {
    const paths = index.keyPath === null ? [] : ([] as string[]).concat(index.keyPath);
    for (const path of paths) fields.add(path);
  }
  return [...fields];
}

function keyText(key: unknown): string {
  return JSON.stringify(key) ?? String(key);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || keyText(a) === keyText(b);
}

/** Next keys of an auto-incremented table, per transaction: last key + 1, then counted on. */
const lastKeys = new WeakMap<object, Map<string, Promise<number>>>();

/**
 * Copies of `values`, those of an auto-incremented table without a key given the next one, so
 * the key is known before sealing. Keys given explicitly are counted on from.
 */
function withKeys(
  down: DBCoreTable,
  trans: DBCoreTransaction,
  values: readonly unknown[],
): Promise<StoredRecord[]> {
  const records = values.map((value) => ({ ...(value as StoredRecord) }));
  const primaryKey = down.schema.primaryKey;
  const keyPath = primaryKey.keyPath;
  if (!primaryKey.autoIncrement || typeof keyPath !== 'string') {
    return NativePromise.resolve(records);
  }
  const byTable = lastKeys.get(trans) ?? new Map<string, Promise<number>>();
  lastKeys.set(trans, byTable);
  const last =
    byTable.get(down.name) ??
    down
      .query({
        trans,
        values: false,
        limit: 1,
        direction: 'prev',
        query: { index: primaryKey, range: ANY_KEY },
      })
      .then(({ result }) => (typeof result[0] === 'number' ? result[0] : 0));
  const next = last.then((counter) => {
    let latest = counter;
    for (const record of records) {
      const given = record[keyPath];
      if (typeof given === 'number') latest = Math.max(latest, given);
      else record[keyPath] = ++latest;
    }
    return latest;
  });
  byTable.set(down.name, next);
  return next.then(() => records);
}

/** Sealing and unsealing the records of one table. */
function recordSealer(
  table: string,
  readable: readonly string[],
  dataKey: CryptoKey,
  extractKey: (record: unknown) => unknown,
) {
  return {
    async seal(record: StoredRecord): Promise<StoredRecord> {
      const stored: StoredRecord = {};
      for (const field of readable) if (record[field] !== undefined) stored[field] = record[field];
      stored[SEALED_FIELD] = await sealRecord(dataKey, table, extractKey(record), record);
      return stored;
    },

    /** The record, or undefined (reported) when it cannot be unsealed or disagrees with its fields. */
    async unseal(stored: unknown): Promise<unknown> {
      if (stored === undefined || stored === null) return undefined;
      const fields = stored as StoredRecord;
      const key = extractKey(fields);
      const outcome = await unsealRecord(dataKey, table, key, fields[SEALED_FIELD]);
      const record = outcome.ok ? (outcome.record as StoredRecord | null) : null;
      if (record && readable.every((field) => sameValue(fields[field], record[field]))) {
        return record;
      }
      reportDamagedRecord(table, keyText(key));
      return undefined;
    },
  };
}

function sealedTable(
  down: DBCoreTable,
  readable: readonly string[],
  dataKey: CryptoKey,
): DBCoreTable {
  const name = down.name;
  const { outbound, extractKey } = down.schema.primaryKey;
  if (outbound || !extractKey) {
    throw new Error(`A sealed table needs its primary key inside its records: "${name}".`);
  }
  const { seal, unseal } = recordSealer(name, readable, dataKey, extractKey);

  function unsealAll(trans: DBCoreTransaction, stored: readonly unknown[]): Promise<unknown[]> {
    if (stored.length === 0) return NativePromise.resolve([]);
    return whileTransactionWaits(trans, name, NativePromise.all(stored.map(unseal)));
  }

  return {
    ...down,
    mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if ((req.type !== 'add' && req.type !== 'put') || req.values.length === 0) {
        return down.mutate(req);
      }
      const { trans } = req;
      return withKeys(down, trans, req.values)
        .then((records) => whileTransactionWaits(trans, name, NativePromise.all(records.map(seal))))
        .then((values) => down.mutate({ ...req, values }));
    },
    get(req: DBCoreGetRequest): Promise<unknown> {
      return down
        .get(req)
        .then((stored) =>
          stored === undefined
            ? undefined
            : unsealAll(req.trans, [stored]).then(([record]) => record),
        );
    },
    getMany(req: DBCoreGetManyRequest): Promise<unknown[]> {
      return down.getMany(req).then((stored) => unsealAll(req.trans, stored));
    },
    query(req: DBCoreQueryRequest): Promise<DBCoreQueryResponse> {
      if (!req.values) return down.query(req);
      return down.query(req).then((response) =>
        unsealAll(req.trans, response.result).then((records) => ({
          ...response,
          result: records.filter((record) => record !== undefined),
        })),
      );
    },
    openCursor(req: DBCoreOpenCursorRequest) {
      if (req.values === false) return down.openCursor(req);
      return Promise.reject(new SealedCursorError(name));
    },
  };
}

/** The sealing middleware for a space opened with `dataKey`. */
export function sealingMiddleware(dataKey: CryptoKey): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'Sealing',
    // Below every other middleware (Dexie's hooks, cache and live-query tracking): they all see
    // plain records, and only IndexedDB sees sealed ones.
    level: -10,
    create(down: DBCore): Partial<DBCore> {
      const tables = new Map<string, DBCoreTable>();
      return {
        ...down,
        table(tableName: string): DBCoreTable {
          const known = tables.get(tableName);
          if (known) return known;
          const table = down.table(tableName);
          const readable = readableFields(tableName, () => schemaFields(table.schema));
          const wrapped = readable ? sealedTable(table, readable, dataKey) : table;
          tables.set(tableName, wrapped);
          return wrapped;
        },
      };
    },
  };
}
