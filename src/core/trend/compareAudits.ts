/**
 * Two audits on the same framework version compared question by question: what share of cases
 * the answers counted then and now, the change in percentage points, and whether it is more
 * than chance would explain. The answers counted are those the current audit's findings state
 * for the question (its `counted` figure, as the findings screen and the published figures read
 * it), and the earlier audit is counted on that same side, so a rise always means more cases
 * with those answers.
 *
 * A change is more than chance would explain only when both methods say so: its 95% interval
 * (Newcombe's, as for published figures) leaves out 0, and the pooled two-proportion z test
 * gives a two-sided p below 0.05. The two agree but for changes on the line, which are then not
 * counted as more than chance.
 */
import { SIGNIFICANCE_LEVEL } from '../findings/crossTabTest';
import type { FindingsResult, ItemFinding, ProportionFinding } from '../findings/findingTypes';
import { isSmallBase } from '../findings/printedFigure';
import { newcombeInterval } from '../statistics/differenceInterval';
import { percentHalfUp, roundHalfUp, scaledPercentHalfUp } from '../statistics/roundHalfUp';
import { type TwoProportionTest, twoProportionTest } from '../statistics/twoProportionTest';

/** Intervals of a change are always 95%, as the method says. */
export const TREND_CONFIDENCE = 0.95;

export const TREND_METHOD =
  'Newcombe’s hybrid score interval for a difference of two independent proportions, 95%, and the two-proportion z test with a pooled proportion (two-sided, 5% level)';

/** Both ends in percentage points. */
export type PointsRange = { readonly low: number; readonly high: number };

/** One audit's figure for a question: the cases with the answers counted, of its base. */
export type AuditFigure = {
  readonly count: number;
  readonly base: number;
  /** Whole per cent rounded half up; null with no applicable cases. */
  readonly percent: number | null;
  /** A base under 10 (core's small-base rule): marked wherever it is shown. */
  readonly smallBase: boolean;
};

type QuestionFields = {
  readonly itemId: string;
  readonly standardId: string | null;
};

/** What a question's figures count: the same for both audits. */
type Counted = {
  /** The side the findings state: a rise is more cases with these answers. */
  readonly side: 'positive' | 'negative';
  /** The answers counted, in the scale's words: "No", "Yes or Partly". */
  readonly answers: string;
  /** What holds in the counted cases, from the framework's finding wording; null without one. */
  readonly statement: string | null;
};

export type QuestionChange = QuestionFields &
  Counted & {
    readonly status: 'compared';
    /** The earlier audit's figure. */
    readonly earlier: AuditFigure;
    /** This audit's figure. */
    readonly current: AuditFigure;
    /** Now − then in points, to one decimal, rounded half away from zero exactly. */
    readonly change: number;
    /** The 95% interval of the change, in points to one decimal. */
    readonly interval: PointsRange;
    /** The same unrounded, for wordings that round it otherwise (whole points). */
    readonly exactInterval: PointsRange;
    /** The z test of now against then. */
    readonly test: TwoProportionTest;
    /** The interval leaves out 0 and the test's p is below 0.05. */
    readonly significant: boolean;
    /** Either base is under 10. */
    readonly smallBase: boolean;
  };

/** A question with no applicable cases in one audit or both: no change can be worked out. */
export type QuestionWithoutCases = QuestionFields &
  Counted & {
    readonly status: 'no-cases';
    readonly earlier: AuditFigure;
    readonly current: AuditFigure;
    /** "no applicable cases in the earlier audit" */
    readonly reason: string;
  };

/** A question whose figure is not one share of cases (a number, a list, a written answer). */
export type QuestionNotCompared = QuestionFields & {
  readonly status: 'not-compared';
  /** "not compared: …" */
  readonly reason: string;
};

export type QuestionTrend = QuestionChange | QuestionWithoutCases | QuestionNotCompared;

export type AuditComparison =
  | { readonly status: 'refused'; readonly problem: string }
  | {
      readonly status: 'compared';
      readonly framework: FindingsResult['framework'];
      /** Which cases both audits' figures count. */
      readonly basis: FindingsResult['basis'];
      /** Cases counted in each audit. */
      readonly cases: { readonly earlier: number; readonly current: number };
      /** Every question of the current audit's findings, in the framework's order. */
      readonly questions: readonly QuestionTrend[];
      readonly method: string;
    };

function figureOf(count: number, base: number): AuditFigure {
  return {
    count,
    base,
    percent: base === 0 ? null : percentHalfUp(count, base),
    smallBase: isSmallBase(base),
  };
}

