/**
 * The data the findings worker computes from, in the form that crosses to it (structured
 * clone): each case with its answers' values only.
 */
import type { Answer, AnswerValue, Case, CaseWithAnswers, Framework } from '../core';

/**
 * A case as it crosses to the worker: its answers' values only. Findings read nothing else of
 * an answer, and leaving out evidence notes, times and authors makes the copy much smaller.
 */
export type CaseValues = Case & { readonly values: Readonly<Record<string, AnswerValue>> };

export type FindingsData = {
  readonly framework: Framework;
  readonly cases: readonly CaseValues[];
};

/** Cases with answers → the values the worker needs. */
export function caseValues(cases: readonly CaseWithAnswers[]): CaseValues[] {
  return cases.map(({ answers, ...kase }) => {
    const values: Record<string, AnswerValue> = Object.create(null);
    for (const itemId in answers) values[itemId] = answers[itemId]!.value;
    return { ...kase, values };
  });
}

/** Back to the shape computeFindings reads; only `value` of each answer is real. */
export function withAnswers(cases: readonly CaseValues[]): CaseWithAnswers[] {
  return cases.map(({ values, ...kase }) => {
    const answers: Record<string, Answer> = Object.create(null);
    for (const itemId in values) {
      answers[itemId] = { value: values[itemId]!, note: '', rev: 0, at: '', by: '', device: '' };
    }
    return { ...kase, answers };
  });
}
