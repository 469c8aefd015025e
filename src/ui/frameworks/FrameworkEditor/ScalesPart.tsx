/**
 * Answer scales: each scale's identifier, label, whether it is ordered, N/A and "not known",
 * and its options — code, label, meaning, description, "none of these" and "other".
 * Renaming a scale or a code changes every item and rule that names it.
 */
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
        A scale is the list of answers a judgement, rating, choice or multichoice question offers.
      </p>
      {framework.scales.length === 0 && <p class="govuk-body">No scales yet.</p>}
      <EditableList
        list="fw-scales"
        card
        entries={framework.scales}
        onMove={(from, to) => edit((f) => moveScale(f, from, to), true)}
        entry={(scale, i) => ({
          id: fieldIdOfPath(`scales[${i}]`),
          name: `scale ${i + 1}`,
          onRemove: () => edit((f) => removeScale(f, i), true),
          effects: () => removalEffects(framework, { kind: 'scale', at: i }),
          fields: (
            <>
              <h2 class="govuk-heading-m">
                Scale {i + 1}: {scale.label || scale.id}
              </h2>
              <ScaleFields editor={editor} i={i} scale={scale} />
            </>
          ),
        })}
        add={{
          label: 'Add a scale',
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
        label="Identifier"
        value={scale.id}
        others={() => editor.session.framework.scales.filter((_, k) => k !== i).map((s) => s.id)}
        onChange={(v) => edit((f) => renameScale(f, i, v))}
      />
      <TextInput
        path={`${path}.label`}
        label="Label"
        optional
        value={scale.label}
        onChange={(v) => edit((f) => updateScale(f, i, (s) => withKey(s, 'label', v)))}
      />
      <Check
        path={`${path}.ordered`}
        label="Ordered: the options run from one end to the other"
        checked={scale.ordered === true}
        onChange={flag('ordered')}
      />
      <Check
        path={`${path}.allowNotApplicable`}
        label="Offer N/A"
        checked={scale.allowNotApplicable === true}
        onChange={flag('allowNotApplicable')}
      />
      <Check
        path={`${path}.allowNotKnown`}
        label="Offer “Not known”"
        checked={scale.allowNotKnown === true}
        onChange={flag('allowNotKnown')}
      />
      {scale.allowNotKnown && (
        <Check
          path={`${path}.notKnownInBase`}
          label="Count “Not known” answers in the base of a percentage"
          checked={scale.notKnownInBase === true}
          onChange={flag('notKnownInBase')}
        />
      )}
      <ListHeading list={list} level={3}>
        Options
      </ListHeading>
      <EditableList
        list={list}
        entries={scale.options}
        onMove={(from, to) => edit((f) => moveOption(f, i, from, to), true)}
        entry={(option, k) => ({
          name: `option ${k + 1} of scale ${i + 1}`,
          onRemove: () => edit((f) => removeOption(f, i, k), true),
          effects: () => removalEffects(framework, { kind: 'option', scale: i, at: k }),
          fields: <OptionFields editor={editor} i={i} k={k} option={option} />,
        })}
        add={{
          label: (
            <>
              Add an option <span class="govuk-visually-hidden">to scale {i + 1}</span>
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
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Option {k + 1}</legend>
      <TextInput
        path={`${path}.label`}
        label="Label"
        value={option.label}
        onChange={(v) => change((o) => ({ ...o, label: v ?? '' }))}
      />
      <IdInput
        path={`${path}.value`}
        label="Code"
        hint="Stored with each answer. Rules that compare with it follow a new code."
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
        label="How it counts in findings"
        value={option.meaning}
        options={[
          { value: 'positive', label: 'Positive' },
          { value: 'negative', label: 'Negative' },
          { value: 'neutral', label: 'Neutral' },
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
        label="Description"
        optional
        multiline
        value={option.description}
        onChange={(v) => change((o) => withKey(o, 'description', v))}
      />
      <Check
        path={`${path}.exclusive`}
        label="“None of these”: chosen alone (multichoice scales)"
        checked={option.exclusive === true}
        onChange={flag('exclusive')}
      />
      <Check
        path={`${path}.other`}
        label="“Other (please say)”: asks for a text (multichoice scales)"
        checked={option.other === true}
        onChange={flag('other')}
      />
    </fieldset>
  );
}
