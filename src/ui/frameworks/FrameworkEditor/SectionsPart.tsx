/**
 * Sections and their standards: each section's title, identifier, description and when it is
 * shown; its standards listed, each opening its own part, reordered or removed here.
 */
import {
  addSection,
  addStandard,
  fieldIdOfPath,
  moveSection,
  moveStandard,
  plural,
  removalEffects,
  removeSection,
  removeStandard,
  type Section,
  updateSection,
} from '../../../core';
import { focusWhenShown } from '../../components/moveFocus';
import { EditorFrame } from './EditorFrame';
import { draftPath } from './editorLinks';
import { TextInput, useProblem } from './fields';
import { dragProps, RowControls } from './Reorder';
import { RuleBuilder } from './RuleBuilder';
import type { DraftEditor } from './useDraftEditor';

export default function SectionsPart({ draftId }: { draftId: string }) {
  return (
    <EditorFrame draftId={draftId} title="Sections and standards" current="sections">
      {(editor) => <Sections editor={editor} />}
    </EditorFrame>
  );
}

function Sections({ editor }: { editor: DraftEditor }) {
  const { framework, edit } = editor;
  const list = 'fw-sections';
  return (
    <>
      <ol class="ca-editor-list">
        {framework.sections.map((section, s) => {
          const onMove = (from: number, to: number) => edit((f) => moveSection(f, from, to), true);
          return (
            <li
              class="ca-editor-card"
              key={s}
              id={fieldIdOfPath(`sections[${s}]`)}
              {...dragProps(list, s, onMove).row}
            >
              <h2 class="govuk-heading-m">
                Section {s + 1}
                {section.title ? `: ${section.title}` : ''}
              </h2>
              <SectionFields editor={editor} s={s} section={section} />
              <RowControls
                list={list}
                index={s}
                count={framework.sections.length}
                name={`section ${s + 1}`}
                onMove={onMove}
                onRemove={() => edit((f) => removeSection(f, s), true)}
                effects={() => removalEffects(framework, { kind: 'section', section: s })}
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
          const at = framework.sections.length;
          edit(addSection, true);
          focusWhenShown(() => document.getElementById(fieldIdOfPath(`sections[${at}].title`)));
        }}
      >
        Add a section
      </button>
    </>
  );
}

function SectionFields({
  editor,
  s,
  section,
}: {
  editor: DraftEditor;
  s: number;
  section: Section;
}) {
  const { draftId, framework, edit } = editor;
  const path = `sections[${s}]`;
  const change = (update: (x: Section) => Section, immediate = false) =>
    edit((f) => updateSection(f, s, update), immediate);
  const list = fieldIdOfPath(`${path}.standards`);
  const standardsProblem = useProblem(`${path}.standards`);
  return (
    <>
      <TextInput
        path={`${path}.title`}
        label="Title"
        value={section.title}
        onChange={(v) => change((x) => ({ ...x, title: v ?? '' }))}
      />
      <TextInput
        path={`${path}.id`}
        label="Identifier"
        width="govuk-input--width-20"
        value={section.id}
        onChange={(v) => change((x) => ({ ...x, id: v ?? '' }))}
      />
      <TextInput
        path={`${path}.description`}
        label="Description"
        optional
        multiline
        value={section.description}
        onChange={(v) => change((x) => ({ ...x, description: v }))}
      />
      <RuleBuilder
        path={`${path}.showWhen`}
        holder={{ kind: 'section', section: s }}
        rule={section.showWhen}
        verb="shown"
        onChange={(rule) =>
          change((x) => {
            const next = { ...x };
            if (rule) next.showWhen = rule;
            else delete next.showWhen;
            return next;
          }, true)
        }
      />
      <h3 class="govuk-heading-s" id={list} tabIndex={-1}>
        Standards
      </h3>
      {standardsProblem && (
        <p class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {standardsProblem}
        </p>
      )}
      <ol class="ca-editor-list">
        {section.standards.map((standard, t) => {
          const onMove = (from: number, to: number) =>
            edit((f) => moveStandard(f, s, from, to), true);
          return (
            <li class="ca-editor-row" key={t} {...dragProps(list, t, onMove).row}>
              <a class="govuk-link" href={draftPath(draftId, `/sections/${s}/standards/${t}`)}>
                {standard.title || `Standard ${t + 1} (no title yet)`}
              </a>{' '}
              <span class="govuk-hint">{plural(standard.questions.length, 'question')}</span>
              <RowControls
                list={list}
                index={t}
                count={section.standards.length}
                name={`standard ${t + 1} of section ${s + 1}`}
                onMove={onMove}
                onRemove={() => edit((f) => removeStandard(f, { section: s, standard: t }), true)}
                effects={() =>
                  removalEffects(framework, { kind: 'standard', section: s, standard: t })
                }
              />
            </li>
          );
        })}
      </ol>
      <button
        id={`${list}-add`}
        type="button"
        class="govuk-button govuk-button--secondary ca-small-button"
        onClick={() => edit((f) => addStandard(f, s), true)}
      >
        Add a standard <span class="govuk-visually-hidden">to section {s + 1}</span>
      </button>
    </>
  );
}
