/**
 * Inspections and their cases on this device: create, change, read and delete an inspection;
 * add, import and assign its cases. The population a sample is drawn from, and the cases a
 * sample creates, are in populationStore.ts.
 *
 * Every write is one transaction (all or nothing) through `retrying`, and expected failures come
 * back as values: `invalid` (with every problem, as JSON paths such as `areas[2].name`),
 * `missing` (the inspection is gone), `failed` (the browser's storage refused). The framework
 * version an inspection is pinned to never changes here: moving to another version is a
 * migration, which is a separate, explicit step.
 */
import {
  type AnswerValue,
  type Case,
  type CaseStatus,
  caseProgress,
  frameworkKey,
  type Inspection,
  indexFramework,
  inspectionSchema,
  isOrAre,
  issuesToErrors,
  itOrThem,
  type PopulationEntry,
  plural,
  type ValidationError,
} from '../../core';
import { importAnswers } from '../cases/caseStore';
import { classifyWriteError, database, retrying, type WriteFailure } from '../connection';
import type { CaseAuditDatabase, CaseRecord, FrameworkRecord } from '../database';
import { requestPersistenceOnFirstWrite } from '../device/storageStatus';

type Clock = () => Date;
const systemClock: Clock = () => new Date();
const randomId = () => crypto.randomUUID();

/** What a person fills in for an inspection; the rest is kept by the app. */
export type InspectionDraft = Pick<
  Inspection,
  'title' | 'kind' | 'framework' | 'organisations' | 'areas' | 'strata' | 'team' | 'fieldwork'
>;

export type Failed = {
  readonly status: 'failed';
  readonly reason: WriteFailure;
  readonly detail: string;
};
export type Missing = { readonly status: 'missing'; readonly message: string };
export type Refused = { readonly status: 'invalid'; readonly errors: readonly ValidationError[] };

export type InspectionWriteOutcome =
  | { readonly status: 'saved'; readonly inspection: Inspection }
  | Refused
  | Missing
  | Failed;

export function failed(error: unknown): Failed {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { status: 'failed', reason: classifyWriteError(error), detail };
}

const NO_INSPECTION: Missing = {
  status: 'missing',
  message: 'This inspection is no longer on this device.',
};

export function getInspection(id: string): Promise<Inspection | undefined> {
  return database().inspections.get(id);
}

/** An inspection with the framework version it is pinned to (null if that is not on this device). */
export type InspectionWithFramework = {
  readonly inspection: Inspection;
  readonly framework: FrameworkRecord | null;
};

export async function getInspectionWithFramework(
  id: string,
): Promise<InspectionWithFramework | null> {
  const db = database();
  const inspection = await db.inspections.get(id);
  if (!inspection) return null;
  const framework = (await db.frameworks.get(frameworkKey(inspection.framework))) ?? null;
  return { inspection, framework };
}

// Checks ----------------------------------------------------------------------------------------

function ordinalName(what: string, index: number): string {
  return `${what} ${index + 1}`;
}

/** Names that clash (ignoring case and spacing), as errors on the later row. */
function duplicateNames(
  rows: readonly { name: string }[],
  path: string,
  what: string,
): ValidationError[] {
  const firstOf = new Map<string, number>();
  const errors: ValidationError[] = [];
  rows.forEach((row, i) => {
    const key = row.name.trim().replace(/\s+/g, ' ').toLowerCase();
    if (key === '') return;
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else {
      errors.push({
        path: `${path}[${i}].name`,
        message: `${ordinalName(what, i)} has the same name as ${what.toLowerCase()} ${first + 1} (${row.name.trim()}): give each its own name`,
      });
    }
  });
  return errors;
}

function blankNames(
  rows: readonly { name: string }[],
  path: string,
  what: string,
  removeWord: string,
): ValidationError[] {
  return rows.flatMap((row, i) =>
    row.name.trim() === ''
      ? [
          {
            path: `${path}[${i}].name`,
            message: `Enter a name for ${what.toLowerCase()} ${i + 1}, or remove ${removeWord}`,
          },
        ]
      : [],
  );
}

/**
 * Everything wrong with an inspection's details, in the order of the form: the rules a person
 * would expect (a title, at least one area, names that differ, a lead, dates in order), then
 * anything else the inspection schema refuses. Messages are written to be shown as they are.
 */
