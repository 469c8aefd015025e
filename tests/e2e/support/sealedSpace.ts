/**
 * A person's space as it is on disk, read and written by the test without the app: the people
 * database gives the person's data key wrapped under their passphrase; the test derives the
 * key-encryption key as the app does (Argon2id), unwraps the data key, and opens or seals the
 * records of the space itself. What the journeys check is then what is stored, whatever a screen
 * says, and the format of a sealed record is checked on the way:
 *
 *   { <primary key and indexed fields>, sealed: iv (12 bytes) ‖ AES-GCM(JSON of the record) }
 *   additional data: "<table>\n<JSON of the primary key>"
 *
 * Seeds write inspections the same way, sealed with the person's key, as the set-up screens
 * would have stored them.
 */
import { argon2id } from 'hash-wasm';
import type { Page } from 'playwright-core';
import { type Person, TEST_PERSON } from './protection';

export const PEOPLE_DATABASE = 'case-audit-people';
/** Framework content is public: these tables are stored as they are. */
const PLAIN_TABLES = new Set(['frameworks', 'frameworkDrafts']);
const IV_BYTES = 12;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

type PassphraseWrap = {
  method: 'passphrase';
  kdf: { memoryKiB: number; iterations: number; parallelism: number; salt: string };
  iv: string;
  wrapped: string;
};

type StoreShape = { keyPath: string | string[]; auto: boolean; fields: string[] };

/** Every record of the people database, as stored (it is not sealed). */
export async function peopleRecords(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === name)) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...db.objectStoreNames];
    const rows: Record<string, unknown>[] = [];
    for (const store of stores) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const row of all)
        if (row && typeof row === 'object' && 'personId' in row)
          rows.push(row as Record<string, unknown>);
    }
    db.close();
    return rows;
  }, PEOPLE_DATABASE);
}

/** Finds the wrapped key under the passphrase wherever the person's record keeps it. */
function passphraseWrapIn(value: unknown): PassphraseWrap | null {
  if (!value || typeof value !== 'object') return null;
  if ((value as { method?: unknown }).method === 'passphrase') return value as PassphraseWrap;
  for (const inner of Object.values(value)) {
    const found = passphraseWrapIn(inner);
    if (found) return found;
  }
  return null;
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(text, 'base64'));
}

const keys = new Map<string, Promise<CryptoKey>>();

/** The person's data key, unwrapped from the people database with their passphrase. */
async function dataKeyOf(personId: string, wrap: PassphraseWrap, passphrase: string) {
  const id = `${personId}\n${wrap.wrapped}\n${passphrase}`;
  let key = keys.get(id);
  if (!key) {
    key = (async () => {
      const bytes = await argon2id({
        password: passphrase.normalize('NFC'),
        salt: base64Bytes(wrap.kdf.salt),
        memorySize: wrap.kdf.memoryKiB,
        iterations: wrap.kdf.iterations,
        parallelism: wrap.kdf.parallelism,
        hashLength: 32,
        outputType: 'binary',
      });
      const kek = await crypto.subtle.importKey('raw', Uint8Array.from(bytes), 'AES-GCM', false, [
        'unwrapKey',
      ]);
      return crypto.subtle.unwrapKey(
        'raw',
        base64Bytes(wrap.wrapped),
        kek,
        {
          name: 'AES-GCM',
          iv: base64Bytes(wrap.iv),
          additionalData: utf8.encode(`case-audit:data-key:${personId}`),
        },
        'AES-GCM',
        false,
        ['encrypt', 'decrypt'],
      );
    })();
    keys.set(id, key);
    key.catch(() => keys.delete(id));
  }
  return key;
}

export type Space = { personId: string; database: string; key: CryptoKey };

/** The space of the person (the test inspector unless said) and its data key. */
export async function spaceOf(page: Page, person: Person = TEST_PERSON): Promise<Space> {
  const people = await peopleRecords(page);
  const record =
    people.find((p) => p.name === person.name) ?? (people.length === 1 ? people[0] : undefined);
  if (!record)
    throw new Error(`no person "${person.name}" on this device (${people.length} people)`);
  const personId = String(record.personId);
  const wrap = passphraseWrapIn(record);
  if (!wrap) throw new Error(`no key wrapped under a passphrase for ${person.name}`);
  return {
    personId,
    database: `case-audit-space-${personId}`,
    key: await dataKeyOf(personId, wrap, person.passphrase),
  };
}

/** The primary key of a record, as the sealing binds it. */
function primaryKeyOf(record: Record<string, unknown>, keyPath: string | string[]): unknown {
  return Array.isArray(keyPath) ? keyPath.map((field) => record[field]) : record[keyPath];
}

function additionalData(table: string, primaryKey: unknown): Uint8Array<ArrayBuffer> {
  return utf8.encode(`${table}\n${JSON.stringify(primaryKey)}`);
}

