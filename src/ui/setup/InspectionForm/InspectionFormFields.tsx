/** The inspection form's single fields: kind, framework, organisations and fieldwork dates. */
import type { InspectionKind } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { KIND_LABELS } from '../../components/InspectionFrame/format';
import {
  DateField,
  ErrorMessage,
  RadiosField,
  SelectField,
  type SelectGroup,
} from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import type { FieldError, FormState } from './inspectionFormState';

function kindHint(kind: InspectionKind): string {
  switch (kind) {
    case 'inspection':
      return t(
        'setup',
        'One service, such as a youth justice service, inspected by an inspectorate team.',
      );
    case 'thematic':
      return t(
        'setup',
        'One theme looked at across several areas, such as looked-after children placed away from home in six YOT areas.',
      );
    case 'self-audit':
      return t(
        'setup',
        'A service auditing its own cases, for example before an inspection or to track an action plan.',
      );
  }
}

const versionLabel = (r: FrameworkRecord) =>
  t('setup', '{title} (version {version})', { title: r.title, version: r.version });

export function KindField({
  value,
  error,
  onChange,
}: {
  value: FormState['kind'];
  error: string | undefined;
  onChange: (kind: FormState['kind']) => void;
}) {
  return (
    <RadiosField
      id="kind"
      legend={t('setup', 'What kind of fieldwork is this?')}
      error={error}
      value={value}
      items={(['inspection', 'thematic', 'self-audit'] as const).map((kind) => ({
        value: kind,
        label: KIND_LABELS[kind],
        hint: kindHint(kind),
      }))}
      onChange={(kind) => onChange(kind as FormState['kind'])}
    />
  );
}

function frameworkGroupsOf(frameworks: readonly FrameworkRecord[]): SelectGroup[] {
  return [
    {
      label: t('setup', 'Built in'),
      options: frameworks
        .filter((r) => r.builtIn)
        .map((r) => ({ value: r.key, label: versionLabel(r) })),
    },
    {
      label: t('setup', 'Imported'),
      options: frameworks
        .filter((r) => !r.builtIn)
        .map((r) => ({ value: r.key, label: versionLabel(r) })),
    },
  ].filter((g) => g.options.length > 0);
}

/** A new inspection chooses its framework; afterwards the pinned version is shown, not offered. */
export function FrameworkField({
  frameworks,
  pinned,
  frameworkKey,
  error,
  onChoose,
}: {
  frameworks: readonly FrameworkRecord[];
  pinned: FrameworkRecord | null | undefined;
  frameworkKey: string;
  error: string | undefined;
  onChoose: (key: string) => void;
}) {
  if (pinned !== undefined) {
    return (
      <div class="govuk-form-group">
        <h2 class="govuk-label-wrapper">
          <span class="govuk-label govuk-label--m">{t('setup', 'Framework')}</span>
        </h2>
        <p class="govuk-body" id="framework">
          {pinned
            ? versionLabel(pinned)
            : t('setup', '{key} (not on this device)', { key: frameworkKey })}
        </p>
        <div class="govuk-hint">
          {t(
            'setup',
            'Pinned: this inspection stays on this version, so every answer keeps the meaning it had when it was given. Editing cannot change the version; to move the inspection to a newer one, use Move to another version below.',
          )}
        </div>
      </div>
    );
  }
  return (
    <SelectField
      id="framework"
      label={t('setup', 'Framework')}
      labelClass="govuk-label--m"
      hint={t(
        'setup',
        'The framework and exact version the cases are assessed against. The inspection is pinned to it: editing later cannot change the version; a newer version can be adopted later with Move to another version in the inspection’s settings.',
      )}
      error={error}
      value={frameworkKey}
      options={[{ value: '', label: t('setup', 'Choose a framework') }]}
      groups={frameworkGroupsOf(frameworks)}
      onChange={onChoose}
    />
  );
}

export function OrganisationsField({
  value,
  error,
  onInput,
}: {
  value: string;
  error: string | undefined;
  onInput: (organisations: string) => void;
}) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--m" for="organisations">
        {t('setup', 'Organisations')}
      </label>
      <div id="organisations-hint" class="govuk-hint">
        {t(
          'setup',
          'One per line, as the report’s title page names them (for example the inspectorates). Filled in from the framework’s publishers; change them as you need.',
        )}
      </div>
      <ErrorMessage id="organisations-error" message={error} />
      <textarea
        autoComplete="off"
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id="organisations"
        name="organisations"
        rows={3}
        aria-describedby={`organisations-hint${error ? ' organisations-error' : ''}`}
        value={value}
        onInput={(event) => onInput((event.target as HTMLTextAreaElement).value)}
      />
    </div>
  );
}

export function FieldworkDates({
  state,
  errorFor,
  onChange,
}: {
  state: Pick<FormState, 'start' | 'end'>;
  errorFor: (field: string) => FieldError | undefined;
  onChange: (patch: Partial<Pick<FormState, 'start' | 'end'>>) => void;
}) {
  return (
    <>
      <h2 class="govuk-heading-m">{t('setup', 'Fieldwork dates')}</h2>
      <DateField
        id="fieldwork-start"
        legend={t('setup', 'Start date (optional)')}
        hint={t('setup', 'For example, 2 3 2026')}
        error={errorFor('fieldwork-start')?.message}
        errorParts={errorFor('fieldwork-start')?.parts}
        value={state.start}
        onChange={(start) => onChange({ start })}
      />
      <DateField
        id="fieldwork-end"
        legend={t('setup', 'End date (optional)')}
        hint={t('setup', 'For example, 6 3 2026')}
        error={errorFor('fieldwork-end')?.message}
        errorParts={errorFor('fieldwork-end')?.parts}
        value={state.end}
        onChange={(end) => onChange({ end })}
      />
    </>
  );
}
