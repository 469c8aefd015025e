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
import { EditableList, ListHeading } from './EditableList';
import { editorPart } from './EditorFrame';
import { IdInput, TextInput } from './fields';
import { withKey } from './optionalKey';
import type { DraftEditor } from './useDraftEditor';

export default editorPart('Areas, strata and glossary', 'lists', Lists);

function Lists({ editor }: { editor: DraftEditor }) {
  return (
    <>
      <Named editor={editor} list="areas" heading="Suggested areas" noun="area" />
      <Named editor={editor} list="strata" heading="Suggested strata" noun="stratum" />
      <Glossary editor={editor} />
    </>
  );
}

type NamedList = NonNullable<Framework['areas']>;

function setList<K extends 'areas' | 'strata' | 'glossary'>(
  framework: Framework,
  key: K,
  value: Framework[K],
): Framework {
  return withKey(framework, key, value && value.length > 0 ? value : undefined);
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
      <ListHeading list={id} level={2}>
        {heading}
      </ListHeading>
      <EditableList
        list={id}
        entries={entries}
        onMove={(from, to) => change(moved(entries, from, to), true)}
        entry={(entry, i) => ({
          name: `${noun} ${i + 1}`,
          onRemove: () => change(without(entries, i), true),
          fields: (
            <>
              <TextInput
                path={`${list}[${i}].name`}
                label={`Name of ${noun} ${i + 1}`}
                value={entry.name}
                onChange={(v) => change(replaced(entries, i, (e) => ({ ...e, name: v ?? '' })))}
              />
              <IdInput
                path={`${list}[${i}].id`}
                label={`Identifier of ${noun} ${i + 1}`}
                value={entry.id}
                others={() =>
                  (editor.session.framework[list] ?? []).filter((_, k) => k !== i).map((e) => e.id)
                }
                onChange={(v) => edit((f) => renameNamed(f, list, i, v))}
              />
              <TextInput
                path={`${list}[${i}].description`}
                label={`Description of ${noun} ${i + 1}`}
                optional
                value={entry.description}
                onChange={(v) => change(replaced(entries, i, (e) => withKey(e, 'description', v)))}
              />
            </>
          ),
        })}
        add={{
          label: `Add ${noun === 'area' ? 'an' : 'a'} ${noun}`,
          small: true,
          onAdd: () =>
            change(inserted(entries, { id: `${noun}-${entries.length + 1}`, name: '' }), true),
        }}
      />
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
      <ListHeading list={id} level={2}>
        Glossary
      </ListHeading>
      <EditableList
        list={id}
        entries={entries}
        onMove={(from, to) => change(moved(entries, from, to), true)}
        entry={(entry, i) => ({
          name: `term ${i + 1}`,
          onRemove: () => change(without(entries, i), true),
          fields: (
            <>
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
            </>
          ),
        })}
        add={{
          label: 'Add a term',
          small: true,
          onAdd: () => change(inserted(entries, { term: '', definition: '' }), true),
        }}
      />
    </>
  );
}
