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
import { EditableList, focusField, ListHeading } from './EditableList';
import { editorPart } from './EditorFrame';
import { draftPath } from './editorLinks';
import { useProblem } from './fields';
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
  const { draftId, framework, edit } = editor;
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
          name: `standard ${t + 1} of section ${s + 1}`,
          onRemove: () => edit((f) => removeStandard(f, { section: s, standard: t }), true),
          effects: () => removalEffects(framework, { kind: 'standard', section: s, standard: t }),
          fields: (
            <>
              <a class="govuk-link" href={draftPath(draftId, `/sections/${s}/standards/${t}`)}>
                {standard.title || `Standard ${t + 1} (no title yet)`}
              </a>{' '}
              <span class="govuk-hint">{plural(standard.questions.length, 'question')}</span>
            </>
          ),
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
