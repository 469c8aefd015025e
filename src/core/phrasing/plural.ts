/**
 * A count with its noun, by the language's plural rule ("1 case", "2 cases", "1,234 cases").
 * The rule comes from `Intl.PluralRules`, so a language with more forms than English (Welsh has
 * six) needs only its forms given, never a new `n === 1` test.
 */

/** The forms of a noun, keyed by CLDR plural category; `other` is required. */
export type PluralForms = {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
};

const rulesByLocale = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The form of a noun for `n`: "case" for 1, "cases" otherwise (English). */
export function pluralForm(n: number, forms: PluralForms, locale = 'en-GB'): string {
  const category = rulesFor(locale).select(n) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/** A whole number as the language writes it: "1,234". */
export function formatCount(n: number, locale = 'en-GB'): string {
  return n.toLocaleString(locale, { maximumFractionDigits: 20 });
}

/**
 * "1 case", "12 cases", "1,234 cases". `many` is the plural when it is not `one` + "s"
 * ("1 person", "3 people"). For other languages, give every form with `pluralForm`.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${pluralForm(n, { one, other: many })}`;
}
