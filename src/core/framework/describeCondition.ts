/**
 * Applicability rules in words ("“Was the child subject to MAPPA?” is Yes"), in the language of
 * the translator given (English by default). The framework's own texts (questions, answers,
 * areas) are used as the index gives them.
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import { isSpecialAnswer } from '../inspection/answerValue';
import { NOT_APPLICABLE } from './answerCodes';
import type { FrameworkIndex } from './frameworkItems';
import type { Condition, DaysAfter } from './frameworkSchema';

function itemLabel(index: FrameworkIndex, id: string): string {
  const entry = index.itemById.get(id);
  return entry ? `“${entry.item.text}”` : `“${id}”`;
}

function valueLabel(
  index: FrameworkIndex,
  id: string,
  value: string | number,
  tr: Translator,
): string {
  if (isSpecialAnswer(value)) {
    return value === NOT_APPLICABLE
      ? tr.t('frameworkRules', 'N/A')
      : tr.t('frameworkRules', 'Not known');
  }
  const scaleId = index.itemById.get(id)?.item.scale;
  const option = scaleId
    ? index.scaleById.get(scaleId)?.options.find((o) => o.value === value)
    : undefined;
  return option ? option.label : String(value);
}

/** Several answers or names, any of which will do: "Yes or Not known". */
function eitherValue(values: readonly string[], tr: Translator): string {
  return values.reduce((left, right) =>
    tr.t('frameworkRules.values', '{left} or {right}', { left, right }),
  );
}

/** A comparison of the case's area or stratum, e.g. `the case's area is Blackpool`. */
function describeCase(condition: Condition, index: FrameworkIndex, tr: Translator): string {
  const area = condition.case === 'area';
  const list = (area ? index.framework.areas : index.framework.strata) ?? [];
  const name = (id: string | number) => list.find((entry) => entry.id === id)?.name ?? String(id);
  if (condition.notEquals !== undefined) {
    const named = name(condition.notEquals);
    return area
      ? tr.t('frameworkRules', "the case's area is not {name}", { name: named })
      : tr.t('frameworkRules', "the case's stratum is not {name}", { name: named });
  }
  const wanted = condition.in ?? (condition.equals === undefined ? [] : [condition.equals]);
  const names = wanted.length === 0 ? '' : eitherValue(wanted.map(name), tr);
  return area
    ? tr.t('frameworkRules', "the case's area is {names}", { names })
    : tr.t('frameworkRules', "the case's stratum is {names}", { names });
}

/** e.g. `“First meeting” is more than 10 working days after “Start of the order”`. */
function describeDaysAfter(
  item: string,
  daysAfter: DaysAfter,
  index: FrameworkIndex,
  tr: Translator,
): string {
  const from = itemLabel(index, daysAfter.question ?? daysAfter.profile ?? '');
  const { gt, lt } = daysAfter;
  const values = { item, from, more: String(gt ?? 0), count: gt ?? lt ?? 0 };
  if (gt !== undefined && lt !== undefined) {
    const both = { ...values, count: lt };
    return daysAfter.working
      ? tr.t(
          'frameworkRules',
          '{item} is more than {more} and fewer than {count, plural, one {# working day} other {# working days}} after {from}',
          both,
        )
      : tr.t(
          'frameworkRules',
          '{item} is more than {more} and fewer than {count, plural, one {# day} other {# days}} after {from}',
          both,
        );
  }
  if (gt !== undefined) {
    return daysAfter.working
      ? tr.t(
          'frameworkRules',
          '{item} is more than {count, plural, one {# working day} other {# working days}} after {from}',
          values,
        )
      : tr.t(
          'frameworkRules',
          '{item} is more than {count, plural, one {# day} other {# days}} after {from}',
          values,
        );
  }
  return daysAfter.working
    ? tr.t(
        'frameworkRules',
        '{item} is fewer than {count, plural, one {# working day} other {# working days}} after {from}',
        values,
      )
    : tr.t(
        'frameworkRules',
        '{item} is fewer than {count, plural, one {# day} other {# days}} after {from}',
        values,
      );
}

/** One comparison of a question or profile field, e.g. `“Was the child seen?” is Yes`. */
function describeItem(condition: Condition, index: FrameworkIndex, tr: Translator): string {
  const ref = condition.question ?? condition.profile ?? '';
  const item = itemLabel(index, ref);
  const value = (v: string | number) => valueLabel(index, ref, v, tr);
  if (condition.equals !== undefined) {
    return tr.t('frameworkRules', '{item} is {value}', { item, value: value(condition.equals) });
  }
  if (condition.notEquals !== undefined) {
    return tr.t('frameworkRules', '{item} is answered and is not {value}', {
      item,
      value: value(condition.notEquals),
    });
  }
  if (condition.in !== undefined) {
    return tr.t('frameworkRules', '{item} is {value}', {
      item,
      value: eitherValue(condition.in.map(value), tr),
    });
  }
  if (condition.answered !== undefined) {
    return condition.answered
      ? tr.t('frameworkRules', '{item} is answered', { item })
      : tr.t('frameworkRules', '{item} is not answered', { item });
  }
  if (condition.gt !== undefined) {
    return tr.t('frameworkRules', '{item} is more than {number}', {
      item,
      number: String(condition.gt),
    });
  }
  if (condition.lt !== undefined) {
    return tr.t('frameworkRules', '{item} is less than {number}', {
      item,
      number: String(condition.lt),
    });
  }
  if (condition.daysAfter !== undefined) {
    return describeDaysAfter(item, condition.daysAfter, index, tr);
  }
  return item;
}

/** A rule in words, e.g. `“Was the child subject to MAPPA?” is Yes`. */
export function describeCondition(
  condition: Condition,
  index: FrameworkIndex,
  tr: Translator = ENGLISH,
): string {
  if (condition.all) {
    return condition.all
      .map((c) => describeNested(c, index, tr))
      .reduce((left, right) => tr.t('frameworkRules', '{left} and {right}', { left, right }));
  }
  if (condition.any) {
    return condition.any
      .map((c) => describeNested(c, index, tr))
      .reduce((left, right) => tr.t('frameworkRules', '{left} or {right}', { left, right }));
  }
  if (condition.not) {
    return tr.t('frameworkRules', 'not ({rule})', {
      rule: describeCondition(condition.not, index, tr),
    });
  }
  if (condition.case !== undefined) return describeCase(condition, index, tr);
  return describeItem(condition, index, tr);
}

function describeNested(condition: Condition, index: FrameworkIndex, tr: Translator): string {
  const words = describeCondition(condition, index, tr);
  return condition.all || condition.any ? `(${words})` : words;
}

/** The sentence a framework page shows under a question with a rule. */
export function describeApplicability(
  condition: Condition,
  index: FrameworkIndex,
  tr: Translator = ENGLISH,
): string {
  return tr.t('frameworkRules', 'Asked only if {rule}.', {
    rule: describeCondition(condition, index, tr),
  });
}

/** The sentence a framework page shows under a standard or section with a rule. */
export function describeScopeApplicability(
  condition: Condition,
  index: FrameworkIndex,
  scope: 'standard' | 'section',
  tr: Translator = ENGLISH,
): string {
  const rule = describeCondition(condition, index, tr);
  return scope === 'standard'
    ? tr.t('frameworkRules', 'The questions in this standard are asked only if {rule}.', { rule })
    : tr.t('frameworkRules', 'The questions in this section are asked only if {rule}.', { rule });
}
