/**
 * Proportions as exact fractions of whole numbers, so a boundary such as one-third is compared
 * exactly (20 of 60 is one-third, not 33.333…%). Inputs are small enough that the products
 * stay exact in double precision.
 */
export type Rational = { readonly num: number; readonly den: number };

export function rational(num: number, den: number): Rational {
  return { num, den };
}

/** −1, 0 or 1 as a/b is below, equal to or above c/d (denominators positive). */
export function compareRational(x: Rational, y: Rational): -1 | 0 | 1 {
  const left = x.num * y.den;
  const right = y.num * x.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** x + points ÷ 100 (whole or half points), e.g. one-third + 5 points = 115/300 → 23/60. */
export function addPoints(x: Rational, points: number): Rational {
  return { num: x.num * 200 + 2 * points * x.den, den: x.den * 200 };
}

export function clampToUnit(x: Rational): Rational {
  if (x.num < 0) return { num: 0, den: 1 };
  if (x.num > x.den) return { num: 1, den: 1 };
  return x;
}