export function checkInspectionDraft(draft: InspectionDraft): ValidationError[] {
  const errors: ValidationError[] = [];
  if (draft.title.trim() === '') {
    errors.push({ path: 'title', message: 'Enter a title for the inspection' });
  } else if (draft.title.trim().length > 200) {
    errors.push({ path: 'title', message: 'The title must be 200 characters or fewer' });
  }
  if (!(['inspection', 'thematic', 'self-audit'] as const).includes(draft.kind)) {
    errors.push({ path: 'kind', message: 'Choose what kind of fieldwork this is' });
  }
  if (draft.framework.id === '' || draft.framework.version === '') {
    errors.push({
      path: 'framework',
      message: 'Choose the framework the cases are assessed against',
    });
  }
  draft.organisations.forEach((name, i) => {
    if (name.trim().length > 200) {
      errors.push({
        path: `organisations[${i}]`,
        message: `Organisation ${i + 1} must be 200 characters or fewer`,
      });
    }
  });
  if (draft.areas.length === 0) {
    errors.push({ path: 'areas', message: 'Add at least one area (a site, service or team)' });
  }
  errors.push(...blankNames(draft.areas, 'areas', 'Area', 'it'));
  errors.push(...duplicateNames(draft.areas, 'areas', 'Area'));
  errors.push(...blankNames(draft.strata, 'strata', 'Stratum', 'it'));
  errors.push(...duplicateNames(draft.strata, 'strata', 'Stratum'));
  if (draft.team.length === 0) {
    errors.push({ path: 'team', message: 'Add at least one team member, the lead' });
  }
  errors.push(...blankNames(draft.team, 'team', 'Team member', 'them'));
  errors.push(...duplicateNames(draft.team, 'team', 'Team member'));
  if (draft.team.length > 0 && !draft.team.some((member) => member.role === 'lead')) {
    errors.push({
      path: 'team',
      message: 'Make at least one team member the lead (who runs the fieldwork)',
    });
  }
  const { start, end } = draft.fieldwork;
  if (start !== null && end !== null && end < start) {
    errors.push({
      path: 'fieldwork.end',
      message: 'The fieldwork end date must be the same as or after the start date',
    });
  }
  if (errors.length > 0) return errors;
  // Only what the rules above cannot see (lengths, id formats) reaches the schema check.
  const parsed = inspectionSchema.safeParse(
    toInspection(draft, 'check', '2000-01-01T00:00:00.000Z'),
  );
  return parsed.success ? [] : issuesToErrors(parsed.error.issues);
}

function trimmedDraft(draft: InspectionDraft): InspectionDraft {
  return {
    ...draft,
    title: draft.title.trim(),
    organisations: draft.organisations.map((o) => o.trim()).filter((o) => o !== ''),
    areas: draft.areas.map((a) => ({ ...a, name: a.name.trim() })),
    strata: draft.strata.map((s) => ({ ...s, name: s.name.trim() })),
    team: draft.team.map((m) => ({ ...m, name: m.name.trim() })),
  };
}

function toInspection(draft: InspectionDraft, id: string, at: string): Inspection {
  return {
    id,
    ...trimmedDraft(draft),
    sampling: null,
    ratingOverrides: [],
    example: false,
    createdAt: at,
    updatedAt: at,
  };
}

// Inspections -----------------------------------------------------------------------------------

/** Creates an inspection pinned to a framework version that is on this device. */
export async function createInspection(
  draft: InspectionDraft,
  options: { now?: Clock; newId?: () => string } = {},
): Promise<InspectionWriteOutcome> {
  const errors = checkInspectionDraft(draft);
  if (errors.length > 0) return { status: 'invalid', errors };
  const inspection = toInspection(
    draft,
    (options.newId ?? randomId)(),
    (options.now ?? systemClock)().toISOString(),
  );
  try {
    const outcome = await retrying((db) =>
      db.transaction(
        'rw',
        [db.inspections, db.frameworks],
        async (): Promise<InspectionWriteOutcome> => {
          if (!(await db.frameworks.get(frameworkKey(inspection.framework)))) {
            return {
              status: 'invalid',
              errors: [
                {
                  path: 'framework',
                  message: 'That framework version is no longer on this device: choose another',
                },
              ],
            };
          }
          await db.inspections.add(inspection);
          return { status: 'saved', inspection };
        },
      ),
    );
    if (outcome.status === 'saved') void requestPersistenceOnFirstWrite();
    return outcome;
  } catch (error) {
    return failed(error);
  }
}

