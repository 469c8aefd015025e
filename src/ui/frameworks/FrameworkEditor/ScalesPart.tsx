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
import { focusWhenShown } from '../../components/moveFocus';

type ScaleOption = Scale['options'][number];

import { EditorFrame } from './EditorFrame';
import { Check, IdInput, Pick, TextInput } from './fields';
import { dragProps, RowControls } from './Reorder';
import type { DraftEditor } from './useDraftEditor';

export default function ScalesPart({ draftId }: { draftId: string }) {
  return (
    <EditorFrame draftId={draftId} title="Answer scales" current="scales">
      {(editor) => <Scales editor={editor} />}
    </EditorFrame>
  );
}

function Scales({ editor }: { editor: DraftEditor }) {
  const { framework, edit } = editor;
  const list = 'fw-scales';
  return (
    <>
      <p class="govuk-body">
        A scale is the list of answers a judgement, rating, choice or multichoice question offers.
      </p>
      {framework.scales.length === 0 && <p class="govuk-body">No scales yet.</p>}
      <ol class="ca-editor-list">
        {framework.scales.map((scale, i) => {
          const onMove = (from: number, to: number) => edit((f) => moveScale(f, from, to), true);
          return (
            <li
              class="ca-editor-card"
              key={i}
              id={fieldIdOfPath(`scales[${i}]`)}
              {...dragProps(list, i, onMove).row}
            >
              <h2 class="govuk-heading-m">
                Scale {i + 1}: {scale.label || scale.id}
              </h2>
              <ScaleFields editor={editor} i={i} scale={scale} />
              <RowControls
                list={list}
                index={i}
                count={framework.scales.length}
                name={`scale ${i + 1}`}
                onMove={onMove}
                onRemove={() => edit((f) => removeScale(f, i), true)}
                effects={() => removalEffects(framework, { kind: 'scale', at: i })}
              />
            </li>
          );
        })}
      </ol>
      <button
        id={`${list}-add`}
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => {
          const at = framework.scales.length;
          edit(addScale, true);
          focusWhenShown(() => document.getElementById(fieldIdOfPath(`scales[${at}].id`)));
        }}
      >
        Add a scale
      </button>
    </>
  );
}

function ScaleFields({ editor, i, scale }: { editor: DraftEditor; i: number; scale: Scale }) {
  const { framework, edit } = editor;
  const path = `scales[${i}]`;
  const flag =
    (key: 'ordered' | 'allowNotApplicable' | 'allowNotKnown' | 'notKnownInBase') => (on: boolean) =>
      edit(
        (f) =>
          updateScale(f, i, (s) => {
            const next = { ...s };
            if (on) next[key] = true;
            else delete next[key];
            return next;
          }),
        true,
      );
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
        onChange={(v) =>
          edit((f) =>
            updateScale(f, i, (s) => {
              const next = { ...s };
              if (v === undefined) delete next.label;
              else next.label = v;
              return next;
            }),
          )
        }
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
      <h3 class="govuk-heading-s" id={list} tabIndex={-1}>
        Options
      </h3>
      <ol class="ca-editor-list">
        {scale.options.map((option, k) => {
          const onMove = (from: number, to: number) =>
            edit((f) => moveOption(f, i, from, to), true);
          return (
            <li class="ca-editor-row" key={k} {...dragProps(list, k, onMove).row}>
              <OptionFields editor={editor} i={i} k={k} option={option} />
              <RowControls
                list={list}
                index={k}
                count={scale.options.length}
                name={`option ${k + 1} of scale ${i + 1}`}
                onMove={onMove}
                onRemove={() => edit((f) => removeOption(f, i, k), true)}
                effects={() => removalEffects(framework, { kind: 'option', scale: i, at: k })}
              />
            </li>
          );
        })}
      </ol>
      <button
        id={`${list}-add`}
        type="button"
        class="govuk-button govuk-button--secondary ca-small-button"
        onClick={() => edit((f) => addOption(f, i), true)}
      >
        Add an option <span class="govuk-visually-hidden">to scale {i + 1}</span>
      </button>
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
    change((o) => {
      const next = { ...o };
      if (on) next[key] = true;
      else delete next[key];
      return next;
    }, true);
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
        onChange={(v) =>
          change((o) => {
            const next = { ...o };
            if (v === undefined) delete next.description;
            else next.description = v;
            return next;
          })
        }
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
