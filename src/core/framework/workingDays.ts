/**
 * Counting days between two dates for `daysAfter` rules: calendar days, or working days
 * (Monday to Friday; no list of holidays, which differ by nation and year).
 */

/** A shift by whole weeks that makes every day number of a real date positive. */
const OFFSET = 7 * 1_000_000;
/** Day 0 (1 January 1970) was a Thursday: weekdays before day r of a week starting Thursday. */
const WEEKDAYS_BEFORE = [0, 1, 2, 2, 2, 3, 4] as const;

/** Weekdays among the days before `day` (from a fixed point long ago). */
function weekdaysBefore(day: number): number {
  const shifted = day + OFFSET;
  return 5 * Math.floor(shifted / 7) + WEEKDAYS_BEFORE[shifted % 7]!;
}

/**
 * How many days `later` is after `earlier` (day numbers since 1 January 1970): calendar days,
 * or the working days among those after `earlier` up to and including `later` — so a Monday is
 * 1 working day after the Friday before. Negative when `later` comes first.
 */
export function daysBetween(earlier: number, later: number, working: boolean): number {
  if (!working) return later - earlier;
  return weekdaysBefore(later + 1) - weekdaysBefore(earlier + 1);
}
