/**
 * The lead's decisions on the disagreements between two readings (SPEC §3 "Moderation"): which
 * answer a decision makes final, when a case's readings are all decided, and how the case's
 * history names the moderation round a change came from.
 */
import type { FrameworkIndex } from '../framework/frameworkItems';
import type { AnswerValue } from '../inspection/answerValue';
import { validateAnswer } from '../scoring/validateAnswer';
import type { ValidationError } from '../validation/validationResult';
import type { ReadingDifference } from './moderationAgreement';
import type { ModerationData, ModerationDecision, ReadingAnswers } from './moderationRecord';

type Choice = ModerationDecision['choice'];

const CHOICE_SOURCE: Record<Choice, string> = {
  first: 'kept the first reading’s answer',
  second: 'took the second reading’s answer',
  other: 'recorded another answer',
};

/**
 * The history's note of where a change came from: "moderation: J. Morgan 2026-03-05" (the
 * moderation round: second reader, day), and for an answer the decision, e.g. "moderation:
 * J. Morgan 2026-03-05: kept the first reading’s answer".
 */
export function decisionSource(secondReader: string, at: string, choice?: Choice): string {
  const round = `moderation: ${secondReader} ${at.slice(0, 10)}`;
  return choice === undefined ? round : `${round}: ${CHOICE_SOURCE[choice]}`;
}

/**
 * The answer a decision makes final: the first reading's, the second's, or another one, which
 * must be an answer the item accepts.
 */
export function finalAnswer(
  index: FrameworkIndex,
  difference: ReadingDifference,
  choice: Choice,
  other: AnswerValue | undefined,
): { readonly value: AnswerValue; readonly errors: readonly ValidationError[] } {
  if (choice !== 'other') {
    return { value: choice === 'first' ? difference.first : difference.second, errors: [] };
  }
  const value = other ?? null;
  if (value === null) {
    return { value, errors: [{ path: 'value', message: 'Choose the final answer' }] };
  }
  const checked = validateAnswer(index, difference.itemId, value);
  if (checked.status === 'invalid') {
    const message = checked.errors[0]?.message ?? 'Choose an answer';
    return { value, errors: [{ path: 'value', message }] };
  }
  return { value, errors: [] };
}

/**
 * A record with its decisions: the first reading kept as it was compared, and — once every
 * difference has a decision — the record `decided`, at the moment of its last decision.
 */
export function withDecisions(
  data: ModerationData,
  first: ReadingAnswers,
  decisions: ModerationData['decisions'],
  differences: readonly Pick<ReadingDifference, 'itemId'>[],
  at: string,
): { readonly data: ModerationData; readonly allDecided: boolean } {
  const allDecided = differences.every((d) => d.itemId in decisions);
  return {
    allDecided,
    data: {
      ...data,
      firstReading: first,
      decisions,
      status: allDecided ? 'decided' : data.status,
      decidedAt: allDecided ? (data.decidedAt ?? at) : data.decidedAt,
      updatedAt: at,
    },
  };
}
