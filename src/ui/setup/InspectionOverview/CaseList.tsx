/** The inspection's case list, filtered and paged by what the address says. */
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { heldForSecondReader, type Inspection, plural, sampleAndReserves } from '../../../core';
import { casesWithProgress } from '../../../db/inspections/caseListStore';
import { listModeration } from '../../../db/moderation/moderationStore';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { CaseFilterForm, StatusCounts } from './CaseFilterForm';
import { CaseTable } from './CaseTable';
import {
  type CaseFilters,
  filtersFromQuery,
  isFiltered,
  matches,
  matchesPlace,
  queryOf,
} from './caseFilters';
import { NoCases } from './NoCases';
import { Pagination } from './Pagination';

/** Cases per page of the list. */
export const PAGE_SIZE = 100;

/** Cases this device holds only for their blind second reading open that reading instead. */
function useHeldForSecondReading(inspectionId: string) {
  const moderation = useLive(() => listModeration(inspectionId), [inspectionId]);
  return useMemo(
    () =>
      new Map(
        (moderation.status === 'ready' ? moderation.value : [])
          .filter(heldForSecondReader)
          .map((record) => [record.caseId, record]),
      ),
    [moderation],
  );
}

export function CaseList({ inspection }: { inspection: Inspection }) {
  const { url, path, route } = useLocation();
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const filters = useMemo(() => filtersFromQuery(search), [search]);
  const cases = useLive(() => casesWithProgress(inspection.id), [inspection.id]);
  const held = useHeldForSecondReading(inspection.id);

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

  const inPlace = all.filter((row) => matchesPlace(row.caseRecord, filters));
  const shown = inPlace.filter((row) => matches(row.caseRecord, filters));
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const reserves = all.filter((row) => row.caseRecord.role === 'reserve').length;
  const go = (next: CaseFilters) => route(`${path}${queryOf(next)}`);
  const caption = `${
    isFiltered(filters)
      ? `Showing ${plural(shown.length, 'case')} of ${all.length}`
      : `All ${plural(all.length, 'case')}${reserves > 0 ? ', reserves included' : ''}`
  }${pages > 1 ? `, page ${page} of ${pages}` : ''}`;

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

      <CaseFilterForm
        key={search}
        inspection={inspection}
        filters={filters}
        path={path}
        onApply={go}
      />

      <StatusCounts rows={inPlace} filters={filters} path={path} />

      {shown.length === 0 ? (
        <p class="govuk-body" role="status">
          No cases match these filters.{' '}
          <a class="govuk-link" href={path}>
            Clear the filters
          </a>
        </p>
      ) : (
        <CaseTable
          inspection={inspection}
          rows={shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
          held={held}
          caption={caption}
        />
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