/** How many cases use each area, stratum and team member of an inspection. */
export type CaseUsage = {
  readonly total: number;
  readonly byArea: ReadonlyMap<string, number>;
  readonly byStratum: ReadonlyMap<string, number>;
  readonly byInspector: ReadonlyMap<string, number>;
};

function countBy(cases: readonly CaseRecord[], key: (c: CaseRecord) => string | null) {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const k = key(c);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function usageOf(cases: readonly CaseRecord[]): CaseUsage {
  return {
    total: cases.length,
    byArea: countBy(cases, (c) => c.areaId),
    byStratum: countBy(cases, (c) => c.stratumId),
    byInspector: countBy(cases, (c) => c.inspectorId),
  };
}

export async function caseUsage(inspectionId: string): Promise<CaseUsage> {
  return usageOf(await database().cases.where('inspectionId').equals(inspectionId).toArray());
}

/** Why a row cannot be removed: the cases that still use it. Null when it can go. */
export function removalProblem(
  what: 'area' | 'stratum' | 'member',
  name: string,
  usage: CaseUsage,
  id: string,
): string | null {
  const n = (
    what === 'area' ? usage.byArea : what === 'stratum' ? usage.byStratum : usage.byInspector
  ).get(id);
  if (!n) return null;
  const label =
    name.trim() === '' ? `This ${what === 'member' ? 'team member' : what}` : name.trim();
  switch (what) {
    case 'area':
      return `${label} cannot be removed: ${plural(n, 'case')} ${isOrAre(n)} in this area`;
    case 'stratum':
      return `${label} cannot be removed: ${plural(n, 'case')} ${isOrAre(n)} in this stratum`;
    case 'member':
      return `${label} cannot be removed: ${plural(n, 'case')} ${isOrAre(n)} assigned to them. Assign ${itOrThem(n)} to someone else first`;
  }
}

function removalErrors(stored: Inspection, draft: InspectionDraft, usage: CaseUsage) {
  const errors: ValidationError[] = [];
  const check = <T extends { id: string; name: string }>(
    before: readonly T[],
    after: readonly T[],
    what: 'area' | 'stratum' | 'member',
    path: string,
  ) => {
    const kept = new Set(after.map((row) => row.id));
    for (const row of before) {
      if (kept.has(row.id)) continue;
      const problem = removalProblem(what, row.name, usage, row.id);
      if (problem) errors.push({ path, message: problem });
    }
  };
  check(stored.areas, draft.areas, 'area', 'areas');
  check(stored.strata, draft.strata, 'stratum', 'strata');
  check(stored.team, draft.team, 'member', 'team');
  return errors;
}

/**
 * Changes an inspection's details. Refused, with every reason: a different framework version
 * (pinned: moving is a migration), or removing an area, stratum or team member that cases use.
 */
export async function updateInspection(
  id: string,
  draft: InspectionDraft,
  now: Clock = systemClock,
): Promise<InspectionWriteOutcome> {
  const errors = checkInspectionDraft(draft);
  if (errors.length > 0) return { status: 'invalid', errors };
  try {
    return await retrying((db) =>
      db.transaction(
        'rw',
        [db.inspections, db.cases],
        async (): Promise<InspectionWriteOutcome> => {
          const stored = await db.inspections.get(id);
          if (!stored) return NO_INSPECTION;
          if (frameworkKey(stored.framework) !== frameworkKey(draft.framework)) {
            return {
              status: 'invalid',
              errors: [
                {
                  path: 'framework',
                  message: `This inspection is pinned to ${frameworkKey(stored.framework)}; to move to another version, create a migration`,
                },
              ],
            };
          }
          const cases = await db.cases.where('inspectionId').equals(id).toArray();
          const inUse = removalErrors(stored, draft, usageOf(cases));
          if (inUse.length > 0) return { status: 'invalid', errors: inUse };
          const inspection: Inspection = {
            ...stored,
            ...trimmedDraft(draft),
            framework: stored.framework,
            updatedAt: now().toISOString(),
          };
          await db.inspections.put(inspection);
          return { status: 'saved', inspection };
        },
      ),
    );
  } catch (error) {
    return failed(error);
  }
}

/** What deleting an inspection would remove from this device. */
export type InspectionContents = {
  /** Every case, reserves included. */
  readonly cases: number;
  /** Of `cases`, those that are reserves: read only if a sampled case cannot be. */
  readonly reserves: number;
  readonly answers: number;
  readonly history: number;
  readonly population: number;
  readonly reports: number;
  readonly moderation: number;
  readonly imports: number;
};

async function contentsOf(db: CaseAuditDatabase, id: string): Promise<InspectionContents> {
  const [cases, reserves, answers, history, summary, reports, moderation, imports] =
    await Promise.all([
      db.cases.where('inspectionId').equals(id).count(),
      db.cases
        .where('inspectionId')
        .equals(id)
        .filter((c) => c.role === 'reserve')
        .count(),
      db.answers.where('inspectionId').equals(id).count(),
      db.answerHistory.where('inspectionId').equals(id).count(),
      // The list's size is in its summary: no need to read every entry to count them.
      db.meta.get(`population:${id}`),
      db.reports.where('inspectionId').equals(id).count(),
      db.moderation.where('inspectionId').equals(id).count(),
      db.imports.where('inspectionId').equals(id).count(),
    ]);
  const population = (summary?.value as { size?: number } | undefined)?.size ?? 0;
  return { cases, reserves, answers, history, population, reports, moderation, imports };
}

export function inspectionContents(id: string): Promise<InspectionContents> {
  return contentsOf(database(), id);
}

/** Keys in `meta` that belong to one inspection (the population summary, who scores on this device). */
export function inspectionMetaKeys(id: string): string[] {
  return [`population:${id}`, `scorer:${id}`];
}

/**
 * Deletes an inspection and everything of it on this device, in one transaction: its cases,
 * answers and their history, population list, report, moderation, import and conflict records. Nothing
 * of any other inspection is touched.
 */
export async function deleteInspection(
  id: string,
): Promise<
  { readonly status: 'deleted'; readonly removed: InspectionContents } | Missing | Failed
> {
  try {
    return await retrying((db) =>
      db.transaction(
        'rw',
        [
          db.inspections,
          db.cases,
          db.answers,
          db.answerHistory,
          db.populationChunks,
          db.reports,
          db.moderation,
          db.imports,
          db.conflicts,
          db.meta,
        ],
        async () => {
          if (!(await db.inspections.get(id))) return NO_INSPECTION;
          const removed = await contentsOf(db, id);
          await Promise.all([
            db.cases.where('inspectionId').equals(id).delete(),
            db.answers.where('inspectionId').equals(id).delete(),
            db.answerHistory.where('inspectionId').equals(id).delete(),
            db.populationChunks.where('inspectionId').equals(id).delete(),
            db.reports.where('inspectionId').equals(id).delete(),
            db.moderation.where('inspectionId').equals(id).delete(),
            db.imports.where('inspectionId').equals(id).delete(),
            db.conflicts.where('inspectionId').equals(id).delete(),
            db.meta.bulkDelete(inspectionMetaKeys(id)),
          ]);
          await db.inspections.delete(id);
          return { status: 'deleted' as const, removed };
        },
      ),
    );
  } catch (error) {
    return failed(error);
  }
}

// Cases -----------------------------------------------------------------------------------------

function byRef(a: { ref: string }, b: { ref: string }): number {
  return a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;
}

/** An inspection's cases in order of reference. */
export async function listCases(inspectionId: string): Promise<CaseRecord[]> {
  const cases = await database().cases.where('inspectionId').equals(inspectionId).toArray();
  return cases.sort(byRef);
}

/** A case with how far it has got: applicable items answered, as the case list shows it. */
export type CaseWithProgress = {
  readonly caseRecord: CaseRecord;
  readonly answered: number;
  readonly applicable: number;
};

/** The case list of an inspection, with each case's progress (null when the framework is missing). */
export async function casesWithProgress(inspectionId: string): Promise<CaseWithProgress[]> {
  const db = database();
  const [inspection, cases, answers] = await Promise.all([
    db.inspections.get(inspectionId),
    db.cases.where('inspectionId').equals(inspectionId).toArray(),
    db.answers.where('inspectionId').equals(inspectionId).toArray(),
  ]);
  const record = inspection && (await db.frameworks.get(frameworkKey(inspection.framework)));
  const index = record ? indexFramework(record.framework) : null;
  const valuesByCase = new Map<string, Map<string, AnswerValue>>();
  for (const answer of answers) {
    let values = valuesByCase.get(answer.caseId);
    if (!values) {
      values = new Map();
      valuesByCase.set(answer.caseId, values);
    }
    values.set(answer.itemId, answer.value);
  }
  return cases.sort(byRef).map((caseRecord) => {
    if (!index) return { caseRecord, answered: 0, applicable: 0 };
    const values = valuesByCase.get(caseRecord.id);
    const progress = caseProgress(index, (id) => values?.get(id));
    return { caseRecord, answered: progress.answered, applicable: progress.applicable };
  });
}

/** References already used in an inspection, lower-cased: a reference is unique in any case. */
async function refsIn(db: CaseAuditDatabase, inspectionId: string): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  await db.cases
    .where('inspectionId')
    .equals(inspectionId)
    .each((c) => {
      refs.set(c.ref.toLowerCase(), c.ref);
    });
  return refs;
}

