/**
 * Published figures as benchmarks (issue: self-audit): the figures an inspection report stated
 * for a framework's questions, kept as data beside the framework, so a council's own audit can be
 * read against them. zod is the source of truth for the file; types are derived.
 *
 * A figure records what the report's words count (`counts`: the answer values, e.g. ["no"] for
 * "in 42% of cases the case was not allocated promptly"), its numerator and base, and the words
 * and place it came from. Where the words allow more than one count ("nearly two-thirds" of 60),
 * `positive` is null and `range` holds the counts they allow.
 */
import { z } from 'zod';

const id = z.string().min(1).max(100);
const count = z.number().int().min(0);

export const benchmarkSourceSchema = z.strictObject({
  /** "Looked after children placed away from home (HMI Probation, Ofsted, Estyn, 2012)" */
  document: z.string().min(1).max(500),
  /** Where in it: "paragraph 3.4", "Summary, page 7". */
  location: z.string().min(1).max(200),
  /** The sentence the figure is read from, word for word. */
  quote: z.string().min(1).max(2_000),
});

export const benchmarkFigureSchema = z
  .strictObject({
    /** The framework question the figure is for. */
    itemId: id,
    /** The answers (option values of the question's scale) the figure counts. */
    counts: z.array(id).min(1).max(20),
    /** How the report states it: "58%", "35 of the 60 cases", "nearly two-thirds". */
    stated: z.string().min(1).max(200),
    /** Cases counted; null when the words allow more than one count (see `range`). */
    positive: count.nullable(),
    /** The counts the words allow, when they do not give one: "nearly two-thirds" of 60 → 37–39. */
    range: z.strictObject({ low: count, high: count }).nullable(),
    /** The cases the figure is out of (usually the 60 cases read). */
    base: z.number().int().min(1, 'a base must be at least 1'),
    /** The percentage as stated, when the report states one. */
    percent: z.number().min(0).max(100).nullable(),
    source: benchmarkSourceSchema,
  })
  .superRefine((f, ctx) => {
    if (f.positive !== null && f.positive > f.base) {
      ctx.addIssue({ code: 'custom', path: ['positive'], message: 'is more than its base' });
    }
    if ((f.positive === null) === (f.range === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['range'],
        message: 'give either a count (positive) or the range the words allow, not both',
      });
    }
    if (f.range && (f.range.low > f.range.high || f.range.high > f.base)) {
      ctx.addIssue({
        code: 'custom',
        path: ['range'],
        message: 'must run from low to high within the base',
      });
    }
  });

export const benchmarkSetSchema = z.strictObject({
  format: z.literal('case-audit-benchmarks'),
  formatVersion: z.literal(1),
  /** The framework and version whose questions the figures are for. */
  framework: z.strictObject({ id, version: z.string().min(1).max(50) }),
  /** "Published figures: HMIP, Ofsted and Estyn, December 2012" */
  title: z.string().min(1).max(300),
  figures: z.array(benchmarkFigureSchema).max(2_000),
});

export type BenchmarkSource = z.infer<typeof benchmarkSourceSchema>;
export type BenchmarkFigure = z.infer<typeof benchmarkFigureSchema>;
export type BenchmarkSet = z.infer<typeof benchmarkSetSchema>;
