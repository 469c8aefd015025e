/** A number item's unit, limits, whole-number rule and thresholds. */
import type { ProfileField, Question } from '../../../core';

type Threshold = NonNullable<Question['thresholds']>[number];

import { fieldIdOfPath, inserted, moved, replaced, without } from '../../../core';
import { t } from '../../i18n/translate';
import { AddButton } from './EditableList';
import { Check, NumberInput, TextInput } from './fields';
import { RowControls } from './Reorder';

type Item = Question | ProfileField;
type Set<T extends Item> = <K extends keyof T>(
  key: K,
  value: T[K] | undefined,
  immediate?: boolean,
) => void;

export function NumberFields<T extends Item>({
  path,
  item,
  set,
}: {
  path: string;
  item: T;
  set: Set<T>;
}) {
  const thresholds = item.thresholds ?? [];
  const list = fieldIdOfPath(`${path}.thresholds`);
  const setThresholds = (next: Threshold[], immediate = false) =>
    set('thresholds', (next.length > 0 ? next : undefined) as T['thresholds'], immediate);
  return (
    <div class="govuk-inset-text">
      <TextInput
        path={`${path}.unit`}
        label={t('frameworkEditor', 'Unit')}
        hint={t('frameworkEditor', 'For example: days, placements')}
        optional
        value={item.unit}
        width="govuk-input--width-10"
        onChange={(v) => set('unit', v)}
      />
      <NumberInput
        path={`${path}.min`}
        label={t('frameworkEditor', 'Lowest answer allowed')}
        optional
        value={item.min}
        onChange={(v) => set('min', v)}
      />
      <NumberInput
        path={`${path}.max`}
        label={t('frameworkEditor', 'Highest answer allowed')}
        optional
        value={item.max}
        onChange={(v) => set('max', v)}
      />
      <Check
        path={`${path}.integer`}
        label={t('frameworkEditor', 'Whole numbers only')}
        checked={item.integer === true}
        onChange={(on) => set('integer', on ? true : undefined, true)}
      />
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('frameworkEditor', 'Thresholds counted in the report')}
        </legend>
        {thresholds.map((threshold, i) => (
          <div class="ca-editor-row" key={i} id={`${list}-${i}`}>
            <NumberInput
              path={`${path}.thresholds[${i}].above`}
              label={t('frameworkEditor', 'Threshold {number}: count answers above', {
                number: i + 1,
              })}
              value={threshold.above}
              onChange={(v) =>
                setThresholds(replaced(thresholds, i, (x) => ({ ...x, above: v ?? 0 })))
              }
            />
            <TextInput
              path={`${path}.thresholds[${i}].label`}
              label={t('frameworkEditor', 'Threshold {number}: how the report names the count', {
                number: i + 1,
              })}
              hint={t('frameworkEditor', 'For example: more than 5 placements')}
              value={threshold.label}
              onChange={(v) =>
                setThresholds(replaced(thresholds, i, (x) => ({ ...x, label: v ?? '' })))
              }
            />
            <RowControls
              list={list}
              index={i}
              count={thresholds.length}
              name={t('frameworkEditor', 'threshold {number}', { number: i + 1 })}
              onMove={(from, to) => setThresholds(moved(thresholds, from, to), true)}
              onRemove={() => setThresholds(without(thresholds, i), true)}
            />
          </div>
        ))}
        <AddButton
          list={list}
          small
          onAdd={() => setThresholds(inserted(thresholds, { above: 0, label: '' }), true)}
        >
          {t('frameworkEditor', 'Add a threshold')}
        </AddButton>
      </fieldset>
    </div>
  );
}
