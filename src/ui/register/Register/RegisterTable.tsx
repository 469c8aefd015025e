/**
 * The register as a table: each recommendation's body addressed and text (linking to its page),
 * owner, RAG status as a tag, and open actions with the overdue ones flagged in red.
 */
import { openActions, overdueActions, type RegisterRecommendation } from '../../../core';
import { t } from '../../i18n/translate';
import { RagTag } from '../common/RagTag';
import { recommendationHref } from '../common/registerLinks';

/** Enough of a recommendation's text to know it by in the list; its page shows it whole. */
const SHOWN_LENGTH = 160;

function shortText(text: string): string {
  const one = text.trim().replace(/\s+/g, ' ');
  return one.length <= SHOWN_LENGTH ? one : `${one.slice(0, SHOWN_LENGTH - 1)}…`;
}

function OpenActions({
  recommendation,
  today,
}: {
  recommendation: RegisterRecommendation;
  today: string;
}) {
  const open = openActions(recommendation).length;
  const overdue = overdueActions(recommendation, today).length;
  return (
    <>
      {open}
      {overdue > 0 && (
        <>
          {' '}
          <strong class="govuk-tag govuk-tag--red">
            {t('register', '{count} overdue', { count: overdue })}
          </strong>
        </>
      )}
    </>
  );
}

export function RegisterTable({
  inspectionId,
  recommendations,
  today,
  caption,
}: {
  inspectionId: string;
  recommendations: readonly RegisterRecommendation[];
  today: string;
  caption: string;
}) {
  return (
    <table class="govuk-table ca-register__table">
      <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {t('register', 'Recommendation')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('register', 'Owner')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('register', 'RAG status')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('register', 'Open actions')}
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {recommendations.map((r) => (
          <tr class="govuk-table__row" key={r.id}>
            <td class="govuk-table__cell">
              <span class="govuk-caption-s">
                {r.addressee || t('register', 'No body addressed')}
              </span>
              <a class="govuk-link" href={recommendationHref(inspectionId, r.id)}>
                {shortText(r.text)}
              </a>
            </td>
            <td class="govuk-table__cell">{r.owner.trim() || t('register', 'No owner yet')}</td>
            <td class="govuk-table__cell">
              <RagTag rag={r.rag} />
            </td>
            <td class="govuk-table__cell">
              <OpenActions recommendation={r} today={today} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
