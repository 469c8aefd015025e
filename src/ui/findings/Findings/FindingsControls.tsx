import { useState } from 'preact/hooks';
import { t } from '../../i18n/translate';
import { BasisChoice } from './BasisChoice';
import {
  CONFIDENCE_LEVELS,
  type ConfidenceLevel,
  dimensionsOfBy,
  type FindingsView,
  PROFILE_SECTION,
} from './findingsQuery';

const CASE_FIELDS = ['area', 'stratum', 'inspector'];

/**
 * What the figures count and how they are shown: complete cases or all, the confidence level,
 * one section, a breakdown by one dimension or two ("then by": a two-way table). Applied with
 * the button, which puts them in the address.
 */
export function FindingsControls({
  view,
  sections,
  breakdowns,
  onApply,
}: {
  view: FindingsView;
  sections: readonly { id: string; title: string }[];
  breakdowns: readonly { by: string; label: string }[];
  onApply: (view: FindingsView) => void;
}) {
  const [draft, setDraft] = useState(view);
  const [first = '', second = ''] = dimensionsOfBy(draft.by);
  // Clearing the first clears both; a second chosen with no first becomes the first.
  const setBy = (one: string, two: string) =>
    setDraft({ ...draft, by: [one, two].filter((d) => d !== '').join(',') || null });
  return (
    <form
      class="ca-findings__controls"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <BasisChoice
        idPrefix="basis"
        completeOnly={draft.completeOnly}
        onChange={(completeOnly) => setDraft({ ...draft, completeOnly })}
      />
      <div class="ca-findings__selects">
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="findings-ci">
            {t('findings', 'Confidence level')}
          </label>
          <select
            class="govuk-select"
            id="findings-ci"
            name="ci"
            value={String(draft.confidence)}
            onChange={(e) =>
              setDraft({
                ...draft,
                confidence: Number((e.target as HTMLSelectElement).value) as ConfidenceLevel,
              })
            }
          >
            {CONFIDENCE_LEVELS.map((level) => (
              <option key={level} value={String(level)}>
                {level}%
              </option>
            ))}
          </select>
        </div>
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="findings-section">
            {t('findings', 'Show')}
          </label>
          <select
            class="govuk-select"
            id="findings-section"
            name="section"
            value={draft.section ?? ''}
            onChange={(e) =>
              setDraft({ ...draft, section: (e.target as HTMLSelectElement).value || null })
            }
          >
            <option value="">{t('findings', 'Everything')}</option>
            <option value={PROFILE_SECTION}>{t('findings', 'Profile of the sample')}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <BreakdownSelect
          id="findings-by"
          label={t('findings', 'Break down by')}
          none={t('findings', 'No breakdown')}
          value={first}
          choices={breakdowns}
          onChange={(value) => setBy(value, value === '' || value === second ? '' : second)}
        />
        <BreakdownSelect
          id="findings-by-then"
          label={t('findings', 'Then by')}
          hint={t(
            'findings',
            'Optional: a table per question, rows by the first choice and columns by this one',
          )}
          none={t('findings', 'Nothing else')}
          value={second}
          choices={breakdowns.filter((b) => b.by !== first)}
          onChange={(value) => setBy(first, value)}
        />
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        {t('findings', 'Show these findings')}
      </button>
    </form>
  );
}

/** A choice of breakdown dimension: the case fields, then the profile fields. */
function BreakdownSelect({
  id,
  label,
  hint,
  none,
  value,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  none: string;
  value: string;
  choices: readonly { by: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const profile = choices.filter((b) => !CASE_FIELDS.includes(b.by));
  return (
    <div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      {hint && (
        <div class="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <select
        class="govuk-select"
        id={id}
        name={id}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="">{none}</option>
        <optgroup label={t('findings', 'Case')}>
          {choices
            .filter((b) => CASE_FIELDS.includes(b.by))
            .map((b) => (
              <option key={b.by} value={b.by}>
                {b.label}
              </option>
            ))}
        </optgroup>
        {profile.length > 0 && (
          <optgroup label={t('findings', 'Profile')}>
            {profile.map((b) => (
              <option key={b.by} value={b.by}>
                {b.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
