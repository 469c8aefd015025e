/**
 * The framework laid out for counting, built once per framework: every item gets a run of
 * integer counter slots (one per option, then the exclusions), so counting a whole inspection
 * is one pass of increments into a typed array. `answerSlot` is the single place that decides
 * what an answer counts as.
 */

import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import { hasRules as anyRules, compiledRulesOf } from '../framework/applicability';
import type { CompiledRules } from '../framework/compiledRules';
import {
  type FrameworkIndex,
  type FrameworkItem,
  indexFramework,
} from '../framework/frameworkItems';
import type { Framework, Scale, ScaleOption } from '../framework/frameworkSchema';
import type { AnswerValue } from '../inspection/answerValue';

/** Slots after an item's options, relative to `PlannedItem.extra`. */
export const ANSWERED = 0;
export const NA = 1;
export const NK = 2;
export const UNANSWERED = 3;
export const HIDDEN = 4;
export const INVALID = 5;
const EXTRA_SLOTS = 6;

export type PlannedItem = {
  readonly entry: FrameworkItem;
  readonly id: string;
  readonly type: 'proportion' | 'multichoice' | 'number' | 'answered';
  readonly options: readonly ScaleOption[];
  readonly optionCount: number;
  /** Option values in order: scanned directly, faster than a map for a handful of options. */
  readonly optionValues: readonly string[];
  /** Option value → its index in `options`. */
  readonly optionIndex: ReadonlyMap<string, number>;
  /** Index of the "None of these" option, chosen alone (multichoice); −1 when none. */
  readonly exclusiveIndex: number;
  /** Index of the "Other (please say)" option, stored as `<value>:<text>`; −1 when none. */
  readonly otherIndex: number;
  /** First slot of this item's counters; options occupy offset … offset + options − 1. */
  readonly offset: number;
  /** First exclusion slot: offset + options. */
  readonly extra: number;
  readonly required: boolean;
  readonly notKnownInBase: boolean;
  /** Position among number items (their values are kept for medians); −1 otherwise. */
  readonly numberSlot: number;
  /** The item asks about an adverse event (see `isAdverseScale`). */
  readonly adverse: boolean;
};

export type FindingsPlan = {
  readonly index: FrameworkIndex;
  readonly items: readonly PlannedItem[];
  readonly itemById: ReadonlyMap<string, PlannedItem>;
  /** Slots per group of counters. */
  readonly slots: number;
  readonly numberItems: number;
  /** The index, for `hiddenItems`; null when no item has a rule, so nothing can hide. */
  readonly ruleIndex: FrameworkIndex | null;
  /** The same rules compiled for the engine's loop (positions as in `items`); null likewise. */
  readonly rules: CompiledRules | null;
  /**
   * Whether some item id is also a property every object inherits ("constructor"): then a
   * case's values must be read as own properties only (see findingsCase.ts `valuesOf`).
   */
  readonly inheritedIds: boolean;
};

const plans = new WeakMap<Framework, FindingsPlan>();

function typeOf(entry: FrameworkItem): PlannedItem['type'] {
  switch (entry.item.kind) {
    case 'judgement':
    case 'rating':
    case 'choice':
      return 'proportion';
    case 'multichoice':
      return 'multichoice';
    case 'number':
      return 'number';
    default:
      return 'answered';
  }
}

/**
 * A scale that answers a question about an adverse event: unordered, its first answer (the
 * question's own "Yes") negative, and some later answer positive — "Had the child gone
 * missing? Yes (negative) / No (positive)". Ordered rating scales run from one end to the
 * other and are never adverse.
 */
export function isAdverseScale(scale: Scale): boolean {
  return (
    scale.ordered !== true &&
    scale.options[0]?.meaning === 'negative' &&
    scale.options.some((o) => o.meaning === 'positive')
  );
}

