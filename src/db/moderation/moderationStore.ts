/**
 * The moderation store: second readings and the lead's decisions, in the `moderation` table
 * (one row per case chosen, `{ id, inspectionId, caseId, data }`, `data` checked against core's
 * `moderationDataSchema`). This module reads the records and holds what the others share;
 * moderationAssignment.ts chooses cases, secondReadingStore.ts saves and finishes a reading,
 * moderationDecisions.ts records the lead's decisions, moderationExchange.ts carries readings
 * in exchange files.
 *
 * - The second reading is kept in the record, never in the case's answers: findings, exports
 *   and the case's own screens are unaffected by it. It is saved answer by answer through a
 *   `CaseEditor` whose writer is `saveSecondAnswer` (same debounce, retries, conflict rule and
 *   "Saved only after commit" as scoring; src/editing/secondReadingEditor.ts).
 * - A decision writes the final answer through the answer writer's `importAnswers` (`via:
 *   'moderation'`; a decision that keeps the answer is recorded in its history too), in one
 *   transaction with the decision record; when the last disagreement of a case is decided,
 *   the case status writer's `markModerated` makes the case `moderated` (history item
 *   `#status`).
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
import {
  answerOf,
  compareRefsAsRead,
  countsInFindings,
  type Framework,
  frameworkKey,
  heldForSecondReader,
  type Inspection,
  type ModeratedReadings,
  type ModerationCase,
  type ModerationFigures,
  moderationFigures,
  moderationIdOf,
  moderationRecordSchema,
  moderationSentence,
  type ReadingAnswers,
  readingValues,
} from '../../core';
import { answerTables, caseAnswers, casesAnswers } from '../cases/answerStore';
import { database } from '../connection';
import type { AnswerRecord, CaseAuditDatabase, CaseRecord, ModerationRecord } from '../database';
import type { Failed } from '../writeOutcome';

/** What a change to a moderation record came to. */
export type ChangeOutcome =
  | { readonly status: 'done' }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'missing'; readonly message: string }
  | Failed;

export const NOT_HERE = 'This second reading is no longer on this device.';

/** A stored row, checked; null for a row this version cannot read. */
export function readModerationRecord(row: ModerationRecord | undefined): ModerationCase | null {
  if (!row) return null;
  const parsed = moderationRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export function answersAsReading(rows: readonly AnswerRecord[]): ReadingAnswers {
  const reading: ReadingAnswers = {};
  for (const row of rows) {
    reading[row.itemId] = answerOf(row);
  }
  return reading;
}

/** Every record of an inspection this version can read, in the order stored. */
export async function recordsOf(
  db: CaseAuditDatabase,
  inspectionId: string,
): Promise<ModerationCase[]> {
  const rows = await db.moderation.where('inspectionId').equals(inspectionId).toArray();
  return rows
    .map((row) => readModerationRecord(row))
    .filter((r): r is ModerationCase => r !== null);
}

/** Records in order of their case's reference, as people number them (LAC-2 before LAC-10). */
function byCaseRef(a: ModerationCase, b: ModerationCase): number {
  return compareRefsAsRead(a.data.caseRef, b.data.caseRef);
}

export async function recordOf(
  db: CaseAuditDatabase,
  inspectionId: string,
  caseId: string,
): Promise<ModerationCase | null> {
  const record = readModerationRecord(await db.moderation.get(moderationIdOf(caseId)));
  return record && record.inspectionId === inspectionId ? record : null;
}

/** The inspection and its framework, both needed to compare readings; null if either is gone. */
export async function frameworkOf(db: CaseAuditDatabase, inspectionId: string) {
  const inspection = await db.inspections.get(inspectionId);
  const record = inspection ? await db.frameworks.get(frameworkKey(inspection.framework)) : null;
  return inspection && record ? { inspection, framework: record.framework } : null;
}

// Reading ---------------------------------------------------------------------------------------

/** Every case chosen for a second reading in an inspection, in order of case reference. */
export async function listModeration(inspectionId: string): Promise<ModerationCase[]> {
  return (await recordsOf(database(), inspectionId)).sort(byCaseRef);
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
  return db.transaction('r', [db.moderation, db.cases, ...answerTables(db)], async () => {
    const record = await recordOf(db, inspectionId, caseId);
    if (!record) return { status: 'missing' } as const;
    if (heldForSecondReader(record)) return { status: 'elsewhere' } as const;
    if (record.data.status === 'assigned') return { status: 'blind' } as const;
    const caseRecord = (await db.cases.get(caseId)) ?? null;
    const first = record.data.firstReading ?? answersAsReading(await caseAnswers(db, caseId));
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
    [db.inspections, db.frameworks, db.cases, ...answerTables(db), db.moderation],
    async () => {
      const context = await frameworkOf(db, inspectionId);
      if (!context) return null;
      const [unsorted, cases] = await Promise.all([
        recordsOf(db, inspectionId),
        db.cases.where('inspectionId').equals(inspectionId).toArray(),
      ]);
      const records = unsorted.sort(byCaseRef);
      const needAnswers = records
        .filter((r) => r.data.status !== 'assigned' && r.data.firstReading === null)
        .map((r) => r.caseId);
      const answerRows = needAnswers.length > 0 ? await casesAnswers(db, needAnswers) : [];
      const byCase = new Map<string, AnswerRecord[]>();
      for (const row of answerRows) {
        const list = byCase.get(row.caseId) ?? [];
        list.push(row);
        byCase.set(row.caseId, list);
      }
      const caseById = new Map(cases.map((c) => [c.id, c]));
      const readings = records
        .filter((r) => !heldForSecondReader(r))
        .map((r) => ({
          caseId: r.caseId,
          place: caseById.get(r.caseId),
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