export async function caseRefs(inspectionId: string): Promise<string[]> {
  return [...(await refsIn(database(), inspectionId)).values()];
}

/** A case to add: where it sits and who reads it. */
export type NewCase = {
  readonly ref: string;
  readonly areaId: string;
  readonly stratumId: string | null;
  readonly inspectorId: string | null;
  readonly role?: Case['role'];
  /** Profile answers from a case list, by profile field id. */
  readonly profile?: Readonly<Record<string, string | number | string[]>>;
};

/** Who writes case rows, for the profile answers' history. */
export type Writer = {
  /** Team member id of the person setting up the fieldwork. */
  readonly by: string;
  readonly device: string;
  /** Where the profile answers came from, e.g. the case list's file name. */
  readonly source: string;
  readonly now?: Clock;
  readonly newId?: () => string;
  /** Called after each chunk of a long write, with the rows written so far. */
  readonly onProgress?: (written: number) => void;
};

function placementErrors(inspection: Inspection, cases: readonly NewCase[]): ValidationError[] {
  const areas = new Set(inspection.areas.map((a) => a.id));
  const strata = new Set(inspection.strata.map((s) => s.id));
  const team = new Set(inspection.team.map((m) => m.id));
  const errors: ValidationError[] = [];
  for (const c of cases) {
    if (!areas.has(c.areaId)) {
      errors.push({ path: c.ref, message: `${c.ref}: its area is no longer in this inspection` });
    }
    if (c.stratumId !== null && !strata.has(c.stratumId)) {
      errors.push({
        path: c.ref,
        message: `${c.ref}: its stratum is no longer in this inspection`,
      });
    }
    if (c.inspectorId !== null && !team.has(c.inspectorId)) {
      errors.push({ path: c.ref, message: `${c.ref}: its inspector is no longer in the team` });
    }
  }
  return errors;
}

