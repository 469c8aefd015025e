/**
 * Answer scales: each scale's identifier, label, whether it is ordered, N/A and "not known",
 * and its options — code, label, meaning, description, "none of these" and "other".
 * Renaming a scale or a code changes every item and rule that names it.
 */

import type { ComponentChildren } from 'preact';
import {
  addOption,
  addScale,
  fieldIdOfPath,
  moveOption,
  moveScale,
  removalEffects,
  removeOption,
  removeScale,
  renameOption,
  renameScale,
  type Scale,
  updateOption,
  updateScale,
} from '../../../core';
import { t, tx } from '../../i18n/translate';
import { EditableList, focusField, ListHeading } from './EditableList';
import { editorPart } from './EditorFrame';
import { partLabel } from './editorLinks';
import { Check, IdInput, Pick, TextInput } from './fields';
import { withKey } from './optionalKey';
import type { DraftEditor } from './useDraftEditor';

type ScaleOption = Scale['options'][number];

export default editorPart(() => partLabel('scales'), 'scales', Scales);

function Scales({ editor }: { editor: DraftEditor }) {
  const { framework, edit } = editor;
  return (
    <>
      <p class="govuk-body">
        {t(
          'frameworkEditor',
          'A scale is the list of answers a judgement, rating, choice or multichoice question offers.',
        )}
      </p>
      {framework.scales.length === 0 && (
        <p class="govuk-body">{t('frameworkEditor', 'No scales yet.')}</p>
      )}
      <EditableList
        list="fw-scales"
        card
        entries={framework.scales}
        onMove={(from, to) => edit((f) => moveScale(f, from, to), true)}
        entry={(scale, i) => ({
          id: fieldIdOfPath(`scales[${i}]`),
          name: t('frameworkEditor', 'scale {number}', { number: i + 1 }),
          onRemove: () => edit((f) => removeScale(f, i), true),
          effects: () => removalEffects(framework, { kind: 'scale', at: i }),
          fields: (
            <>
              <h2 class="govuk-heading-m">
                {t('frameworkEditor', 'Scale {number}: {label}', {
                  number: i + 1,
                  label: scale.label || scale.id,
                })}
              </h2>
              <ScaleFields editor={editor} i={i} scale={scale} />
            </>
          ),
        })}
        add={{
          label: t('frameworkEditor', 'Add a scale'),
          onAdd: () => {
            const at = framework.scales.length;
            edit(addScale, true);
            focusField(`scales[${at}].id`);
          },
        }}
      />
    </>
  );
}

function ScaleFields({ editor, i, scale }: { editor: DraftEditor; i: number; scale: Scale }) {
  const { framework, edit } = editor;
  const path = `scales[${i}]`;
  const flag =
    (key: 'ordered' | 'allowNotApplicable' | 'allowNotKnown' | 'notKnownInBase') => (on: boolean) =>
      edit((f) => updateScale(f, i, (s) => withKey(s, key, on ? true : undefined)), true);
  const list = fieldIdOfPath(`${path}.options`);
  return (
    <>
      <IdInput
        path={`${path}.id`}
        label={t('frameworkEditor', 'Identifier')}
        value={scale.id}
        others={() => editor.session.framework.scales.filter((_, k) => k !== i).map((s) => s.id)}
        onChange={(v) => edit((f) => renameScale(f, i, v))}
      />
      <TextInput
        path={`${path}.label`}
        label={t('frameworkEditor', 'Label')}
        optional
        value={scale.label}
        onChange={(v) => edit((f) => updateScale(f, i, (s) => withKey(s, 'label', v)))}
      />
      <Check
        path={`${path}.ordered`}
        label={t('frameworkEditor', 'Ordered: the options run from one end to the other')}
        checked={scale.ordered === true}
        onChange={flag('ordered')}
      />
      <Check
        path={`${path}.allowNotApplicable`}
        label={t('frameworkEditor', 'Offer N/A')}
        checked={scale.allowNotApplicable === true}
        onChange={flag('allowNotApplicable')}
      />
      <Check
        path={`${path}.allowNotKnown`}
        label={t('frameworkEditor', 'Offer “Not known”')}
        checked={scale.allowNotKnown === true}
        onChange={flag('allowNotKnown')}
      />
      {scale.allowNotKnown && (
        <Check
          path={`${path}.notKnownInBase`}
          label={t('frameworkEditor', 'Count “Not known” answers in the base of a percentage')}
          checked={scale.notKnownInBase === true}
          onChange={flag('notKnownInBase')}
        />
      )}
      <ListHeading list={list} level={3}>
        {t('frameworkEditor', 'Options')}
      </ListHeading>
      <EditableList
        list={list}
        entries={scale.options}
        onMove={(from, to) => edit((f) => moveOption(f, i, from, to), true)}
        entry={(option, k) => ({
          name: t('frameworkEditor', 'option {option} of scale {scale}', {
            option: k + 1,
            scale: i + 1,
          }),
          onRemove: () => edit((f) => removeOption(f, i, k), true),
          effects: () => removalEffects(framework, { kind: 'option', scale: i, at: k }),
          fields: <OptionFields editor={editor} i={i} k={k} option={option} />,
        })}
        add={{
          label: (
            <>
              {tx('frameworkEditor', 'Add an option <hidden>to scale {number}</hidden>', {
                number: i + 1,
                hidden: (chunks: ComponentChildren) => (
                  <span class="govuk-visually-hidden">{chunks}</span>
                ),
              })}
            </>
          ),
          small: true,
          onAdd: () => edit((f) => addOption(f, i), true),
        }}
      />
    </>
  );
}

