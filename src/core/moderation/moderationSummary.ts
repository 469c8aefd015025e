/**
 * The moderation summary: how many cases were read twice, how far the readings agreed, how many
 * answers they disagreed on and how many the lead changed — for the findings screen and the
 * report's methodology, in figures and in one paragraph.
 */

import { SMALL_BASE } from '../findings/findingTypes';
import { compareReadings, type Reading, sameReadingAnswer } from '../findings/readingAgreement';
import type { CasePlace } from '../framework/applicability';
import type { Framework } from '../framework/frameworkSchema';
import { isOrAre, wasOrWere } from '../phrasing/agreement';
import { plural } from '../phrasing/plural';
import type { Agreement } from '../statistics/cohensKappa';
import { percentHalfUp, roundHalfUp } from '../statistics/roundHalfUp';
import type { ModerationDecision, ModerationStatus } from './moderationRecord';

/** One case chosen for a second reading, with both readings as they stand for comparison. */
export type ModeratedReadings = {
  readonly caseId: string;
  readonly status: ModerationStatus;
  /** The first reading as compared (the copy kept at the first decision, else the answers). */
  readonly first: Reading;
  readonly second: Reading;
  /** The case's area and stratum, which rules may ask about. */
  readonly place?: CasePlace | undefined;
  readonly decisions: Readonly<Record<string, Pick<ModerationDecision, 'value' | 'first'>>>;
};

export type ModerationFigures = {
  /** Cases chosen for a second reading, finished or not. */
  readonly assigned: number;
  /** Cases whose second reading is finished: the cases compared. */
  readonly doubleRead: number;
  /** Cases in the sample: the base of the share read twice. */
  readonly casesInSample: number;
  /** Over the finished second readings (see moderationAgreement.ts for the rules). */
  readonly agreement: Agreement;
  /** Answers on which the two readings disagree. */
  readonly disagreements: number;
  /** Disagreements the lead has decided. */
  readonly decided: number;
  /** Decisions whose final answer differs from the first reading: answers changed by review. */
  readonly changed: number;
  /** Cases whose every disagreement is decided. */
  readonly moderatedCases: number;
};

export function moderationFigures(
  framework: Framework,
  cases: readonly ModeratedReadings[],
  casesInSample: number,
): ModerationFigures {
  const finished = cases.filter((c) => c.status !== 'assigned');
  const { questions, overall } = compareReadings(framework, finished);
  // A decision on a question the framework no longer asks (after a move) stops counting.
  const compared = new Set(questions.map((q) => q.questionId));
  let decided = 0;
  let changed = 0;
  for (const c of finished) {
    for (const [itemId, decision] of Object.entries(c.decisions)) {
      if (!compared.has(itemId)) continue;
      decided++;
      // A decision changes an answer when its final answer is not the first reading's.
      if (!sameReadingAnswer(decision.value, decision.first)) changed++;
    }
  }
  return {
    assigned: cases.length,
    doubleRead: finished.length,
    casesInSample,
    agreement: overall,
    disagreements: questions.reduce((sum, q) => sum + q.disagreements.length, 0),
    decided,
    changed,
    moderatedCases: cases.filter((c) => c.status === 'decided').length,
  };
}

/** Kappa as printed: two decimals, half up ("0.78"); "not defined" when it cannot be worked out. */
export function formatKappa(kappa: number | null): string {
  if (kappa === null) return 'not defined';
  return roundHalfUp(kappa, 2).toFixed(2);
}

/**
 * The methodology's paragraph, e.g. "12 cases (20%) were read a second time by another
 * inspector, without sight of the first reading. The two readings agreed on 91% of answers
 * (kappa 0.78, 540 paired answers); 9 answers were changed after review." Fewer than
 * SMALL_BASE (10) cases read twice are flagged: with one case, for instance, every question has a
 * single pair and kappa says nothing. Null when no case was chosen for a second reading.
 */
export function moderationSentence(f: ModerationFigures): string | null {
  if (f.assigned === 0) return null;
  if (f.doubleRead === 0) {
    return `${plural(f.assigned, 'case')} ${wasOrWere(f.assigned)} chosen for a second reading by another inspector; none had been finished when these figures were made.`;
  }
  const share = f.casesInSample > 0 ? ` (${percentHalfUp(f.doubleRead, f.casesInSample)}%)` : '';
  const read = `${plural(f.doubleRead, 'case')}${share} ${wasOrWere(f.doubleRead)} read a second time by another inspector, without sight of the first reading.`;
  const unfinished = f.assigned - f.doubleRead;
  const waiting =
    unfinished > 0
      ? ` ${plural(unfinished, 'further second reading')} ${wasOrWere(unfinished)} not finished.`
      : '';
  const { agreement } = f;
  if (agreement.pairs === 0) {
    return `${read} No answer could be compared: no question was answered in both readings.${waiting}`;
  }
  const kappa =
    agreement.kappa === null
      ? 'kappa not defined, as every paired answer was the same'
      : `kappa ${formatKappa(agreement.kappa)}`;
  const changed =
    f.changed === 0
      ? 'no answer was changed after review'
      : `${plural(f.changed, 'answer')} ${wasOrWere(f.changed)} changed after review`;
  const pending = f.disagreements - f.decided;
  const open =
    pending > 0
      ? ` ${plural(pending, 'disagreement')} ${isOrAre(pending)} still to be decided.`
      : '';
  const few =
    f.doubleRead < SMALL_BASE
      ? ' So few cases were read twice that these figures say little on their own.'
      : '';
  return `${read} The two readings agreed on ${percentHalfUp(agreement.agreed, agreement.pairs)}% of answers (${kappa}, ${plural(agreement.pairs, 'paired answer')}); ${changed}.${open}${waiting}${few}`;
}
