/** The parts of a question on the answering screen around its control. */
import type { ComponentChildren } from 'preact';
import type { FrameworkItem } from '../../../core';
import { t, tx } from '../../i18n/translate';

/** The hint under a question: a key question's tag, and what a number or date box takes. */
export function QuestionHint({ entry, id }: { entry: FrameworkItem; id: string }) {
  const item = entry.item;
  return (
    <div class="govuk-hint ca-question__hint" id={id}>
      {entry.type === 'question' && entry.item.key && (
        <strong class="govuk-tag govuk-tag--grey ca-question__key">
          {t('scoring', 'Key question')}
        </strong>
      )}
      {item.kind === 'number' && describeBounds(item.min, item.max, item.integer)}
      {item.kind === 'date' && t('scoring', 'For example, 27 3 2024')}
      {item.kind === 'multichoice' && t('scoring', 'Select all that apply')}
    </div>
  );
}

/** The question's words, said to be optional when it may be left unanswered. */
export function QuestionWords({ item }: { item: FrameworkItem['item'] }) {
  return (
    <>
      {item.text}
      {item.required === false && <span class="ca-optional"> {t('scoring', '(optional)')}</span>}
    </>
  );
}

/** What is wrong with what was typed, above the control that describes itself by `id`. */
export function QuestionProblem({ id, problem }: { id: string; problem: string | null }) {
  if (!problem) return null;
  return (
    <p class="govuk-error-message" id={id}>
      <span class="govuk-visually-hidden">{t('scoring', 'Error:')}</span> {problem}
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
      {tx('scoring', 'Clear answer<hidden> to “{question}”</hidden>', {
        hidden: (chunks: ComponentChildren) => <span class="govuk-visually-hidden">{chunks}</span>,
        question: item.text,
      })}
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
        {tx(
          'scoring',
          'Evidence: where in the file, what you saw<hidden> (for “{question}”)</hidden>',
          {
            hidden: (chunks: ComponentChildren) => (
              <span class="govuk-visually-hidden">{chunks}</span>
            ),
            question: text,
          },
        )}
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
  if (min !== undefined && max !== undefined)
    return integer
      ? t('scoring', 'A whole number from {min} to {max}', { min: String(min), max: String(max) })
      : t('scoring', 'A number from {min} to {max}', { min: String(min), max: String(max) });
  if (min !== undefined)
    return integer
      ? t('scoring', 'A whole number, {min} or more', { min: String(min) })
      : t('scoring', 'A number, {min} or more', { min: String(min) });
  if (max !== undefined)
    return integer
      ? t('scoring', 'A whole number, {max} or less', { max: String(max) })
      : t('scoring', 'A number, {max} or less', { max: String(max) });
  return integer ? t('scoring', 'A whole number') : '';
}
