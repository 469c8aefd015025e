/**
 * Dates in words, as the screens, the answers and the report all write them: "2 March 2026" or
 * "2 Mawrth 2026", in the language chosen whatever the device's locale (the month names are
 * tables here, not the device's, so every device and the command line write the same).
 */
import type { Language } from '../i18n/language';

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

const WELSH_MONTH_NAMES = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

function monthName(month: number, language: Language): string {
  return (language === 'cy' ? WELSH_MONTH_NAMES : MONTH_NAMES)[month - 1] ?? '';
}

function dateParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** "2026-03-02" (or the date of a moment, "2026-03-02T10:42:00Z") → "2 March 2026". */
export function longDate(iso: string, language: Language = 'en'): string {
  const p = dateParts(iso);
  return p ? `${p.day} ${monthName(p.month, language)} ${p.year}` : iso;
}

/** "2026-03-02" → "March 2026". */
export function monthYear(iso: string, language: Language = 'en'): string {
  const p = dateParts(iso);
  return p ? `${monthName(p.month, language)} ${p.year}` : iso;
}