/** Rows written per request in a long write: each chunk is its own task, so the page keeps up. */
const CHUNK = 2_000;

/**
 * Writes new cases and their profile answers (with history `via: 'import'`) inside the caller's
 * transaction, which must include cases, answers and answerHistory. Assumes the references are
 * new. Returns the records written.
 */
export async function writeNewCases(
  db: CaseAuditDatabase,
  inspection: Inspection,
  cases: readonly NewCase[],
  writer: Writer,
): Promise<CaseRecord[]> {
  const at = (writer.now ?? systemClock)().toISOString();
  const newId = writer.newId ?? randomId;
  const records: CaseRecord[] = cases.map((c) => ({
    id: newId(),
    inspectionId: inspection.id,
    ref: c.ref.trim(),
    areaId: c.areaId,
    stratumId: c.stratumId,
    inspectorId: c.inspectorId,
    status: 'not-started' as CaseStatus,
    role: c.role ?? 'sample',
    createdAt: at,
    updatedAt: at,
  }));
  for (let i = 0; i < records.length; i += CHUNK) {
    await db.cases.bulkAdd(records.slice(i, i + CHUNK));
    writer.onProgress?.(Math.min(records.length, i + CHUNK));
  }
  const answers = cases.flatMap((c, i) =>
    Object.entries(c.profile ?? {}).map(([itemId, value]) => ({
      caseId: records[i]!.id,
      inspectionId: inspection.id,
      itemId,
      value,
      note: '',
      at,
      by: writer.by,
      device: writer.device,
    })),
  );
  for (let i = 0; i < answers.length; i += CHUNK) {
    await importAnswers(answers.slice(i, i + CHUNK), { via: 'import', source: writer.source });
  }
  return records;
}

