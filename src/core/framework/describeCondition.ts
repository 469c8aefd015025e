import { isSpecialAnswer } from '../inspection/answerValue';
import { plural } from '../phrasing/plural';
import { NOT_APPLICABLE } from './answerCodes';
import type { FrameworkIndex } from './frameworkItems';
import type { Condition, DaysAfter } from './frameworkSchema';

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

/** A comparison of the case's area or stratum, e.g. `the case's area is Blackpool`. */
function describeCase(condition: Condition, index: FrameworkIndex): string {
  const fact = condition.case === 'area' ? 'area' : 'stratum';
  const list = (fact === 'area' ? index.framework.areas : index.framework.strata) ?? [];
  const name = (id: string | number) => list.find((entry) => entry.id === id)?.name ?? String(id);
  const subject = `the case's ${fact}`;
  if (condition.notEquals !== undefined) {
    return `${subject} is not ${name(condition.notEquals)}`;
  }
  const wanted = condition.in ?? (condition.equals === undefined ? [] : [condition.equals]);
  return `${subject} is ${wanted.map(name).join(' or ')}`;
}

/** e.g. `“First meeting” is more than 10 working days after “Start of the order”`. */
function describeDaysAfter(item: string, daysAfter: DaysAfter, index: FrameworkIndex): string {
  const from = itemLabel(index, daysAfter.question ?? daysAfter.profile ?? '');
  const noun = daysAfter.working ? 'working day' : 'day';
  const { gt, lt } = daysAfter;
  const bounds =
    gt !== undefined && lt !== undefined
      ? `more than ${gt} and fewer than ${plural(lt, noun)}`
      : gt !== undefined
        ? `more than ${plural(gt, noun)}`
        : `fewer than ${plural(lt ?? 0, noun)}`;
  return `${item} is ${bounds} after ${from}`;
}

/** A rule in words, e.g. `“Was the child subject to MAPPA?” is Yes`. */
export function describeCondition(condition: Condition, index: FrameworkIndex): string {
  if (condition.all) return condition.all.map((c) => describeNested(c, index)).join(' and ');
  if (condition.any) return condition.any.map((c) => describeNested(c, index)).join(' or ');
  if (condition.not) return `not (${describeCondition(condition.not, index)})`;
  if (condition.case !== undefined) return describeCase(condition, index);
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
  if (condition.daysAfter !== undefined) return describeDaysAfter(item, condition.daysAfter, index);
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

/** The sentence a framework page shows under a standard or section with a rule. */
export function describeScopeApplicability(
  condition: Condition,
  index: FrameworkIndex,
  scope: 'standard' | 'section',
): string {
  return `The questions in this ${scope} are asked only if ${describeCondition(condition, index)}.`;
}
