import { isSpecialAnswer } from '../inspection/answerValue';
import { NOT_APPLICABLE } from './answerCodes';
import type { FrameworkIndex } from './frameworkItems';
import type { Condition } from './frameworkSchema';

function itemLabel(index: FrameworkIndex, id: string): string {
  const entry = index.itemById.get(id);
  return entry ? `“${entry.item.text}”` : `“${id}”`;
}

function valueLabel(index: FrameworkIndex, id: string, value: string | number): string {
  if (isSpecialAnswer(value)) return value === NOT_APPLICABLE ? 'N/A' : 'Not known';
  const scaleId = index.itemById.get(id)?.item.scale;
  const option = scaleId
    ? index.scaleById.get(scaleId)?.options.find((o) => o.value === value)
    : undefined;
  return option ? option.label : String(value);
}

/** A rule in words, e.g. `“Was the child subject to MAPPA?” is Yes`. */
export function describeCondition(condition: Condition, index: FrameworkIndex): string {
  if (condition.all) return condition.all.map((c) => describeNested(c, index)).join(' and ');
  if (condition.any) return condition.any.map((c) => describeNested(c, index)).join(' or ');
  if (condition.not) return `not (${describeCondition(condition.not, index)})`;
  const ref = condition.question ?? condition.profile ?? '';
  const item = itemLabel(index, ref);
  if (condition.equals !== undefined)
    return `${item} is ${valueLabel(index, ref, condition.equals)}`;
  if (condition.notEquals !== undefined)
    return `${item} is answered and is not ${valueLabel(index, ref, condition.notEquals)}`;
  if (condition.in !== undefined) {
    return `${item} is ${condition.in.map((v) => valueLabel(index, ref, v)).join(' or ')}`;
  }
  if (condition.answered !== undefined)
    return `${item} is ${condition.answered ? 'answered' : 'not answered'}`;
  if (condition.gt !== undefined) return `${item} is more than ${condition.gt}`;
  if (condition.lt !== undefined) return `${item} is less than ${condition.lt}`;
  return item;
}

function describeNested(condition: Condition, index: FrameworkIndex): string {
  const words = describeCondition(condition, index);
  return condition.all || condition.any ? `(${words})` : words;
}

/** The sentence a framework page shows under a question with a rule. */
export function describeApplicability(condition: Condition, index: FrameworkIndex): string {
  return `Asked only if ${describeCondition(condition, index)}.`;
}
