/**
 * The control for each kind of question, in GOV.UK markup: radios (judgement, rating, choice),
 * checkboxes (multichoice), a number box with its unit, day / month / year boxes, a text area.
 * N/A and "Not known" appear only where the question's scale (or a number, date or text item)
 * allows them, set apart by "or". In a multichoice question "None of these" clears the other
 * choices and is cleared by them, and "Other (please say)" reveals a box for its words.
 * Typed values are checked as they are typed and saved only when valid; what is wrong is shown
 * when the field is left.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type AnswerValue,
  answerChoices,
  dateParts,
  type FrameworkIndex,
  type FrameworkItem,
  parseDateAnswer,
  parseNumberAnswer,
  specialChoices,
  splitChoice,
  toggleChoice,
} from '../../../core';
import { currentTranslator, t } from '../../i18n/translate';
import { OtherWords } from './ChoiceExtras';
import { shortcutKey } from './shortcuts';

export type ControlProps = {
  readonly entry: FrameworkItem;
  readonly index: FrameworkIndex;
  readonly value: AnswerValue;
  /**
   * The value with every change made so far, read at the moment of a click: two ticks before
   * the screen redraws must not build on the same old list (the second would undo the first).
   */
  readonly currentValue?: () => AnswerValue;
  readonly disabled: boolean;
  /** A choice: saved at once. `at` is the input event's time. */
  readonly onChoose: (value: AnswerValue, at: number) => void;
  /** Typing: saved within the debounce. */
  readonly onType: (value: AnswerValue) => void;
  /** The field was left: save now. */
  readonly onLeave: () => void;
  /** What is wrong with the typed value, for the block's error message (null: nothing). */
  readonly onProblem: (message: string | null) => void;
  readonly describedBy: string;
};

export function fieldId(itemId: string): string {
  return `answer-${itemId}`;
}

function selectedCodes(value: AnswerValue): string[] {
  if (Array.isArray(value)) return value.map((v) => splitChoice(v).code);
  return value === null ? [] : [String(value)];
}

