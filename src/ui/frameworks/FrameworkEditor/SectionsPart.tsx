/**
 * Sections and their standards: each section's title, identifier, description and when it is
 * shown; its standards listed, each opening its own part, reordered, removed or moved to
 * another section here.
 */
import {
  addSection,
  addStandard,
  fieldIdOfPath,
  moveSection,
  moveStandard,
  moveStandardTo,
  plural,
  removalEffects,
  removeSection,
  removeStandard,
  type Section,
  type Standard,
  updateSection,
} from '../../../core';
import { focusWhenShown } from '../../components/moveFocus';
import { EditableList, focusField, ListHeading } from './EditableList';
import { editorPart } from './EditorFrame';
import { draftPath } from './editorLinks';
import { useProblem } from './fields';
import { MoveTo } from './MoveTo';
import { ShownWhen, TitleFields } from './PartFields';
import type { DraftEditor } from './useDraftEditor';

export default editorPart('Sections and standards', 'sections', Sections);

function Sections({ editor }: { editor: DraftEditor }) {
  const { framework, edit } = editor;
  return (
    <EditableList
      list="fw-sections"
      card
      entries={framework.sections}
      onMove={(from, to) => edit((f) => moveSection(f, from, to), true)}
      entry={(section, s) => ({
        id: fieldIdOfPath(`sections[${s}]`),
        name: `section ${s + 1}`,
        onRemove: () => edit((f) => removeSection(f, s), true),
        effects: () => removalEffects(framework, { kind: 'section', section: s }),
        fields: (
          <>
            <h2 class="govuk-heading-m">
              Section {s + 1}
              {section.title ? `: ${section.title}` : ''}
            </h2>
            <SectionFields editor={editor} s={s} section={section} />
          </>
        ),
      })}
      add={{
        label: 'Add a section',
        onAdd: () => {
          const at = framework.sections.length;
          edit(addSection, true);
          focusField(`sections[${at}].title`);
        },
      }}
    />
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
  const { framework, edit } = editor;
  const path = `sections[${s}]`;
  const change = (update: (x: Section) => Section, immediate = false) =>
    edit((f) => updateSection(f, s, update), immediate);
  const list = fieldIdOfPath(`${path}.standards`);
  const standardsProblem = useProblem(`${path}.standards`);
  return (
    <>
      <TitleFields path={path} value={section} change={change} />
      <ShownWhen
        path={path}
        holder={{ kind: 'section', section: s }}
        value={section}
        change={change}
      />
      <ListHeading list={list} level={3}>
        Standards
      </ListHeading>
      {standardsProblem && (
        <p class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {standardsProblem}
        </p>
      )}
      <EditableList
        list={list}
        entries={section.standards}
        onMove={(from, to) => edit((f) => moveStandard(f, s, from, to), true)}
        entry={(standard, t) => ({
          id: fieldIdOfPath(`${path}.standards[${t}]`),
          name: `standard ${t + 1} of section ${s + 1}`,
          onRemove: () => edit((f) => removeStandard(f, { section: s, standard: t }), true),
          effects: () => removalEffects(framework, { kind: 'standard', section: s, standard: t }),
          fields: <StandardRow editor={editor} s={s} t={t} standard={standard} />,
        })}
        add={{
          label: (
            <>
              Add a standard <span class="govuk-visually-hidden">to section {s + 1}</span>
            </>
          ),
          small: true,
          onAdd: () => edit((f) => addStandard(f, s), true),
        }}
      />
    </>
  );
}

/** A standard in its section's list: the link to its part, and moving it to another section. */
function StandardRow({
  editor,
  s,
  t,
  standard,
}: {
  editor: DraftEditor;
  s: number;
  t: number;
  standard: Standard;
}) {
  const { draftId, framework, edit } = editor;
  const onMove = (to: number) => {
    // It goes to the end of that section; focus follows it there, to its link.
    const at = framework.sections[to]?.standards.length ?? 0;
    edit((f) => moveStandardTo(f, { section: s, standard: t }, to), true);
    const row = fieldIdOfPath(`sections[${to}].standards[${at}]`);
    focusWhenShown(() => document.getElementById(row)?.querySelector('a') ?? null);
  };
  return (
    <>
      <a class="govuk-link" href={draftPath(draftId, `/sections/${s}/standards/${t}`)}>
        {standard.title || `Standard ${t + 1} (no title yet)`}
      </a>{' '}
      <span class="govuk-hint">{plural(standard.questions.length, 'question')}</span>
      <MoveTo
        into="section"
        id={`move-st-${s}-${t}`}
        name={`standard ${t + 1} of section ${s + 1}`}
        from={{ section: s, standard: t }}
        onMove={onMove}
      />
    </>
  );
}