function OptionFields({
  editor,
  i,
  k,
  option,
}: {
  editor: DraftEditor;
  i: number;
  k: number;
  option: ScaleOption;
}) {
  const { edit } = editor;
  const path = `scales[${i}].options[${k}]`;
  const change = (update: (o: ScaleOption) => ScaleOption, immediate = false) =>
    edit((f) => updateOption(f, i, k, update), immediate);
  const flag = (key: 'exclusive' | 'other') => (on: boolean) =>
    change((o) => withKey(o, key, on ? true : undefined), true);
  return (
    <fieldset class="govuk-fieldset">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
        {t('frameworkEditor', 'Option {number}', { number: k + 1 })}
      </legend>
      <TextInput
        path={`${path}.label`}
        label={t('frameworkEditor', 'Label')}
        value={option.label}
        onChange={(v) => change((o) => ({ ...o, label: v ?? '' }))}
      />
      <IdInput
        path={`${path}.value`}
        label={t('frameworkEditor', 'Code')}
        hint={t(
          'frameworkEditor',
          'Stored with each answer. Rules that compare with it follow a new code.',
        )}
        value={option.value}
        others={() =>
          (editor.session.framework.scales[i]?.options ?? [])
            .filter((_, n) => n !== k)
            .map((o) => o.value)
        }
        onChange={(v) => edit((f) => renameOption(f, i, k, v))}
      />
      <Pick
        path={`${path}.meaning`}
        label={t('frameworkEditor', 'How it counts in findings')}
        value={option.meaning}
        options={[
          { value: 'positive', label: t('frameworkEditor', 'Positive') },
          { value: 'negative', label: t('frameworkEditor', 'Negative') },
          { value: 'neutral', label: t('frameworkEditor', 'Neutral') },
        ]}
        onChange={(v) =>
          change(
            (o) => ({
              ...o,
              meaning: v === 'positive' ? 'positive' : v === 'negative' ? 'negative' : 'neutral',
            }),
            true,
          )
        }
      />
      <TextInput
        path={`${path}.description`}
        label={t('frameworkEditor', 'Description')}
        optional
        multiline
        value={option.description}
        onChange={(v) => change((o) => withKey(o, 'description', v))}
      />
      <Check
        path={`${path}.exclusive`}
        label={t('frameworkEditor', '“None of these”: chosen alone (multichoice scales)')}
        checked={option.exclusive === true}
        onChange={flag('exclusive')}
      />
      <Check
        path={`${path}.other`}
        label={t('frameworkEditor', '“Other (please say)”: asks for a text (multichoice scales)')}
        checked={option.other === true}
        onChange={flag('other')}
      />
    </fieldset>
  );
}
