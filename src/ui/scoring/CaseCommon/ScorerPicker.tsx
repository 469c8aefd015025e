/**
 * "Who is scoring?": asked the first time someone scores in an inspection on this device, and
 * whenever they choose to change it. Every answer records the chosen team member. Once chosen,
 * the question gives way to the screen behind it, and focus moves there (to its main heading,
 * unless the screen names another place), never left on the page's body.
 */
import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import { setScorer } from '../../../db/device/identityStore';
import { ErrorSummary } from '../../components/ErrorSummary';
import { focusWhenShown } from '../../components/moveFocus';
import { t } from '../../i18n/translate';

/** The page's main heading: where focus goes once the question has given way. */
function mainHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1') ?? document.querySelector('h1');
}

export function ScorerPicker({
  inspection,
  suggested,
  current,
  onDone,
  headingLevel = 'h1',
  focusNext = mainHeading,
}: {
  inspection: Inspection;
  /** The inspector the case is assigned to: preselected the first time. */
  suggested: string | null;
  current: string | null;
  onDone?: () => void;
  headingLevel?: 'h1' | 'h2';
  /** Where focus goes once the question has gone from the page. */
  focusNext?: () => HTMLElement | null;
}) {
  const team = inspection.team;
  const [choice, setChoice] = useState<string>(current ?? suggested ?? '');
  const [error, setError] = useState<string | null>(null);
  const fieldId = team.length > 0 ? `scorer-${team[0]!.id}` : 'scorer-name';
  const Heading = headingLevel;

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const scorer = choice.trim();
    if (scorer === '') {
      setError(
        team.length > 0
          ? t('scoring', 'Select who is scoring')
          : t('scoring', 'Enter your name or initials'),
      );
      return;
    }
    await setScorer(inspection.id, scorer);
    onDone?.();
    // The screen redraws without the question once the choice is read back.
    focusWhenShown(() => (form.isConnected ? null : focusNext()));
  };

  return (
    <form onSubmit={submit} noValidate>
      {error && <ErrorSummary errors={[{ href: `#${fieldId}`, text: error }]} />}
      <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        {team.length > 0 ? (
          <fieldset class="govuk-fieldset" aria-describedby="scorer-hint">
            <legend
              class={`govuk-fieldset__legend govuk-fieldset__legend--${headingLevel === 'h1' ? 'l' : 'm'}`}
            >
              <Heading class="govuk-fieldset__heading">{t('scoring', 'Who is scoring?')}</Heading>
            </legend>
            <div class="govuk-hint" id="scorer-hint">
              {t(
                'scoring',
                'Your answers are recorded under this name on this device. You can change it later.',
              )}
            </div>
            {error && (
              <p class="govuk-error-message">
                <span class="govuk-visually-hidden">{t('scoring', 'Error:')}</span> {error}
              </p>
            )}
            <div class="govuk-radios" data-module="govuk-radios">
              {team.map((member) => (
                <div class="govuk-radios__item" key={member.id}>
                  <input
                    class="govuk-radios__input"
                    id={`scorer-${member.id}`}
                    name="scorer"
                    type="radio"
                    value={member.id}
                    checked={choice === member.id}
                    onChange={() => setChoice(member.id)}
                  />
                  <label class="govuk-label govuk-radios__label" for={`scorer-${member.id}`}>
                    {member.name}
                    {member.role === 'lead' ? ` ${t('scoring', '(lead inspector)')}` : ''}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : (
          <>
            <Heading class="govuk-label-wrapper">
              <label
                class={`govuk-label govuk-label--${headingLevel === 'h1' ? 'l' : 'm'}`}
                for="scorer-name"
              >
                {t('scoring', 'Who is scoring?')}
              </label>
            </Heading>
            <div class="govuk-hint" id="scorer-hint">
              {t(
                'scoring',
                'Your name or initials. Your answers are recorded under it on this device.',
              )}
            </div>
            {error && (
              <p class="govuk-error-message">
                <span class="govuk-visually-hidden">{t('scoring', 'Error:')}</span> {error}
              </p>
            )}
            <input
              class="govuk-input govuk-input--width-20"
              id="scorer-name"
              name="scorer"
              type="text"
              autoComplete="off"
              aria-describedby="scorer-hint"
              value={choice}
              onInput={(e) => setChoice(e.currentTarget.value)}
            />
          </>
        )}
      </div>
      <button type="submit" class="govuk-button">
        {t('scoring', 'Continue')}
      </button>
    </form>
  );
}
