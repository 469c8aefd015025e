/**
 * Published figures for a framework version: the set a user imported (the `benchmarkSets` table,
 * one row per version under `frameworkId@version`), else the set that ships beside a built-in
 * framework. `benchmarksFor` is the one way every screen and worker finds the figures in use.
 *
 * A file is read against the framework version it must be for (core's `loadBenchmarkSet`): with
 * any problem it is refused whole, every problem with its place, and nothing is stored.
 */
import Dexie from 'dexie';
import {
  type BenchmarkSet,
  type Framework,
  frameworkKey,
  loadBenchmarkSet,
  readBenchmarkSet,
  type ValidationError,
} from '../../core';
import { database } from '../connection';
import {
  type Clock,
  type Failed,
  type Missing,
  type Refused,
  systemClock,
  writeTransaction,
} from '../writeOutcome';
import { builtInBenchmarksFor, hasBuiltInBenchmarks } from './builtInBenchmarks';

/** Which figures are used for a framework version, and where they came from. */
export type BenchmarksInUse =
  | {
      readonly origin: 'imported';
      readonly set: BenchmarkSet;
      readonly fileName: string;
      readonly importedAt: string;
      /** Figures ship for this version too: removing the imported ones brings them back. */
      readonly shipped: boolean;
    }
  | { readonly origin: 'built-in'; readonly set: BenchmarkSet };

/**
 * An imported set this version of the app can no longer read against its framework: it is not
 * used (the shipped figures are, if any), and the framework page says so.
 */
export type UnreadableImport = {
  readonly fileName: string;
  readonly errors: readonly ValidationError[];
};

export type PublishedFiguresState = {
  readonly inUse: BenchmarksInUse | null;
  readonly unreadable: UnreadableImport | null;
};

/**
 * The published figures for a framework version and where they came from. Safe in a live query:
 * the shipped file's load is waited for through a Dexie promise, as the built-in frameworks' is.
 */
export async function publishedFiguresFor(framework: Framework): Promise<PublishedFiguresState> {
  const key = frameworkKey(framework);
  const row = await database().benchmarkSets.get(key);
  const shipped = hasBuiltInBenchmarks(framework.id, framework.version);
  let unreadable: UnreadableImport | null = null;
  if (row) {
    const read = readBenchmarkSet(row.set, framework);
    if (read.status === 'ok') {
      const inUse = {
        origin: 'imported',
        set: read.value,
        fileName: row.fileName,
        importedAt: row.importedAt,
        shipped,
      } as const;
      return { inUse, unreadable };
    }
    unreadable = { fileName: row.fileName, errors: read.errors };
  }
  const builtIn = shipped ? await Dexie.Promise.resolve(builtInBenchmarksFor(framework)) : null;
  return { inUse: builtIn ? { origin: 'built-in', set: builtIn } : null, unreadable };
}

/** The published figures in use for a framework version: imported, else shipped, else null. */
export async function benchmarksFor(framework: Framework): Promise<BenchmarkSet | null> {
  return (await publishedFiguresFor(framework)).inUse?.set ?? null;
}

/** Whether any published figures are stored or ship for this version, without reading them. */
export async function hasBenchmarks(framework: Framework): Promise<boolean> {
  if (hasBuiltInBenchmarks(framework.id, framework.version)) return true;
  return (await database().benchmarkSets.get(frameworkKey(framework))) !== undefined;
}

export type BenchmarkImportOutcome =
  | {
      readonly status: 'imported';
      readonly figures: number;
      readonly title: string;
      /** An imported set was already stored for this version, and is replaced. */
      readonly replaced: boolean;
    }
  | Refused
  | Missing
  | Failed;

const NO_FRAMEWORK: Missing = {
  status: 'missing',
  message: 'This framework version is no longer on this device.',
};

/**
 * Reads a benchmark file's text against the framework version and, if every figure reads, stores
 * it as the version's imported set (replacing one imported before). Resolves after the commit.
 */
export async function importBenchmarkSet(
  framework: Framework,
  text: string,
  fileName: string,
  now: Clock = systemClock,
): Promise<BenchmarkImportOutcome> {
  const read = loadBenchmarkSet(text, framework);
  if (read.status !== 'ok') return { status: 'invalid', errors: read.errors };
  const set = read.value;
  const key = frameworkKey(framework);
  return writeTransaction(
    (db) => [db.frameworks, db.benchmarkSets],
    async (db): Promise<BenchmarkImportOutcome> => {
      if (!(await db.frameworks.get(key))) return NO_FRAMEWORK;
      const replaced = (await db.benchmarkSets.get(key)) !== undefined;
      const importedAt = now().toISOString();
      await db.benchmarkSets.put({ key, frameworkKey: key, importedAt, fileName, set });
      return { status: 'imported', figures: set.figures.length, title: set.title, replaced };
    },
    (outcome) => outcome.status === 'imported',
  );
}

export type BenchmarkRemoveOutcome =
  | {
      readonly status: 'removed';
      /** Figures ship for this version, and are used again. */
      readonly shipped: boolean;
    }
  | Missing
  | Failed;

/** Removes the version's imported set; the shipped one, if any, is used again. */
export async function removeImportedBenchmarks(
  framework: Framework,
): Promise<BenchmarkRemoveOutcome> {
  const key = frameworkKey(framework);
  return writeTransaction(
    (db) => [db.benchmarkSets],
    async (db): Promise<BenchmarkRemoveOutcome> => {
      if (!(await db.benchmarkSets.get(key))) {
        return { status: 'missing', message: 'No published figures are imported for it.' };
      }
      await db.benchmarkSets.delete(key);
      return {
        status: 'removed',
        shipped: hasBuiltInBenchmarks(framework.id, framework.version),
      };
    },
  );
}
