/**
 * Frameworks on this device. The built-in ones (audit-frameworks/) are copied into IndexedDB on
 * first run, so they stay available offline whatever happens to the service-worker cache. A
 * framework version is immutable: a newer built-in version is added beside the old one, and an
 * import of an id and version already here is refused unless it is identical.
 */
import Dexie from 'dexie';
import {
  canonicalJson,
  compareVersions,
  differingFields,
  type Framework,
  frameworkHash,
  frameworkKey,
} from '../../core';
import { database, retrying } from '../connection';
import type { CaseAuditDatabase, FrameworkRecord } from '../database';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';

/**
 * Built-in framework files, one chunk each, loaded only when they need to be stored. The
 * published figures and recommendations kept beside them (`benchmarks-<version>.json`,
 * `recommendations-<version>.json`) are not frameworks.
 */
const builtInFiles = import.meta.glob<Framework>(
  [
    '/audit-frameworks/*/*.json',
    '!/audit-frameworks/*/benchmarks-*.json',
    '!/audit-frameworks/*/recommendations-*.json',
  ],
  { import: 'default' },
);

/** `id@version` from a path like `/audit-frameworks/<id>/<version>.json`. */
function keyFromPath(path: string): string {
  const [, id, file] = /\/audit-frameworks\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  return `${id}@${file}`;
}

export function builtInFrameworkKeys(): string[] {
  return Object.keys(builtInFiles).map(keyFromPath).sort();
}

/** One seeding per database (tests open a fresh database each; each must be seeded). */
const seedings = new WeakMap<CaseAuditDatabase, Promise<number>>();

/**
 * Stores any built-in framework version this device does not have yet. Returns how many.
 * Screens call this from live queries, where Dexie forbids writes: the seeding starts from a
 * timer, outside the live query's zone, and the query waits for it through a Dexie promise so
 * its later reads are still watched.
 */
export function ensureBuiltInFrameworks(now: () => Date = () => new Date()): Promise<number> {
  const db = database();
  let seeding = seedings.get(db);
  if (!seeding) {
    seeding = new Promise<number>((resolve, reject) => {
      setTimeout(() => seedBuiltIns(db, now).then(resolve, reject), 0);
    });
    seedings.set(db, seeding);
    seeding.catch(() => seedings.delete(db));
  }
  return Dexie.Promise.resolve(seeding);
}

async function seedBuiltIns(db: CaseAuditDatabase, now: () => Date): Promise<number> {
  const paths = Object.keys(builtInFiles);
  const existing = await db.frameworks.bulkGet(paths.map(keyFromPath));
  const missing = paths.filter((_, i) => existing[i] === undefined);
  if (missing.length === 0) return 0;
  const frameworks = await Promise.all(missing.map((path) => builtInFiles[path]!()));
  const hashes = await Promise.all(frameworks.map(contentHash));
  const records: FrameworkRecord[] = frameworks.map((framework, i) => ({
    key: frameworkKey(framework),
    id: framework.id,
    version: framework.version,
    title: framework.title,
    builtIn: true,
    addedAt: now().toISOString(),
    framework,
    hash: hashes[i]!,
  }));
  // bulkPut: another tab may be seeding at the same moment; the records are identical.
  await retrying((d) => d.frameworks.bulkPut(records));
  return records.length;
}

export async function listFrameworks(): Promise<FrameworkRecord[]> {
  await ensureBuiltInFrameworks();
  const records = await database().frameworks.toArray();
  return records.sort(
    (a, b) => a.title.localeCompare(b.title) || compareVersions(b.version, a.version),
  );
}

export async function getFramework(key: string): Promise<FrameworkRecord | undefined> {
  await ensureBuiltInFrameworks();
  return database().frameworks.get(key);
}

export type FrameworkImportOutcome =
  | { status: 'added'; record: FrameworkRecord }
  | { status: 'already-here'; record: FrameworkRecord }
  | { status: 'conflict'; existing: FrameworkRecord };

/** The content hash the library keeps with a version (core's `frameworkHash`, by WebCrypto). */
export function contentHash(framework: Framework): Promise<string> {
  return frameworkHash(framework, globalThis.crypto.subtle);
}

/** A framework this device did not come with, as the library keeps it (with its hash, if known). */
export function importedFrameworkRecord(
  framework: Framework,
  addedAt: string,
  hash?: string,
): FrameworkRecord {
  return {
    key: frameworkKey(framework),
    id: framework.id,
    version: framework.version,
    title: framework.title,
    builtIn: false,
    addedAt,
    framework,
    ...(hash === undefined ? {} : { hash }),
  };
}

/** How a checked framework stands against the library: new, already in it, or in conflict. */
export type LibraryMatch =
  | { status: 'new' }
  | { status: 'same'; record: FrameworkRecord }
  /** The library holds another framework under this id and version; `fields` differ. */
  | { status: 'differs'; record: FrameworkRecord; fields: string[] };

/**
 * Looks a checked framework up in the library without storing anything, so the check step can
 * say at once whether adding it would change nothing or be refused.
 */
export async function matchInLibrary(framework: Framework): Promise<LibraryMatch> {
  await ensureBuiltInFrameworks();
  const record = await database().frameworks.get(frameworkKey(framework));
  if (!record) return { status: 'new' };
  const fields = differingFields(record.framework, framework);
  return fields.length === 0 ? { status: 'same', record } : { status: 'differs', record, fields };
}

/**
 * Stores a validated framework. The same id and version twice: accepted only if identical (then
 * nothing changes); otherwise refused, because a published version never changes.
 */
export async function importFramework(
  framework: Framework,
  now: () => Date = () => new Date(),
): Promise<FrameworkImportOutcome> {
  await ensureBuiltInFrameworks();
  const key = frameworkKey(framework);
  const hash = await contentHash(framework);
  const outcome = await retrying((db) =>
    db.transaction('rw', db.frameworks, async (): Promise<FrameworkImportOutcome> => {
      const existing = await db.frameworks.get(key);
      if (existing) {
        return canonicalJson(existing.framework) === canonicalJson(framework)
          ? { status: 'already-here', record: existing }
          : { status: 'conflict', existing };
      }
      const record = importedFrameworkRecord(framework, now().toISOString(), hash);
      await db.frameworks.add(record);
      return { status: 'added', record };
    }),
  );
  if (outcome.status === 'added') void requestPersistenceOnFirstWrite();
  return outcome;
}