/** Lays out counters for a checked framework (cached per framework object). */
export function planFindings(framework: Framework): FindingsPlan {
  const cached = plans.get(framework);
  if (cached) return cached;
  const index = indexFramework(framework);
  const items: PlannedItem[] = [];
  let slots = 0;
  let numberItems = 0;
  for (const entry of index.items) {
    const scale =
      entry.item.scale === undefined ? undefined : index.scaleById.get(entry.item.scale);
    const options = scale?.options ?? [];
    const type = typeOf(entry);
    items.push({
      entry,
      id: entry.item.id,
      type,
      options,
      optionCount: options.length,
      optionValues: options.map((o) => o.value),
      optionIndex: new Map(options.map((o, i) => [o.value, i])),
      exclusiveIndex: options.findIndex((o) => o.exclusive === true),
      otherIndex: options.findIndex((o) => o.other === true),
      offset: slots,
      extra: slots + options.length,
      required: entry.item.required !== false,
      notKnownInBase: scale?.notKnownInBase === true,
      numberSlot: type === 'number' ? numberItems++ : -1,
      adverse: scale !== undefined && isAdverseScale(scale),
    });
    slots += options.length + EXTRA_SLOTS;
  }
  const hasRules = anyRules(index);
  const ruleIndex = hasRules ? index : null;
  const plan: FindingsPlan = {
    index,
    items,
    itemById: new Map(items.map((item) => [item.id, item])),
    slots,
    numberItems,
    ruleIndex,
    rules: hasRules ? compiledRulesOf(index) : null,
    inheritedIds: items.some((item) => item.id in Object.prototype),
  };
  plans.set(framework, plan);
  return plan;
}

function isBlank(value: string): boolean {
  return value.length === 0 || value.trim().length === 0;
}

/**
 * The slot an answer counts in, relative to the item's offset: an option index for a
 * proportion item, else `optionCount + ANSWERED | NA | NK | UNANSWERED | INVALID`. (Hidden is
 * decided by the caller, before the answer is looked at.)
 */
export function answerSlot(item: PlannedItem, value: AnswerValue | undefined): number {
  const extra = item.optionCount;
  if (value === undefined || value === null) return extra + UNANSWERED;
  if (typeof value === 'string') {
    if (item.type === 'proportion') {
      const values = item.optionValues;
      for (let k = 0; k < values.length; k++) if (values[k] === value) return k;
    }
    if (value === NOT_APPLICABLE) return extra + NA;
    if (value === NOT_KNOWN) return extra + NK;
    if (isBlank(value)) return extra + UNANSWERED;
    switch (item.type) {
      case 'proportion':
      case 'number':
        return extra + INVALID;
      case 'multichoice':
        return optionOf(item, value) >= 0 ? extra + ANSWERED : extra + INVALID;
      default:
        return extra + ANSWERED;
    }
  }
  if (typeof value === 'number') {
    return item.type === 'number' && Number.isFinite(value) ? extra + ANSWERED : extra + INVALID;
  }
  // A list: multichoice only.
  if (item.type !== 'multichoice') return extra + INVALID;
  if (value.length === 0) return extra + UNANSWERED;
  if (value.length === 1 && value[0] === NOT_APPLICABLE) return extra + NA;
  if (value.length === 1 && value[0] === NOT_KNOWN) return extra + NK;
  for (const v of value) {
    const option = optionOf(item, v);
    if (option < 0) return extra + INVALID;
    // "None of these" is chosen alone: with anything else the answer contradicts itself.
    if (option === item.exclusiveIndex && value.length > 1) return extra + INVALID;
  }
  return extra + ANSWERED;
}

/**
 * The option a multichoice value selects: its code, or for the "other" option its code
 * followed by ":" and the words (`other:Boxing club`); −1 when it is no option.
 */
export function optionOf(item: PlannedItem, value: string): number {
  const option = item.optionIndex.get(value);
  if (option !== undefined) return option;
  if (item.otherIndex < 0) return -1;
  const code = item.optionValues[item.otherIndex]!;
  return value.length > code.length &&
    value.charCodeAt(code.length) === 58 &&
    value.startsWith(code)
    ? item.otherIndex
    : -1;
}

/** The option indexes a valid multichoice answer selects, each once. */
export function selectedOptions(item: PlannedItem, value: string | readonly string[]): number[] {
  const values = typeof value === 'string' ? [value] : value;
  const selected: number[] = [];
  for (const v of values) {
    const i = optionOf(item, v);
    if (i >= 0 && !selected.includes(i)) selected.push(i);
  }
  return selected;
}
