/**
 * A question's published figure in the findings JSON: the `benchmark` object beside the
 * audit's figure, put on the side the audit's figure states, with the difference in points,
 * its 95% interval, whether it is more than chance would explain, and the method in words.
 */
import { z } from 'zod';
import { isSmallBase } from '../findings/printedFigure';
import { percentHalfUp } from '../statistics/roundHalfUp';
import { benchmarkSourceSchema } from './benchmarkSchema';
import { benchmarkWords } from './benchmarkWords';
import type { BenchmarkResult } from './compareWithBenchmark';

const count = z.number().int().min(0);
const percent = z.number().min(0).max(100);
const points = z.number().min(-100).max(100);

export const benchmarkJsonSchema = z.strictObject({
  /** Whether the two figures count the same thing; when not, `note` says why. */
  comparable: z.boolean(),
  /** How the report states it: "58%", "nearly two-thirds". */
  stated: z.string(),
  /** The answers both counts count, in the scale's words ("No"); null when not comparable. */
  answers: z.string().nullable(),
  /** The report counted the other answers: `positive` is its base less its count. */
  reversed: z.boolean(),
  /** The published count on the audit's side; null for a range (or as published, if not comparable). */
  positive: count.nullable(),
  base: count,
  /** Whole per cent rounded half up; null for a range. */
  percent: percent.nullable(),
  source: benchmarkSourceSchema,
  /** The audit's count, base and percentage on the same side. */
  audit: z.strictObject({ count, base: count, percent }).nullable(),
  /** Audit − published, in points to one decimal; null for a range (see `range`). */
  difference: points.nullable(),
  /** The 95% interval of the difference in points; over both ends for a range. */
  interval: z.tuple([points, points]).nullable(),
  /** More than chance would explain (for a range: at both ends). */
  significant: z.boolean().nullable(),
  method: z.string().nullable(),
  /** Either base is under 10. */
  smallBase: z.boolean(),
  /**
   * Present when the report's words allow several counts: the lowest and highest count on the
   * audit's side, with the percentage and the difference at each.
   */
  range: z
    .strictObject({
      low: count,
      high: count,
      percent: z.tuple([percent, percent]),
      difference: z.tuple([points, points]),
    })
    .optional(),
  /** Why the figures cannot be compared, or how a range was. */
  note: z.string().nullable(),
});

export type BenchmarkJson = z.infer<typeof benchmarkJsonSchema>;

/** A comparison, or the reason there is none, as the findings JSON gives it. */
export function benchmarkJson(result: BenchmarkResult): BenchmarkJson {
  const { figure } = result;
  const common = { stated: figure.stated, base: figure.base, source: figure.source };
  if (result.status === 'not-comparable') {
    return {
      comparable: false,
      ...common,
      answers: null,
      reversed: false,
      positive: figure.positive,
      percent: figure.positive === null ? null : percentHalfUp(figure.positive, figure.base),
      audit: null,
      difference: null,
      interval: null,
      significant: null,
      method: null,
      smallBase: isSmallBase(figure.base),
      note: benchmarkWords(result).reason,
    };
  }
  const { published, ends } = result;
  const range = published.range;
  return {
    comparable: true,
    ...common,
    answers: result.audit.answers,
    reversed: published.reversed,
    positive: published.positive,
    percent: published.percent,
    audit: { count: result.audit.count, base: result.audit.base, percent: result.audit.percent },
    difference: range ? null : result.difference.low,
    interval: [result.interval.low, result.interval.high],
    significant: result.significant,
    method: result.method,
    smallBase: result.smallBase,
    ...(range
      ? {
          range: {
            low: range.low,
            high: range.high,
            percent: [ends[0]!.percent, ends[1]!.percent],
            difference: [ends[0]!.difference, ends[1]!.difference],
          },
        }
      : {}),
    note: benchmarkWords(result).note,
  };
}
