/**
 * Rounding as reports print it: half up (SPEC §4.2). Binary floating point cannot hold most
 * decimals exactly (2.675 is stored as 2.67499…), so `toFixed` and `Math.round(x * 100) / 100`
 * round some written halves down. Percentages are therefore rounded from their numerator and
 * base with integer arithmetic, and other numbers from the decimal they are written as.
 */

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number of at least 0, got ${value}`);
  }
}

/** ⌊x / y⌋ for safe integers x ≥ 0, y > 0, corrected for the rounding of the division. */
function floorDivide(x: number, y: number): number {
  let q = Math.floor(x / y);
  if (q * y > x) q -= 1;
  else if ((q + 1) * y <= x) q += 1;
  return q;
}

/**
 * The percentage numerator ÷ base × 100, rounded half up to `decimals` places, as a scaled
 * integer: 23 of 60 with 1 decimal → 383 (38.3%). Exact for any counts a case sample can have.
 */
export function scaledPercentHalfUp(numerator: number, base: number, decimals = 0): number {
  assertCount(numerator, 'numerator');
  assertCount(base, 'base');
  if (base === 0) throw new RangeError('a percentage needs a base above 0');
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be 0 to 6, got ${decimals}`);
  }
  const scale = 10 ** decimals;
  // round(100·s·n / b) half up = ⌊(200·s·n + b) / 2b⌋
  return floorDivide(200 * scale * numerator + base, 2 * base);
}

/** numerator ÷ base as a percentage rounded half up: 1 of 8 → 13, 23 of 60 → 38. */
export function percentHalfUp(numerator: number, base: number, decimals = 0): number {
  return scaledPercentHalfUp(numerator, base, decimals) / 10 ** decimals;
}

/** The same percentage as text, without the % sign: (23, 60, 1) → "38.3"; (1, 2, 1) → "50.0". */
export function formatPercent(numerator: number, base: number, decimals = 0): string {
  const scaled = scaledPercentHalfUp(numerator, base, decimals);
  if (decimals === 0) return String(scaled);
  const scale = 10 ** decimals;
  const whole = Math.floor(scaled / scale);
  return `${whole}.${String(scaled - whole * scale).padStart(decimals, '0')}`;
}

/** Digits and the position of the decimal point of a finite number ≥ 0, as JavaScript writes it. */
function decimalDigits(value: number): { digits: number[]; point: number } {
  const [mantissa = '0', exponentText] = String(value).split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  const digits = [...(intPart + fracPart)].map(Number);
  return { digits, point: intPart.length + exponent };
}

/**
 * Rounds a number half up at `decimals` places, reading it as the shortest decimal that
 * JavaScript writes for it: 2.675 → 2.68, 1.005 → 1.01, 0.125 → 0.13 (where `toFixed` gives
 * 2.67, 1.00 and 0.13). Halves of negative numbers go away from zero, as spreadsheets do.
 */
export function roundHalfUp(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) return value;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals must be 0 to 15, got ${decimals}`);
  }
  const sign = value < 0 ? -1 : 1;
  const { digits, point } = decimalDigits(Math.abs(value));
  // Pad so the kept digits and the one after them exist.
  let leading = 0;
  while (point + leading < 0) {
    digits.unshift(0);
    leading++;
  }
  const at = point + leading;
  const keep = at + decimals;
  while (digits.length <= keep) digits.push(0);
  const kept = digits.slice(0, keep);
  if ((digits[keep] ?? 0) >= 5) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) {
      kept[i] = 0;
      i--;
    }
    if (i >= 0) kept[i] = (kept[i] ?? 0) + 1;
    else {
      kept.unshift(1);
      return (
        sign * Number(`${kept.slice(0, at + 1).join('')}.${kept.slice(at + 1).join('') || '0'}`)
      );
    }
  }
  const whole = kept.slice(0, at).join('') || '0';
  const fraction = kept.slice(at).join('');
  const result = Number(fraction === '' ? whole : `${whole}.${fraction}`);
  return result === 0 ? 0 : sign * result;
}
