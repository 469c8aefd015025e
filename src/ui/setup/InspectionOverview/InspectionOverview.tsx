import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type CaseStatus,
  heldForSecondReader,
  type Inspection,
  type ModerationCase,
  plural,
  sampleAndReserves,
} from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { type CaseWithProgress, casesWithProgress } from '../../../db/inspections/inspectionStore';
import { type PopulationSummary, populationSummary } from '../../../db/inspections/populationStore';
import { listModeration } from '../../../db/moderation/moderationStore';
import {
  CASE_STATUSES,
  fieldworkDates,
  formatMoment,
  KIND_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  STATUS_TAGS,
} from '../../components/InspectionFrame/format';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { StorageWarning } from '../../components/StorageWarning';
import { SummaryRow } from '../../components/SummaryRow';
import { frameworkHref } from '../../frameworks/Frameworks/frameworkStatus';
import { useLive } from '../../hooks/useLive';
import { ModerationStatusTag } from '../../moderation/ModerationCommon/ModerationStatusTag';
import { readingPath } from '../../moderation/ModerationCommon/moderationLinks';
import { ExampleBanner } from '../Inspections/ExampleBanner';
import {
  type CaseFilters,
  filtersFromQuery,
  isFiltered,
  matches,
  matchesPlace,
  queryOf,
  UNASSIGNED,
} from './caseFilters';
import './InspectionOverview.css';

/** Cases per page of the list. */
export const PAGE_SIZE = 100;

/**
 * An inspection at a glance: its details, and its case list with each case's area, stratum,
 * inspector, status and progress, filtered by what the address says.
 */
export default function InspectionOverview({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={(inspection) => inspection.title}
      caption={(inspection) => KIND_LABELS[inspection.kind]}
    >
      {({ inspection, framework }) => (
        <>
          <StorageWarning inspectionId={inspection.id} />
          {inspection.example && <ExampleBanner inspection={inspection} />}
          <InspectionSummary inspection={inspection} framework={framework} />
          <CaseList inspection={inspection} />
        </>
      )}
    </InspectionFrame>
  );
}

function InspectionSummary({
  inspection,
  framework,
}: {
  inspection: Inspection;
  framework: FrameworkRecord | null;
}) {
  const population = useLive(() => populationSummary(inspection.id), [inspection.id]);
  const key = `${inspection.framework.id}@${inspection.framework.version}`;
  return (
    <section class="ca-overview__summary" aria-labelledby="about-heading">
      <h2 class="govuk-heading-m" id="about-heading">
        About this inspection
      </h2>
      <dl class="govuk-summary-list govuk-summary-list--no-border ca-overview__list">
        <SummaryRow label="Framework">
          {framework ? (
            <a class="govuk-link" href={frameworkHref(key)}>
              {framework.title} (version {framework.version})
            </a>
          ) : (
            `${key} (not on this device)`
          )}
        </SummaryRow>
        <SummaryRow label="Organisations">
          {inspection.organisations.length > 0 ? inspection.organisations.join(', ') : 'None'}
        </SummaryRow>
        <SummaryRow label="Areas">{inspection.areas.map((a) => a.name).join(', ')}</SummaryRow>
        <SummaryRow label="Strata">
          {inspection.strata.length > 0 ? inspection.strata.map((s) => s.name).join(', ') : 'None'}
        </SummaryRow>
        <SummaryRow label="Team">
          <ul class="govuk-list">
            {inspection.team.map((m) => (
              <li key={m.id}>
                {m.name} ({ROLE_LABELS[m.role].toLowerCase()})
              </li>
            ))}
          </ul>
        </SummaryRow>
        <SummaryRow label="Fieldwork">{fieldworkDates(inspection.fieldwork)}</SummaryRow>
        <SummaryRow label="Population list">
          <PopulationText summary={population.status === 'ready' ? population.value : null} />
        </SummaryRow>
        <SummaryRow label="Sample">
          {inspection.sampling
            ? `${plural(inspection.sampling.sample.length, 'case')} and ${plural(inspection.sampling.reserves.length, 'reserve')} drawn on ${formatMoment(inspection.sampling.drawnAt)}, seed ${inspection.sampling.seed}`
            : 'Not drawn in Case Audit'}
        </SummaryRow>
      </dl>
      <p class="govuk-body">
        <a class="govuk-link" href={inspectionHref(inspection.id, '/edit')}>
          Change the inspection’s details
        </a>
      </p>
    </section>
  );
}

