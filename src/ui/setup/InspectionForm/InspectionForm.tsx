import type { CaseUsage, InspectionDraft } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import {
  FieldworkDates,
  FrameworkField,
  KindField,
  OrganisationsField,
} from './InspectionFormFields';
import { blankMember, type FormState } from './inspectionFormState';
import { NamedRows } from './NamedRows';
import { TeamRows } from './TeamRows';
import { type SubmitResult, useInspectionForm } from './useInspectionForm';
import './InspectionForm.css';
import { t } from '../../i18n/translate';

export type { SubmitResult } from './useInspectionForm';

/**
 * The inspection's details, for a new inspection and for changing one. On a new inspection the
 * framework is chosen and its suggested areas, strata and publishers fill the form; afterwards
 * the framework version is pinned and shown, never offered for change.
 */
export function InspectionForm({
  initial,
  frameworks,
  pinned,
  usage,
  submitLabel,
  onSubmit,
  onErrorsChange,
}: {
  initial: FormState;
  frameworks: readonly FrameworkRecord[];
  /** Editing: the framework the inspection is pinned to (no choice offered). */
  pinned?: FrameworkRecord | null;
  /** Editing: which areas, strata and members cases use (they cannot be removed). */
  usage?: CaseUsage;
  submitLabel: string;
  onSubmit: (draft: InspectionDraft) => Promise<SubmitResult>;
  onErrorsChange?: (hasErrors: boolean) => void;
}) {
  const form = useInspectionForm({ initial, frameworks, pinned, usage, onSubmit, onErrorsChange });
  const { state, update, messageFor } = form;
  return (
    <>
      <ErrorSummary errors={form.summary} />
      <form noValidate onSubmit={form.submit} class="ca-inspection-form">
        <TextField
          id="title"
          label={t('setup', 'Title')}
          labelClass="govuk-label--m"
          hint={t(
            'setup',
            'As it will appear on the report, for example “Looked after children placed away from home”.',
          )}
          error={messageFor('title')}
          value={state.title}
          onInput={(title) => update({ title })}
        />
        <KindField
          value={state.kind}
          error={messageFor('kind')}
          onChange={(kind) => update({ kind })}
        />
        <FrameworkField
          frameworks={frameworks}
          pinned={pinned}
          frameworkKey={state.frameworkKey}
          error={messageFor('framework')}
          onChoose={form.chooseFramework}
        />
        <OrganisationsField
          value={state.organisations}
          error={messageFor('organisations')}
          onInput={(organisations) => {
            form.touch('organisations');
            update({ organisations });
          }}
        />
        <NamedRows
          {...form.namedRows('areas')}
          legend={t('setup', 'Areas')}
          hint={t(
            'setup',
            'The sites, services or teams whose cases are read, such as the YOTs of a thematic inspection. Suggested by the framework; change them as you need.',
          )}
        />
        <NamedRows
          {...form.namedRows('strata')}
          legend={t('setup', 'Strata (optional)')}
          hint={t(
            'setup',
            'Groups sampled separately within each area, such as host and home cases. Leave empty if the sample is not split.',
          )}
        />
        <TeamRows
          rows={state.team}
          errors={form.errors}
          groupError={messageFor('team')}
          onChange={(team) => update({ team })}
          onAdd={() => update({ team: [...state.team, blankMember('inspector')] })}
          onRemove={(i) => form.remove('team', i)}
        />
        <FieldworkDates state={state} errorFor={form.errorFor} onChange={update} />
        <button
          type="submit"
          class="govuk-button"
          disabled={form.saving}
          aria-disabled={form.saving}
        >
          {submitLabel}
        </button>
      </form>
    </>
  );
}
