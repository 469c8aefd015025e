/**
 * The shell every list of the editor shares: a heading focus can land on, the entries — each a
 * drop target for its own list's drag handle, its fields followed by Move up / Move down / Remove
 * (asking first) — and the list's Add button, `${list}-add`, where focus goes after a removal.
 */
import type { ComponentChildren } from 'preact';
import { fieldIdOfPath } from '../../../core';
import { focusWhenShown } from '../../components/moveFocus';
import { dragProps, RowControls } from './Reorder';

/** The list's heading, `id={list}`: a level 2 heading for a part's list, level 3 within a card. */
export function ListHeading({
  list,
  level,
  children,
}: {
  list: string;
  level: 2 | 3;
  children: ComponentChildren;
}) {
  if (level === 2) {
    return (
      <h2 class="govuk-heading-m" id={list} tabIndex={-1}>
        {children}
      </h2>
    );
  }
  return (
    <h3 class="govuk-heading-s" id={list} tabIndex={-1}>
      {children}
    </h3>
  );
}

/** The list's Add button; a small one within a card or beside a list of rows. */
export function AddButton({
  list,
  small,
  onAdd,
  children,
}: {
  list: string;
  small?: boolean;
  onAdd: () => void;
  children: ComponentChildren;
}) {
  return (
    <button
      id={`${list}-add`}
      type="button"
      class={`govuk-button govuk-button--secondary${small ? ' ca-small-button' : ''}`}
      onClick={onAdd}
    >
      {children}
    </button>
  );
}

/** Focuses a field of the framework once it is drawn (the first field of an entry just added). */
export function focusField(path: string): void {
  focusWhenShown(() => document.getElementById(fieldIdOfPath(path)));
}

/** What the list shows of one entry and how it is removed. */
export type Entry = {
  /** The entry's box id, when problems link to the entry as a whole. */
  id?: string;
  /** What the entry is called in its buttons and the removal question ("option 2 of scale 1"). */
  name: string;
  /** Missing when the entry cannot be removed (the last band). */
  onRemove?: (() => void) | undefined;
  /** What goes with the entry when it is removed, in sentences. */
  effects?: () => readonly string[];
  fields: ComponentChildren;
};

type ListProps<T> = {
  /** The list's id: its entries' buttons are `${list}-${index}-up`, `-down`, `-remove`. */
  list: string;
  entries: readonly T[];
  onMove: (from: number, to: number) => void;
  /** Cards for whole parts (a section, a scale), rows for a few fields. */
  card?: boolean;
  entry: (value: T, index: number) => Entry;
  add: { label: ComponentChildren; small?: boolean; onAdd: () => void };
};

export function EditableList<T>({ list, entries, onMove, card, entry, add }: ListProps<T>) {
  return (
    <>
      <ol class="ca-editor-list">
        {entries.map((value, index) => {
          const { id, name, onRemove, effects, fields } = entry(value, index);
          return (
            <li
              class={card ? 'ca-editor-card' : 'ca-editor-row'}
              key={index}
              id={id}
              {...dragProps(list, index, onMove).row}
            >
              {fields}
              <RowControls
                list={list}
                index={index}
                count={entries.length}
                name={name}
                onMove={onMove}
                onRemove={onRemove}
                effects={effects}
              />
            </li>
          );
        })}
      </ol>
      <AddButton list={list} small={add.small} onAdd={add.onAdd}>
        {add.label}
      </AddButton>
    </>
  );
}