function PopulationText({ summary }: { summary: PopulationSummary | null }) {
  if (!summary) return <>None imported</>;
  return (
    <>
      {plural(summary.size, 'case')} from {summary.fileName}, stored{' '}
      {formatMoment(summary.storedAt)}
    </>
  );
}

function CaseList({ inspection }: { inspection: Inspection }) {
  const { url, path, route } = useLocation();
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const filters = useMemo(() => filtersFromQuery(search), [search]);
  const cases = useLive(() => casesWithProgress(inspection.id), [inspection.id]);
  const moderation = useLive(() => listModeration(inspection.id), [inspection.id]);
  // Cases this device holds only for their blind second reading open that reading instead.
  const held = useMemo(
    () =>
      new Map(
        (moderation.status === 'ready' ? moderation.value : [])
          .filter(heldForSecondReader)
          .map((record) => [record.caseId, record]),
      ),
    [moderation],
  );

  if (cases.status === 'loading') return <Loading what="Loading the cases" />;
  if (cases.status === 'failed') {
    return (
      <p class="govuk-body">
        The cases could not be read from this device's storage. Reload the page to try again.
      </p>
    );
  }
  const all = cases.value;
  if (all.length === 0) return <NoCases inspection={inspection} />;

  const names = new Map<string, string>([...inspection.areas.map((a) => [a.id, a.name] as const)]);
  const strata = new Map(inspection.strata.map((s) => [s.id, s.name]));
  const team = new Map(inspection.team.map((m) => [m.id, m.name]));
  const inPlace = all.filter((row) => matchesPlace(row.caseRecord, filters));
  const shown = inPlace.filter((row) => matches(row.caseRecord, filters));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const onPage = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const reserves = all.filter((row) => row.caseRecord.role === 'reserve').length;
  const go = (next: CaseFilters) => route(`${path}${queryOf(next)}`);

  return (
    <>
      <h2 class="govuk-heading-m">Cases</h2>
      <p class="govuk-body">
        {sampleAndReserves(all.length - reserves, reserves)}.{' '}
        <a class="govuk-link" href={inspectionHref(inspection.id, '/add-case')}>
          Add a case
        </a>{' '}
        or{' '}
        <a class="govuk-link" href={inspectionHref(inspection.id, '/team')}>
          assign cases to inspectors
        </a>
        .
      </p>

      <Filters key={search} inspection={inspection} filters={filters} path={path} onApply={go} />

      <StatusCounts rows={inPlace} filters={filters} path={path} />

      {shown.length === 0 ? (
        <p class="govuk-body" role="status">
          No cases match these filters.{' '}
          <a class="govuk-link" href={path}>
            Clear the filters
          </a>
        </p>
      ) : (
        <table class="govuk-table ca-case-table">
          <caption class="govuk-table__caption govuk-table__caption--s" aria-live="polite">
            {isFiltered(filters)
              ? `Showing ${plural(shown.length, 'case')} of ${all.length}`
              : `All ${plural(all.length, 'case')}${reserves > 0 ? ', reserves included' : ''}`}
            {pages > 1 ? `, page ${page} of ${pages}` : ''}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Reference
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
              <th scope="col" class="govuk-table__header">
                Status
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Answered
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {onPage.map((row) => (
              <CaseRow
                key={row.caseRecord.id}
                row={row}
                secondReading={held.get(row.caseRecord.id) ?? null}
                inspectionId={inspection.id}
                area={names.get(row.caseRecord.areaId) ?? row.caseRecord.areaId}
                stratum={
                  inspection.strata.length > 0
                    ? (strata.get(row.caseRecord.stratumId ?? '') ?? '–')
                    : null
                }
                inspector={
                  row.caseRecord.inspectorId === null
                    ? null
                    : (team.get(row.caseRecord.inspectorId) ?? row.caseRecord.inspectorId)
                }
              />
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <Pagination
          page={page}
          pages={pages}
          href={(p) => `${path}${queryOf({ ...filters, page: p })}`}
        />
      )}
    </>
  );
}

function CaseRow({
  row,
  secondReading,
  inspectionId,
  area,
  stratum,
  inspector,
}: {
  row: CaseWithProgress;
  /** Set when this device holds the case only for its blind second reading. */
  secondReading: ModerationCase | null;
  inspectionId: string;
  area: string;
  stratum: string | null;
  inspector: string | null;
}) {
  const c = row.caseRecord;
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">
        <a
          class="govuk-link ca-case-table__ref"
          href={
            secondReading
              ? readingPath(inspectionId, c.id)
              : inspectionHref(inspectionId, `/cases/${encodeURIComponent(c.id)}`)
          }
        >
          {secondReading && <span class="govuk-visually-hidden">Your second reading: </span>}
          {c.ref}
        </a>
        {c.role === 'reserve' && (
          <strong class="govuk-tag govuk-tag--yellow ca-tag">Reserve</strong>
        )}
        {secondReading && (
          <strong class="govuk-tag govuk-tag--purple ca-tag">Second reading</strong>
        )}
      </td>
      <td class="govuk-table__cell">{area}</td>
      {stratum !== null && <td class="govuk-table__cell">{stratum}</td>}
      <td class="govuk-table__cell">{inspector ?? <span class="ca-muted">Not assigned</span>}</td>
      <td class="govuk-table__cell">
        {secondReading ? (
          <ModerationStatusTag record={secondReading} />
        ) : (
          <strong class={`govuk-tag ${STATUS_TAGS[c.status]}`}>{STATUS_LABELS[c.status]}</strong>
        )}
      </td>
      <td class="govuk-table__cell govuk-table__cell--numeric">
        {secondReading || row.applicable === 0 ? '–' : `${row.answered} of ${row.applicable}`}
      </td>
    </tr>
  );
}

function Filters({
  inspection,
  filters,
  path,
  onApply,
}: {
  inspection: Inspection;
  filters: CaseFilters;
  path: string;
  onApply: (filters: CaseFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const select = (
    id: keyof Pick<CaseFilters, 'area' | 'stratum' | 'inspector'>,
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <div class="govuk-form-group ca-filters__field">
      <label class="govuk-label" for={`filter-${id}`}>
        {label}
      </label>
      <select
        class="govuk-select"
        id={`filter-${id}`}
        name={id}
        value={draft[id]}
        onChange={(event) =>
          setDraft({ ...draft, [id]: (event.target as HTMLSelectElement).value })
        }
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === draft[id]}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const toggle = (status: CaseStatus, on: boolean) =>
    setDraft({
      ...draft,
      statuses: on
        ? CASE_STATUSES.filter((s) => s === status || draft.statuses.includes(s))
        : draft.statuses.filter((s) => s !== status),
    });
  return (
    <form
      class="ca-filters"
      aria-label="Filter the cases"
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ ...draft, page: 1 });
      }}
    >
      <div class="ca-filters__row">
        {select('area', 'Area', [
          { value: '', label: 'All areas' },
          ...inspection.areas.map((a) => ({ value: a.id, label: a.name })),
        ])}
        {inspection.strata.length > 0 &&
          select('stratum', 'Stratum', [
            { value: '', label: 'All strata' },
            ...inspection.strata.map((s) => ({ value: s.id, label: s.name })),
          ])}
        {select('inspector', 'Inspector', [
          { value: '', label: 'Everyone' },
          { value: UNASSIGNED, label: 'Not assigned' },
          ...inspection.team.map((m) => ({ value: m.id, label: m.name })),
        ])}
      </div>
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Status</legend>
          <div class="govuk-checkboxes govuk-checkboxes--small ca-filters__statuses">
            {CASE_STATUSES.map((status) => (
              <div class="govuk-checkboxes__item" key={status}>
                <input
                  class="govuk-checkboxes__input"
                  id={`filter-status-${status}`}
                  name="status"
                  type="checkbox"
                  value={status}
                  checked={draft.statuses.includes(status)}
                  onChange={(event) => toggle(status, (event.target as HTMLInputElement).checked)}
                />
                <label class="govuk-label govuk-checkboxes__label" for={`filter-status-${status}`}>
                  {STATUS_LABELS[status]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        {isFiltered(filters) && (
          <a class="govuk-link" href={path}>
            Clear filters
          </a>
        )}
      </div>
    </form>
  );
}

function StatusCounts({
  rows,
  filters,
  path,
}: {
  rows: readonly CaseWithProgress[];
  filters: CaseFilters;
  path: string;
}) {
  const counts = new Map<CaseStatus, number>();
  for (const row of rows)
    counts.set(row.caseRecord.status, (counts.get(row.caseRecord.status) ?? 0) + 1);
  return (
    <div class="ca-status-counts">
      <h3 class="govuk-heading-s">
        {filters.area || filters.stratum || filters.inspector
          ? 'By status, in these filters'
          : 'By status'}
      </h3>
      <ul class="ca-status-counts__list">
        {CASE_STATUSES.map((status) => (
          <li key={status} class="ca-status-counts__item">
            <a
              class="govuk-link govuk-link--no-visited-state"
              href={`${path}${queryOf({ ...filters, statuses: [status], page: 1 })}`}
            >
              <span class="ca-status-counts__count">{counts.get(status) ?? 0}</span>{' '}
              {STATUS_LABELS[status].toLowerCase()}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  return (
    <nav class="govuk-pagination" aria-label="Pages of cases">
      {page > 1 && (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={href(page - 1)} rel="prev">
            <span class="govuk-pagination__link-title">
              Previous<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      )}
      <ul class="govuk-pagination__list">
        {Array.from({ length: pages }, (_, i) => i + 1).map((p) => (
          <li
            key={p}
            class={`govuk-pagination__item${p === page ? ' govuk-pagination__item--current' : ''}`}
          >
            <a
              class="govuk-link govuk-pagination__link"
              href={href(p)}
              aria-label={`Page ${p}`}
              aria-current={p === page ? 'page' : undefined}
            >
              {p}
            </a>
          </li>
        ))}
      </ul>
      {page < pages && (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={href(page + 1)} rel="next">
            <span class="govuk-pagination__link-title">
              Next<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      )}
    </nav>
  );
}

function NoCases({ inspection }: { inspection: Inspection }) {
  return (
    <div class="ca-empty-state">
      <h2 class="govuk-heading-m">This inspection has no cases yet</h2>
      <p class="govuk-body">Choose how the cases to read come in:</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>
          <a class="govuk-link" href={inspectionHref(inspection.id, '/import')}>
            Import a case list
          </a>{' '}
          from a CSV file: either the cases already chosen, or a population to draw a sample from
        </li>
        <li>
          <a class="govuk-link" href={inspectionHref(inspection.id, '/sample')}>
            Draw a sample
          </a>{' '}
          from an imported population, reproducibly, by area
          {inspection.strata.length > 0 ? ' and stratum' : ''}
        </li>
        <li>
          <a class="govuk-link" href={inspectionHref(inspection.id, '/add-case')}>
            Add a case
          </a>{' '}
          by hand
        </li>
      </ul>
    </div>
  );
}
