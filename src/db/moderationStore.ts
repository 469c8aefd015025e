/**
 * The moderation store: second readings and the lead's decisions, in the `moderation` table
 * (one row per case chosen, `{ id, inspectionId, caseId, data }`, `data` checked against core's
 * `moderationDataSchema`).
 *
 * - The second reading is kept in the record, never in `answers`: findings, exports and the
 *   case's own screens are unaffected by it. It is saved answer by answer through a
 *   `CaseEditor` whose writer is `saveSecondAnswer` (same debounce, retries, conflict rule and
 *   "Saved only after commit" as scoring).
 * - A decision writes the final answer through caseStore's `importAnswers` (`via:
 *   'moderation'`; a decision that keeps the answer is recorded in its history too), in one
 *   transaction with the decision record; when the last disagreement of a case is decided,
 *   caseStore's `markModerated` makes the case `moderated` (history item `#status`).
 *
 * For exchange files (packs to inspectors, "my work" files back), four functions, each safe to
 * call inside the caller's Dexie transaction (it must include the `moderation` table), each
 * idempotent:
 *
 *   moderationAssignmentsFor(inspectionId, inspectorId): Promise<ModerationAssignment[]>
 *     lead's device → pack: the second readings assigned to that inspector and not finished,
 *     with their own answers so far. Never the first reading: a pack may carry the case record,
 *     but must not carry its answers to its second reader.
 *   importModerationAssignments(inspectionId, assignments): Promise<AssignmentsImported>
 *     inspector's device ← pack: creates (or refreshes) the records they answer into.
 *   secondReadingsBy(inspectionId, readerId): Promise<SecondReading[]>
 *     inspector's device → work file: their second readings (answers, finished or not).
 *   mergeSecondReadings(inspectionId, readings): Promise<SecondReadingsMerged>
 *     lead's device ← work file: answers merged item by item (the higher rev wins; at equal revs
 *     the later time), a finished reading becomes `read`. A reading already finished here, or
 *     from someone no longer assigned, is reported and left alone.
 */
import Dexie from 'dexie';
import {
  type Answer,
  type AnswerValue,
  caseProgress,
  type Framework,
  frameworkKey,
  type Inspection,
  indexFramework,
  type ModeratedReadings,
  type ModerationAssignment,
  type ModerationCase,
  type ModerationData,
  type ModerationDecision,
  type ModerationFigures,
  type ModerationSelection,
  moderationFigures,
  moderationIdOf,
  moderationRecordSchema,
  moderationSentence,
  type Reading,
  type ReadingAnswers,
  readingDifferences,
  type SecondReading,
  type ValidationError,
  validateAnswer,
} from '../core';
import { CaseEditor } from './caseEditor';
import {
  type IncomingAnswer,
  importAnswers,
  markModerated,
  NO_ANSWER,
  type SaveOutcome,
  type SaveRequest,
  sameValue,
} from './caseStore';
import { classifyWriteError, database, retrying, type WriteFailure } from './connection';
import type { AnswerRecord, CaseAuditDatabase, CaseRecord, ModerationRecord } from './database';
import { answerOf } from './exportContents';
import { countsInFindings } from './findingsSource';
import { requestPersistenceOnFirstWrite } from './storageStatus';

type Clock = () => Date;
const systemClock: Clock = () => new Date();

export type Failed = {
  readonly status: 'failed';
  readonly reason: WriteFailure;
  readonly detail: string;
};

function failure(error: unknown): Failed {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { status: 'failed', reason: classifyWriteError(error), detail };
}

/** The database of the caller's transaction, if there is one, else the app's. */
function currentDb(): CaseAuditDatabase {
  return Dexie.currentTransaction ? (Dexie.currentTransaction.db as CaseAuditDatabase) : database();
}

