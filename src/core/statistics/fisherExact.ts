/**
 * Fisher's exact test for a 2×2 table, two-sided: the probability, with the margins fixed
 * (hypergeometric), of a table as likely as or less likely than the one observed. The same
 * p-value as R's `fisher.test`, which counts tables within a relative 1e-7 of the observed
 * probability as equally likely.
 */
import { lnGamma } from './chiSquare';

function lnFactorial(n: number): number {
  return lnGamma(n + 1);
}

/** [[a, b], [c, d]] → two-sided p. */
export function fisherExactTest(
  table: readonly [readonly [number, number], readonly [number, number]],
): number {
  const [[a, b], [c, d]] = table;
  for (const v of [a, b, c, d]) {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new RangeError(`counts must be whole numbers of at least 0, got ${v}`);
  }
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  // ln P(x) for the table whose top-left count is x.
  const fixed =
    lnFactorial(row1) +
    lnFactorial(row2) +
    lnFactorial(col1) +
    lnFactorial(n - col1) -
    lnFactorial(n);
  const lnP = (x: number) =>
    fixed -
    lnFactorial(x) -
    lnFactorial(row1 - x) -
    lnFactorial(col1 - x) -
    lnFactorial(row2 - col1 + x);
  const low = Math.max(0, col1 - row2);
  const high = Math.min(row1, col1);
  const observed = lnP(a);
  let p = 0;
  for (let x = low; x <= high; x++) {
    const lp = lnP(x);
    if (lp <= observed + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
