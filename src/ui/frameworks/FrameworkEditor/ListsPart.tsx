/**
 * The framework's suggested areas and strata (an inspection starts from them), and its
 * glossary. Renaming an area's or stratum's identifier changes the rules that name it.
 */
import {
  type Framework,
  fieldIdOfPath,
  inserted,
  moved,
  renameNamed,
  replaced,
  without,
} from '../../../core';
import { EditorFrame } from './EditorFrame';
import { IdInput, TextInput } from './fields';
import { dragProps, RowControls } from './Reorder';
import type { DraftEditor } from './useDraftEditor';

export default function ListsPart({ draftId }: { draftId: string }) {
  return (
    <EditorFrame draftId={draftId} title="Areas, strata and glossary" current="lists">
      {(editor) => (
        <>
          <Named editor={editor} list="areas" heading="Suggested areas" noun="area" />
          <Named editor={editor} list="strata" heading="Suggested strata" noun="stratum" />
          <Glossary editor={editor} />
        </>
      )}
    </EditorFrame>
  );
}

type NamedList = NonNullable<Framework['areas']>;

function setList<K extends 'areas' | 'strata' | 'glossary'>(
  framework: Framework,
  key: K,
  value: Framework[K],
): Framework {
  const next = { ...framework };
  if (value === undefined || value.length === 0) delete next[key];
  else next[key] = value;
  return next;
}

function Named({
  editor,
  list,
  heading,
  noun,
}: {
  editor: DraftEditor;
  list: 'areas' | 'strata';
  heading: string;
  noun: string;
}) {
  const { framework, edit } = editor;
  const entries: NamedList = framework[list] ?? [];
  const id = fieldIdOfPath(list);
  const change = (next: NamedList, immediate = false) =>
    edit((f) => setList(f, list, next), immediate);
  return (
    <>
      <h2 class="govuk-heading-m" id={id} tabIndex={-1}>
        {heading}
      </h2>
      <ol class="ca-editor-list">
        {entries.map((entry, i) => {
          const path = `${list}[${i}]`;
          const onMove = (from: number, to: number) => change(moved(entries, from, to), true);
          return (
            <li class="ca-editor-row" key={i} {...dragProps(id, i, onMove).row}>
              <TextInput
                path={`${path}.name`}
                label={`Name of ${noun} ${i + 1}`}
                value={entry.name}
                onChange={(v) => change(replaced(entries, i, (e) => ({ ...e, name: v ?? '' })))}
              />
              <IdInput
                path={`${path}.id`}
                label={`Identifier of ${noun} ${i + 1}`}
                value={entry.id}
                others={() =>
                  (editor.session.framework[list] ?? []).filter((_, k) => k !== i).map((e) => e.id)
                }
                onChange={(v) => edit((f) => renameNamed(f, list, i, v))}
              />
              <TextInput
                path={`${path}.description`}
                label={`Description of ${noun} ${i + 1}`}
                optional
                value={entry.description}
                onChange={(v) =>
                  change(
                    replaced(entries, i, (e) => {
                      const next = { ...e };
                      if (v === undefined) delete next.description;
                      else next.description = v;
                      return next;
                    }),
                  )
                }
              />
              <RowControls
                list={id}
                index={i}
                count={entries.length}
                name={`${noun} ${i + 1}`}
                onMove={onMove}
                onRemove={() => change(without(entries, i), true)}
              />
            </li>
          );
        })}
      </ol>
      <button
        id={`${id}-add`}
        type="button"
        class="govuk-button govuk-button--secondary ca-small-button"
        onClick={() =>
          change(inserted(entries, { id: `${noun}-${entries.length + 1}`, name: '' }), true)
        }
      >
        Add {noun === 'area' ? 'an' : 'a'} {noun}
      </button>
    </>
  );
}

function Glossary({ editor }: { editor: DraftEditor }) {
  const { framework, edit } = editor;
  const entries = framework.glossary ?? [];
  const id = 'fw-glossary';
  const change = (next: typeof entries, immediate = false) =>
    edit((f) => setList(f, 'glossary', next), immediate);
  return (
    <>
      <h2 class="govuk-heading-m" id={id} tabIndex={-1}>
        Glossary
      </h2>
      <ol class="ca-editor-list">
        {entries.map((entry, i) => {
          const onMove = (from: number, to: number) => change(moved(entries, from, to), true);
          return (
            <li class="ca-editor-row" key={i} {...dragProps(id, i, onMove).row}>
              <TextInput
                path={`glossary[${i}].term`}
                label={`Term ${i + 1}`}
                value={entry.term}
                onChange={(v) => change(replaced(entries, i, (e) => ({ ...e, term: v ?? '' })))}
              />
              <TextInput
                path={`glossary[${i}].definition`}
                label={`Definition of term ${i + 1}`}
                multiline
                value={entry.definition}
                onChange={(v) =>
                  change(replaced(entries, i, (e) => ({ ...e, definition: v ?? '' })))
                }
              />
              <RowControls
                list={id}
                index={i}
                count={entries.length}
                name={`term ${i + 1}`}
                onMove={onMove}
                onRemove={() => change(without(entries, i), true)}
              />
            </li>
          );
        })}
      </ol>
      <button
        id={`${id}-add`}
        type="button"
        class="govuk-button govuk-button--secondary ca-small-button"
        onClick={() => change(inserted(entries, { term: '', definition: '' }), true)}
      >
        Add a term
      </button>
    </>
  );
}
