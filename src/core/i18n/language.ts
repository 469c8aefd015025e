/**
 * The languages Case Audit speaks (Welsh Language Standards: a service offered in Welsh is as
 * complete as in English). English is the source every message is written in; Welsh comes from
 * the catalogue. Plain constants, no schema library: the first screen reads them.
 */

export const LANGUAGES = ['cy', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** Each language named in itself, as the GOV.UK language switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  cy: 'Cymraeg',
  en: 'English',
};

/** The BCP 47 tag for a page's `lang` and for Intl: British English, Welsh. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = {
  cy: 'cy',
  en: 'en-GB',
};

/** A report may be in one language or both; a bilingual report puts the Welsh first. */
export const REPORT_LANGUAGES = ['en', 'cy', 'cy-en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The languages of a report, in the order they are printed. */
export function reportLanguagesInOrder(language: ReportLanguage): readonly Language[] {
  return language === 'cy-en' ? ['cy', 'en'] : [language];
}
