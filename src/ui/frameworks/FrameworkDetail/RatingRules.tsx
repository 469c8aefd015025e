import type { RatingRules as Rules, Standard } from '../../../core';
import { standardRatedBy } from '../../../core';
import { t } from '../../i18n/translate';
import { bandRange, pointsRange, roundingInWords, standardRuleInWords } from './ratingInWords';

/** How findings become ratings, as the framework defines them: bands, rounding, overall points. */
export function RatingRules({
  rules,
  standards,
}: {
  rules: Rules;
  standards: readonly Standard[];
}) {
  const rated = standards.filter((s) => standardRatedBy(s) !== 'not-rated').length;
  const byLead = standards.filter((s) => standardRatedBy(s) === 'lead-judgement').length;
  const topPoints = Math.max(...rules.bands.map((b) => b.points));
  return (
    <>
      <p class="govuk-body">{standardRuleInWords(rules.standardRule)}</p>
      {byLead > 0 && (
        <p class="govuk-body">
          {t(
            'frameworks',
            '{count, plural, one {# standard is} other {# standards are}} rated by the lead inspector’s professional judgement instead, with a rationale.',
            { count: byLead },
          )}
        </p>
      )}
      <p class="govuk-body">{roundingInWords(rules.rounding)}</p>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--s">
          {t('frameworks', 'Bands for the percentage of cases with a positive answer')}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              {t('frameworks', 'Percentage')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('frameworks', 'Band')}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('frameworks', 'Rating')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">
              {t('frameworks', 'Points')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {[...rules.bands]
            .sort((a, b) => a.minPercent - b.minPercent)
            .map((band) => (
              <tr class="govuk-table__row" key={`${band.minPercent}-${band.label}`}>
                <td class="govuk-table__cell">{bandRange(band, rules.rounding)}</td>
                <td class="govuk-table__cell">{band.label}</td>
                <td class="govuk-table__cell">{band.rating}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{band.points}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {rules.overall && (
        <>
          <p class="govuk-body">
            {t(
              'frameworks',
              'The overall rating adds up the points of every rated standard ({rated, plural, one {# standard} other {# standards}}, at most {points, plural, one {# point} other {# points}}) and places the total in a band:',
              { rated, points: rated * topPoints },
            )}
          </p>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">
              {t('frameworks', 'Overall rating from the total points')}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t('frameworks', 'Total points')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('frameworks', 'Overall rating')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {[...rules.overall.bands]
                .sort((a, b) => a.minPoints - b.minPoints)
                .map((band) => (
                  <tr class="govuk-table__row" key={`${band.minPoints}-${band.rating}`}>
                    <td class="govuk-table__cell">{pointsRange(band.minPoints, band.maxPoints)}</td>
                    <td class="govuk-table__cell">{band.rating}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
