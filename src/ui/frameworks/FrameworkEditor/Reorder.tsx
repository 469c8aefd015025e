/**
 * Reordering and removing an entry of a list: Move up / Move down buttons for the keyboard (focus
 * stays on the entry's button as it moves), a handle to drag it with a mouse, and Remove, which
 * first says what goes with it and asks.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { focusWhenShown } from '../../components/moveFocus';
import { t, tx } from '../../i18n/translate';

/** Words only a screen reader says. */
const hidden = (chunks: ComponentChildren) => <span class="govuk-visually-hidden">{chunks}</span>;

/** The entry being dragged: one drag at a time in a page, within one list. */
let dragging: { list: string; index: number } | null = null;

/** Props for an entry's box and its drag handle: drop an entry of the same list on it to move it there. */
export function dragProps(list: string, index: number, onMove: (from: number, to: number) => void) {
  return {
    row: {
      onDragOver: (e: DragEvent) => {
        if (dragging?.list === list) e.preventDefault();
      },
      onDrop: (e: DragEvent) => {
        if (dragging?.list !== list) return;
        e.preventDefault();
        const from = dragging.index;
        dragging = null;
        if (from !== index) onMove(from, index);
      },
    },
    handle: {
      draggable: true,
      onDragStart: (e: DragEvent) => {
        dragging = { list, index };
        e.dataTransfer?.setData('text/plain', `${list}:${index}`);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
      },
      onDragEnd: () => {
        dragging = null;
      },
    },
  };
}

type Props = {
  /** The list's id: buttons are `${list}-${index}-up`, `-down`, `-remove`. */
  list: string;
  index: number;
  count: number;
  /** What the entry is called, for the buttons' hidden text ("question 3: Was the child seen?"). */
  name: string;
  onMove: (from: number, to: number) => void;
  onRemove?: () => void;
  /** What goes with the entry when it is removed, in sentences. */
  effects?: () => readonly string[];
};

export function RowControls({ list, index, count, name, onMove, onRemove, effects }: Props) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const move = (to: number, direction: 'up' | 'down') => {
    onMove(index, to);
    // Keep the keyboard on the entry it moved: its button at its new place (or the other one at an end).
    const other = direction === 'up' ? 'down' : 'up';
    focusWhenShown(
      () =>
        (document.getElementById(`${list}-${to}-${direction}`) as HTMLButtonElement | null) ??
        document.getElementById(`${list}-${to}-${other}`),
    );
  };
  const drag = dragProps(list, index, onMove);
  return (
    <div class="ca-row-controls">
      <span
        class="ca-drag-handle"
        title={t('frameworkEditor', 'Drag to reorder')}
        aria-hidden="true"
        data-testid={`${list}-${index}-handle`}
        {...drag.handle}
      >
        ⠿
      </span>
      {index > 0 && (
        <button
          id={`${list}-${index}-up`}
          type="button"
          class="govuk-button govuk-button--secondary ca-small-button"
          onClick={() => move(index - 1, 'up')}
        >
          {tx('frameworkEditor', 'Move up <hidden>{name}</hidden>', { name, hidden })}
        </button>
      )}
      {index < count - 1 && (
        <button
          id={`${list}-${index}-down`}
          type="button"
          class="govuk-button govuk-button--secondary ca-small-button"
          onClick={() => move(index + 1, 'down')}
        >
          {tx('frameworkEditor', 'Move down <hidden>{name}</hidden>', { name, hidden })}
        </button>
      )}
      {onRemove && !asking && (
        <button
          id={`${list}-${index}-remove`}
          type="button"
          class="govuk-button govuk-button--warning ca-small-button"
          onClick={() => {
            setAsking(true);
            setTimeout(() => question.current?.focus(), 0);
          }}
        >
          {tx('frameworkEditor', 'Remove <hidden>{name}</hidden>', { name, hidden })}
        </button>
      )}
      {onRemove && asking && (
        <div class="govuk-warning-text ca-remove-confirm" data-testid="remove-confirm">
          <p class="govuk-body govuk-!-font-weight-bold" tabIndex={-1} ref={question}>
            {t('frameworkEditor', 'Remove {name}?', { name })}
          </p>
          {(effects?.() ?? []).map((sentence) => (
            <p class="govuk-body" key={sentence}>
              {sentence}
            </p>
          ))}
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button govuk-button--warning ca-small-button"
              onClick={() => {
                setAsking(false);
                onRemove();
                // The entry is gone: the list's Add button is where the author carries on.
                focusWhenShown(() => document.getElementById(`${list}-add`));
              }}
            >
              {t('frameworkEditor', 'Yes, remove it')}
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary ca-small-button"
              onClick={() => setAsking(false)}
            >
              {t('frameworkEditor', 'Cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
