/**
 * Every standard's rating with the rule that produced it, and the overall rating with its
 * points (SPEC §4.6); a lead's override shown as overridden, beside the computed rating.
 */
import type { Framework, FrameworkIndex, OverallRating, StandardRating } from '../../../core';
import { t } from '../../i18n/translate';
import { ratingHref } from './findingsLinks';
import { RatingText } from './RatingText';

function points(n: number | null): string {
  return n === null
    ? ''
    : ` (${t('findings', '{count, plural, one {# point} other {# points}}', { count: n })})`;
}

function Overall({ overall }: { overall: OverallRating }) {
  return (
    <div class="govuk-inset-text ca-findings__overall">
      <p class="govuk-body-l govuk-!-margin-bottom-1">
        <strong>
          {t('findings', 'Overall: {rating}', {
            rating: overall.rating ?? t('findings', 'not rated'),
          })}
        </strong>
      </p>
      <p class="govuk-body govuk-!-margin-bottom-0">{overall.note}</p>
    </div>
  );
}

export function RatingsSection({
  framework,
  index,
  standards,
  overall,
  inspectionId,
  completeOnly,
}: {
  completeOnly: boolean;
  framework: Framework;
  index: FrameworkIndex;
  standards: readonly StandardRating[];
  overall: OverallRating | null;
  inspectionId: string;
}) {
  const rules = framework.rating;
  const titles = new Map(
    framework.sections.flatMap((s) => s.standards.map((st) => [st.id, st.title] as const)),
  );
  const rated = standards.filter((s) => s.ratedBy !== 'not-rated');
  return (
    <section class="ca-findings__section" id="ratings">
      <h2 class="govuk-heading-l" id="ratings-heading">
        {t('findings', 'Ratings')}
      </h2>
      {!rules || rated.length === 0 ? (
        <p class="govuk-body">
          {t(
            'findings',
            'This framework does not rate its standards: its findings are figures, without ratings.',
          )}
        </p>
      ) : (
        <>
          {rules.standardRule === 'lowest-key-question' && (
            <p class="govuk-body">
              {t(
                'findings',
                'Each standard takes the band of its lowest key question: the key question with the smallest share of positive answers sets the rating.',
              )}
              {framework.rating?.overall &&
                ` ${t('findings', 'The overall rating bands the sum of the standards’ points.')}`}
            </p>
          )}
          {overall && <Overall overall={overall} />}
          <table class="govuk-table ca-findings__ratings">
            <caption class="govuk-table__caption govuk-visually-hidden">
              {t('findings', 'Ratings of the standards')}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t('findings', 'Standard')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('findings', 'Rating')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('findings', 'How it was reached')}
                </th>
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">{t('findings', 'Action')}</span>
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {rated.map((s) => {
                const title = titles.get(s.standardId) ?? s.standardId;
                return (
                  <tr class="govuk-table__row" key={s.standardId}>
                    <th scope="row" class="govuk-table__header">
                      <a class="govuk-link" href={`#standard-${s.standardId}`}>
                        {title}
                      </a>
                    </th>
                    <td class="govuk-table__cell ca-findings__rating-cell">
                      <strong>{s.rating ?? t('findings', 'Not rated')}</strong>
                      {points(s.points)}
                    </td>
                    <td class="govuk-table__cell">
                      <RatingText rating={s} index={index} rules={rules} />
                    </td>
                    <td class="govuk-table__cell">
                      <a
                        class="govuk-link"
                        href={ratingHref(inspectionId, s.standardId, completeOnly)}
                      >
                        {s.override
                          ? t('findings', 'Change or remove')
                          : s.ratedBy === 'lead-judgement'
                            ? t('findings', 'Rate')
                            : t('findings', 'Override')}{' '}
                        <span class="govuk-visually-hidden">
                          {t('findings', 'the rating of {title}', { title })}
                        </span>
                      </a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
