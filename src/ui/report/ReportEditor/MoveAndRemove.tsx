import type { ListEditing } from './listEditing';

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
        Move up<span class="govuk-visually-hidden"> {name}</span>
      </button>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        disabled={index === count - 1}
        onClick={() => list.move(index, index + 1)}
      >
        Move down<span class="govuk-visually-hidden"> {name}</span>
      </button>
      <button
        type="button"
        class="govuk-button govuk-button--warning"
        onClick={() => list.remove(index)}
      >
        Remove<span class="govuk-visually-hidden"> {name}</span>
      </button>
    </>
  );
}
