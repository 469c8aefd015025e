/** The parts of a question on the answering screen around its control. */
import type { FrameworkItem } from '../../../core';

/** The hint under a question: a key question's tag, and what a number or date box takes. */
export function QuestionHint({ entry, id }: { entry: FrameworkItem; id: string }) {
  const item = entry.item;
  return (
    <div class="govuk-hint ca-question__hint" id={id}>
      {entry.type === 'question' && entry.item.key && (
        <strong class="govuk-tag govuk-tag--grey ca-question__key">Key question</strong>
      )}
      {item.kind === 'number' && describeBounds(item.min, item.max, item.integer)}
      {item.kind === 'date' && 'For example, 27 3 2024'}
      {item.kind === 'multichoice' && 'Select all that apply'}
    </div>
  );
}

/** The question's words, said to be optional when it may be left unanswered. */
export function QuestionWords({ item }: { item: FrameworkItem['item'] }) {
  return (
    <>
      {item.text}
      {item.required === false && <span class="ca-optional"> (optional)</span>}
    </>
  );
}

/** What is wrong with what was typed, above the control that describes itself by `id`. */
export function QuestionProblem({ id, problem }: { id: string; problem: string | null }) {
  if (!problem) return null;
  return (
    <p class="govuk-error-message" id={id}>
      <span class="govuk-visually-hidden">Error:</span> {problem}
    </p>
  );
}

/** Clears a choice (a box's answer is cleared by emptying it). */
export function ClearAnswer({
  item,
  onClear,
}: {
  item: FrameworkItem['item'];
  onClear: () => void;
}) {
  if (item.kind === 'text' || item.kind === 'number' || item.kind === 'date') return null;
  return (
    <button type="button" class="ca-link-button govuk-link ca-question__clear" onClick={onClear}>
      Clear answer<span class="govuk-visually-hidden"> to “{item.text}”</span>
    </button>
  );
}

/** The evidence note beside a question's answer. */
export function EvidenceNote({
  id,
  text,
  value,
  disabled,
  onInput,
  onBlur,
}: {
  id: string;
  /** The question's text, naming it for screen readers. */
  text: string;
  value: string;
  disabled: boolean;
  onInput: (note: string) => void;
  onBlur: () => void;
}) {
  return (
    <div class="ca-note">
      <label class="govuk-label ca-note__label" for={`${id}-note`}>
        Evidence: where in the file, what you saw
        <span class="govuk-visually-hidden"> (for “{text}”)</span>
      </label>
      <textarea
        autoComplete="off"
        class="govuk-textarea ca-note__input"
        id={`${id}-note`}
        name={`note-${id}`}
        rows={2}
        disabled={disabled}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={onBlur}
      />
    </div>
  );
}

function describeBounds(min?: number, max?: number, integer?: boolean): string {
  const what = integer ? 'A whole number' : 'A number';
  if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
  if (min !== undefined) return `${what}, ${min} or more`;
  if (max !== undefined) return `${what}, ${max} or less`;
  return integer ? 'A whole number' : '';
}
