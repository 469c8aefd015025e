/**
 * Saying a message in a language. Every text the app shows or prints is written in English at
 * the place it is used, with a context (`t('scoring', 'Saved')`): English is the message itself,
 * Welsh is the catalogue's translation of that context and message. Messages are ICU
 * MessageFormat, formatted by intl-messageformat with the language's CLDR plural rules (Welsh:
 * zero, one, two, few, many, other). A message with no translation falls back to English, so a
 * gap shows as English rather than as nothing; the catalogue test fails on any gap.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { longDate, monthYear } from '../phrasing/longDate';
import { type Catalogue, catalogueKey } from './catalogue';
import { LANGUAGE_TAGS, type Language } from './language';

/** Values a message's placeholders take. */
export type MessageValues = Readonly<Record<string, string | number>>;

export type Translator = {
  readonly language: Language;
  /** The message in this language, its placeholders filled. */
  readonly t: (context: string, message: string, values?: MessageValues) => string;
  /**
   * The message with rich parts: tags in it (`<link>guidance</link>`) and placeholders may be
   * given functions or elements, so a screen can put a link or emphasis inside a sentence.
   */
  readonly parts: <T>(
    context: string,
    message: string,
    values: Readonly<Record<string, unknown>>,
  ) => string | T | (string | T)[];
  /** "6 December 2026" / "6 Rhagfyr 2026" from an ISO date or moment. */
  readonly date: (iso: string) => string;
  /** "December 2026" / "Rhagfyr 2026". */
  readonly monthYear: (iso: string) => string;
  /** A number in the language's form (digits grouped by thousands). */
  readonly number: (value: number) => string;
};

const PLACEHOLDER = /[{<]/;

export function createTranslator(language: Language, catalogue: Catalogue): Translator {
  const tag = LANGUAGE_TAGS[language];
  const formats = new Map<string, IntlMessageFormat>();
  const numbers = new Intl.NumberFormat(tag);

  const source = (context: string, message: string): string =>
    language === 'en' ? message : (catalogue[catalogueKey(context, message)] ?? message);

  const format = (text: string): IntlMessageFormat => {
    let compiled = formats.get(text);
    if (!compiled) {
      compiled = new IntlMessageFormat(text, tag, undefined, { ignoreTag: false });
      formats.set(text, compiled);
    }
    return compiled;
  };

  return {
    language,
    t: (context, message, values) => {
      const text = source(context, message);
      if (!PLACEHOLDER.test(text)) return text;
      return String(format(text).format(values as Record<string, string | number> | undefined));
    },
    parts: <T>(context: string, message: string, values: Readonly<Record<string, unknown>>) =>
      format(source(context, message)).format<T>(values as Record<string, T>),
    date: (iso) => longDate(iso, language),
    monthYear: (iso) => monthYear(iso, language),
    number: (value) => numbers.format(value),
  };
}

/** English, with nothing to look up: the default wherever no language has been chosen. */
export const ENGLISH: Translator = createTranslator('en', {});
