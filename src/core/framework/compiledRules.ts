/**
 * Applicability rules compiled once per framework into small functions: the one
 * implementation of what a `showWhen` rule means (applicability.ts wraps it for screens; the
 * findings engine calls it directly in its hot loop, with no per-case Set or closures).
 * A comparison on an item that is unanswered, hidden, N/A or not known is false, except
 * `answered: false`; a hidden item reads as no answer, so hiding cascades.
 */

import type { AnswerValue } from '../inspection/answerValue';
import { isSpecialAnswer } from '../inspection/answerValue';
import type { Condition } from './frameworkSchema';

/** One case's answer values by item position (undefined: no answer). */
export type PositionedValues = readonly (AnswerValue | undefined)[];
/** A compiled rule: reads the case's values and which earlier items are hidden. */
export type RuleTest = (values: PositionedValues, hidden: Uint8Array) => boolean;

export type CompiledRules = {
  /** Per item position, its rule's test, or null when it has no rule (always shown). */
  readonly tests: readonly (RuleTest | null)[];
};

/** SameValueZero, as Array.prototype.includes compares. */
function same(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function contains(value: string | number | string[], wanted: string | number): boolean {
  if (!Array.isArray(value)) return same(value, wanted);
  for (const v of value) if (same(v, wanted)) return true;
  return false;
}

/** Whether a value counts as answered for `answered: true|false`. */
function has(value: AnswerValue | undefined): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/**
 * One comparison as one function reading the item at `position` (or nothing, when hidden).
 * Each operator gets its own closure so the hot path is a single call.
 */
function compileComparison(condition: Condition, position: number): RuleTest {
  const read = (values: PositionedValues, hidden: Uint8Array) =>
    hidden[position] === 1 ? undefined : values[position];
  if (condition.answered !== undefined) {
    const wanted = condition.answered;
    return (values, hidden) => wanted === has(read(values, hidden));
  }
  if (condition.equals !== undefined) {
    const wanted = condition.equals;
    return (values, hidden) => {
      const value = hidden[position] === 1 ? undefined : values[position];
      return value !== undefined && value !== null && contains(value, wanted);
    };
  }
  if (condition.in !== undefined) {
    const list = condition.in;
    return (values, hidden) => {
      const value = read(values, hidden);
      if (value === undefined || value === null) return false;
      for (const wanted of list) if (contains(value, wanted)) return true;
      return false;
    };
  }
  if (condition.notEquals !== undefined) {
    const unwanted = condition.notEquals;
    return (values, hidden) => {
      const value = read(values, hidden);
      if (value === undefined || value === null) return false;
      if (Array.isArray(value)) {
        if (value.length === 1 && isSpecialAnswer(value[0]!)) return false;
      } else if (isSpecialAnswer(value)) return false;
      return !contains(value, unwanted);
    };
  }
  if (condition.gt !== undefined) {
    const limit = condition.gt;
    return (values, hidden) => {
      const value = read(values, hidden);
      return typeof value === 'number' && value > limit;
    };
  }
  if (condition.lt !== undefined) {
    const limit = condition.lt;
    return (values, hidden) => {
      const value = read(values, hidden);
      return typeof value === 'number' && value < limit;
    };
  }
  return () => false;
}

function compile(condition: Condition, positionOf: ReadonlyMap<string, number>): RuleTest {
  if (condition.all) {
    const parts = condition.all.map((c) => compile(c, positionOf));
    return (values, hidden) => {
      for (const part of parts) if (!part(values, hidden)) return false;
      return true;
    };
  }
  if (condition.any) {
    const parts = condition.any.map((c) => compile(c, positionOf));
    return (values, hidden) => {
      for (const part of parts) if (part(values, hidden)) return true;
      return false;
    };
  }
  if (condition.not) {
    const inner = compile(condition.not, positionOf);
    return (values, hidden) => !inner(values, hidden);
  }
  const ref = condition.question ?? condition.profile;
  const position = ref === undefined ? undefined : positionOf.get(ref);
  // A checked framework's rules only name its items; anything else reads as no answer.
  if (position === undefined) {
    const test = compileComparison(condition, 0);
    const none = new Uint8Array([1]);
    return () => test([], none);
  }
  return compileComparison(condition, position);
}

/** Compiles the rules of items given in answering order (rules only look back). */
export function compileRules(
  items: readonly { readonly id: string; readonly showWhen?: Condition | undefined }[],
): CompiledRules {
  const positionOf = new Map(items.map((item, i) => [item.id, i]));
  return {
    tests: items.map((item) => (item.showWhen ? compile(item.showWhen, positionOf) : null)),
  };
}

/** Sets `hidden[i]` to 1 for each item whose rule is false for these values, else 0. */
export function markHidden(
  rules: CompiledRules,
  values: PositionedValues,
  hidden: Uint8Array,
): void {
  const { tests } = rules;
  for (let i = 0; i < tests.length; i++) {
    const test = tests[i];
    hidden[i] = test && !test(values, hidden) ? 1 : 0;
  }
}
