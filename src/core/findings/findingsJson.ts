/**
 * The findings as one JSON object (the `case-audit findings --format json` output, and what the
 * app can exchange): zod is the source of truth for its shape. Percentages are whole per cent
 * rounded half up, as printed, with the one-decimal figure beside; intervals to one decimal.
 */
import { z } from 'zod';
import { benchmarkJson, benchmarkJsonSchema } from '../benchmarks/benchmarkJson';
import type { BenchmarkSet } from '../benchmarks/benchmarkSchema';
import { type BenchmarkResult, compareWithBenchmarks } from '../benchmarks/compareWithBenchmark';
import { meaningSchema } from '../framework/frameworkSchema';
import { roundHalfUp, scaledPercentHalfUp } from '../statistics/roundHalfUp';
import {
  type AnsweredFinding,
  type FindingsResult,
  type ItemFinding,
  type MultichoiceFinding,
  type NumberFinding,
  type OptionCount,
  type OverallRating,
  type Proportion,
  type ProportionFinding,
  SMALL_BASE,
  type StandardRating,
} from './findingTypes';

const count = z.number().int().min(0);
const percent = z.number().min(0).max(100);

/** One option of a choice or multichoice item: how many cases gave it, as a share of the base. */
export const optionFigureJsonSchema = z.strictObject({
  value: z.string(),
  label: z.string(),
  meaning: meaningSchema,
  count,
  /** The item's base (multichoice: cases answering, so the shares can add up past 100). */
  base: count,
  percent: percent.nullable(),
  percentOneDecimal: percent.nullable(),
  ci: z.tuple([percent, percent]).nullable(),
  smallBase: z.boolean(),
});

export const questionFigureJsonSchema = z.strictObject({
  id: z.string(),
  kind: z.string(),
  /** proportion | multichoice | number | answered */
  type: z.enum(['proportion', 'multichoice', 'number', 'answered']),
  /** Positive answers (proportion items with a positive option); null otherwise. */
  positive: count.nullable(),
  /** Cases in the base: the denominator (multichoice: cases answering; number: cases with a number). */
  base: count,
  percent: percent.nullable(),
  percentOneDecimal: percent.nullable(),
  ci: z.tuple([percent, percent]).nullable(),
  smallBase: z.boolean(),
  /** Count per option value (multichoice: per choice; the total can exceed the base). */
  counts: z.record(z.string(), count),
  /**
   * Proportion and multichoice items: every option with its share of the base, in scale
   * order (the figures a choice with no positive option, such as gender, is given); null for
   * numbers, dates and text.
   */
  options: z.array(optionFigureJsonSchema).nullable(),
  notApplicable: count,
  notKnown: count,
  notKnownInBase: z.boolean(),
  unanswered: count,
  hidden: count,
  invalid: count,
  sentence: z.string().nullable(),
  /** Number items: n, mean, median, min, max and counts above the framework's thresholds. */
  summary: z
    .strictObject({
      n: count,
      mean: z.number(),
      median: z.number(),
      min: z.number(),
      max: z.number(),
      above: z.array(z.strictObject({ above: z.number(), label: z.string(), count })),
    })
    .nullable(),
  /** The published figure for the question, when benchmarks are given and the file has one. */
  benchmark: benchmarkJsonSchema.optional(),
});

export const standardJsonSchema = z.strictObject({
  id: z.string(),
  rating: z.string().nullable(),
  points: z.number().nullable(),
  band: z.string().nullable(),
  /** The percentage compared with the bands (after the framework's rounding). */
  percent: z.number().nullable(),
  /** The key question that set the rating. */
  question: z.string().nullable(),
  overridden: z.boolean(),
  rationale: z.string().nullable(),
  computedRating: z.string().nullable(),
  note: z.string(),
});

export const overallJsonSchema = z
  .strictObject({
    rating: z.string().nullable(),
    points: z.number().nullable(),
    maxPoints: z.number(),
    note: z.string(),
  })
  .nullable();

/** A row or column of a two-way breakdown, with the cases counted in it. */
const margin = z.strictObject({ key: z.string(), label: z.string(), cases: count });

function marginJson(m: { key: string; label: string; cases: number }) {
  return { key: m.key, label: m.label, cases: m.cases };
}

