import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Inspection, plural } from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { assignCases, listCases } from '../../../db/inspections/inspectionStore';
import { CheckboxField, SelectField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import { TeamTable } from './TeamTable';
import './Team.css';

/** In the inspector selects: no one. */
const NO_ONE = '';

/** "6 cases", "6 cases and 4 reserves": cases to read and reserves counted apart. */
function casesAndReserves(cases: readonly CaseRecord[]): string {
  const reserves = cases.filter((c) => c.role === 'reserve').length;
  const sample = plural(cases.length - reserves, 'case');
  return reserves > 0 ? `${sample} and ${plural(reserves, 'reserve')}` : sample;
}

/**
 * The team, and who reads which case: in bulk (every case of an area and stratum to one
 * person) or case by case. Each action is one transaction.
 */
export default function Team({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Team and assignment">
      {({ inspection }) => <Assignment inspection={inspection} />}
    </InspectionFrame>
  );
}

function Assignment({ inspection }: { inspection: Inspection }) {
  const cases = useLive(() => listCases(inspection.id), [inspection.id]);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (cases.status === 'loading') return <Loading what="Loading the cases" />;
  if (cases.status === 'failed') {
    return <p class="govuk-body">The cases could not be read. Reload the page to try again.</p>;
  }
  const save = async (
    assignments: { caseId: string; inspectorId: string | null }[],
    describe: (changed: number) => string,
  ) => {
    setDone(null);
    setFailure(null);
    const outcome = await assignCases(inspection.id, assignments);
    if (outcome.status === 'saved') setDone(describe(outcome.changed));
    else if (outcome.status === 'invalid')
      setFailure(outcome.errors.map((e) => e.message).join('; '));
    else if (outcome.status === 'missing') setFailure(outcome.message);
    else
      setFailure(
        `Nothing was saved: the browser’s storage refused the change (${outcome.detail}).`,
      );
  };

  return (
    <>
      {done && <NotificationBanner type="success" heading={done} focus />}
      {failure && (
        <div class="govuk-error-summary" role="alert">
          <h2 class="govuk-error-summary__title">The cases could not be assigned</h2>
          <div class="govuk-error-summary__body">
            <p class="govuk-body">{failure}</p>
          </div>
        </div>
      )}
      <TeamTable inspection={inspection} cases={cases.value} />
      {cases.value.length === 0 ? (
        <p class="govuk-body">
          There are no cases to assign yet.{' '}
          <a class="govuk-link" href={inspectionHref(inspection.id, '/import')}>
            Import a case list
          </a>{' '}
          or{' '}
          <a class="govuk-link" href={inspectionHref(inspection.id, '/sample')}>
            draw a sample
          </a>
          .
        </p>
      ) : (
        <>
          <BulkAssign inspection={inspection} cases={cases.value} onAssign={save} />
          <OneByOne inspection={inspection} cases={cases.value} onAssign={save} />
        </>
      )}
    </>
  );
}

function memberOptions(inspection: Inspection) {
  return [
    ...inspection.team.map((m) => ({ value: m.id, label: m.name })),
    { value: NO_ONE, label: 'No one (not assigned)' },
  ];
}

function BulkAssign({
  inspection,
  cases,
  onAssign,
}: {
  inspection: Inspection;
  cases: readonly CaseRecord[];
  onAssign: (
    assignments: { caseId: string; inspectorId: string | null }[],
    describe: (changed: number) => string,
  ) => Promise<void>;
}) {
  const [area, setArea] = useState('');
  const [stratum, setStratum] = useState('');
  const [onlyUnassigned, setOnlyUnassigned] = useState(false);
  const [withReserves, setWithReserves] = useState(false);
  const [inspector, setInspector] = useState(inspection.team[0]?.id ?? NO_ONE);
  const [saving, setSaving] = useState(false);
  const chosen = cases.filter(
    (c) =>
      (area === '' || c.areaId === area) &&
      (stratum === '' || c.stratumId === stratum) &&
      (!onlyUnassigned || c.inspectorId === null) &&
      (withReserves || c.role !== 'reserve'),
  );
  const reserves = cases.some((c) => c.role === 'reserve');
  const areaName = inspection.areas.find((a) => a.id === area)?.name;
  const stratumName = inspection.strata.find((s) => s.id === stratum)?.name;
  const who = inspection.team.find((m) => m.id === inspector)?.name;
  const where = [areaName ? `in ${areaName}` : '', stratumName ? `(${stratumName})` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <form
      class="ca-bulk"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (chosen.length === 0) return;
        setSaving(true);
        await onAssign(
          chosen.map((c) => ({
            caseId: c.id,
            inspectorId: inspector === NO_ONE ? null : inspector,
          })),
          (changed) =>
            `${casesAndReserves(chosen)}${where ? ` ${where}` : ''} ${who ? `assigned to ${who}` : 'unassigned'}` +
            (changed < chosen.length ? ` (${changed} changed)` : ''),
        );
        setSaving(false);
      }}
    >
      <h2 class="govuk-heading-m">Assign cases in bulk</h2>
      <div class="ca-bulk__fields">
        <SelectField
          id="bulk-area"
          label="Cases in"
          value={area}
          options={[
            { value: '', label: 'Every area' },
            ...inspection.areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
          onChange={setArea}
        />
        {inspection.strata.length > 0 && (
          <SelectField
            id="bulk-stratum"
            label="Stratum"
            value={stratum}
            options={[
              { value: '', label: 'Every stratum' },
              ...inspection.strata.map((s) => ({ value: s.id, label: s.name })),
            ]}
            onChange={setStratum}
          />
        )}
        <SelectField
          id="bulk-inspector"
          label="Assign to"
          value={inspector}
          options={memberOptions(inspection)}
          onChange={setInspector}
        />
      </div>
      <div class="ca-bulk__options">
        <CheckboxField
          id="bulk-unassigned"
          label="Only cases not assigned yet"
          checked={onlyUnassigned}
          onChange={setOnlyUnassigned}
          small
        />
        {reserves && (
          <CheckboxField
            id="bulk-reserves"
            label="Reserves too"
            hint="Reserves are read only if a sampled case cannot be."
            checked={withReserves}
            onChange={setWithReserves}
            small
          />
        )}
      </div>
      <button
        type="submit"
        class="govuk-button"
        disabled={saving || chosen.length === 0}
        aria-disabled={saving || chosen.length === 0}
      >
        {chosen.length === 0
          ? 'No cases to assign'
          : `Assign ${casesAndReserves(chosen)}${who ? ` to ${who}` : ' to no one'}`}
      </button>
    </form>
  );
}

function OneByOne({
  inspection,
  cases,
  onAssign,
}: {
  inspection: Inspection;
  cases: readonly CaseRecord[];
  onAssign: (
    assignments: { caseId: string; inspectorId: string | null }[],
    describe: (changed: number) => string,
  ) => Promise<void>;
}) {
  const stored = useMemo(() => new Map(cases.map((c) => [c.id, c.inspectorId ?? NO_ONE])), [cases]);
  const [chosen, setChosen] = useState<Map<string, string>>(stored);
  useEffect(() => setChosen(stored), [stored]);
  const [saving, setSaving] = useState(false);
  const areaName = new Map(inspection.areas.map((a) => [a.id, a.name]));
  const stratumName = new Map(inspection.strata.map((s) => [s.id, s.name]));
  const changes = cases.filter((c) => (chosen.get(c.id) ?? NO_ONE) !== (c.inspectorId ?? NO_ONE));
  const options = memberOptions(inspection);

  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (changes.length === 0) return;
        setSaving(true);
        await onAssign(
          changes.map((c) => {
            const value = chosen.get(c.id) ?? NO_ONE;
            return { caseId: c.id, inspectorId: value === NO_ONE ? null : value };
          }),
          (changed) => `${plural(changed, 'case')} reassigned`,
        );
        setSaving(false);
      }}
    >
      <table class="govuk-table ca-one-by-one">
        <caption class="govuk-table__caption govuk-table__caption--m">
          Assign cases one by one
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Case
            </th>
            <th scope="col" class="govuk-table__header">
              Area
            </th>
            {inspection.strata.length > 0 && (
              <th scope="col" class="govuk-table__header">
                Stratum
              </th>
            )}
            <th scope="col" class="govuk-table__header">
              Inspector
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {cases.map((c) => {
            const id = `inspector-${c.id}`;
            const value = chosen.get(c.id) ?? NO_ONE;
            const changed = value !== (c.inspectorId ?? NO_ONE);
            return (
              <tr
                class={`govuk-table__row${changed ? ' ca-one-by-one__row--changed' : ''}`}
                key={c.id}
              >
                <th scope="row" class="govuk-table__header">
                  {c.ref}
                  {c.role === 'reserve' && <span class="ca-muted"> (reserve)</span>}
                </th>
                <td class="govuk-table__cell">{areaName.get(c.areaId) ?? c.areaId}</td>
                {inspection.strata.length > 0 && (
                  <td class="govuk-table__cell">{stratumName.get(c.stratumId ?? '') ?? '–'}</td>
                )}
                <td class="govuk-table__cell">
                  <label class="govuk-label govuk-visually-hidden" for={id}>
                    Inspector for {c.ref}
                  </label>
                  <select
                    class="govuk-select"
                    id={id}
                    value={value}
                    onChange={(event) =>
                      setChosen(
                        new Map(chosen).set(c.id, (event.target as HTMLSelectElement).value),
                      )
                    }
                  >
                    {options.map((o) => (
                      <option key={o.value} value={o.value} selected={o.value === value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  {changed && <span class="ca-muted"> changed</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="submit"
        class="govuk-button"
        disabled={saving || changes.length === 0}
        aria-disabled={saving || changes.length === 0}
      >
        {changes.length === 0 ? 'Save assignments' : `Save ${plural(changes.length, 'change')}`}
      </button>
    </form>
  );
}
