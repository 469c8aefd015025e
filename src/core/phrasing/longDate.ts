/**
 * Dates in words, as the screens, the answers and the report all write them: "2 March 2026",
 * in British English whatever the device's locale (so one list of month names serves the app).
 */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function dateParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** "2026-03-02" (or the date of a moment, "2026-03-02T10:42:00Z") → "2 March 2026". */
export function longDate(iso: string): string {
  const p = dateParts(iso);
  return p ? `${p.day} ${MONTH_NAMES[p.month - 1] ?? ''} ${p.year}` : iso;
}

/** "2026-03-02" → "March 2026". */
export function monthYear(iso: string): string {
  const p = dateParts(iso);
  return p ? `${MONTH_NAMES[p.month - 1] ?? ''} ${p.year}` : iso;
}
