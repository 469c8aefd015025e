/** What a number question's answers look like across cases (SPEC §4.5). */
export type NumberSummary = {
  readonly n: number;
  readonly sum: number;
  readonly mean: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** For each threshold asked for, how many values are strictly above it. */
  readonly above: readonly { readonly threshold: number; readonly count: number }[];
};

/** The k-th smallest value (0-based) by quickselect; reorders `values`. Linear on average. */
function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    // Median of three as pivot: sorted or constant data stays linear.
    const mid = (lo + hi) >> 1;
    const a = values[lo]!;
    const b = values[mid]!;
    const c = values[hi]!;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

/**
 * n, mean, median, min, max and counts above thresholds ("more than 5 placements" counts
 * values > 5). No values: null, since a mean of nothing is not 0. Values must be finite.
 */
export function describeNumbers(
  values: ArrayLike<number>,
  thresholds: readonly number[] = [],
): NumberSummary | null {
  const n = values.length;
  if (n === 0) return null;
  const copy = Float64Array.from(values);
  let sum = 0;
  let min = copy[0]!;
  let max = copy[0]!;
  const above = thresholds.map(() => 0);
  for (let i = 0; i < n; i++) {
    const v = copy[i]!;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
    for (let t = 0; t < thresholds.length; t++) if (v > thresholds[t]!) above[t]! += 1;
  }
  const middle = n >> 1;
  let median = select(copy, middle);
  if (n % 2 === 0) {
    // The lower middle is the largest value left of the upper one after selection.
    let lower = copy[0]!;
    for (let i = 1; i < middle; i++) if (copy[i]! > lower) lower = copy[i]!;
    median = (lower + median) / 2;
  }
  return {
    n,
    sum,
    mean: sum / n,
    median,
    min,
    max,
    above: thresholds.map((threshold, t) => ({ threshold, count: above[t]! })),
  };
}