export type CaseWriteOutcome =
  | { readonly status: 'saved'; readonly created: number; readonly skipped: readonly string[] }
  | {
      /** References already in the inspection; nothing was written. */
      readonly status: 'duplicates';
      readonly refs: readonly string[];
    }
  | Refused
  | Missing
  | Failed;

/**
 * Adds cases to an inspection in one transaction. A reference already in the inspection (in
 * any letter case) is a duplicate: the whole write is refused and the duplicates listed, unless
 * `skipExisting`, when those cases are left as they are and the rest added. Importing the same
 * list twice therefore never makes a case twice.
 */
export async function addCases(
  inspectionId: string,
  cases: readonly NewCase[],
  writer: Writer & { readonly skipExisting?: boolean },
): Promise<CaseWriteOutcome> {
  try {
    const outcome = await retrying((db) =>
      db.transaction(
        'rw',
        [db.inspections, db.cases, db.answers, db.answerHistory],
        async (): Promise<CaseWriteOutcome> => {
          const inspection = await db.inspections.get(inspectionId);
          if (!inspection) return NO_INSPECTION;
          const existing = await refsIn(db, inspectionId);
          const seen = new Set<string>();
          const fresh: NewCase[] = [];
          const duplicates: string[] = [];
          for (const c of cases) {
            const key = c.ref.trim().toLowerCase();
            if (existing.has(key) || seen.has(key)) duplicates.push(c.ref.trim());
            else {
              seen.add(key);
              fresh.push(c);
            }
          }
          if (duplicates.length > 0 && !writer.skipExisting) {
            return { status: 'duplicates', refs: duplicates };
          }
          const errors = placementErrors(inspection, fresh);
          if (errors.length > 0) return { status: 'invalid', errors };
          await writeNewCases(db, inspection, fresh, writer);
          if (fresh.length > 0) {
            await db.inspections.put({
              ...inspection,
              updatedAt: (writer.now ?? systemClock)().toISOString(),
            });
          }
          return { status: 'saved', created: fresh.length, skipped: duplicates };
        },
      ),
    );
    if (outcome.status === 'saved' && outcome.created > 0) void requestPersistenceOnFirstWrite();
    return outcome;
  } catch (error) {
    return failed(error);
  }
}

/** Case-list entries (checked by core's validateCaseList) as new cases with no inspector yet. */
export function casesFromEntries(entries: readonly PopulationEntry[]): NewCase[] {
  return entries.map((entry) => ({
    ref: entry.ref,
    areaId: entry.areaId,
    stratumId: entry.stratumId,
    inspectorId: null,
    profile: entry.profile,
  }));
}

/** One case and who is to read it (`null`: no one yet). */
export type Assignment = { readonly caseId: string; readonly inspectorId: string | null };

/**
 * Assigns cases to team members (or to no one) in one transaction: all of them or none. Cases
 * of other inspections are never touched. Returns how many cases changed.
 */
export async function assignCases(
  inspectionId: string,
  assignments: readonly Assignment[],
  now: Clock = systemClock,
): Promise<{ readonly status: 'saved'; readonly changed: number } | Refused | Missing | Failed> {
  try {
    const outcome = await retrying((db) =>
      db.transaction('rw', [db.inspections, db.cases], async () => {
        const inspection = await db.inspections.get(inspectionId);
        if (!inspection) return NO_INSPECTION;
        const team = new Set(inspection.team.map((m) => m.id));
        if (assignments.some((a) => a.inspectorId !== null && !team.has(a.inspectorId))) {
          return {
            status: 'invalid' as const,
            errors: [{ path: 'inspector', message: 'That person is no longer in the team' }],
          };
        }
        const at = now().toISOString();
        const stored = await db.cases.bulkGet(assignments.map((a) => a.caseId));
        const changed: CaseRecord[] = [];
        assignments.forEach((assignment, i) => {
          const c = stored[i];
          if (!c || c.inspectionId !== inspectionId || c.inspectorId === assignment.inspectorId) {
            return;
          }
          changed.push({ ...c, inspectorId: assignment.inspectorId, updatedAt: at });
        });
        await db.cases.bulkPut(changed);
        if (changed.length > 0) await db.inspections.put({ ...inspection, updatedAt: at });
        return { status: 'saved' as const, changed: changed.length };
      }),
    );
    if (outcome.status === 'saved' && outcome.changed > 0) void requestPersistenceOnFirstWrite();
    return outcome;
  } catch (error) {
    return failed(error);
  }
}
