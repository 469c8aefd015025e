/**
 * Agreement between two readings of the same cases (moderation, SPEC §3, §4.7): per question
 * and overall, with the base of each. A pair counts for a question when the question applies
 * in both readings and both answered it; N/A and not known are answers like any other, so
 * "N/A" against "Yes" is a disagreement.
 */
import { type CasePlace, hiddenItems } from '../framework/applicability';
import type { Framework } from '../framework/frameworkSchema';
import { type AnswerValue, isAnswered } from '../inspection/answerValue';
import { type Agreement, agreementByQuestion, cohensKappa } from '../statistics/cohensKappa';
import { planFindings } from './findingsPlan';

/** One reading: answers by item id. */
export type Reading = Readonly<Record<string, AnswerValue | undefined>>;

export type ReadingPair = {
  readonly caseId: string;
  readonly first: Reading;
  readonly second: Reading;
  /** The case's area and stratum, which rules may ask about. */
  readonly place?: CasePlace | undefined;
};

export type QuestionReadingAgreement = Agreement & {
  readonly questionId: string;
  /** Pairs left out: hidden in either reading, or answered in only one. */
  readonly hidden: number;
  readonly answeredOnce: number;
  /** Cases where the two readings differ. */
  readonly disagreements: readonly string[];
};

/** A multichoice answer compares as its set of choices. */
function category(value: AnswerValue | undefined): string {
  if (Array.isArray(value)) return [...new Set(value)].sort().join('|');
  return String(value);
}

/** Whether two readings give the same answer (a multichoice answer as its set of choices). */
export function sameReadingAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return category(a) === category(b);
}

/** Agreement on every judgement, rating, choice and multichoice question. */
export function compareReadings(
  framework: Framework,
  pairs: readonly ReadingPair[],
): { questions: QuestionReadingAgreement[]; overall: Agreement } {
  const plan = planFindings(framework);
  const questions = plan.items.filter(
    (item) =>
      item.entry.type === 'question' && (item.type === 'proportion' || item.type === 'multichoice'),
  );
  const hiddenOf = (reading: Reading, place: CasePlace | undefined) =>
    plan.ruleIndex === null
      ? new Set<string>()
      : hiddenItems(plan.ruleIndex, (id) => reading[id], place);
  const readings: { questionId: string; first: string; second: string }[] = [];
  const stats = new Map(
    questions.map((q) => [q.id, { hidden: 0, answeredOnce: 0, disagreements: [] as string[] }]),
  );
  for (const pair of pairs) {
    const hiddenFirst = hiddenOf(pair.first, pair.place);
    const hiddenSecond = hiddenOf(pair.second, pair.place);
    for (const question of questions) {
      const s = stats.get(question.id)!;
      if (hiddenFirst.has(question.id) || hiddenSecond.has(question.id)) {
        s.hidden++;
        continue;
      }
      const a = pair.first[question.id];
      const b = pair.second[question.id];
      const hasA = isAnswered(a);
      const hasB = isAnswered(b);
      if (!hasA || !hasB) {
        if (hasA || hasB) s.answeredOnce++;
        continue;
      }
      const first = category(a);
      const second = category(b);
      if (first !== second) s.disagreements.push(pair.caseId);
      readings.push({ questionId: question.id, first, second });
    }
  }
  const { overall } = agreementByQuestion(readings);
  const perQuestion = new Map<string, [string, string][]>();
  for (const r of readings) {
    const list = perQuestion.get(r.questionId) ?? [];
    list.push([r.first, r.second]);
    perQuestion.set(r.questionId, list);
  }
  return {
    questions: questions.map((q) => ({
      questionId: q.id,
      ...cohensKappa(perQuestion.get(q.id) ?? []),
      ...stats.get(q.id)!,
    })),
    overall,
  };
}
