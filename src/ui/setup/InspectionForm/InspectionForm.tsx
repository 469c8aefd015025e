import { useMemo, useState } from 'preact/hooks';
import type { Framework } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import {
  type CaseUsage,
  checkInspectionDraft,
  type InspectionDraft,
  removalProblem,
} from '../../../db/inspections/inspectionStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { KIND_LABELS } from '../../components/InspectionFrame/format';
import {
  DateField,
  ErrorMessage,
  RadiosField,
  SelectField,
  type SelectGroup,
  TextField,
} from '../../components/InspectionFrame/formFields';
import {
  blankMember,
  blankRow,
  draftOf,
  type FieldError,
  type FormState,
  fieldErrors,
  type MemberRow,
  type NamedRow,
  withSuggestions,
} from './inspectionFormState';
import './InspectionForm.css';

const KIND_HINTS = {
  inspection: 'One service, such as a youth justice service, inspected by an inspectorate team.',
  thematic:
    'One theme looked at across several areas, such as looked-after children placed away from home in six YOT areas.',
  'self-audit':
    'A service auditing its own cases, for example before an inspection or to track an action plan.',
} as const;

export type SubmitResult = { status: 'saved' } | { status: 'problems'; errors: FieldError[] };

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
  const [state, setState] = useState<FormState>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const byKey = useMemo(() => new Map(frameworks.map((r) => [r.key, r])), [frameworks]);
  const chosen: Framework | undefined = pinned
    ? pinned.framework
    : byKey.get(state.frameworkKey)?.framework;

  const showErrors = (list: FieldError[]) => {
    setErrors(list);
    onErrorsChange?.(list.length > 0);
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field);
  const messageFor = (field: string) => errorFor(field)?.message;
  const summary: SummaryError[] = useMemo(
    () =>
      errors.map((e) => ({
        href: `#${e.field === 'fieldwork-start' || e.field === 'fieldwork-end' ? `${e.field}-${e.parts?.[0] ?? 'day'}` : e.field}`,
        text: e.message,
      })),
    [errors],
  );

  const update = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));
  const touch = (group: keyof FormState['touched']) =>
    setState((s) => ({ ...s, touched: { ...s.touched, [group]: true } }));

  const chooseFramework = (key: string) =>
    setState((s) => withSuggestions({ ...s, frameworkKey: key }, byKey.get(key)?.framework));

  const submit = async (event: Event) => {
    event.preventDefault();
    const { draft, problems } = draftOf(state);
    const ruleErrors = fieldErrors(checkInspectionDraft(draft)).filter(
      // A date that could not be read is reported once, by the form.
      (e) => !problems.some((p) => p.field === e.field),
    );
    const all = [...ruleErrors, ...problems].sort(
      (a, b) => fieldOrder(a.field) - fieldOrder(b.field),
    );
    if (all.length > 0) {
      showErrors(all);
      return;
    }
    setSaving(true);
    const result = await onSubmit(draft);
    setSaving(false);
    showErrors(result.status === 'problems' ? result.errors : []);
  };

  /** Removes a row unless cases use it; then says why, there and in the summary. */
  const remove = (group: 'areas' | 'strata' | 'team', index: number) => {
    const row = state[group][index];
    if (!row) return;
    const what = group === 'areas' ? 'area' : group === 'strata' ? 'stratum' : 'member';
    const problem = row.id && usage ? removalProblem(what, row.name, usage, row.id) : null;
    if (problem) {
      const field = group === 'team' ? `team-${index}-name` : `${group}-${index}`;
      showErrors([{ field, message: problem }]);
      return;
    }
    if (group !== 'team') touch(group);
    setState((s) => ({ ...s, [group]: s[group].filter((_, i) => i !== index) }));
    showErrors(errors.filter((e) => !e.field.startsWith(group === 'team' ? 'team-' : `${group}-`)));
  };

  const frameworkGroups: SelectGroup[] = [
    {
      label: 'Built in',
      options: frameworks
        .filter((r) => r.builtIn)
        .map((r) => ({ value: r.key, label: `${r.title} (version ${r.version})` })),
    },
    {
      label: 'Imported',
      options: frameworks
        .filter((r) => !r.builtIn)
        .map((r) => ({ value: r.key, label: `${r.title} (version ${r.version})` })),
    },
  ].filter((g) => g.options.length > 0);

  const sameNames = (rows: readonly NamedRow[], named: readonly { name: string }[]) =>
    rows.length === named.length && rows.every((r, i) => r.name === named[i]?.name);
  /** Areas and strata alike: their rows, errors, the framework's suggestion, and edits. */
  const namedRows = (group: 'areas' | 'strata') => {
    const suggested = chosen?.[group] ?? [];
    return {
      group,
      rows: state[group],
      errors,
      groupError: messageFor(group),
      suggestion:
        suggested.length > 0 && !sameNames(state[group], suggested)
          ? `Use the ${suggested.length} ${group} the framework suggests`
          : undefined,
      onSuggest: () =>
        setState((s) =>
          withSuggestions({ ...s, touched: { ...s.touched, [group]: false } }, chosen),
        ),
      onChange: (rows: NamedRow[]) => {
        touch(group);
        update({ [group]: rows });
      },
      onAdd: () => {
        touch(group);
        update({ [group]: [...state[group], blankRow()] });
      },
      onRemove: (i: number) => remove(group, i),
    };
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      <form noValidate onSubmit={submit} class="ca-inspection-form">
        <TextField
          id="title"
          label="Title"
          labelClass="govuk-label--m"
          hint="As it will appear on the report, for example “Looked after children placed away from home”."
          error={messageFor('title')}
          value={state.title}
          onInput={(title) => update({ title })}
        />

        <RadiosField
          id="kind"
          legend="What kind of fieldwork is this?"
          error={messageFor('kind')}
          value={state.kind}
          items={(['inspection', 'thematic', 'self-audit'] as const).map((kind) => ({
            value: kind,
            label: KIND_LABELS[kind],
            hint: KIND_HINTS[kind],
          }))}
          onChange={(kind) => update({ kind: kind as FormState['kind'] })}
        />

        {pinned !== undefined ? (
          <div class="govuk-form-group">
            <h2 class="govuk-label-wrapper">
              <span class="govuk-label govuk-label--m">Framework</span>
            </h2>
            <p class="govuk-body" id="framework">
              {pinned
                ? `${pinned.title} (version ${pinned.version})`
                : `${state.frameworkKey} (not on this device)`}
            </p>
            <div class="govuk-hint">
              Pinned: this inspection stays on this version, so every answer keeps the meaning it
              had when it was given. Editing cannot change the version; to move to another version,
              create a migration.
            </div>
          </div>
        ) : (
          <SelectField
            id="framework"
            label="Framework"
            labelClass="govuk-label--m"
            hint="The framework and exact version the cases are assessed against. The inspection is pinned to it: editing later cannot change the version; to move to another version, create a migration."
            error={messageFor('framework')}
            value={state.frameworkKey}
            options={[{ value: '', label: 'Choose a framework' }]}
            groups={frameworkGroups}
            onChange={chooseFramework}
          />
        )}

        <div
          class={`govuk-form-group${messageFor('organisations') ? ' govuk-form-group--error' : ''}`}
        >
          <label class="govuk-label govuk-label--m" for="organisations">
            Organisations
          </label>
          <div id="organisations-hint" class="govuk-hint">
            One per line, as the report’s title page names them (for example the inspectorates).
            Filled in from the framework’s publishers; change them as you need.
          </div>
          <ErrorMessage id="organisations-error" message={messageFor('organisations')} />
          <textarea
            class={`govuk-textarea${messageFor('organisations') ? ' govuk-textarea--error' : ''}`}
            id="organisations"
            name="organisations"
            rows={3}
            aria-describedby={`organisations-hint${messageFor('organisations') ? ' organisations-error' : ''}`}
            value={state.organisations}
            onInput={(event) => {
              touch('organisations');
              update({ organisations: (event.target as HTMLTextAreaElement).value });
            }}
          />
        </div>

        <NamedRows
          {...namedRows('areas')}
          legend="Areas"
          hint="The sites, services or teams whose cases are read, such as the YOTs of a thematic inspection. Suggested by the framework; change them as you need."
          rowLabel="Area"
        />

        <NamedRows
          {...namedRows('strata')}
          legend="Strata (optional)"
          hint="Groups sampled separately within each area, such as host and home cases. Leave empty if the sample is not split."
          rowLabel="Stratum"
        />

        <TeamRows
          rows={state.team}
          errors={errors}
          groupError={messageFor('team')}
          onChange={(team) => update({ team })}
          onAdd={() => update({ team: [...state.team, blankMember('inspector')] })}
          onRemove={(i) => remove('team', i)}
        />

        <h2 class="govuk-heading-m">Fieldwork dates</h2>
        <DateField
          id="fieldwork-start"
          legend="Start date (optional)"
          hint="For example, 2 3 2026"
          error={messageFor('fieldwork-start')}
          errorParts={errorFor('fieldwork-start')?.parts}
          value={state.start}
          onChange={(start) => update({ start })}
        />
        <DateField
          id="fieldwork-end"
          legend="End date (optional)"
          hint="For example, 6 3 2026"
          error={messageFor('fieldwork-end')}
          errorParts={errorFor('fieldwork-end')?.parts}
          value={state.end}
          onChange={(end) => update({ end })}
        />

        <button type="submit" class="govuk-button" disabled={saving} aria-disabled={saving}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}

