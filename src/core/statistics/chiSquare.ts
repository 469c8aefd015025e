/**
 * Pearson's chi-square test of independence for a table of counts: the statistic, its degrees
 * of freedom, and the p-value from the chi-square distribution (the upper regularised
 * incomplete gamma function). The same figures as R's `chisq.test(x, correct = FALSE)`.
 */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9): about 15 significant digits. */
export function lnGamma(x: number): number {
  if (x < 0.5) {
    // Reflection keeps the series in its accurate range.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  }
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  const z = x - 1;
  let sum = c[0]!;
  for (let i = 1; i < g + 2; i++) sum += c[i]! / (z + i);
  const t = z + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPSILON = 1e-15;
const MAX_STEPS = 10_000;

/** P(a, x) by its series, for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_STEPS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

/** Q(a, x) by its continued fraction (modified Lentz), for x ≥ a + 1. */
function upperFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_STEPS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

/** The upper regularised incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), a > 0, x ≥ 0. */
export function upperRegularisedGamma(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError(`Q(a, x) needs a > 0 and x ≥ 0, got ${a}, ${x}`);
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}

/** P(X ≥ statistic) for X with a chi-square distribution on `df` degrees of freedom. */
export function chiSquareUpperTail(statistic: number, df: number): number {
  if (!Number.isInteger(df) || df < 1)
    throw new RangeError(`degrees of freedom: a whole number of at least 1, got ${df}`);
  return Math.min(1, Math.max(0, upperRegularisedGamma(df / 2, Math.max(0, statistic) / 2)));
}

export type ChiSquareTest = {
  readonly statistic: number;
  readonly df: number;
  readonly p: number;
  /** Expected counts under independence, in the table's shape. */
  readonly expected: readonly (readonly number[])[];
  /** How many expected counts are under 5 (the test is then approximate). */
  readonly smallExpected: number;
};

/**
 * Pearson's test on a table of counts whose every row and column has a case (callers leave
 * empty ones out first). Null when the table has fewer than two rows or two columns: there
 * is nothing to test.
 */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquareTest | null {
  const rows = table.length;
  const cols = table[0]?.length ?? 0;
  if (rows < 2 || cols < 2) return null;
  const rowTotals = table.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = Array.from({ length: cols }, (_, j) =>
    table.reduce((s, row) => s + (row[j] ?? 0), 0),
  );
  const total = rowTotals.reduce((s, v) => s + v, 0);
  if (rowTotals.some((t) => t === 0) || colTotals.some((t) => t === 0)) {
    throw new RangeError('every row and column tested needs at least one case');
  }
  let statistic = 0;
  let smallExpected = 0;
  const expected = table.map((row, i) =>
    row.map((observed, j) => {
      const e = (rowTotals[i]! * colTotals[j]!) / total;
      statistic += ((observed - e) * (observed - e)) / e;
      if (e < 5) smallExpected++;
      return e;
    }),
  );
  const df = (rows - 1) * (cols - 1);
  return { statistic, df, p: chiSquareUpperTail(statistic, df), expected, smallExpected };
}
