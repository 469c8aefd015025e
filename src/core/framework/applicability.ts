/**
 * Applicability rules (`showWhen`): which items apply to a case given its other answers and
 * where it sits (its area and stratum). A question's effective rule is its section's rule and
 * its standard's rule and its own, so a hidden standard hides all its questions.
 * The rule semantics live in compiledRules.ts; this is the form screens and reports use.
 */
import type { AnswerValue } from '../inspection/answerValue';
import {
  type CasePlace,
  type CompiledRules,
  compileRules,
  markHidden,
  NO_PLACE,
} from './compiledRules';
import type { FrameworkIndex, FrameworkItem } from './frameworkItems';
import type { Condition } from './frameworkSchema';

export type { CasePlace };
export { NO_PLACE };

export type AnswerLookup = (itemId: string) => AnswerValue | undefined;

const compiled = new WeakMap<FrameworkIndex, CompiledRules>();
const effective = new WeakMap<FrameworkItem, Condition | null>();

/**
 * The rule that decides whether an item is asked: for a question, its section's, its
 * standard's and its own together (all must hold); for a profile field, its own. Null: always.
 */
export function effectiveRule(entry: FrameworkItem): Condition | undefined {
  const cached = effective.get(entry);
  if (cached !== undefined) return cached ?? undefined;
  const rules =
    entry.type === 'question'
      ? [entry.section.showWhen, entry.standard.showWhen, entry.item.showWhen]
      : [entry.item.showWhen];
  const present = rules.filter((rule): rule is Condition => rule !== undefined);
  const rule = present.length <= 1 ? present[0] : { all: present };
  effective.set(entry, rule ?? null);
  return rule;
}

/** Whether some item of the framework can be hidden for some case. */
export function hasRules(index: FrameworkIndex): boolean {
  return compiledRulesOf(index).tests.some((test) => test !== null);
}

/** The framework's rules, compiled once per index. */
export function compiledRulesOf(index: FrameworkIndex): CompiledRules {
  let rules = compiled.get(index);
  if (!rules) {
    rules = compileRules(
      index.items.map((entry) => ({ id: entry.item.id, showWhen: effectiveRule(entry) })),
    );
    compiled.set(index, rules);
  }
  return rules;
}

/**
 * The ids of items whose rule is false for these answers and this case's place (hidden: they
 * count nowhere). Items are visited in order, and rules only refer to earlier items, so one
 * pass suffices. Without a place, rules on the case's area or stratum are false.
 */
export function hiddenItems(
  index: FrameworkIndex,
  answers: AnswerLookup,
  place: CasePlace = NO_PLACE,
): Set<string> {
  const { items } = index;
  const values = items.map((entry) => answers(entry.item.id));
  const hidden = new Uint8Array(items.length);
  markHidden(compiledRulesOf(index), values, hidden, place);
  const ids = new Set<string>();
  for (let i = 0; i < items.length; i++) if (hidden[i] === 1) ids.add(items[i]!.item.id);
  return ids;
}