export const findingsJsonSchema = z.strictObject({
  framework: z.strictObject({ id: z.string(), version: z.string() }),
  basis: z.enum(['complete-cases', 'all-cases']),
  /** Cases counted in the figures. */
  cases: count,
  casesExcluded: count,
  confidence: z.number(),
  questions: z.array(questionFigureJsonSchema),
  profile: z.array(questionFigureJsonSchema),
  standards: z.array(standardJsonSchema),
  overall: overallJsonSchema,
  breakdown: z
    .strictObject({
      by: z.string(),
      /** Two-way only: the row dimension, then the column one, and their groups in order. */
      dimensions: z.array(z.strictObject({ by: z.string(), label: z.string() })).optional(),
      rows: z.array(margin).optional(),
      columns: z.array(margin).optional(),
      note: z.string().nullable(),
      groups: z.array(
        z.strictObject({
          key: z.string(),
          label: z.string(),
          /** Two-way cells: the row group's key and the column group's, and their labels. */
          keys: z.tuple([z.string(), z.string()]).optional(),
          labels: z.tuple([z.string(), z.string()]).optional(),
          cases: count,
          questions: z.array(questionFigureJsonSchema),
          standards: z.array(standardJsonSchema),
          overall: overallJsonSchema,
        }),
      ),
    })
    .optional(),
  completeness: z.strictObject({
    cases: count,
    fullyAnswered: count,
    markedComplete: count,
    incomplete: z.array(
      z.strictObject({ ref: z.string(), status: z.string(), answered: count, applicable: count }),
    ),
  }),
  warnings: z.array(z.string()),
});

export type OptionFigureJson = z.infer<typeof optionFigureJsonSchema>;
export type QuestionFigureJson = z.infer<typeof questionFigureJsonSchema>;
export type StandardJson = z.infer<typeof standardJsonSchema>;
export type FindingsJson = z.infer<typeof findingsJsonSchema>;

function oneDecimal(numerator: number, base: number): number | null {
  return base === 0 ? null : scaledPercentHalfUp(numerator, base, 1) / 10;
}

function ci(interval: { low: number; high: number } | null): [number, number] | null {
  return interval ? [roundHalfUp(interval.low, 1), roundHalfUp(interval.high, 1)] : null;
}

function optionJson(option: OptionCount & Proportion, base: number): OptionFigureJson {
  return {
    value: option.value,
    label: option.label,
    meaning: option.meaning,
    count: option.count,
    base,
    percent: option.percentRounded,
    percentOneDecimal: oneDecimal(option.count, base),
    ci: ci(option.interval),
    smallBase: option.smallBase,
  };
}

/** What every question's figure has: its id, kind and the exclusions from its base. */
function commonJson(finding: ItemFinding) {
  return {
    id: finding.itemId,
    kind: finding.kind,
    type: finding.type,
    notApplicable: finding.notApplicable,
    notKnown: finding.notKnown,
    unanswered: finding.unanswered,
    hidden: finding.hidden,
    invalid: finding.invalid,
  };
}

type Common = ReturnType<typeof commonJson>;

function proportionJson(finding: ProportionFinding, common: Common): QuestionFigureJson {
  return {
    ...common,
    positive: finding.scored ? finding.positive : null,
    base: finding.base,
    percent: finding.percentRounded,
    percentOneDecimal: finding.scored ? oneDecimal(finding.positive, finding.base) : null,
    ci: ci(finding.interval),
    smallBase: finding.smallBase,
    counts: Object.fromEntries(finding.options.map((o) => [o.value, o.count])),
    options: finding.options.map((o) => optionJson(o, finding.base)),
    notKnownInBase: finding.notKnownInBase,
    sentence: finding.sentence,
    summary: null,
  };
}

function multichoiceJson(finding: MultichoiceFinding, common: Common): QuestionFigureJson {
  return {
    ...common,
    positive: null,
    base: finding.base,
    percent: null,
    percentOneDecimal: null,
    ci: null,
    smallBase: finding.base < SMALL_BASE,
    counts: Object.fromEntries(finding.options.map((o) => [o.value, o.count])),
    options: finding.options.map((o) => optionJson(o, finding.base)),
    notKnownInBase: false,
    sentence: null,
    summary: null,
  };
}