export function ChoiceControl(props: ControlProps) {
  const { entry, index, value, disabled, onChoose } = props;
  const id = entry.item.id;
  const choices = answerChoices(index, id, currentTranslator());
  const multiple = entry.item.kind === 'multichoice';
  const selected = selectedCodes(value);
  const otherChoice = multiple ? choices.find((c) => c.other) : undefined;
  // "Other" stays ticked while its words are still to be typed (it is saved with them).
  const [otherOpen, setOtherOpen] = useState(false);
  const otherTicked =
    otherChoice !== undefined && (otherOpen || selected.includes(otherChoice.value));
  let position = 0;
  const type = multiple ? 'checkbox' : 'radio';
  const group = multiple ? 'govuk-checkboxes' : 'govuk-radios';

  const choose = (code: string, special: boolean, at: number) => {
    const value = props.currentValue ? props.currentValue() : props.value;
    const selected = selectedCodes(value);
    if (!multiple) {
      onChoose(code, at);
      return;
    }
    if (special) {
      setOtherOpen(false);
      onChoose(value === code ? null : code, at);
      return;
    }
    const choice = choices.find((c) => c.value === code);
    const on = choice?.other ? !otherTicked : !selected.includes(code);
    if (choice?.other || (on && choice?.exclusive)) setOtherOpen(on && Boolean(choice?.other));
    onChoose(toggleChoice(choices, value, code, on), at);
  };

  return (
    <div class={`${group} ${group}--small`} data-module={group} id={fieldId(id)}>
      {choices.map((choice, i) => {
        const key = shortcutKey(choice, choice.special ? 0 : position);
        if (!choice.special) position++;
        const optionId = `${id}-option-${i}`;
        const firstSpecial = choice.special && !choices[i - 1]?.special;
        const divider = firstSpecial || (choice.exclusive && i > 0);
        const ticked = choice.other ? otherTicked : selected.includes(choice.value);
        const revealId = `${optionId}-conditional`;
        return (
          <Fragment key={choice.value}>
            {divider && <div class={`${group}__divider`}>{t('scoring', 'or')}</div>}
            <div class={`${group}__item`}>
              <input
                autoComplete="off"
                class={`${group}__input`}
                id={optionId}
                name={`answer-${id}`}
                type={type}
                value={choice.value}
                checked={ticked}
                disabled={disabled}
                aria-controls={choice.other ? revealId : undefined}
                data-shortcut={key}
                aria-keyshortcuts={key}
                aria-describedby={choice.description ? `${optionId}-hint` : undefined}
                onClick={
                  multiple
                    ? undefined
                    : (e) => {
                        // A click on the chosen radio changes nothing; still confirm it is saved.
                        if (selected.includes(choice.value)) onChoose(choice.value, e.timeStamp);
                      }
                }
                onChange={(e) => choose(choice.value, Boolean(choice.special), e.timeStamp)}
              />
              <label class={`govuk-label ${group}__label`} for={optionId}>
                {choice.label}
                {key && (
                  <span class="ca-key" aria-hidden="true">
                    {key}
                  </span>
                )}
              </label>
              {choice.description && (
                <div class={`govuk-hint ${group}__hint`} id={`${optionId}-hint`}>
                  {choice.description}
                </div>
              )}
            </div>
            {choice.other && (
              <div
                class={`${group}__conditional${ticked ? '' : ` ${group}__conditional--hidden`}`}
                id={revealId}
              >
                {ticked && (
                  <OtherWords
                    itemId={id}
                    choice={choice}
                    value={value}
                    disabled={disabled}
                    onWords={(words) =>
                      props.onType(toggleChoice(choices, value, choice.value, true, words))
                    }
                    onLeave={props.onLeave}
                  />
                )}
              </div>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}

/** Keeps a typed draft, replaced by the stored value whenever the field is not being edited. */
function useDraft(stored: string): [string, (text: string) => void, () => void, () => void] {
  const [draft, setDraft] = useState(stored);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(stored);
  }, [stored]);
  return [
    draft,
    setDraft,
    () => {
      editing.current = true;
    },
    () => {
      editing.current = false;
    },
  ];
}

export function NumberControl(props: ControlProps) {
  const { entry, index, value, disabled, onType, onLeave, onProblem, describedBy } = props;
  const id = entry.item.id;
  const stored = typeof value === 'number' ? String(value) : '';
  const [draft, setDraft, startEditing, stopEditing] = useDraft(stored);
  const [problem, setProblem] = useState<string | null>(null);
  const unit = entry.item.unit;

  const input = (
    <input
      class={`govuk-input govuk-input--width-5${problem ? ' govuk-input--error' : ''}`}
      id={fieldId(id)}
      name={`answer-${id}`}
      type="text"
      inputMode={entry.item.integer ? 'numeric' : 'decimal'}
      spellcheck={false}
      autoComplete="off"
      disabled={disabled}
      value={draft}
      aria-describedby={describedBy}
      onFocus={startEditing}
      onInput={(e) => {
        const text = e.currentTarget.value;
        setDraft(text);
        const parsed = parseNumberAnswer(index, id, text, currentTranslator());
        if (parsed.status === 'ok') {
          setProblem(null);
          onProblem(null);
          onType(parsed.value);
        }
      }}
      onBlur={() => {
        stopEditing();
        const parsed = parseNumberAnswer(index, id, draft, currentTranslator());
        const message = parsed.status === 'ok' ? null : parsed.errors[0]!.message;
        setProblem(message);
        onProblem(message);
        onLeave();
      }}
    />
  );
  return unit ? (
    <div class="govuk-input__wrapper">
      {input}
      <div class="govuk-input__suffix" aria-hidden="true">
        {unit}
      </div>
    </div>
  ) : (
    input
  );
}

export function DateControl(props: ControlProps) {
  const { entry, value, disabled, onType, onLeave, onProblem } = props;
  const id = entry.item.id;
  const stored = dateParts(value);
  const [day, setDay, startDay, stopDay] = useDraft(stored.day);
  const [month, setMonth, startMonth, stopMonth] = useDraft(stored.month);
  const [year, setYear, startYear, stopYear] = useDraft(stored.year);
  const [problem, setProblem] = useState<string | null>(null);
  const parts = { day, month, year };

  const typed = (next: typeof parts) => {
    const parsed = parseDateAnswer(id, next, currentTranslator());
    if (parsed.status === 'ok') {
      setProblem(null);
      onProblem(null);
      onType(parsed.value);
    }
  };
  const boxes = [
    {
      name: 'day',
      label: t('scoring', 'Day'),
      width: 2,
      text: day,
      set: setDay,
      start: startDay,
      stop: stopDay,
    },
    {
      name: 'month',
      label: t('scoring', 'Month'),
      width: 2,
      text: month,
      set: setMonth,
      start: startMonth,
      stop: stopMonth,
    },
    {
      name: 'year',
      label: t('scoring', 'Year'),
      width: 4,
      text: year,
      set: setYear,
      start: startYear,
      stop: stopYear,
    },
  ] as const;

  return (
    <div
      class="govuk-date-input"
      id={fieldId(id)}
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        if (next && e.currentTarget.contains(next)) return;
        for (const box of boxes) box.stop();
        const parsed = parseDateAnswer(id, parts);
        const message = parsed.status === 'ok' ? null : parsed.errors[0]!.message;
        setProblem(message);
        onProblem(message);
        onLeave();
      }}
    >
      {boxes.map((box) => (
        <div class="govuk-date-input__item" key={box.name}>
          <div class="govuk-form-group">
            <label class="govuk-label govuk-date-input__label" for={`${fieldId(id)}-${box.name}`}>
              {box.label}
            </label>
            <input
              class={`govuk-input govuk-date-input__input govuk-input--width-${box.width}${problem ? ' govuk-input--error' : ''}`}
              id={box.name === 'day' ? `${fieldId(id)}-day` : `${fieldId(id)}-${box.name}`}
              name={`answer-${id}-${box.name}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              disabled={disabled}
              value={box.text}
              onFocus={box.start}
              onInput={(e) => {
                const text = e.currentTarget.value;
                box.set(text);
                typed({ ...parts, [box.name]: text });
              }}
            />
          </div>
        </div>
      ))}
    </div>
  );
}

export function TextControl(props: ControlProps) {
  const { entry, index, value, disabled, onType, onLeave, describedBy } = props;
  const id = entry.item.id;
  const special = specialChoices(index, id, currentTranslator()).some((c) => c.value === value);
  const [draft, setDraft, startEditing, stopEditing] = useDraft(
    typeof value === 'string' && !special ? value : '',
  );
  return (
    <textarea
      autoComplete="off"
      class="govuk-textarea"
      id={fieldId(id)}
      name={`answer-${id}`}
      rows={3}
      disabled={disabled}
      value={draft}
      aria-describedby={describedBy}
      onFocus={startEditing}
      onInput={(e) => {
        const text = e.currentTarget.value;
        setDraft(text);
        onType(text.trim() === '' ? null : text);
      }}
      onBlur={() => {
        stopEditing();
        onLeave();
      }}
    />
  );
}
