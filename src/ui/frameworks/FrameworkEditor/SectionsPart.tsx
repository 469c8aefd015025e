/**
 * Sections and their standards: each section's title, identifier, description and when it is
 * shown; its standards listed, each opening its own part, reordered, removed or moved to
 * another section here.
 */

import type { ComponentChildren } from 'preact';
import {
  addSection,
  addStandard,
  fieldIdOfPath,
  moveSection,
  moveStandard,
  moveStandardTo,
  removalEffects,
  removeSection,
  removeStandard,
  type Section,
  type Standard,
  updateSection,
} from '../../../core';
import { focusWhenShown } from '../../components/moveFocus';
import { t, tx } from '../../i18n/translate';
import { EditableList, focusField, ListHeading } from './EditableList';
import { editorPart } from './EditorFrame';
import { draftPath, partLabel } from './editorLinks';
import { useProblem } from './fields';
import { MoveTo } from './MoveTo';
import { ShownWhen, TitleFields } from './PartFields';
import type { DraftEditor } from './useDraftEditor';

export default editorPart(() => partLabel('sections'), 'sections', Sections);

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
        name: t('frameworkEditor', 'section {number}', { number: s + 1 }),
        onRemove: () => edit((f) => removeSection(f, s), true),
        effects: () => removalEffects(framework, { kind: 'section', section: s }),
        fields: (
          <>
            <h2 class="govuk-heading-m">
              {section.title
                ? t('frameworkEditor', 'Section {number}: {title}', {
                    number: s + 1,
                    title: section.title,
                  })
                : t('frameworkEditor', 'Section {number}', { number: s + 1 })}
            </h2>
            <SectionFields editor={editor} s={s} section={section} />
          </>
        ),
      })}
      add={{
        label: t('frameworkEditor', 'Add a section'),
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
        {t('frameworkEditor', 'Standards')}
      </ListHeading>
      {standardsProblem && (
        <p class="govuk-error-message">
          <span class="govuk-visually-hidden">{t('frameworkEditor', 'Error:')}</span>{' '}
          {standardsProblem}
        </p>
      )}
      <EditableList
        list={list}
        entries={section.standards}
        onMove={(from, to) => edit((f) => moveStandard(f, s, from, to), true)}
        entry={(standard, k) => ({
          id: fieldIdOfPath(`${path}.standards[${k}]`),
          name: t('frameworkEditor', 'standard {standard} of section {section}', {
            standard: k + 1,
            section: s + 1,
          }),
          onRemove: () => edit((f) => removeStandard(f, { section: s, standard: k }), true),
          effects: () => removalEffects(framework, { kind: 'standard', section: s, standard: k }),
          fields: <StandardRow editor={editor} s={s} k={k} standard={standard} />,
        })}
        add={{
          label: (
            <>
              {tx('frameworkEditor', 'Add a standard <hidden>to section {number}</hidden>', {
                number: s + 1,
                hidden: (chunks: ComponentChildren) => (
                  <span class="govuk-visually-hidden">{chunks}</span>
                ),
              })}
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
  k,
  standard,
}: {
  editor: DraftEditor;
  s: number;
  k: number;
  standard: Standard;
}) {
  const { draftId, framework, edit } = editor;
  const onMove = (to: number) => {
    // It goes to the end of that section; focus follows it there, to its link.
    const at = framework.sections[to]?.standards.length ?? 0;
    edit((f) => moveStandardTo(f, { section: s, standard: k }, to), true);
    const row = fieldIdOfPath(`sections[${to}].standards[${at}]`);
    focusWhenShown(() => document.getElementById(row)?.querySelector('a') ?? null);
  };
  return (
    <>
      <a class="govuk-link" href={draftPath(draftId, `/sections/${s}/standards/${k}`)}>
        {standard.title ||
          t('frameworkEditor', 'Standard {number} (no title yet)', { number: k + 1 })}
      </a>{' '}
      <span class="govuk-hint">
        {t('frameworkEditor', '{count, plural, one {# question} other {# questions}}', {
          count: standard.questions.length,
        })}
      </span>
      <MoveTo
        into="section"
        id={`move-st-${s}-${k}`}
        name={t('frameworkEditor', 'standard {standard} of section {section}', {
          standard: k + 1,
          section: s + 1,
        })}
        from={{ section: s, standard: k }}
        onMove={onMove}
      />
    </>
  );
}
