/**
 * What the findings of an inspection are computed from: the inspection, its pinned framework
 * version, and its cases with their answers, in the shape `computeFindings` reads
 * (`CaseWithAnswers[]`). One query per table, never one per case, so a thousand cases of sixty
 * answers load in a few hundred milliseconds at most.
 *
 * Reserves that nobody has started are left out: they were drawn in case a sampled case could
 * not be read, and count only once someone reads them. So is a case this device holds only for
 * its blind second reading: its answers are not here, and its figures are the lead's to count.
 */
import {
  type Answer,
  type CaseWithAnswers,
  type Framework,
  frameworkKey,
  type GroupNames,
  heldForSecondReader,
  type Inspection,
  moderationRecordSchema,
} from '../../core';
import { database } from '../connection';
import type { AnswerRecord, CaseRecord } from '../database';

export type FindingsCases = {
  /** In the order of their references, so lists and exports are stable. */
  readonly cases: readonly CaseWithAnswers[];
  /** Reserves not started, and so not counted. */
  readonly unusedReserves: number;
  /** Cases held on this device only for their blind second reading, and so not counted. */
  readonly heldForSecondReading: number;
};

export type FindingsSource = FindingsCases & {
  readonly inspection: Inspection;
  /** The pinned framework version; null when it is not on this device. */
  readonly framework: Framework | null;
};

/** Whether a case counts in the findings at all (an unused reserve does not). */
export function countsInFindings(kase: Pick<CaseRecord, 'role' | 'status'>): boolean {
  return kase.role === 'sample' || kase.status !== 'not-started';
}

const byRef = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Joins cases and answers (from one read each) into cases with their answers by item id. */
export function joinCasesAndAnswers(
  caseRows: readonly CaseRecord[],
  answerRows: readonly AnswerRecord[],
  held: ReadonlySet<string> = new Set(),
): FindingsCases {
  const answersOf = new Map<string, Record<string, Answer>>();
  const cases: CaseWithAnswers[] = [];
  let unusedReserves = 0;
  let heldForSecondReading = 0;
  for (const row of caseRows) {
    if (held.has(row.id)) {
      heldForSecondReading++;
      continue;
    }
    if (!countsInFindings(row)) {
      unusedReserves++;
      continue;
    }
    // No prototype: an item may be called "constructor" and must still read as unanswered.
    const answers = Object.create(null) as Record<string, Answer>;
    answersOf.set(row.id, answers);
    cases.push({ ...row, answers });
  }
  for (const answer of answerRows) {
    const answers = answersOf.get(answer.caseId);
    if (answers) answers[answer.itemId] = answer;
  }
  cases.sort((a, b) => byRef.compare(a.ref, b.ref));
  return { cases, unusedReserves, heldForSecondReading };
}

/** The cases of an inspection with their answers (one read of each table, consistent). */
export async function loadFindingsCases(inspectionId: string): Promise<FindingsCases> {
  const db = database();
  const [caseRows, answerRows, moderationRows] = await db.transaction(
    'r',
    [db.cases, db.answers, db.moderation],
    () =>
      Promise.all([
        db.cases.where('inspectionId').equals(inspectionId).toArray(),
        db.answers.where('inspectionId').equals(inspectionId).toArray(),
        db.moderation.where('inspectionId').equals(inspectionId).toArray(),
      ]),
  );
  const held = new Set<string>();
  for (const row of moderationRows) {
    const parsed = moderationRecordSchema.safeParse(row);
    if (parsed.success && heldForSecondReader(parsed.data)) held.add(row.caseId);
  }
  return joinCasesAndAnswers(caseRows, answerRows, held);
}

/** Everything findings need; null when the inspection is not on this device. */
export async function loadFindingsSource(inspectionId: string): Promise<FindingsSource | null> {
  const db = database();
  const tables = [db.inspections, db.frameworks, db.cases, db.answers, db.moderation];
  return db.transaction('r', tables, async () => {
    const inspection = await db.inspections.get(inspectionId);
    if (!inspection) return null;
    const [record, found] = await Promise.all([
      db.frameworks.get(frameworkKey(inspection.framework)),
      loadFindingsCases(inspectionId),
    ]);
    return { inspection, framework: record?.framework ?? null, ...found };
  });
}

/** The inspection's names for areas, strata and inspectors, which label breakdowns. */
export function groupNamesOf(inspection: Inspection): GroupNames {
  return {
    areas: inspection.areas,
    strata: inspection.strata,
    inspectors: inspection.team.map((member) => ({ id: member.id, name: member.name })),
  };
}
