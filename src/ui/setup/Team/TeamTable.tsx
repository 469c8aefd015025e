import type { Inspection } from '../../../core';
import type { CaseRecord } from '../../../db/database';
import { ROLE_LABELS } from '../../components/InspectionFrame/format';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { t } from '../../i18n/translate';
import { sampleAndReserves } from '../sampleAndReserves';

/**
 * The team with the cases each member reads, the cases to read and the reserves counted apart
 * (as the inspections list and the case list count them).
 */
export function TeamTable({
  inspection,
  cases,
}: {
  inspection: Inspection;
  cases: readonly CaseRecord[];
}) {
  const sample = new Map<string | null, number>();
  const reserves = new Map<string | null, number>();
  for (const c of cases) {
    const counts = c.role === 'reserve' ? reserves : sample;
    counts.set(c.inspectorId, (counts.get(c.inspectorId) ?? 0) + 1);
  }
  const reserveTotal = cases.filter((c) => c.role === 'reserve').length;
  const countCells = (who: string | null) => (
    <>
      <td class="govuk-table__cell govuk-table__cell--numeric">{sample.get(who) ?? 0}</td>
      {reserveTotal > 0 && (
        <td class="govuk-table__cell govuk-table__cell--numeric">{reserves.get(who) ?? 0}</td>
      )}
    </>
  );
  return (
    <>
      {cases.length > 0 && (
        <p class="govuk-body" data-testid="team-case-counts">
          {sampleAndReserves(cases.length - reserveTotal, reserveTotal)}.
        </p>
      )}
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">{t('setup', 'Team')}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('setup', 'Name')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('setup', 'Role')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t('setup', 'Cases in the sample')}
            </th>
            {reserveTotal > 0 && (
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                {t('setup', 'Reserves')}
              </th>
            )}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {inspection.team.map((member) => (
            <tr class="govuk-table__row" key={member.id}>
              <td class="govuk-table__cell">{member.name}</td>
              <td class="govuk-table__cell">{ROLE_LABELS[member.role]}</td>
              {countCells(member.id)}
            </tr>
          ))}
          <tr class="govuk-table__row">
            <td class="govuk-table__cell">{t('setup', 'Not assigned yet')}</td>
            <td class="govuk-table__cell" />
            {countCells(null)}
          </tr>
        </tbody>
      </table>
      <p class="govuk-body">
        <a class="govuk-link" href={inspectionHref(inspection.id, '/edit')}>
          {t('setup', 'Change the team')}
        </a>
      </p>
    </>
  );
}
