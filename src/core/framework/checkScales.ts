/**
 * The checks on a scale's options that need more than one option or the items using the scale:
 * no two labels a reader could confuse ("Yes" and "yes "), and at most one "None of these"
 * (`exclusive`) and one "Other (please say)" (`other`) option, only on scales that multichoice
 * questions alone use.
 */
import type { ValidationError } from '../validation/validationResult';
import type { Framework, Scale } from './frameworkSchema';
import { type Located, quote } from './locatedItems';

/** A label as a reader compares it: case and surrounding or repeated spaces aside. */
export function normalLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function labelErrors(errors: ValidationError[], scale: Scale, path: string) {
  const seen = new Map<string, number>();
  scale.options.forEach((option, k) => {
    const label = normalLabel(option.label);
    const first = seen.get(label);
    if (first === undefined) seen.set(label, k);
    else {
      errors.push({
        path: `${path}.options[${k}].label`,
        message: `the label ${JSON.stringify(option.label)} is the same as option ${quote(scale.options[first]!.value)}'s: two answers a reader could not tell apart`,
      });
    }
  });
}

const FLAGS = [
  { key: 'exclusive', words: '"None of these" (exclusive)' },
  { key: 'other', words: '"Other (please say)" (other)' },
] as const;

function flagErrors(errors: ValidationError[], scale: Scale, path: string) {
  for (const { key, words } of FLAGS) {
    const flagged = scale.options.flatMap((o, k) => (o[key] ? [k] : []));
    for (const k of flagged.slice(1)) {
      errors.push({
        path: `${path}.options[${k}].${key}`,
        message: `a scale has at most one ${words} option; option ${quote(scale.options[flagged[0]!]!.value)} is already one`,
      });
    }
  }
  scale.options.forEach((option, k) => {
    if (option.exclusive && option.other) {
      errors.push({
        path: `${path}.options[${k}]`,
        message: `option ${quote(option.value)} cannot be both "None of these" (exclusive) and "Other" (other)`,
      });
    }
  });
}

/** Checks every scale's options, adding each problem to `errors` in file order. */
export function checkScales(
  errors: ValidationError[],
  framework: Framework,
  located: readonly Located[],
) {
  const flaggedScales = new Set<string>();
  framework.scales.forEach((scale, i) => {
    const path = `scales[${i}]`;
    labelErrors(errors, scale, path);
    flagErrors(errors, scale, path);
    if (scale.options.some((o) => o.exclusive || o.other)) flaggedScales.add(scale.id);
  });
  for (const { item, path } of located) {
    if (item.kind === 'multichoice' || item.scale === undefined) continue;
    if (flaggedScales.has(item.scale)) {
      errors.push({
        path: `${path}.scale`,
        message: `a ${item.kind} question cannot use scale ${quote(item.scale)}: its "None of these" and "Other" options belong to multichoice questions only`,
      });
    }
  }
}
