/**
 * A benchmark set as a file to share: JSON in the schema's own key order, so the same figures
 * always give the same text and a changed figure shows as a small difference.
 */
import type { BenchmarkFigure, BenchmarkSet } from './benchmarkSchema';

function orderedFigure(f: BenchmarkFigure): BenchmarkFigure {
  return {
    itemId: f.itemId,
    counts: [...f.counts],
    stated: f.stated,
    positive: f.positive,
    range: f.range === null ? null : { low: f.range.low, high: f.range.high },
    base: f.base,
    percent: f.percent,
    source: { document: f.source.document, location: f.source.location, quote: f.source.quote },
  };
}

/** The file's text: two-space indents, keys in the schema's order, a final newline. */
export function writeBenchmarkSet(set: BenchmarkSet): string {
  const ordered: BenchmarkSet = {
    format: set.format,
    formatVersion: set.formatVersion,
    framework: { id: set.framework.id, version: set.framework.version },
    title: set.title,
    figures: set.figures.map(orderedFigure),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** "hmip-lac-placed-away-2012-1.0.1-benchmarks.json": which framework version it is for. */
export function benchmarkFileName(set: BenchmarkSet): string {
  return `${set.framework.id}-${set.framework.version}-benchmarks.json`;
}
