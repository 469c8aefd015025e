/**
 * "Who is scoring?": asked the first time someone scores in an inspection on this device, and
 * whenever they choose to change it. Every answer records the chosen team member.
 */
import { useState } from 'preact/hooks';
import type { Inspection } from '../../core';
import { setScorer } from '../../db/identityStore';
import { ErrorSummary } from '../components/ErrorSummary';

export function ScorerPicker({
  inspection,
  suggested,
  current,
  onDone,
  headingLevel = 'h1',
}: {
  inspection: Inspection;
  /** The inspector the case is assigned to: preselected the first time. */
  suggested: string | null;
  current: string | null;
  onDone?: () => void;
  headingLevel?: 'h1' | 'h2';
}) {
  const team = inspection.team;
  const [choice, setChoice] = useState<string>(current ?? suggested ?? '');
  const [error, setError] = useState<string | null>(null);
  const fieldId = team.length > 0 ? `scorer-${team[0]!.id}` : 'scorer-name';
  const Heading = headingLevel;

  const submit = async (event: Event) => {
    event.preventDefault();
    const scorer = choice.trim();
    if (scorer === '') {
      setError(team.length > 0 ? 'Select who is scoring' : 'Enter your name or initials');
      return;
    }
    await setScorer(inspection.id, scorer);
    onDone?.();
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
              <Heading class="govuk-fieldset__heading">Who is scoring?</Heading>
            </legend>
            <div class="govuk-hint" id="scorer-hint">
              Your answers are recorded under this name on this device. You can change it later.
            </div>
            {error && (
              <p class="govuk-error-message">
                <span class="govuk-visually-hidden">Error:</span> {error}
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
                    {member.role === 'lead' ? ' (lead inspector)' : ''}
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
                Who is scoring?
              </label>
            </Heading>
            <div class="govuk-hint" id="scorer-hint">
              Your name or initials. Your answers are recorded under it on this device.
            </div>
            {error && (
              <p class="govuk-error-message">
                <span class="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            <input
              class="govuk-input govuk-input--width-20"
              id="scorer-name"
              name="scorer"
              type="text"
              autoComplete="name"
              aria-describedby="scorer-hint"
              value={choice}
              onInput={(e) => setChoice(e.currentTarget.value)}
            />
          </>
        )}
      </div>
      <button type="submit" class="govuk-button">
        Continue
      </button>
    </form>
  );
}
