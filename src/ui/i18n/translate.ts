/**
 * The screens' words in the language chosen. Screens write each message in English with its
 * context, `t('scoring', 'Saved')`; the translator chosen (core's `createTranslator`) gives the
 * Welsh from the catalogue. One translator is current for the whole page: choosing a language
 * replaces it and the page draws itself again (`LanguageProvider`).
 */
import type { ComponentChildren } from 'preact';
import {
  createTranslator,
  ENGLISH,
  LANGUAGE_TAGS,
  type Language,
  type MessageValues,
  type Translator,
} from '../../core/i18n';
import { type CatalogueScope, loadCatalogue } from '../../i18n/catalogues';

let current: Translator = ENGLISH;

/** The message in the language chosen, its placeholders filled. */
export function t(context: string, message: string, values?: MessageValues): string {
  return current.t(context, message, values);
}

/**
 * A message with elements inside it: tags in the message (`Read the <link>guidance</link>`)
 * are given as functions of their words, placeholders may be elements.
 */
export function tx(
  context: string,
  message: string,
  values: Readonly<Record<string, unknown>>,
): ComponentChildren {
  return current.parts<ComponentChildren>(context, message, values);
}

/** "6 December 2026" / "6 Rhagfyr 2026". */
export function formatDate(iso: string): string {
  return current.date(iso);
}

/** "December 2026" / "Rhagfyr 2026". */
export function formatMonthYear(iso: string): string {
  return current.monthYear(iso);
}

/** A number as the language writes it. */
export function formatNumber(value: number): string {
  return current.number(value);
}

export function currentLanguage(): Language {
  return current.language;
}

/** The translator itself, for code that passes it on (to core, to a worker's request). */
export function currentTranslator(): Translator {
  return current;
}

/**
 * Loads the language's catalogue, then makes it current and sets the page's `lang`. The first
 * screen loads only its own areas' messages (`first-screen`), then `completeLanguage`.
 */
export async function applyLanguage(
  language: Language,
  scope: CatalogueScope = 'all',
): Promise<void> {
  const catalogue = await loadCatalogue(language, scope);
  current = createTranslator(language, catalogue);
  document.documentElement.lang = LANGUAGE_TAGS[language];
}

/**
 * The rest of the catalogue, once the first screen shows: every screen after it (past the
 * passphrase's key derivation, which takes longer) speaks from the whole catalogue.
 */
export async function completeLanguage(): Promise<void> {
  const { language } = current;
  if (language === 'en') return;
  const catalogue = await loadCatalogue(language, 'all');
  // Unless the reader chose another language meanwhile.
  if (current.language === language) current = createTranslator(language, catalogue);
}
