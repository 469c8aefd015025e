/**
 * `--lang cy|en`: the language of a command's text and reports. The Welsh comes from the same PO
 * files the app is built with (src/i18n/locales/cy), read here as text, since the command line
 * runs the source as it is and cannot import a .po file as the build does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Catalogue,
  catalogueFromEntries,
  createTranslator,
  ENGLISH,
  type Language,
  REPORT_LANGUAGES,
  type ReportLanguage,
  reportLanguageSchema,
  type Translator,
} from '../core';
import { poEntries } from '../i18n/poEntries';

const WELSH_DIR = fileURLToPath(new URL('../i18n/locales/cy/', import.meta.url));

let welsh: Catalogue | null = null;

/** Every Welsh PO file, as one catalogue; read once. */
export function welshCatalogue(): Catalogue {
  welsh ??= catalogueFromEntries(
    readdirSync(WELSH_DIR)
      .filter((name) => name.endsWith('.po'))
      .flatMap((name) => poEntries(readFileSync(join(WELSH_DIR, name), 'utf8'))),
  );
  return welsh;
}

/** The translator for a language: English as written, Welsh from the catalogue. */
export function cliTranslator(language: Language): Translator {
  return language === 'en' ? ENGLISH : createTranslator(language, welshCatalogue());
}

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