/** A stored row, checked; null for a row this version cannot read. */
export function readModerationRecord(row: ModerationRecord | undefined): ModerationCase | null {
  if (!row) return null;
  const parsed = moderationRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/**
 * A second reading whose assignment arrived here in a pack: this device is its reader's and
 * holds the second reading only. The first reading is on the lead's device (and must never be
 * here), so the two readings are compared, and decided, there.
 */
export function heldForSecondReader(record: ModerationCase): boolean {
  return record.data.selection === null;
}

/** Answer values by item id: what agreement rules read. */
export function readingValues(answers: ReadingAnswers): Reading {
  const values: Record<string, AnswerValue> = Object.create(null);
  for (const [itemId, answer] of Object.entries(answers)) values[itemId] = answer.value;
  return values;
}

function answersAsReading(rows: readonly AnswerRecord[]): ReadingAnswers {
  const reading: ReadingAnswers = {};
  for (const row of rows) {
    reading[row.itemId] = answerOf(row);
  }
  return reading;
}

async function recordOf(
  db: CaseAuditDatabase,
  inspectionId: string,
  caseId: string,
): Promise<ModerationCase | null> {
  const record = readModerationRecord(await db.moderation.get(moderationIdOf(caseId)));
  return record && record.inspectionId === inspectionId ? record : null;
}

async function frameworkOf(db: CaseAuditDatabase, inspectionId: string) {
  const inspection = await db.inspections.get(inspectionId);
  const record = inspection ? await db.frameworks.get(frameworkKey(inspection.framework)) : null;
  return inspection && record ? { inspection, framework: record.framework } : null;
}

// Reading ---------------------------------------------------------------------------------------

/** Every case chosen for a second reading in an inspection, in order of case reference. */
export async function listModeration(inspectionId: string): Promise<ModerationCase[]> {
  const rows = await database().moderation.where('inspectionId').equals(inspectionId).toArray();
  return rows
    .map((row) => readModerationRecord(row))
    .filter((r): r is ModerationCase => r !== null)
    .sort((a, b) =>
      a.data.caseRef.localeCompare(b.data.caseRef, 'en-GB', { numeric: true, sensitivity: 'base' }),
    );
}

export function getModeration(inspectionId: string, caseId: string) {
  return recordOf(database(), inspectionId, caseId);
}

/**
 * What the blind second-reading screens may see: the assignment and the second reading, and
 * nothing of the first reading (its answers, notes and history stay out of this type).
 */
export type BlindReading = {
  readonly moderationId: string;
  readonly inspectionId: string;
  readonly caseId: string;
  readonly caseRef: string;
  readonly secondReaderId: string;
  readonly status: ModerationCase['data']['status'];
  readonly answers: ReadonlyMap<string, AnswerRecord>;
  readonly finishedAt: string | null;
  /** False on the second reader's device (the assignment came in a pack): compared at the lead's. */
  readonly comparedHere: boolean;
};

export async function blindReading(
  inspectionId: string,
  caseId: string,
): Promise<BlindReading | null> {
  const record = await recordOf(database(), inspectionId, caseId);
  if (!record) return null;
  const { data } = record;
  return {
    moderationId: record.id,
    inspectionId,
    caseId,
    caseRef: data.caseRef,
    secondReaderId: data.secondReaderId,
    status: data.status,
    answers: new Map(
      Object.entries(data.secondReading).map(([itemId, answer]) => [
        itemId,
        { ...answer, caseId, inspectionId, itemId },
      ]),
    ),
    finishedAt: data.finishedAt,
    comparedHere: !heldForSecondReader(record),
  };
}

/** A finished second reading beside the first, for the comparison page. */
export type ModerationComparison = {
  readonly record: ModerationCase;
  readonly caseRecord: CaseRecord | null;
  /** The first reading as compared: the copy kept at the first decision, else the answers. */
  readonly first: ReadingAnswers;
  readonly second: ReadingAnswers;
};

/**
 * Both readings of a case, only once the second is finished (before then: `blind`, so the
 * comparison can never be shown early), and only on the device that holds the first reading
 * (on the second reader's: `elsewhere`).
 */
export async function moderationComparison(
  inspectionId: string,
  caseId: string,
): Promise<
  | { readonly status: 'ready'; readonly value: ModerationComparison }
  | { readonly status: 'blind' | 'elsewhere' | 'missing' }
> {
  const db = database();
  return db.transaction('r', [db.moderation, db.cases, db.answers], async () => {
    const record = await recordOf(db, inspectionId, caseId);
    if (!record) return { status: 'missing' } as const;
    if (heldForSecondReader(record)) return { status: 'elsewhere' } as const;
    if (record.data.status === 'assigned') return { status: 'blind' } as const;
    const caseRecord = (await db.cases.get(caseId)) ?? null;
    const first =
      record.data.firstReading ??
      answersAsReading(await db.answers.where('caseId').equals(caseId).toArray());
    return {
      status: 'ready',
      value: { record, caseRecord, first, second: record.data.secondReading },
    } as const;
  });
}

/** Every finished or unfinished second reading of an inspection, with both readings. */
export type ModerationReadings = {
  readonly inspection: Inspection;
  readonly framework: Framework;
  readonly records: readonly ModerationCase[];
  /**
   * The readings compared, per record in the same order, leaving out those held here for their
   * second reader (compared on the lead's device); unfinished ones compare nothing.
   */
  readonly readings: readonly (ModeratedReadings & { readonly caseRef: string })[];
  /** Cases counted in the findings (unused reserves are not). */
  readonly casesInSample: number;
};

export async function loadModerationReadings(
  inspectionId: string,
): Promise<ModerationReadings | null> {
  const db = database();
  return db.transaction(
    'r',
    [db.inspections, db.frameworks, db.cases, db.answers, db.moderation],
    async () => {
      const context = await frameworkOf(db, inspectionId);
      if (!context) return null;
      const [rows, cases] = await Promise.all([
        db.moderation.where('inspectionId').equals(inspectionId).toArray(),
        db.cases.where('inspectionId').equals(inspectionId).toArray(),
      ]);
      const records = rows
        .map((row) => readModerationRecord(row))
        .filter((r): r is ModerationCase => r !== null)
        .sort((a, b) =>
          a.data.caseRef.localeCompare(b.data.caseRef, 'en-GB', {
            numeric: true,
            sensitivity: 'base',
          }),
        );
      const needAnswers = records
        .filter((r) => r.data.status !== 'assigned' && r.data.firstReading === null)
        .map((r) => r.caseId);
      const answerRows =
        needAnswers.length > 0 ? await db.answers.where('caseId').anyOf(needAnswers).toArray() : [];
      const byCase = new Map<string, AnswerRecord[]>();
      for (const row of answerRows) {
        const list = byCase.get(row.caseId) ?? [];
        list.push(row);
        byCase.set(row.caseId, list);
      }
      const readings = records
        .filter((r) => !heldForSecondReader(r))
        .map((r) => ({
          caseId: r.caseId,
          caseRef: r.data.caseRef,
          status: r.data.status,
          first: readingValues(r.data.firstReading ?? answersAsReading(byCase.get(r.caseId) ?? [])),
          second: readingValues(r.data.secondReading),
          decisions: r.data.decisions,
        }));
      return {
        ...context,
        records,
        readings,
        casesInSample: cases.filter((c) => countsInFindings(c)).length,
      };
    },
  );
}

/** The moderation summary for the findings screen and the report; null when none is recorded. */
export async function loadModerationSummary(
  inspectionId: string,
): Promise<{ readonly figures: ModerationFigures; readonly text: string } | null> {
  const loaded = await loadModerationReadings(inspectionId);
  if (!loaded || loaded.records.length === 0) return null;
  const figures = moderationFigures(loaded.framework, loaded.readings, loaded.casesInSample);
  const text = moderationSentence(figures);
  return text === null ? null : { figures, text };
}

// Choosing cases --------------------------------------------------------------------------------

export type AssignRequest = {
  readonly inspectionId: string;
  readonly assignments: readonly { readonly caseId: string; readonly secondReaderId: string }[];
  readonly selection: ModerationSelection;
  readonly by: string;
};

export type AssignOutcome =
  | { readonly status: 'done'; readonly added: number }
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

/**
 * Records second readings for the chosen cases, all or none: each case must be complete and
 * not already chosen, and its second reader must be a team member other than its inspector.
 */
export async function assignSecondReadings(
  request: AssignRequest,
  now: Clock = systemClock,
): Promise<AssignOutcome> {
  try {
    const outcome = await retrying((db) =>
      db.transaction('rw', [db.inspections, db.cases, db.moderation], async () => {
        const inspection = await db.inspections.get(request.inspectionId);
        if (!inspection) {
          return { status: 'missing', message: 'This inspection is no longer on this device.' };
        }
        const team = new Set(inspection.team.map((m) => m.id));
        const cases = await db.cases.bulkGet(request.assignments.map((a) => a.caseId));
        const existing = await db.moderation.bulkGet(
          request.assignments.map((a) => moderationIdOf(a.caseId)),
        );
        const errors: ValidationError[] = [];
        const at = now().toISOString();
        const rows: ModerationRecord[] = [];
        request.assignments.forEach((assignment, i) => {
          const kase = cases[i];
          const path = `case ${kase?.ref ?? assignment.caseId}`;
          if (!kase || kase.inspectionId !== request.inspectionId) {
            errors.push({ path, message: 'This case is not in this inspection' });
            return;
          }
          if (kase.status !== 'complete') {
            errors.push({ path, message: `Case ${kase.ref} is not marked complete` });
            return;
          }
          if (existing[i]) {
            errors.push({ path, message: `Case ${kase.ref} already has a second reading` });
            return;
          }
          if (assignment.secondReaderId === kase.inspectorId) {
            errors.push({
              path,
              message: `Case ${kase.ref} needs a second reader other than its own inspector`,
            });
            return;
          }
          if (team.size > 0 && !team.has(assignment.secondReaderId)) {
            errors.push({ path, message: `Choose a second reader for case ${kase.ref}` });
            return;
          }
          const data: ModerationData = {
            caseRef: kase.ref,
            firstReaderId: kase.inspectorId,
            secondReaderId: assignment.secondReaderId,
            status: 'assigned',
            selection: request.selection,
            assignedAt: at,
            assignedBy: request.by,
            secondReading: {},
            finishedAt: null,
            finishedBy: null,
            firstReading: null,
            decisions: {},
            decidedAt: null,
            updatedAt: at,
          };
          rows.push({
            id: moderationIdOf(kase.id),
            inspectionId: request.inspectionId,
            caseId: kase.id,
            data,
          });
        });
        if (errors.length > 0) return { status: 'invalid', errors } as const;
        await db.moderation.bulkAdd(rows);
        return { status: 'done', added: rows.length } as const;
      }),
    );
    if (outcome.status === 'done') void requestPersistenceOnFirstWrite();
    return outcome as AssignOutcome;
  } catch (error) {
    return failure(error);
  }
}

export type ChangeOutcome =
  | { readonly status: 'done' }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

const NOT_HERE = 'This second reading is no longer on this device.';

/** Gives a second reading to someone else: only before any of it has been answered. */
export async function changeSecondReader(
  inspectionId: string,
  caseId: string,
  readerId: string,
  now: Clock = systemClock,
): Promise<ChangeOutcome> {
  try {
    return await retrying((db) =>
      db.transaction('rw', [db.moderation], async (): Promise<ChangeOutcome> => {
        const record = await recordOf(db, inspectionId, caseId);
        if (!record) return { status: 'missing', message: NOT_HERE };
        const { data } = record;
        if (readerId === data.firstReaderId) {
          return { status: 'refused', message: 'The second reader cannot be the case’s inspector' };
        }
        if (data.status !== 'assigned' || Object.keys(data.secondReading).length > 0) {
          return {
            status: 'refused',
            message: 'This second reading has been started, so its reader cannot change',
          };
        }
        await db.moderation.put({
          ...record,
          data: { ...data, secondReaderId: readerId, updatedAt: now().toISOString() },
        });
        return { status: 'done' };
      }),
    );
  } catch (error) {
    return failure(error);
  }
}

/** Takes a case out of moderation: only while its second reading is unfinished. */
export async function withdrawSecondReading(
  inspectionId: string,
  caseId: string,
): Promise<ChangeOutcome> {
  try {
    return await retrying((db) =>
      db.transaction('rw', [db.moderation], async (): Promise<ChangeOutcome> => {
        const record = await recordOf(db, inspectionId, caseId);
        if (!record) return { status: 'missing', message: NOT_HERE };
        if (record.data.status !== 'assigned') {
          return {
            status: 'refused',
            message: 'This second reading is finished, so it stays in the moderation record',
          };
        }
        await db.moderation.delete(record.id);
        return { status: 'done' };
      }),
    );
  } catch (error) {
    return failure(error);
  }
}

// The blind second reading ------------------------------------------------------------------------

/**
 * Saves one change to one answer of a second reading — the writer a second reading's
 * `CaseEditor` uses instead of caseStore's `saveAnswer`, with the same rules: one transaction,
 * resolved after the commit; a field changed by someone else since the editor looked is a
 * conflict; a finished reading is `locked`. Never touches the answers table.
 */
export async function saveSecondAnswer(
  request: SaveRequest,
  now: Clock = systemClock,
): Promise<SaveOutcome> {
  try {
    const outcome = await retrying((db) =>
      db.transaction('rw', [db.moderation], async (): Promise<SaveOutcome> => {
        const row = await db.moderation.get(moderationIdOf(request.caseId));
        const record = readModerationRecord(row);
        if (!record) return { status: 'missing', message: NOT_HERE };
        const { data } = record;
        if (data.status !== 'assigned') return { status: 'locked', caseStatus: 'complete' };
        const { itemId, patch, base, by, device } = request;
        const stored = data.secondReading[itemId];
        const current = stored
          ? { value: stored.value, note: stored.note, rev: stored.rev }
          : NO_ANSWER;
        const withIds = (answer: Answer): AnswerRecord => ({
          ...answer,
          caseId: record.caseId,
          inspectionId: record.inspectionId,
          itemId,
        });
        if (stored && current.rev !== base.rev) {
          const clashes =
            ('value' in patch &&
              !sameValue(current.value, base.value) &&
              !sameValue(current.value, patch.value)) ||
            ('note' in patch && current.note !== base.note && current.note !== patch.note);
          if (clashes) return { status: 'conflict', theirs: withIds(stored) };
        }
        const value = 'value' in patch ? (patch.value ?? null) : current.value;
        const note = 'note' in patch ? (patch.note ?? '') : current.note;
        const at = now().toISOString();
        if (stored && sameValue(value, current.value) && note === current.note) {
          return { status: 'saved', answer: withIds(stored), historySeq: null };
        }
        if (!stored && value === null && note === '') {
          return {
            status: 'saved',
            answer: withIds({ ...NO_ANSWER, at, by, device }),
            historySeq: null,
          };
        }
        const answer: Answer = { value, note, rev: current.rev + 1, at, by, device };
        await db.moderation.put({
          ...record,
          data: {
            ...data,
            secondReading: { ...data.secondReading, [itemId]: answer },
            updatedAt: at,
          },
        });
        return { status: 'saved', answer: withIds(answer), historySeq: null };
      }),
    );
    if (outcome.status === 'saved') void requestPersistenceOnFirstWrite();
    return outcome;
  } catch (error) {
    return failure(error);
  }
}

export type FinishOutcome =
  | { readonly status: 'done' }
  | { readonly status: 'incomplete'; readonly missing: readonly string[] }
  | { readonly status: 'unchanged' }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

/**
 * "I have finished the second reading": only when every applicable required question is
 * answered in it. The reading is locked from then on, and the comparison can be shown.
 */
export async function finishSecondReading(
  request: { readonly inspectionId: string; readonly caseId: string; readonly by: string },
  now: Clock = systemClock,
): Promise<FinishOutcome> {
  try {
    return await retrying((db) =>
      db.transaction(
        'rw',
        [db.inspections, db.frameworks, db.moderation],
        async (): Promise<FinishOutcome> => {
          const record = await recordOf(db, request.inspectionId, request.caseId);
          if (!record) return { status: 'missing', message: NOT_HERE };
          if (record.data.status !== 'assigned') return { status: 'unchanged' };
          const context = await frameworkOf(db, request.inspectionId);
          if (!context) {
            return {
              status: 'missing',
              message: 'The framework of this inspection is not on this device.',
            };
          }
          const values = readingValues(record.data.secondReading);
          const progress = caseProgress(indexFramework(context.framework), (id) => values[id]);
          if (!progress.canComplete) {
            return { status: 'incomplete', missing: progress.requiredMissing };
          }
          const at = now().toISOString();
          await db.moderation.put({
            ...record,
            data: {
              ...record.data,
              status: 'read',
              finishedAt: at,
              finishedBy: request.by,
              updatedAt: at,
            },
          });
          return { status: 'done' };
        },
      ),
    );
  } catch (error) {
    return failure(error);
  }
}

// Decisions -------------------------------------------------------------------------------------

export type DecideRequest = {
  readonly inspectionId: string;
  readonly caseId: string;
  readonly itemId: string;
  readonly choice: ModerationDecision['choice'];
  /** The final answer when `choice` is `other`; ignored otherwise. */
  readonly value?: AnswerValue;
  readonly rationale: string;
  readonly by: string;
  readonly device: string;
};

export type DecideOutcome =
  | { readonly status: 'done'; readonly caseModerated: boolean; readonly changed: boolean }
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

const DECIDED_ELSEWHERE =
  'The two readings are compared and decided on the lead inspector’s device, once this second reading has been merged there.';

const DECISION_TABLES = (db: CaseAuditDatabase) => [
  db.inspections,
  db.frameworks,
  db.cases,
  db.answers,
  db.answerHistory,
  db.moderation,
];

const CHOICE_SOURCE: Record<ModerationDecision['choice'], string> = {
  first: 'kept the first reading’s answer',
  second: 'took the second reading’s answer',
  other: 'recorded another answer',
};

/**
 * The history's note of where a change came from: "moderation: J. Morgan 2026-03-05" (the
 * moderation round: second reader, day), and for an answer the decision, e.g. "moderation:
 * J. Morgan 2026-03-05: kept the first reading’s answer".
 */
function decisionSource(
  inspection: Inspection,
  data: ModerationData,
  at: string,
  choice?: ModerationDecision['choice'],
): string {
  const reader =
    inspection.team.find((m) => m.id === data.secondReaderId)?.name ?? data.secondReaderId;
  const round = `moderation: ${reader} ${at.slice(0, 10)}`;
  return choice === undefined ? round : `${round}: ${CHOICE_SOURCE[choice]}`;
}

/**
 * The lead's final answer to one disagreement, with its rationale (required): the answer is
 * written through caseStore's `importAnswers` (`via: 'moderation'`, with its history), the
 * decision is kept in the record, and the case becomes `moderated` once every disagreement is
 * decided — all in one transaction. Deciding again replaces the decision.
 */
export async function decideDisagreement(
  request: DecideRequest,
  now: Clock = systemClock,
): Promise<DecideOutcome> {
  const errors: ValidationError[] = [];
  if (request.rationale.trim() === '') {
    errors.push({ path: 'rationale', message: 'Enter the rationale for this decision' });
  }
  try {
    return await retrying((db) =>
      db.transaction('rw', DECISION_TABLES(db), async (): Promise<DecideOutcome> => {
        const record = await recordOf(db, request.inspectionId, request.caseId);
        if (!record) return { status: 'missing', message: NOT_HERE };
        const { data } = record;
        if (heldForSecondReader(record)) return { status: 'refused', message: DECIDED_ELSEWHERE };
        if (data.status === 'assigned') {
          return { status: 'refused', message: 'The second reading is not finished yet.' };
        }
        const [context, caseRecord] = await Promise.all([
          frameworkOf(db, request.inspectionId),
          db.cases.get(request.caseId),
        ]);
        if (!context || !caseRecord) {
          return {
            status: 'missing',
            message: 'This case or its framework is not on this device.',
          };
        }
        if (caseRecord.status !== 'complete' && caseRecord.status !== 'moderated') {
          return {
            status: 'refused',
            message: `Case ${caseRecord.ref} has been reopened. Decide once it is complete again.`,
          };
        }
        const first =
          data.firstReading ??
          answersAsReading(await db.answers.where('caseId').equals(request.caseId).toArray());
        const differences = readingDifferences(
          context.framework,
          readingValues(first),
          readingValues(data.secondReading),
        );
        const difference = differences.find((d) => d.itemId === request.itemId);
        if (!difference) {
          return { status: 'refused', message: 'The two readings agree on this question.' };
        }
        const value =
          request.choice === 'first'
            ? difference.first
            : request.choice === 'second'
              ? difference.second
              : (request.value ?? null);
        if (request.choice === 'other') {
          const checked = validateAnswer(indexFramework(context.framework), request.itemId, value);
          if (value === null) {
            errors.push({ path: 'value', message: 'Choose the final answer' });
          } else if (checked.status === 'invalid') {
            errors.push({
              path: 'value',
              message: checked.errors[0]?.message ?? 'Choose an answer',
            });
          }
        }
        if (errors.length > 0) return { status: 'invalid', errors };
        const at = now().toISOString();
        const source = decisionSource(context.inspection, data, at, request.choice);
        const fromSecond = request.choice === 'second';
        const noteOf = (reading: ReadingAnswers) => reading[request.itemId]?.note ?? '';
        const incoming: IncomingAnswer = {
          caseId: request.caseId,
          inspectionId: request.inspectionId,
          itemId: request.itemId,
          value,
          note: fromSecond ? noteOf(data.secondReading) : noteOf(first),
          at,
          by: request.by,
          device: request.device,
        };
        // Recorded in the case's history even when it keeps the answer (caseStore).
        await importAnswers([incoming], { via: 'moderation', source });
        const decisions: Record<string, ModerationDecision> = {
          ...data.decisions,
          [request.itemId]: {
            choice: request.choice,
            value,
            rationale: request.rationale.trim(),
            first: difference.first,
            second: difference.second,
            by: request.by,
            at,
          },
        };
        const allDecided = differences.every((d) => d.itemId in decisions);
        await db.moderation.put({
          ...record,
          data: {
            ...data,
            firstReading: first,
            decisions,
            status: allDecided ? 'decided' : data.status,
            decidedAt: allDecided ? (data.decidedAt ?? at) : data.decidedAt,
            updatedAt: at,
          },
        });
        if (allDecided) {
          await markModerated(
            {
              caseId: request.caseId,
              by: request.by,
              device: request.device,
              source: decisionSource(context.inspection, data, at),
            },
            () => new Date(at),
          );
        }
        return {
          status: 'done',
          caseModerated: allDecided,
          changed: !sameValue(value, difference.first),
        };
      }),
    );
  } catch (error) {
    return failure(error);
  }
}

/**
 * The two readings agree on every compared answer: the lead confirms it and the case becomes
 * `moderated`, with nothing to change.
 */
export async function confirmReadingsAgree(
  request: {
    readonly inspectionId: string;
    readonly caseId: string;
    readonly by: string;
    readonly device: string;
  },
  now: Clock = systemClock,
): Promise<ChangeOutcome> {
  try {
    return await retrying((db) =>
      db.transaction('rw', DECISION_TABLES(db), async (): Promise<ChangeOutcome> => {
        const record = await recordOf(db, request.inspectionId, request.caseId);
        if (!record) return { status: 'missing', message: NOT_HERE };
        const { data } = record;
        if (heldForSecondReader(record)) return { status: 'refused', message: DECIDED_ELSEWHERE };
        if (data.status === 'assigned') {
          return { status: 'refused', message: 'The second reading is not finished yet.' };
        }
        const [context, caseRecord] = await Promise.all([
          frameworkOf(db, request.inspectionId),
          db.cases.get(request.caseId),
        ]);
        if (!context || !caseRecord) {
          return {
            status: 'missing',
            message: 'This case or its framework is not on this device.',
          };
        }
        if (caseRecord.status !== 'complete' && caseRecord.status !== 'moderated') {
          return {
            status: 'refused',
            message: `Case ${caseRecord.ref} has been reopened. Confirm once it is complete again.`,
          };
        }
        const first =
          data.firstReading ??
          answersAsReading(await db.answers.where('caseId').equals(request.caseId).toArray());
        const differences = readingDifferences(
          context.framework,
          readingValues(first),
          readingValues(data.secondReading),
        );
        if (differences.some((d) => !(d.itemId in data.decisions))) {
          return { status: 'refused', message: 'Some disagreements are still to be decided.' };
        }
        const at = now().toISOString();
        await db.moderation.put({
          ...record,
          data: {
            ...data,
            firstReading: first,
            status: 'decided',
            decidedAt: data.decidedAt ?? at,
            updatedAt: at,
          },
        });
        await markModerated(
          {
            caseId: request.caseId,
            by: request.by,
            device: request.device,
            source: decisionSource(context.inspection, data, at),
          },
          () => new Date(at),
        );
        return { status: 'done' };
      }),
    );
  } catch (error) {
    return failure(error);
  }
}

// Exchange files ------------------------------------------------------------------------------

/**
 * For a pack: the second readings assigned to `inspectorId` and not finished, each with the
 * reader's own answers so far. Never the first reading.
 */
export async function moderationAssignmentsFor(
  inspectionId: string,
  inspectorId: string,
): Promise<ModerationAssignment[]> {
  const db = currentDb();
  const rows = await db.moderation.where('inspectionId').equals(inspectionId).toArray();
  return rows
    .map((row) => readModerationRecord(row))
    .filter(
      (r): r is ModerationCase =>
        r !== null && r.data.secondReaderId === inspectorId && r.data.status === 'assigned',
    )
    .map((r) => ({
      moderationId: r.id,
      inspectionId: r.inspectionId,
      caseId: r.caseId,
      caseRef: r.data.caseRef,
      secondReaderId: r.data.secondReaderId,
      assignedAt: r.data.assignedAt,
      assignedBy: r.data.assignedBy,
      answers: r.data.secondReading,
      finishedAt: r.data.finishedAt,
    }));
}

/** Newer of two versions of one answer: the higher rev, or at equal revs the later time. */
function newer(a: Answer | undefined, b: Answer): boolean {
  if (!a) return true;
  if (b.rev !== a.rev) return b.rev > a.rev;
  return b.at > a.at;
}

function sameAnswer(a: Answer | undefined, b: Answer): boolean {
  return (
    a !== undefined &&
    a.rev === b.rev &&
    a.at === b.at &&
    a.note === b.note &&
    sameValue(a.value, b.value)
  );
}

/** Answers of `incoming` laid over `stored`, item by item; null when nothing changes. */
function mergeAnswers(stored: ReadingAnswers, incoming: ReadingAnswers): ReadingAnswers | null {
  let changed = false;
  const merged: ReadingAnswers = { ...stored };
  for (const [itemId, answer] of Object.entries(incoming)) {
    const mine = stored[itemId];
    if (sameAnswer(mine, answer) || !newer(mine, answer)) continue;
    merged[itemId] = answer;
    changed = true;
  }
  return changed ? merged : null;
}

export type AssignmentsImported = {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Assignments for another inspection, left out. */
  readonly skipped: number;
};

/**
 * On the second reader's device, from a pack: creates the records they answer into, or brings
 * existing ones up to date (a new reader; answers the lead holds that are newer). Work already
 * done here is kept. Call inside your transaction (with `moderation`) or alone.
 */
export async function importModerationAssignments(
  inspectionId: string,
  assignments: readonly ModerationAssignment[],
  now: Clock = systemClock,
): Promise<AssignmentsImported> {
  const db = currentDb();
  return db.transaction('rw', [db.moderation], async () => {
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    let skipped = 0;
    for (const a of assignments) {
      if (a.inspectionId !== inspectionId || a.moderationId !== moderationIdOf(a.caseId)) {
        skipped++;
        continue;
      }
      const at = now().toISOString();
      const record = readModerationRecord(await db.moderation.get(a.moderationId));
      if (!record) {
        await db.moderation.put({
          id: a.moderationId,
          inspectionId,
          caseId: a.caseId,
          data: {
            caseRef: a.caseRef,
            firstReaderId: null,
            secondReaderId: a.secondReaderId,
            status: a.finishedAt ? 'read' : 'assigned',
            selection: null,
            assignedAt: a.assignedAt,
            assignedBy: a.assignedBy,
            secondReading: a.answers,
            finishedAt: a.finishedAt,
            finishedBy: a.finishedAt ? a.secondReaderId : null,
            firstReading: null,
            decisions: {},
            decidedAt: null,
            updatedAt: at,
          },
        });
        added++;
        continue;
      }
      const { data } = record;
      const readerChanged = data.secondReaderId !== a.secondReaderId;
      if (data.status !== 'assigned' && !readerChanged) {
        // Finished here: the reading is locked, whatever the pack says.
        unchanged++;
        continue;
      }
      const answers = readerChanged ? a.answers : mergeAnswers(data.secondReading, a.answers);
      if (!readerChanged && answers === null) {
        unchanged++;
        continue;
      }
      await db.moderation.put({
        ...record,
        data: {
          ...data,
          secondReaderId: a.secondReaderId,
          assignedAt: a.assignedAt,
          assignedBy: a.assignedBy,
          secondReading: answers ?? data.secondReading,
          updatedAt: at,
        },
      });
      updated++;
    }
    return { added, updated, unchanged, skipped };
  });
}

/** For a "my work" file: the second readings `readerId` holds on this device. */
export async function secondReadingsBy(
  inspectionId: string,
  readerId: string,
): Promise<SecondReading[]> {
  const db = currentDb();
  const rows = await db.moderation.where('inspectionId').equals(inspectionId).toArray();
  return rows
    .map((row) => readModerationRecord(row))
    .filter((r): r is ModerationCase => r !== null && r.data.secondReaderId === readerId)
    .map((r) => ({
      moderationId: r.id,
      inspectionId: r.inspectionId,
      caseId: r.caseId,
      readerId: r.data.secondReaderId,
      answers: r.data.secondReading,
      finishedAt: r.data.finishedAt,
    }));
}

export type SecondReadingSkipped = {
  readonly moderationId: string;
  readonly caseId: string;
  readonly reason: 'unknown' | 'reassigned' | 'finished';
  /** Plain words for the merge summary. */
  readonly message: string;
};

export type SecondReadingsMerged = {
  /** Case ids whose second reading changed. */
  readonly merged: readonly string[];
  readonly unchanged: readonly string[];
  readonly skipped: readonly SecondReadingSkipped[];
};

/**
 * On the lead's device, from "my work" files: the second readings merged into their records.
 * Idempotent (the same file twice changes nothing). Never touches `answers`. Call inside your
 * transaction (with `moderation`) or alone.
 */
export async function mergeSecondReadings(
  inspectionId: string,
  readings: readonly SecondReading[],
  now: Clock = systemClock,
): Promise<SecondReadingsMerged> {
  const db = currentDb();
  return db.transaction('rw', [db.moderation], async () => {
    const merged: string[] = [];
    const unchanged: string[] = [];
    const skipped: SecondReadingSkipped[] = [];
    for (const reading of readings) {
      const record =
        reading.inspectionId === inspectionId
          ? readModerationRecord(await db.moderation.get(reading.moderationId))
          : null;
      const skip = (reason: SecondReadingSkipped['reason'], message: string) =>
        skipped.push({
          moderationId: reading.moderationId,
          caseId: reading.caseId,
          reason,
          message,
        });
      if (!record || record.inspectionId !== inspectionId || record.caseId !== reading.caseId) {
        skip('unknown', 'No second reading of this case is assigned on this device.');
        continue;
      }
      const { data } = record;
      if (data.secondReaderId !== reading.readerId) {
        skip(
          'reassigned',
          `Case ${data.caseRef}: this second reading is now assigned to someone else.`,
        );
        continue;
      }
      const answers = mergeAnswers(data.secondReading, reading.answers);
      if (data.status !== 'assigned') {
        if (answers === null) unchanged.push(record.caseId);
        else
          skip(
            'finished',
            `Case ${data.caseRef}: the second reading was already finished here; later changes are not taken.`,
          );
        continue;
      }
      const finishing = reading.finishedAt !== null;
      if (answers === null && !finishing) {
        unchanged.push(record.caseId);
        continue;
      }
      await db.moderation.put({
        ...record,
        data: {
          ...data,
          secondReading: answers ?? data.secondReading,
          ...(finishing
            ? { status: 'read', finishedAt: reading.finishedAt, finishedBy: reading.readerId }
            : {}),
          updatedAt: now().toISOString(),
        },
      });
      merged.push(record.caseId);
    }
    return { merged, unchanged, skipped };
  });
}

// The second reading's editor ------------------------------------------------------------------

const readingEditors = new Map<string, CaseEditor>();

/**
 * The editor of a case's second reading: a `CaseEditor` (debounce, retries, conflicts, unsaved
 * work registered so an update never reloads over it) whose writer is `saveSecondAnswer`, so
 * nothing it saves reaches the answers table. Shared by the second-reading screens of the case
 * in this tab and kept for the life of the page, apart from the case's own editor.
 */
export function openSecondReadingEditor(options: {
  readonly caseId: string;
  readonly by: string;
  readonly device: string;
}): CaseEditor {
  const existing = readingEditors.get(options.caseId);
  if (existing) {
    existing.setScorer(options.by);
    return existing;
  }
  const editor = new CaseEditor({ ...options, save: (request) => saveSecondAnswer(request) });
  readingEditors.set(options.caseId, editor);
  return editor;
}

/** Forgets every second-reading editor (tests switch databases). */
export async function closeSecondReadingEditors(): Promise<void> {
  const all = [...readingEditors.values()];
  readingEditors.clear();
  await Promise.all(all.map((editor) => editor.dispose()));
}
