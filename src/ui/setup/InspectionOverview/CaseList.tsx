/** The inspection's case list, filtered and paged by what the address says. */
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { heldForSecondReader, type Inspection } from '../../../core';
import { casesWithProgress } from '../../../db/inspections/caseListStore';
import { listModeration } from '../../../db/moderation/moderationStore';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { t, tx } from '../../i18n/translate';
import { link } from '../link';
import { sampleAndReserves } from '../sampleAndReserves';
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

  if (cases.status === 'loading') return <Loading what={t('setup', 'Loading the cases')} />;
  if (cases.status === 'failed') {
    return (
      <p class="govuk-body">
        {t(
          'setup',
          "The cases could not be read from this device's storage. Reload the page to try again.",
        )}
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
  const caption = captionOf({
    filtered: isFiltered(filters),
    shown: shown.length,
    all: all.length,
    reserves,
    page,
    pages,
  });

  return (
    <>
      <h2 class="govuk-heading-m">{t('setup', 'Cases')}</h2>
      <p class="govuk-body">
        {sampleAndReserves(all.length - reserves, reserves)}.{' '}
        {tx('setup', '<add>Add a case</add> or <team>assign cases to inspectors</team>.', {
          add: link(inspectionHref(inspection.id, '/add-case')),
          team: link(inspectionHref(inspection.id, '/team')),
        })}
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
          {t('setup', 'No cases match these filters.')}{' '}
          <a class="govuk-link" href={path}>
            {t('setup', 'Clear the filters')}
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

/** "Showing 3 cases of 60, page 1 of 2": what the table shows. */
function captionOf(c: {
  filtered: boolean;
  shown: number;
  all: number;
  reserves: number;
  page: number;
  pages: number;
}): string {
  const what = c.filtered
    ? t('setup', 'Showing {shown, plural, one {# case} other {# cases}} of {all}', {
        shown: c.shown,
        all: c.all,
      })
    : c.reserves > 0
      ? t('setup', 'All {all, plural, one {# case} other {# cases}}, reserves included', {
          all: c.all,
        })
      : t('setup', 'All {all, plural, one {# case} other {# cases}}', { all: c.all });
  return c.pages > 1
    ? t('setup', '{what}, page {page} of {pages}', { what, page: c.page, pages: c.pages })
    : what;
}
