/**
 * How example answers are shared out among cases: for one item, how many cases get each value,
 * and which cases are first in line for it. Counts are exact; only who gets what is random.
 */
import type { AnswerValue } from '../inspection/answerValue';

/**
 * What puts a case first in line for a share:
 * - `practice`: the quality of the YOTs' work on the case (good work first);
 * - `difficulty`: how troubled the child's circumstances were (most troubled first);
 * - `chance`: nothing but the seed.
 * Each is mixed with noise, so a share is never a strict cut of one measure.
 */
export type Driver = 'practice' | 'difficulty' | 'chance';

/** What a preference may read: the case's answers so far, and where it sits. */
export type CaseFacts = {
  readonly value: (itemId: string) => AnswerValue | undefined;
  readonly stratumId: string | null;
};

export type Share = {
  readonly value: string | number;
  readonly count: number;
  /** Overrides the rule's driver for this share (e.g. N/A picked by chance). */
  readonly by?: Driver;
  /** Cases this share goes to before any other (e.g. restorative justice only where the child offended in care). */
  readonly prefer?: (facts: CaseFacts) => boolean;
};

export type AllocationRule = {
  readonly item: string;
  /** Where the report states the figure (line numbers in seed 000), or why the counts were chosen. */
  readonly source: string;
  readonly by: Driver;
  /** In order: each share takes the cases first in line among those still without a value. */
  readonly shares: readonly Share[];
  /** Cases left with no answer at all (an optional field the record did not give). */
  readonly blank?: number;
};
