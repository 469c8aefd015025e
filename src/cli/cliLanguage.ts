/**
 * `--lang cy|en`: the language of a command's text and reports. The Welsh comes from the same PO
 * files the app is built with (src/i18n/locales/cy), read as text (src/i18n/node).
 */
import {
  type Language,
  REPORT_LANGUAGES,
  type ReportLanguage,
  reportLanguageSchema,
} from '../core';

/** `--lang` for text output: cy or en (default en). */
export function textLanguageOf(
  value: string | undefined,
): { readonly language: Language } | { readonly problem: string } {
  if (value === undefined || value === 'en') return { language: 'en' };
  if (value === 'cy') return { language: 'cy' };
  return { problem: `--lang must be cy or en, not "${value}"` };
}

/** `--lang` for a report: cy, en or cy-en (both, the Welsh first); absent: null. */
export function reportLanguageOf(
  value: string | undefined,
): { readonly language: ReportLanguage | null } | { readonly problem: string } {
  if (value === undefined) return { language: null };
  const parsed = reportLanguageSchema.safeParse(value);
  if (parsed.success) return { language: parsed.data };
  return { problem: `--lang must be ${REPORT_LANGUAGES.join(', ')}, not "${value}"` };
}
