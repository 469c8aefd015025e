/**
 * Applicability rules compiled once per framework into small functions: the one
 * implementation of what a `showWhen` rule means (applicability.ts wraps it for screens; the
 * findings engine calls it directly in its hot loop, with no per-case Set or closures).
 * A comparison on an item that is unanswered, hidden, N/A or not known is false, except
 * `answered: false`; a hidden item reads as no answer, so hiding cascades. A comparison on the
 * case's area or stratum is false while the case has none.
 */

import type { AnswerValue } from '../inspection/answerValue';
import { isSpecialAnswer } from '../inspection/answerValue';
import type { Condition, DaysAfter } from './frameworkSchema';
import { daysBetween } from './workingDays';

/** One case's answer values by item position (undefined: no answer). */
export type PositionedValues = readonly (AnswerValue | undefined)[];
/** Where a case sits, for rules on the case itself (a case record or findings case fits). */
export type CasePlace = {
  readonly areaId?: string | null | undefined;
  readonly stratumId?: string | null | undefined;
};
/** A place that is no case's: rules on the area or stratum are false. */
export const NO_PLACE: CasePlace = {};
/** A compiled rule: reads the case's values, which earlier items are hidden, and its place. */
export type RuleTest = (values: PositionedValues, hidden: Uint8Array, place: CasePlace) => boolean;

export type CompiledRules = {
  /** Per item position, its rule's test, or null when it has no rule (always shown). */
  readonly tests: readonly (RuleTest | null)[];
};

/** SameValueZero, as Array.prototype.includes compares. */
function same(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** In a list, an "other" choice (`other:Boxing club`) is its option (`other`). */
function contains(value: string | number | string[], wanted: string | number): boolean {
  if (!Array.isArray(value)) return same(value, wanted);
  for (const v of value) {
    if (same(v, wanted)) return true;
    if (
      typeof wanted === 'string' &&
      v.length > wanted.length &&
      v.charCodeAt(wanted.length) === 58 &&
      v.startsWith(wanted)
    ) {
      return true;
    }
  }
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

/** A comparison of the case's area or stratum with ids. */
function compileCaseComparison(condition: Condition): RuleTest {
  const area = condition.case === 'area';
  const read = (place: CasePlace) => (area ? place.areaId : place.stratumId);
  const wanted = condition.in ?? [condition.equals ?? condition.notEquals];
  const negate = condition.notEquals !== undefined;
  return (_values, _hidden, place) => {
    const value = read(place);
    if (value === undefined || value === null) return false;
    return wanted.includes(value) !== negate;
  };
}

/** A date's day number, or NaN when the value is not a date (no answer, N/A, not known). */
function dayNumber(value: AnswerValue | undefined): number {
  if (typeof value !== 'string' || value.length !== 10) return Number.NaN;
  return (
    Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8))) /
    86_400_000
  );
}

/** The item at `position` is after the one at `from` by more than gt / fewer than lt days. */
function compileDaysAfter(daysAfter: DaysAfter, position: number, from: number): RuleTest {
  const { gt, lt } = daysAfter;
  const working = daysAfter.working === true;
  return (values, hidden) => {
    if (hidden[position] === 1 || hidden[from] === 1) return false;
    const later = dayNumber(values[position]);
    const earlier = dayNumber(values[from]);
    if (Number.isNaN(later) || Number.isNaN(earlier)) return false;
    const days = daysBetween(earlier, later, working);
    return (gt === undefined || days > gt) && (lt === undefined || days < lt);
  };
}

function compile(condition: Condition, positionOf: ReadonlyMap<string, number>): RuleTest {
  if (condition.all) {
    const parts = condition.all.map((c) => compile(c, positionOf));
    return (values, hidden, place) => {
      for (const part of parts) if (!part(values, hidden, place)) return false;
      return true;
    };
  }
  if (condition.any) {
    const parts = condition.any.map((c) => compile(c, positionOf));
    return (values, hidden, place) => {
      for (const part of parts) if (part(values, hidden, place)) return true;
      return false;
    };
  }
  if (condition.not) {
    const inner = compile(condition.not, positionOf);
    return (values, hidden, place) => !inner(values, hidden, place);
  }
  if (condition.case !== undefined) return compileCaseComparison(condition);
  const ref = condition.question ?? condition.profile;
  const position = ref === undefined ? undefined : positionOf.get(ref);
  const daysAfter = condition.daysAfter;
  const fromRef = daysAfter?.question ?? daysAfter?.profile;
  const from = fromRef === undefined ? undefined : positionOf.get(fromRef);
  // A checked framework's rules only name its items; anything else reads as no answer.
  if (position === undefined || (daysAfter !== undefined && from === undefined)) {
    const test = compileComparison(condition, 0);
    const none = new Uint8Array([1]);
    return (_values, _hidden, place) => test([], none, place);
  }
  if (daysAfter !== undefined) return compileDaysAfter(daysAfter, position, from!);
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

/** Sets `hidden[i]` to 1 for each item whose rule is false for this case, else 0. */
export function markHidden(
  rules: CompiledRules,
  values: PositionedValues,
  hidden: Uint8Array,
  place: CasePlace = NO_PLACE,
): void {
  const { tests } = rules;
  for (let i = 0; i < tests.length; i++) {
    const test = tests[i];
    hidden[i] = test && !test(values, hidden, place) ? 1 : 0;
  }
}
