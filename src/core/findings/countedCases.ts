/**
 * Which of an inspection's cases the findings count, joined with their answers. Reserves that
 * nobody has started are left out: they were drawn in case a sampled case could not be read,
 * and count only once someone reads them. So is a case a device holds only for its blind second
 * reading: its answers are not there, and its figures are the lead's to count.
 */
import { compareRefsAsRead } from '../inspection/caseOrder';
import type { Answer, Case, CaseWithAnswers } from '../inspection/inspectionSchema';

export type FindingsCases = {
  /** In the order of their references, so lists and exports are stable. */
  readonly cases: readonly CaseWithAnswers[];
  /** Reserves not started, and so not counted. */
  readonly unusedReserves: number;
  /** Cases held on this device only for their blind second reading, and so not counted. */
  readonly heldForSecondReading: number;
};

/** An answer as stored: to one item of one case. */
type StoredAnswer = Answer & { readonly caseId: string; readonly itemId: string };

/** Whether a case counts in the findings at all (an unused reserve does not). */
export function countsInFindings(kase: Pick<Case, 'role' | 'status'>): boolean {
  return kase.role === 'sample' || kase.status !== 'not-started';
}

/**
 * Joins cases and answers (from one read each) into the counted cases with their answers by
 * item id, in the order of their references. `held`: ids of cases held for a second reading.
 */
export function joinCasesAndAnswers(
  caseRows: readonly Case[],
  answerRows: readonly StoredAnswer[],
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
  cases.sort((a, b) => compareRefsAsRead(a.ref, b.ref));
  return { cases, unusedReserves, heldForSecondReading };
}