function numberJson(finding: NumberFinding, common: Common): QuestionFigureJson {
  const s = finding.summary;
  return {
    ...common,
    positive: null,
    base: s?.n ?? 0,
    percent: null,
    percentOneDecimal: null,
    ci: null,
    smallBase: (s?.n ?? 0) < SMALL_BASE,
    counts: {},
    options: null,
    notKnownInBase: false,
    sentence: null,
    summary: s
      ? {
          n: s.n,
          mean: s.mean,
          median: s.median,
          min: s.min,
          max: s.max,
          above: finding.thresholds.map((t) => ({
            above: t.above,
            label: t.label,
            count: t.count,
          })),
        }
      : null,
  };
}

function answeredJson(finding: AnsweredFinding, common: Common): QuestionFigureJson {
  return {
    ...common,
    positive: null,
    base: finding.answered,
    percent: null,
    percentOneDecimal: null,
    ci: null,
    smallBase: finding.answered < SMALL_BASE,
    counts: {},
    options: null,
    notKnownInBase: false,
    sentence: null,
    summary: null,
  };
}

export function questionFigureJson(finding: ItemFinding): QuestionFigureJson {
  const common = commonJson(finding);
  switch (finding.type) {
    case 'proportion':
      return proportionJson(finding, common);
    case 'multichoice':
      return multichoiceJson(finding, common);
    case 'number':
      return numberJson(finding, common);
    default:
      return answeredJson(finding, common);
  }
}

function standardJson(s: StandardRating): StandardJson {
  return {
    id: s.standardId,
    rating: s.rating,
    points: s.points,
    band: s.band,
    percent: s.ratedPercent,
    question: s.questionId,
    overridden: s.override !== null,
    rationale: s.override?.rationale ?? null,
    computedRating: s.computedRating,
    note: s.note,
  };
}

function overallJson(o: OverallRating | null): z.infer<typeof overallJsonSchema> {
  return o ? { rating: o.rating, points: o.points, maxPoints: o.maxPoints, note: o.note } : null;
}

/**
 * The findings as the JSON object the CLI prints and the app can share; with `benchmarks`, each
 * question of the whole audit with a published figure carries it as `benchmark`.
 */
export function toFindingsJson(
  result: FindingsResult,
  options: { readonly benchmarks?: BenchmarkSet } = {},
): FindingsJson {
  const compared: ReadonlyMap<string, BenchmarkResult> = options.benchmarks
    ? compareWithBenchmarks(result.questions, options.benchmarks)
    : new Map();
  const json: FindingsJson = {
    framework: result.framework,
    basis: result.basis,
    cases: result.cases.counted,
    casesExcluded: result.cases.excluded,
    confidence: result.confidence,
    questions: result.questions.map((finding) => {
      const benchmark = compared.get(finding.itemId);
      const figure = questionFigureJson(finding);
      return benchmark ? { ...figure, benchmark: benchmarkJson(benchmark) } : figure;
    }),
    profile: result.profile.map(questionFigureJson),
    standards: result.standards.map(standardJson),
    overall: overallJson(result.overall),
    completeness: {
      cases: result.completeness.cases,
      fullyAnswered: result.completeness.fullyAnswered,
      markedComplete: result.completeness.markedComplete,
      incomplete: result.completeness.incomplete.map((c) => ({
        ref: c.ref,
        status: c.status,
        answered: c.answered,
        applicable: c.applicable,
      })),
    },
    warnings: [...result.warnings],
  };
  if (result.breakdown) {
    const twoWay = result.breakdown.dimensions.length === 2;
    json.breakdown = {
      by: result.breakdown.by,
      ...(twoWay
        ? {
            dimensions: result.breakdown.dimensions.map((d) => ({ by: d.by, label: d.label })),
            rows: (result.breakdown.rows ?? []).map(marginJson),
            columns: (result.breakdown.columns ?? []).map(marginJson),
          }
        : {}),
      note: result.breakdown.note,
      groups: result.breakdown.groups.map((g) => ({
        key: g.key,
        label: g.label,
        ...(twoWay && g.keys && g.labels
          ? { keys: [...g.keys] as [string, string], labels: [...g.labels] as [string, string] }
          : {}),
        cases: g.cases,
        questions: g.questions.map(questionFigureJson),
        standards: g.standards.map(standardJson),
        overall: overallJson(g.overall),
      })),
    };
  }
  return json;
}
