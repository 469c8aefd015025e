/**
 * An inspection's recommendations register (the `registers` table: one row per inspection, its
 * recommendations checked by core's `registerRecommendationSchema`): loaded whole; one
 * recommendation saved at a time with the history its change makes; started from the framework's
 * shipped recommendations; a register file imported (merged by id) and exported. Every write is
 * one transaction and resolves after its commit, so the screen says "Saved" only for what is on
 * disk; input that does not read is refused whole, with its place named, and nothing is stored.
 */
import {
  type Framework,
  frameworkKey,
  type Inspection,
  loadRegisterFile,
  mergeRegister,
  type RegisterFile,
  type RegisterRecommendation,
  readRecommendation,
  readRegisterRecommendations,
  registerFile,
  type ValidationError,
  withHistory,
} from '../../core';
import { database } from '../connection';
import type { CaseAuditDatabase, RegisterRecord } from '../database';
import { builtInRecommendationsFor } from '../frameworks/builtInRecommendations';
import {
  type Clock,
  type InspectionChange,
  type Missing,
  NO_INSPECTION,
  type Refused,
  systemClock,
  writeTransaction,
} from '../writeOutcome';

export type StoredRegister =
  | {
      readonly status: 'ok';
      readonly recommendations: readonly RegisterRecommendation[];
      readonly updatedAt: string | null;
    }
  /** A stored register this version cannot read: shown, never overwritten without asking. */
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] };

/** A stored row's recommendations, each checked (no row: an empty register). */
function readRow(row: RegisterRecord | undefined): StoredRegister {
  if (!row) return { status: 'ok', recommendations: [], updatedAt: null };
  const read = readRegisterRecommendations(row.recommendations);
  return read.status === 'ok'
    ? { status: 'ok', recommendations: read.value, updatedAt: row.updatedAt }
    : { status: 'invalid', errors: read.errors };
}

/** The inspection's register; an empty one when nothing has been recorded yet. */
export async function loadRegister(inspectionId: string): Promise<StoredRegister> {
  return readRow(await database().registers.get(inspectionId));
}

const NO_FRAMEWORK: Missing = {
  status: 'missing',
  message: 'The framework version this inspection uses is no longer on this device.',
};

/** The inspection and its framework, or why a register cannot be written for it. */
async function inspectionAndFramework(
  db: CaseAuditDatabase,
  inspectionId: string,
): Promise<{ inspection: Inspection; framework: Framework } | Missing> {
  const inspection = await db.inspections.get(inspectionId);
  if (!inspection) return NO_INSPECTION;
  const record = await db.frameworks.get(frameworkKey(inspection.framework));
  return record ? { inspection, framework: record.framework } : NO_FRAMEWORK;
}

/**
 * The stored recommendations, or a refusal naming a stored register this version cannot read.
 * Read with one request and checked here, so a transaction's body awaits Dexie's own promises
 * only (a chain of native ones can outlast the transaction).
 */
function storedRecommendations(
  row: RegisterRecord | undefined,
): readonly RegisterRecommendation[] | Refused {
  const stored = readRow(row);
  if (stored.status === 'ok') return stored.recommendations;
  return {
    status: 'invalid',
    errors: stored.errors.map((e) => ({
      path: `the stored register: ${e.path}`,
      message: e.message,
    })),
  };
}

function isRefused(value: readonly RegisterRecommendation[] | Refused): value is Refused {
  return 'status' in value;
}

export type RecommendationSaveOutcome = InspectionChange<{
  readonly status: 'saved';
  readonly at: string;
  readonly recommendation: RegisterRecommendation;
}>;

/**
 * Saves one recommendation, new or changed, in one transaction that resolves after its commit.
 * Its history gains an entry for each change since the stored one, made now by `by` (the team
 * member's name). Input that does not read against the inspection's framework is refused whole,
 * each problem with its place (`actions[0].dueDate`), and nothing is stored.
 */
export async function saveRecommendation(
  inspectionId: string,
  recommendation: RegisterRecommendation,
  by: string,
  now: Clock = systemClock,
): Promise<RecommendationSaveOutcome> {
  return writeTransaction(
    (db) => [db.inspections, db.frameworks, db.registers],
    async (db): Promise<RecommendationSaveOutcome> => {
      const found = await inspectionAndFramework(db, inspectionId);
      if ('status' in found) return found;
      const checked = readRecommendation(recommendation, found.framework);
      if (checked.status !== 'ok') return { status: 'invalid', errors: checked.errors };
      const stored = storedRecommendations(await db.registers.get(inspectionId));
      if (isRefused(stored)) return stored;
      const at = now().toISOString();
      const before = stored.find((r) => r.id === checked.value.id) ?? null;
      const saved = withHistory(before, checked.value, at, by);
      const recommendations = before
        ? stored.map((r) => (r.id === saved.id ? saved : r))
        : [...stored, saved];
      await db.registers.put({ inspectionId, updatedAt: at, recommendations });
      return { status: 'saved', at, recommendation: saved };
    },
    (outcome) => outcome.status === 'saved',
  );
}

