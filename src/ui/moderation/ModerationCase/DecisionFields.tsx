/** The decision form's fields: which answer is final (or another), and the rationale. */
import type {
  AnswerValue,
  ModerationDecision as Decision,
  FrameworkIndex,
  FrameworkItem,
} from '../../../core';
import { t } from '../../i18n/translate';
import { ChoiceControl } from '../../scoring/StandardPage/AnswerControls';
import type { Choice } from './useDecision';

export function FinalAnswerChoice({
  entry,
  index,
  choice,
  other,
  firstText,
  secondText,
  errorOf,
  onChoice,
  onOther,
}: {
  entry: FrameworkItem;
  index: FrameworkIndex;
  choice: Choice;
  other: AnswerValue;
  /** The first and second readings' answers, in words. */
  firstText: string;
  secondText: string;
  errorOf: (field: string) => string | undefined;
  onChoice: (choice: Decision['choice']) => void;
  onOther: (value: AnswerValue) => void;
}) {
  const radio = (id: string, value: Decision['choice'], label: string) => (
    <div class="govuk-radios__item">
      <input
        class="govuk-radios__input"
        id={id}
        name="choice"
        type="radio"
        value={value}
        checked={choice === value}
        aria-controls={value === 'other' ? 'other-answer' : undefined}
        onChange={() => onChoice(value)}
      />
      <label class="govuk-label govuk-radios__label" for={id}>
        {label}
      </label>
    </div>
  );

  return (
    <div class={`govuk-form-group${errorOf('choice') ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        class="govuk-fieldset"
        aria-describedby={errorOf('choice') ? 'choice-error' : undefined}
      >
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('moderation.case', 'Which answer is final?')}
        </legend>
        {errorOf('choice') && (
          <p class="govuk-error-message" id="choice-error">
            <span class="govuk-visually-hidden">{t('moderation.case', 'Error:')}</span>{' '}
            {errorOf('choice')}
          </p>
        )}
        <div class="govuk-radios" data-module="govuk-radios">
          {radio(
            'choice',
            'first',
            t('moderation.case', 'Keep the first reading’s answer: {answer}', {
              answer: firstText,
            }),
          )}
          {radio(
            'choice-second',
            'second',
            t('moderation.case', 'Take the second reading’s answer: {answer}', {
              answer: secondText,
            }),
          )}
          {radio('choice-other', 'other', t('moderation.case', 'Another answer'))}
          <div
            class={`govuk-radios__conditional${choice === 'other' ? '' : ' govuk-radios__conditional--hidden'}`}
            id="other-answer"
          >
            {choice === 'other' && (
              <div class={`govuk-form-group${errorOf('value') ? ' govuk-form-group--error' : ''}`}>
                <fieldset class="govuk-fieldset" aria-describedby="value-hint">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                    {t('moderation.case', 'The final answer')}
                  </legend>
                  <div class="govuk-hint" id="value-hint">
                    {t('moderation.case', 'Neither reading’s answer is right')}
                  </div>
                  {errorOf('value') && (
                    <p class="govuk-error-message">
                      <span class="govuk-visually-hidden">{t('moderation.case', 'Error:')}</span>{' '}
                      {errorOf('value')}
                    </p>
                  )}
                  <ChoiceControl
                    entry={entry}
                    index={index}
                    value={other}
                    disabled={false}
                    describedBy="value-hint"
                    onChoose={(v) => onOther(v)}
                    onType={(v) => onOther(v)}
                    onLeave={() => undefined}
                    onProblem={() => undefined}
                  />
                </fieldset>
              </div>
            )}
          </div>
        </div>
      </fieldset>
    </div>
  );
}

export function DecisionRationale({
  value,
  error,
  onInput,
}: {
  value: string;
  error: string | undefined;
  onInput: (rationale: string) => void;
}) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for="rationale">
        {t('moderation.case', 'Rationale')}
      </label>
      <div class="govuk-hint" id="rationale-hint">
        {t(
          'moderation.case',
          'Why this answer is the right one: what in the case file decides it. It is kept with the decision and shown beside it.',
        )}
      </div>
      {error && (
        <p class="govuk-error-message" id="rationale-error">
          <span class="govuk-visually-hidden">{t('moderation.case', 'Error:')}</span> {error}
        </p>
      )}
      <textarea
        autoComplete="off"
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id="rationale"
        name="rationale"
        rows={4}
        value={value}
        aria-describedby={`rationale-hint${error ? ' rationale-error' : ''}`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