/** Opens one stored record; throws if it is stored in plain text or does not open. */
async function unseal(
  key: CryptoKey,
  table: string,
  keyPath: string | string[],
  stored: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const sealed = stored.sealed;
  if (!Array.isArray(sealed)) {
    throw new Error(
      `a record of ${table} is stored unsealed: ${JSON.stringify(stored).slice(0, 200)}`,
    );
  }
  const bytes = Uint8Array.from(sealed as number[]);
  const plain = await crypto.subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: bytes.slice(0, IV_BYTES),
      additionalData: additionalData(table, primaryKeyOf(stored, keyPath)),
    },
    key,
    bytes.slice(IV_BYTES),
  );
  return JSON.parse(fromUtf8.decode(plain)) as Record<string, unknown>;
}

async function seal(
  key: CryptoKey,
  table: string,
  shape: StoreShape,
  record: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const primaryKey = primaryKeyOf(record, shape.keyPath);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(table, primaryKey) },
      key,
      utf8.encode(JSON.stringify(record)),
    ),
  );
  const readable: Record<string, unknown> = {};
  for (const field of shape.fields) if (field in record) readable[field] = record[field];
  return { ...readable, sealed: [...iv, ...cipher] };
}

/** Each store's key path, auto-increment, and the fields it keeps readable (key and indexes). */
async function storeShapes(page: Page, database: string): Promise<Record<string, StoreShape>> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const shapes: Record<string, { keyPath: string | string[]; auto: boolean; fields: string[] }> =
      {};
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names);
    for (const store of names) {
      const os = tx.objectStore(store);
      const keyPath = os.keyPath as string | string[];
      const fields = new Set<string>([keyPath].flat());
      for (const index of [...os.indexNames]) {
        for (const field of [os.index(index).keyPath].flat()) fields.add(field);
      }
      shapes[store] = { keyPath, auto: os.autoIncrement, fields: [...fields] };
    }
    db.close();
    return shapes;
  }, database);
}

/** A table of the person's space, every record opened: what is stored, whatever a screen says. */
export async function readSpaceTable<T>(
  page: Page,
  table: string,
  person: Person = TEST_PERSON,
): Promise<T[]> {
  const space = await spaceOf(page, person);
  const { keyPath, rows } = await page.evaluate(
    async ({ name, table }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = db.transaction(table).objectStore(table);
      const keyPath = store.keyPath as string | string[];
      const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      // Bytes cross to the test as plain numbers.
      const rows = all.map((row) =>
        row.sealed instanceof Uint8Array ? { ...row, sealed: Array.from(row.sealed) } : row,
      );
      return { keyPath, rows };
    },
    { name: space.database, table },
  );
  if (PLAIN_TABLES.has(table)) return rows as T[];
  return Promise.all(rows.map((row) => unseal(space.key, table, keyPath, row))) as Promise<T[]>;
}

/**
 * Writes records into the person's space, sealed as the app seals them (frameworks as they are).
 * A record of an auto-increment table without its key is given the next one.
 */
export async function writeSpaceRecords(
  page: Page,
  tables: Record<string, readonly object[]>,
  person: Person = TEST_PERSON,
): Promise<void> {
  const space = await spaceOf(page, person);
  const shapes = await storeShapes(page, space.database);
  const lastKeys = await page.evaluate(
    async ({ name, auto }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const last: Record<string, number> = {};
      for (const table of auto) {
        last[table] = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(table).objectStore(table).openKeyCursor(null, 'prev');
          request.onsuccess = () => resolve(Number(request.result?.key ?? 0));
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      return last;
    },
    { name: space.database, auto: Object.keys(tables).filter((t) => shapes[t]?.auto) },
  );
  const prepared: Record<string, Record<string, unknown>[]> = {};
  for (const [table, records] of Object.entries(tables)) {
    const shape = shapes[table];
    if (!shape) throw new Error(`no table ${table} in the space`);
    prepared[table] = await Promise.all(
      records.map((given) => {
        let record = given as Record<string, unknown>;
        if (
          shape.auto &&
          typeof shape.keyPath === 'string' &&
          record[shape.keyPath] === undefined
        ) {
          lastKeys[table] = (lastKeys[table] ?? 0) + 1;
          record = { ...record, [shape.keyPath]: lastKeys[table] };
        }
        return PLAIN_TABLES.has(table) ? record : seal(space.key, table, shape, record);
      }),
    );
  }
  await page.evaluate(
    async ({ name, prepared }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(Object.keys(prepared), 'readwrite');
        for (const [table, rows] of Object.entries(prepared)) {
          for (const row of rows) {
            const sealed = row.sealed;
            tx.objectStore(table).put(
              Array.isArray(sealed) ? { ...row, sealed: new Uint8Array(sealed as number[]) } : row,
            );
          }
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: space.database, prepared },
  );
}