export type RegisterMergeOutcome = InspectionChange<{
  readonly status: 'merged';
  /** How many recommendations were added. */
  readonly added: number;
  /** How many were in the register already (by id), and were left as they stand. */
  readonly alreadyThere: number;
}>;

/**
 * Merges recommendations into the register by id, noting on each one added where it came from;
 * one already there (by id) is left as it stands.
 */
function mergeInto(
  inspectionId: string,
  framework: Framework,
  incoming: readonly RegisterRecommendation[],
  note: string,
  by: string,
  now: Clock,
): Promise<RegisterMergeOutcome> {
  return writeTransaction(
    (db) => [db.inspections, db.frameworks, db.registers],
    async (db): Promise<RegisterMergeOutcome> => {
      const found = await inspectionAndFramework(db, inspectionId);
      if ('status' in found) return found;
      // The file was read against this framework: the inspection must still be pinned to it.
      if (frameworkKey(found.framework) !== frameworkKey(framework)) return NO_FRAMEWORK;
      const stored = storedRecommendations(await db.registers.get(inspectionId));
      if (isRefused(stored)) return stored;
      const at = now().toISOString();
      const merge = mergeRegister(stored, incoming);
      const added = new Set(merge.added);
      const recommendations = merge.recommendations.map((r) =>
        added.has(r.id) ? { ...r, history: [...r.history, { at, by, what: note }] } : r,
      );
      if (added.size > 0) await db.registers.put({ inspectionId, updatedAt: at, recommendations });
      return { status: 'merged', added: added.size, alreadyThere: merge.alreadyThere };
    },
    (outcome) => outcome.status === 'merged' && outcome.added > 0,
  );
}

/**
 * Starts the register from the recommendations that ship with the inspection's framework version
 * (its source report's); any already there are left as they stand, so doing it twice adds none.
 */
export async function addFrameworkRecommendations(
  inspectionId: string,
  by: string,
  now: Clock = systemClock,
): Promise<RegisterMergeOutcome> {
  const found = await inspectionAndFramework(database(), inspectionId);
  if ('status' in found) return found;
  // Loaded before the write: a transaction would not outlive the file's chunk being fetched.
  const shipped = await builtInRecommendationsFor(found.framework);
  if (shipped === null) {
    return {
      status: 'missing',
      message: 'No recommendations ship with the framework version this inspection uses.',
    };
  }
  return mergeInto(
    inspectionId,
    found.framework,
    shipped.recommendations,
    'Added from the framework’s report',
    by,
    now,
  );
}

/**
 * Imports a register file's text: read against the inspection's framework version, refused
 * whole with each problem's place (nothing stored), else merged by recommendation id.
 */
export async function importRegisterFile(
  inspectionId: string,
  text: string,
  by: string,
  now: Clock = systemClock,
): Promise<RegisterMergeOutcome> {
  const found = await inspectionAndFramework(database(), inspectionId);
  if ('status' in found) return found;
  const read = loadRegisterFile(text, found.framework);
  if (read.status !== 'ok') return { status: 'invalid', errors: read.errors };
  const note = `Imported from the register file “${read.value.title}”`;
  return mergeInto(inspectionId, found.framework, read.value.recommendations, note, by, now);
}

/** The register as a file for the inspection's framework version, titled after the inspection. */
export async function exportRegister(
  inspectionId: string,
): Promise<{ readonly status: 'ok'; readonly file: RegisterFile } | Refused | Missing> {
  const db = database();
  const inspection = await db.inspections.get(inspectionId);
  if (!inspection) return NO_INSPECTION;
  const stored = storedRecommendations(await db.registers.get(inspectionId));
  if (isRefused(stored)) return stored;
  const title = `Recommendations register: ${inspection.title}`;
  return { status: 'ok', file: registerFile(inspection.framework, title, stored) };
}

export type RecommendationDeleteOutcome = InspectionChange<{ readonly status: 'deleted' }>;

/** Deletes one recommendation (with its actions, evidence and history) from the register. */
export async function deleteRecommendation(
  inspectionId: string,
  recommendationId: string,
  now: Clock = systemClock,
): Promise<RecommendationDeleteOutcome> {
  return writeTransaction(
    (db) => [db.inspections, db.registers],
    async (db): Promise<RecommendationDeleteOutcome> => {
      if (!(await db.inspections.get(inspectionId))) return NO_INSPECTION;
      const stored = storedRecommendations(await db.registers.get(inspectionId));
      if (isRefused(stored)) return stored;
      if (!stored.some((r) => r.id === recommendationId)) {
        return { status: 'missing', message: 'This recommendation is no longer in the register.' };
      }
      const recommendations = stored.filter((r) => r.id !== recommendationId);
      await db.registers.put({ inspectionId, updatedAt: now().toISOString(), recommendations });
      return { status: 'deleted' };
    },
  );
}
