/** A recommendation's history, newest first: when, who, and what changed. */
import type { RegisterChange } from '../../../core';
import { formatMoment } from '../../components/InspectionFrame/format';
import { t } from '../../i18n/translate';

export function HistoryList({ history }: { history: readonly RegisterChange[] }) {
  if (history.length === 0) {
    return (
      <>
        <h2 class="govuk-heading-m">{t('register', 'History')}</h2>
        <p class="govuk-body">{t('register', 'No changes recorded yet.')}</p>
      </>
    );
  }
  const newestFirst = [...history].reverse();
  return (
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">
        {t('register', 'History')}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {t('register', 'When')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('register', 'Who')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('register', 'What')}
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {newestFirst.map((change, i) => (
          <tr class="govuk-table__row" key={i}>
            <td class="govuk-table__cell">{formatMoment(change.at)}</td>
            <td class="govuk-table__cell">{change.by}</td>
            <td class="govuk-table__cell">{change.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