/** Now − then in points to one decimal, rounded half away from zero from the counts. */
function changePoints(now: AuditFigure, then: AuditFigure): number {
  const numerator = now.count * then.base - then.count * now.base;
  const scaled = scaledPercentHalfUp(Math.abs(numerator), now.base * then.base, 1) / 10;
  return numerator < 0 ? -scaled : scaled;
}

/** The change between two figures that both have cases. */
function changeOf(
  fields: QuestionFields & Counted,
  then: AuditFigure,
  now: AuditFigure,
): QuestionChange {
  const interval = newcombeInterval(now.count, now.base, then.count, then.base, TREND_CONFIDENCE);
  const test = twoProportionTest(now.count, now.base, then.count, then.base);
  const leavesOutZero = interval.low > 0 || interval.high < 0;
  return {
    ...fields,
    status: 'compared',
    earlier: then,
    current: now,
    change: changePoints(now, then),
    interval: {
      low: roundHalfUp(interval.low * 100, 1),
      high: roundHalfUp(interval.high * 100, 1),
    },
    exactInterval: { low: interval.low * 100, high: interval.high * 100 },
    test,
    significant: leavesOutZero && test.p < SIGNIFICANCE_LEVEL,
    smallBase: then.smallBase || now.smallBase,
  };
}

const NOT_A_SHARE: Record<Exclude<ItemFinding['type'], 'proportion'>, string> = {
  multichoice:
    'not compared: more than one answer can be chosen, so no one share of cases is counted',
  number: 'not compared: the answer is a number, not a share of cases',
  answered: 'not compared: the answer is written or a date, not a share of cases',
};

/** Which audit has no applicable cases, in words. */
function noCasesReason(then: AuditFigure, now: AuditFigure): string {
  if (then.base === 0 && now.base === 0) return 'no applicable cases in either audit';
  return then.base === 0
    ? 'no applicable cases in the earlier audit'
    : 'no applicable cases in this audit';
}

/** One question of the current audit against the same question of the earlier one. */
function questionTrend(now: ItemFinding, then: ItemFinding | undefined): QuestionTrend {
  const fields: QuestionFields = { itemId: now.itemId, standardId: now.standardId };
  if (now.type !== 'proportion') {
    return { ...fields, status: 'not-compared', reason: NOT_A_SHARE[now.type] };
  }
  if (now.counted === null) {
    return {
      ...fields,
      status: 'not-compared',
      reason: 'not compared: no answer to this question counts as positive',
    };
  }
  if (then === undefined || then.type !== 'proportion') {
    return {
      ...fields,
      status: 'not-compared',
      reason: 'not compared: the earlier audit’s findings have no share of cases for it',
    };
  }
  const { side, answers, statement } = now.counted;
  const counted = { ...fields, side, answers, statement };
  const nowFigure = figureOf(now.counted.count, now.counted.base);
  const thenFigure = figureOf(countOnSide(then, side), then.base);
  if (thenFigure.base === 0 || nowFigure.base === 0) {
    return {
      ...counted,
      status: 'no-cases',
      earlier: thenFigure,
      current: nowFigure,
      reason: noCasesReason(thenFigure, nowFigure),
    };
  }
  return changeOf(counted, thenFigure, nowFigure);
}

/** The earlier audit's cases with the answers on `side`, whichever side its findings state. */
function countOnSide(finding: ProportionFinding, side: 'positive' | 'negative'): number {
  return side === 'positive' ? finding.positive : finding.negative;
}

/**
 * The current audit's findings (`now`) against an earlier audit's (`then`), question by
 * question. Refused, saying why, when the two are on different framework versions (a question
 * id may mean something else in another) or count different cases (complete cases only in one,
 * all cases in the other).
 */
export function compareAudits(then: FindingsResult, now: FindingsResult): AuditComparison {
  const versionOf = (r: FindingsResult) => `${r.framework.id}@${r.framework.version}`;
  if (versionOf(then) !== versionOf(now)) {
    return {
      status: 'refused',
      problem: `The earlier audit uses ${versionOf(then)} and this one ${versionOf(now)}: only audits on the same framework version can be compared question by question.`,
    };
  }
  if (then.basis !== now.basis) {
    return {
      status: 'refused',
      problem:
        'The two audits’ figures count different cases (complete cases only in one, all cases in the other): count the same cases in both.',
    };
  }
  const earlier = new Map(then.questions.map((f) => [f.itemId, f]));
  return {
    status: 'compared',
    framework: now.framework,
    basis: now.basis,
    cases: { earlier: then.cases.counted, current: now.cases.counted },
    questions: now.questions.map((f) => questionTrend(f, earlier.get(f.itemId))),
    method: TREND_METHOD,
  };
}
