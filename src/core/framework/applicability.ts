/**
 * Applicability rules (`showWhen`): which items apply to a case given its other answers.
 * The rule semantics live in compiledRules.ts; this is the form screens and reports use.
 */
import type { AnswerValue } from '../inspection/answerValue';
import { type CompiledRules, compileRules, markHidden } from './compiledRules';
import type { FrameworkIndex } from './frameworkItems';

export type AnswerLookup = (itemId: string) => AnswerValue | undefined;

const compiled = new WeakMap<FrameworkIndex, CompiledRules>();

/** The framework's rules, compiled once per index. */
export function compiledRulesOf(index: FrameworkIndex): CompiledRules {
  let rules = compiled.get(index);
  if (!rules) {
    rules = compileRules(index.items.map((entry) => entry.item));
    compiled.set(index, rules);
  }
  return rules;
}

/**
 * The ids of items whose rule is false for these answers (hidden: they count nowhere).
 * Items are visited in order, and rules only refer to earlier items, so one pass suffices.
 */
export function hiddenItems(index: FrameworkIndex, answers: AnswerLookup): Set<string> {
  const { items } = index;
  const values = items.map((entry) => answers(entry.item.id));
  const hidden = new Uint8Array(items.length);
  markHidden(compiledRulesOf(index), values, hidden);
  const ids = new Set<string>();
  for (let i = 0; i < items.length; i++) if (hidden[i] === 1) ids.add(items[i]!.item.id);
  return ids;
}
