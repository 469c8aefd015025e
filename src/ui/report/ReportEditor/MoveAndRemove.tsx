import type { ComponentChildren } from 'preact';
import { tx } from '../../i18n/translate';
import type { ListEditing } from './listEditing';

const hidden = (chunks: ComponentChildren) => <span class="govuk-visually-hidden">{chunks}</span>;

/**
 * Move up, Move down and Remove for item `index` of a list the report prints in order; `name`
 * ("recommendation 2") completes each button's name for screen readers.
 */
export function MoveAndRemove<T>({
  index,
  count,
  name,
  list,
}: {
  index: number;
  count: number;
  name: string;
  list: ListEditing<T>;
}) {
  return (
    <>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        disabled={index === 0}
        onClick={() => list.move(index, index - 1)}
      >
        {tx('reportScreen', 'Move up<hidden> {name}</hidden>', { name, hidden })}
      </button>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        disabled={index === count - 1}
        onClick={() => list.move(index, index + 1)}
      >
        {tx('reportScreen', 'Move down<hidden> {name}</hidden>', { name, hidden })}
      </button>
      <button
        type="button"
        class="govuk-button govuk-button--warning"
        onClick={() => list.remove(index)}
      >
        {tx('reportScreen', 'Remove<hidden> {name}</hidden>', { name, hidden })}
      </button>
    </>
  );
}
