/**
 * Agreement between first and second readings, laid out as the moderation screens show it
 * (SPEC §4.7): per question, per standard and overall, each with its base — the paired answers,
 * i.e. cases where the question applied in both readings and both answered it.
 *
 * The counting rules are those of `compareReadings` (src/core/findings/readingAgreement.ts):
 * - A question hidden by an applicability rule in either reading is left out of its base.
 * - A question answered in one reading only is left out of its base (counted apart).
 * - N/A and "not known" are answers like any other: "N/A" against "Yes" is a disagreement,
 *   because it decides whether the case is in the finding's base at all.
 * - A multichoice answer compares as its set of choices.
 * - Number, date and text questions are not compared.
 */

import { SMALL_BASE } from '../findings/findingTypes';
import {
  compareReadings,
  type QuestionReadingAgreement,
  type Reading,
  type ReadingPair,
} from '../findings/readingAgreement';
import type { CasePlace } from '../framework/applicability';
import type { Framework } from '../framework/frameworkSchema';
import type { AnswerValue } from '../inspection/answerValue';
import { type Agreement, poolAgreements } from '../statistics/cohensKappa';

/** One answer where two readings of a case differ. */
export type ReadingDifference = {
  readonly itemId: string;
  readonly first: AnswerValue;
  readonly second: AnswerValue;
};

/** The compared questions on which the two readings of one case disagree, in framework order. */
export function readingDifferences(
  framework: Framework,
  first: Reading,
  second: Reading,
  place?: CasePlace | undefined,
): ReadingDifference[] {
  const { questions } = compareReadings(framework, [{ caseId: 'case', first, second, place }]);
  return questions
    .filter((q) => q.disagreements.length > 0)
    .map((q) => ({
      itemId: q.questionId,
      first: first[q.questionId] ?? null,
      second: second[q.questionId] ?? null,
    }));
}

export type QuestionAgreementRow = QuestionReadingAgreement & {
  readonly text: string;
  readonly key: boolean;
  /** Fewer paired answers than SMALL_BASE (10): a figure to read with care. */
  readonly smallBase: boolean;
};

export type StandardAgreement = {
  readonly sectionTitle: string;
  readonly standardId: string;
  readonly title: string;
  readonly questions: readonly QuestionAgreementRow[];
  /** The standard's questions pooled. */
  readonly overall: Agreement;
  readonly smallBase: boolean;
};

export type ModerationAgreement = {
  /** Cases compared (pairs of readings). */
  readonly cases: number;
  readonly standards: readonly StandardAgreement[];
  readonly overall: Agreement;
  readonly smallBase: boolean;
};

/** Agreement per question, per standard and overall over the cases read twice. */
export function moderationAgreement(
  framework: Framework,
  pairs: readonly ReadingPair[],
): ModerationAgreement {
  const { questions, overall } = compareReadings(framework, pairs);
  const byId = new Map(questions.map((q) => [q.questionId, q]));
  const standards: StandardAgreement[] = [];
  for (const section of framework.sections) {
    for (const standard of section.standards) {
      const rows: QuestionAgreementRow[] = [];
      for (const question of standard.questions) {
        const figures = byId.get(question.id);
        if (!figures) continue;
        rows.push({
          ...figures,
          text: question.text,
          key: question.key === true,
          smallBase: figures.pairs < SMALL_BASE,
        });
      }
      if (rows.length === 0) continue;
      // A standard's figure pools its questions, never averaging their kappas.
      const pooled = poolAgreements(rows);
      standards.push({
        sectionTitle: section.title,
        standardId: standard.id,
        title: standard.title,
        questions: rows,
        overall: pooled,
        smallBase: pooled.pairs < SMALL_BASE,
      });
    }
  }
  return { cases: pairs.length, standards, overall, smallBase: overall.pairs < SMALL_BASE };
}
