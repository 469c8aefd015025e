/**
 * The parts of an answer beyond a plain option: "N/A" and "Not known" beside a number, date or
 * text box (checking one empties the box; typing in the box unchecks it), and the words an
 * "Other (please say)" option reveals when ticked (the GOV.UK conditional reveal).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  type AnswerChoice,
  type AnswerValue,
  type FrameworkItem,
  otherTextProblem,
  otherWords,
} from '../../../core';
import { currentTranslator, t, tx } from '../../i18n/translate';

/** The label an option is named by in messages: "Other (please say)" → "Other". */
export function shortLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '');
}

/** "N/A" and "Not known" for a number, date or text item, after an "or". */
export function SpecialChoices({
  entry,
  choices,
  value,
  disabled,
  onChoose,
}: {
  entry: FrameworkItem;
  choices: readonly AnswerChoice[];
  value: AnswerValue;
  disabled: boolean;
  onChoose: (value: AnswerValue, at: number) => void;
}) {
  if (choices.length === 0) return null;
  const id = entry.item.id;
  return (
    <div
      class="govuk-checkboxes govuk-checkboxes--small ca-special-answers"
      data-module="govuk-checkboxes"
    >
      <div class="govuk-checkboxes__divider">{t('scoring', 'or')}</div>
      {choices.map((choice) => {
        const optionId = `${id}-${choice.value}`;
        return (
          <div class="govuk-checkboxes__item" key={choice.value}>
            <input
              class="govuk-checkboxes__input"
              id={optionId}
              name={`answer-${id}-special`}
              type="checkbox"
              value={choice.value}
              checked={value === choice.value}
              disabled={disabled}
              onChange={(e) => onChoose(e.currentTarget.checked ? choice.value : null, e.timeStamp)}
            />
            <label class="govuk-label govuk-checkboxes__label" for={optionId}>
              {tx('scoring', '{answer}<hidden> (for “{question}”)</hidden>', {
                answer: choice.label,
                hidden: (chunks: ComponentChildren) => (
                  <span class="govuk-visually-hidden">{chunks}</span>
                ),
                question: entry.item.text,
              })}
            </label>
          </div>
        );
      })}
    </div>
  );
}

/**
 * The box for the words of an "other" choice, shown under its ticked checkbox. The words are
 * saved as they are typed while they are fit to keep; what is wrong shows when the box is left.
 */
export function OtherWords({
  itemId,
  choice,
  value,
  disabled,
  onWords,
  onLeave,
}: {
  itemId: string;
  choice: AnswerChoice;
  value: AnswerValue;
  disabled: boolean;
  /** Words fit to keep (blank removes the "other" choice until some are typed). */
  onWords: (words: string) => void;
  onLeave: () => void;
}) {
  const stored = otherWords(value, choice.value) ?? '';
  const [draft, setDraft] = useState(stored);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!editing) setDraft(stored);
  }, [stored, editing]);
  const inputId = `${itemId}-other`;
  const errorId = `${inputId}-error`;
  const name = shortLabel(choice.label);
  return (
    <div class={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={inputId}>
        {t('scoring', 'Say what “{name}” is', { name })}
      </label>
      {problem && (
        <p class="govuk-error-message" id={errorId}>
          <span class="govuk-visually-hidden">{t('scoring', 'Error:')}</span> {problem}
        </p>
      )}
      <input
        class={`govuk-input govuk-!-width-two-thirds${problem ? ' govuk-input--error' : ''}`}
        id={inputId}
        name={`answer-${itemId}-other`}
        type="text"
        autoComplete="off"
        spellcheck
        disabled={disabled}
        value={draft}
        aria-describedby={problem ? errorId : undefined}
        onFocus={() => setEditing(true)}
        onInput={(e) => {
          const words = e.currentTarget.value;
          setDraft(words);
          const wrong = otherTextProblem(words, choice.label, currentTranslator());
          if (wrong === null || words.trim() === '') {
            setProblem(null);
            onWords(words);
          }
        }}
        onBlur={() => {
          setEditing(false);
          setProblem(otherTextProblem(draft, choice.label, currentTranslator()));
          onLeave();
        }}
      />
    </div>
  );
}
