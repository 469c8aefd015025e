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
import { t } from '../../i18n/translate';
import { EditableList, ListHeading } from './EditableList';
import { editorPart } from './EditorFrame';
import { partLabel } from './editorLinks';
import { IdInput, TextInput } from './fields';
import { withKey } from './optionalKey';
import type { DraftEditor } from './useDraftEditor';

export default editorPart(() => partLabel('lists'), 'lists', Lists);

function Lists({ editor }: { editor: DraftEditor }) {
  return (
    <>
      <Named editor={editor} list="areas" />
      <Named editor={editor} list="strata" />
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

/** The words of the areas' list or the strata's, for entry `number`. */
function namedWords(list: 'areas' | 'strata', number: number) {
  const values = { number };
  return list === 'areas'
    ? {
        heading: t('frameworkEditor', 'Suggested areas'),
        name: t('frameworkEditor', 'area {number}', values),
        nameLabel: t('frameworkEditor', 'Name of area {number}', values),
        idLabel: t('frameworkEditor', 'Identifier of area {number}', values),
        descriptionLabel: t('frameworkEditor', 'Description of area {number}', values),
        add: t('frameworkEditor', 'Add an area'),
      }
    : {
        heading: t('frameworkEditor', 'Suggested strata'),
        name: t('frameworkEditor', 'stratum {number}', values),
        nameLabel: t('frameworkEditor', 'Name of stratum {number}', values),
        idLabel: t('frameworkEditor', 'Identifier of stratum {number}', values),
        descriptionLabel: t('frameworkEditor', 'Description of stratum {number}', values),
        add: t('frameworkEditor', 'Add a stratum'),
      };
}

function Named({ editor, list }: { editor: DraftEditor; list: 'areas' | 'strata' }) {
  // New entries' identifiers: area-3, stratum-2 (identifiers are not translated).
  const noun = list === 'areas' ? 'area' : 'stratum';
  const { framework, edit } = editor;
  const entries: NamedList = framework[list] ?? [];
  const id = fieldIdOfPath(list);
  const change = (next: NamedList, immediate = false) =>
    edit((f) => setList(f, list, next), immediate);
  return (
    <>
      <ListHeading list={id} level={2}>
        {namedWords(list, 0).heading}
      </ListHeading>
      <EditableList
        list={id}
        entries={entries}
        onMove={(from, to) => change(moved(entries, from, to), true)}
        entry={(entry, i) => ({
          name: namedWords(list, i + 1).name,
          onRemove: () => change(without(entries, i), true),
          fields: (
            <>
              <TextInput
                path={`${list}[${i}].name`}
                label={namedWords(list, i + 1).nameLabel}
                value={entry.name}
                onChange={(v) => change(replaced(entries, i, (e) => ({ ...e, name: v ?? '' })))}
              />
              <IdInput
                path={`${list}[${i}].id`}
                label={namedWords(list, i + 1).idLabel}
                value={entry.id}
                others={() =>
                  (editor.session.framework[list] ?? []).filter((_, k) => k !== i).map((e) => e.id)
                }
                onChange={(v) => edit((f) => renameNamed(f, list, i, v))}
              />
              <TextInput
                path={`${list}[${i}].description`}
                label={namedWords(list, i + 1).descriptionLabel}
                optional
                value={entry.description}
                onChange={(v) => change(replaced(entries, i, (e) => withKey(e, 'description', v)))}
              />
            </>
          ),
        })}
        add={{
          label: namedWords(list, 0).add,
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
        {t('frameworkEditor', 'Glossary')}
      </ListHeading>
      <EditableList
        list={id}
        entries={entries}
        onMove={(from, to) => change(moved(entries, from, to), true)}
        entry={(entry, i) => ({
          name: t('frameworkEditor', 'term {number}', { number: i + 1 }),
          onRemove: () => change(without(entries, i), true),
          fields: (
            <>
              <TextInput
                path={`glossary[${i}].term`}
                label={t('frameworkEditor', 'Term {number}', { number: i + 1 })}
                value={entry.term}
                onChange={(v) => change(replaced(entries, i, (e) => ({ ...e, term: v ?? '' })))}
              />
              <TextInput
                path={`glossary[${i}].definition`}
                label={t('frameworkEditor', 'Definition of term {number}', { number: i + 1 })}
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
          label: t('frameworkEditor', 'Add a term'),
          small: true,
          onAdd: () => change(inserted(entries, { term: '', definition: '' }), true),
        }}
      />
    </>
  );
}
