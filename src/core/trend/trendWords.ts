/**
 * A question's change between two audits in words, in the parts a table lays out: each audit's
 * figure with its counts and the small-base mark, the change in whole points with its sign, its
 * 95% interval, whether it is more than chance would explain (said in words, so no reader
 * depends on colour) and the test behind it.
 */
import { signedPoints } from '../benchmarks/benchmarkWords';
import { pValueText } from '../findings/crossTabTest';
import { printedFigure } from '../findings/printedFigure';
import { ENGLISH, type Translator } from '../i18n/translator';
import { formatPercent, roundHalfUp } from '../statistics/roundHalfUp';
import type { AuditFigure, QuestionChange, QuestionTrend } from './compareAudits';

export type TrendWords =
  | {
      readonly status: 'compared';
      /** The earlier audit's figure: "58% (35/60)"; "50% (4/8) †" on a small base. */
      readonly earlier: string;
      /** This audit's figure. */
      readonly current: string;
      /** Whole points with their sign: "+25", "−13", "0". */
      readonly change: string;
      /** The 95% interval's ends in whole points: "+9 to +40". */
      readonly interval: string;
      /** "Yes" or "No": more than chance would explain. */
      readonly moreThanChance: 'Yes' | 'No';
      /** "z = 3.01, p = 0.003" */
      readonly test: string;
      readonly smallBase: boolean;
    }
  | {
      readonly status: 'no-cases';
      /** "no applicable cases" on the side that has none. */
      readonly earlier: string;
      readonly current: string;
      /** "no applicable cases in the earlier audit" */
      readonly reason: string;
    }
  | { readonly status: 'not-compared'; readonly reason: string };

/** One audit's figure as every figure is printed: "58% (35/60)", or "no applicable cases". */
export function auditFigureText(figure: AuditFigure): string {
  return printedFigure(figure.percent, figure.count, figure.base);
}

/** Now − then in whole points, rounded half away from zero exactly from the counts. */
export function wholeChange(c: Pick<QuestionChange, 'earlier' | 'current'>): number {
  const { earlier, current } = c;
  const numerator = current.count * earlier.base - earlier.count * current.base;
  const whole = Number(formatPercent(Math.abs(numerator), current.base * earlier.base, 0));
  return numerator < 0 ? -whole : whole;
}

/** z to two decimals and its p-value as the cross-tab prints one: "z = 3.01, p = 0.003". */
export function testText(c: Pick<QuestionChange, 'test'>): string {
  const z = roundHalfUp(c.test.statistic, 2);
  const written = (z === 0 ? 0 : z).toFixed(2).replace('-', '−');
  return `z = ${written}, p ${pValueText(c.test.p)}`;
}

/** A question's change, or why there is none, in words. */
export function trendWords(q: QuestionTrend): TrendWords {
  if (q.status === 'not-compared') return { status: 'not-compared', reason: q.reason };
  const earlier = auditFigureText(q.earlier);
  const current = auditFigureText(q.current);
  if (q.status === 'no-cases') return { status: 'no-cases', earlier, current, reason: q.reason };
  const low = signedPoints(roundHalfUp(q.exactInterval.low, 0));
  const high = signedPoints(roundHalfUp(q.exactInterval.high, 0));
  return {
    status: 'compared',
    earlier,
    current,
    change: signedPoints(wholeChange(q)),
    interval: `${low} to ${high}`,
    moreThanChance: q.significant ? 'Yes' : 'No',
    test: testText(q),
    smallBase: q.smallBase,
  };
}

/** The sentence under a comparison of two audits: what each figure counts and how it is judged. */
export function trendMethodSentence(tr: Translator = ENGLISH): string {
  return tr.t(
    'trend',
    'Each figure is the share of cases with the answers shown, of the cases the question applied to (its base); the earlier audit is counted on the same answers as this one. Each change is this audit’s figure minus the earlier audit’s, in percentage points. Methods: {method}. A change is counted as more than chance would explain only when its 95% interval leaves out 0 and the test’s p-value is below 0.05.',
    {
      method: tr.t(
        'trend',
        'Newcombe’s hybrid score interval for a difference of two independent proportions, 95%, and the two-proportion z test with a pooled proportion (two-sided, 5% level)',
      ),
    },
  );
}