const FIELD_ORDER = [
  'title',
  'kind',
  'framework',
  'organisations',
  'areas',
  'strata',
  'team',
  'fieldwork-start',
  'fieldwork-end',
];

function fieldOrder(field: string): number {
  const at = FIELD_ORDER.findIndex((f) => field === f || field.startsWith(`${f}-`));
  const row = /-(\d+)/.exec(field);
  return (at < 0 ? FIELD_ORDER.length : at) * 1_000 + (row ? Number(row[1]) : 0);
}

function NamedRows({
  group,
  legend,
  hint,
  rowLabel,
  rows,
  errors,
  groupError,
  suggestion,
  onSuggest,
  onChange,
  onAdd,
  onRemove,
}: {
  group: 'areas' | 'strata';
  legend: string;
  hint: string;
  rowLabel: string;
  rows: readonly NamedRow[];
  errors: readonly FieldError[];
  groupError: string | undefined;
  suggestion: string | undefined;
  onSuggest: () => void;
  onChange: (rows: NamedRow[]) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  return (
    <div class={`govuk-form-group${groupError ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={`${group}-hint`} id={group} tabIndex={-1}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        <div id={`${group}-hint`} class="govuk-hint">
          {hint}
        </div>
        <ErrorMessage id={`${group}-error`} message={groupError} />
        {rows.map((row, i) => {
          const id = `${group}-${i}`;
          const error = errors.find((e) => e.field === id)?.message;
          return (
            <div
              class={`govuk-form-group ca-row${error ? ' govuk-form-group--error' : ''}`}
              key={row.key}
            >
              <label class="govuk-label" for={id}>
                {rowLabel} {i + 1}
              </label>
              <ErrorMessage id={`${id}-error`} message={error} />
              <div class="ca-row__controls">
                <input
                  class={`govuk-input govuk-!-width-two-thirds${error ? ' govuk-input--error' : ''}`}
                  id={id}
                  name={id}
                  type="text"
                  autoComplete="off"
                  value={row.name}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onInput={(event) =>
                    onChange(
                      rows.map((r, j) =>
                        j === i ? { ...r, name: (event.target as HTMLInputElement).value } : r,
                      ),
                    )
                  }
                />
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary ca-row__remove"
                  onClick={() => onRemove(i)}
                >
                  Remove{' '}
                  <span class="govuk-visually-hidden">
                    {rowLabel.toLowerCase()} {i + 1}
                    {row.name.trim() ? ` (${row.name.trim()})` : ''}
                  </span>
                </button>
              </div>
            </div>
          );
        })}
        <div class="govuk-button-group">
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            id={`${group}-add`}
            onClick={onAdd}
          >
            Add {rows.length === 0 ? 'a' : 'another'} {rowLabel.toLowerCase()}
          </button>
          {suggestion && (
            <button type="button" class="govuk-button govuk-button--secondary" onClick={onSuggest}>
              {suggestion}
            </button>
          )}
        </div>
      </fieldset>
    </div>
  );
}

function TeamRows({
  rows,
  errors,
  groupError,
  onChange,
  onAdd,
  onRemove,
}: {
  rows: readonly MemberRow[];
  errors: readonly FieldError[];
  groupError: string | undefined;
  onChange: (rows: MemberRow[]) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const set = (i: number, patch: Partial<MemberRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div class={`govuk-form-group${groupError ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby="team-hint" id="team" tabIndex={-1}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Team</legend>
        <div id="team-hint" class="govuk-hint">
          Names or initials, as the team writes them. The lead runs the fieldwork and assigns the
          cases; there must be at least one.
        </div>
        <ErrorMessage id="team-error" message={groupError} />
        {rows.map((row, i) => {
          const nameError = errors.find((e) => e.field === `team-${i}-name`)?.message;
          return (
            <div
              class={`govuk-form-group ca-row${nameError ? ' govuk-form-group--error' : ''}`}
              key={row.key}
            >
              <ErrorMessage id={`team-${i}-name-error`} message={nameError} />
              <div class="ca-row__controls">
                <div class="ca-row__field">
                  <label class="govuk-label" for={`team-${i}-name`}>
                    Team member {i + 1}: name or initials
                  </label>
                  <input
                    class={`govuk-input govuk-input--width-20${nameError ? ' govuk-input--error' : ''}`}
                    id={`team-${i}-name`}
                    name={`team-${i}-name`}
                    type="text"
                    autoComplete="off"
                    spellcheck={false}
                    value={row.name}
                    aria-describedby={nameError ? `team-${i}-name-error` : undefined}
                    onInput={(event) => set(i, { name: (event.target as HTMLInputElement).value })}
                  />
                </div>
                <div class="ca-row__field">
                  <label class="govuk-label" for={`team-${i}-role`}>
                    Role
                  </label>
                  <select
                    class="govuk-select"
                    id={`team-${i}-role`}
                    name={`team-${i}-role`}
                    value={row.role}
                    onChange={(event) =>
                      set(i, {
                        role: (event.target as HTMLSelectElement).value as MemberRow['role'],
                      })
                    }
                  >
                    <option value="lead" selected={row.role === 'lead'}>
                      Lead
                    </option>
                    <option value="inspector" selected={row.role === 'inspector'}>
                      Inspector
                    </option>
                  </select>
                </div>
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary ca-row__remove"
                  onClick={() => onRemove(i)}
                >
                  Remove{' '}
                  <span class="govuk-visually-hidden">
                    team member {i + 1}
                    {row.name.trim() ? ` (${row.name.trim()})` : ''}
                  </span>
                </button>
              </div>
            </div>
          );
        })}
        <div class="govuk-button-group">
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            id="team-add"
            onClick={onAdd}
          >
            Add {rows.length === 0 ? 'a' : 'another'} team member
          </button>
        </div>
      </fieldset>
    </div>
  );
}
