/**
 * Which fields of two parts of a framework differ, for the diff of two versions
 * (diffFrameworks.ts, diffScales.ts): an absent flag is read as its default, so leaving it out
 * and writing it out are no change.
 */
import { canonicalJson } from '../validation/canonicalJson';

/** What an absent flag means, so that leaving it out and writing its default are the same. */
export const FLAG_DEFAULTS: Readonly<Record<string, unknown>> = {
  required: true,
  key: false,
  integer: false,
  ordered: false,
  allowNotApplicable: false,
  allowNotKnown: false,
  notKnownInBase: false,
  exclusive: false,
  other: false,
};

/** Top-level keys whose values differ (an absent flag taken as its default), leaving out `skip`. */
export function differingKeys(a: object, b: object, skip: readonly string[]): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const value = (r: Record<string, unknown>, k: string) =>
    canonicalJson(r[k] ?? FLAG_DEFAULTS[k] ?? null);
  return [...keys].filter((k) => !skip.includes(k) && value(ra, k) !== value(rb, k));
}
