import type { FrameworkIndex, RatingRules, StandardRating } from '../../../core';
import { t } from '../../i18n/translate';
import { computedRuleText, whoAndWhen } from './figures';

/**
 * How a standard's rating was reached, in words: the rule and the figure that set it, or the
 * lead's override with the computed rating beside it, the reason, who and when.
 */
export function RatingText({
  rating,
  index,
  rules,
}: {
  rating: StandardRating;
  index: FrameworkIndex;
  rules: RatingRules | undefined;
}) {
  const rule = computedRuleText(rating, index, rules);
  const override = rating.override;
  const judged = rating.ratedBy === 'lead-judgement' || rules?.standardRule === 'none';
  if (override) {
    const reason = (
      <span class="ca-findings__rationale">
        {' '}
        {t('findings', 'Reason: {rationale}', { rationale: override.rationale })}{' '}
        <span class="ca-findings__who">({whoAndWhen(override)})</span>
      </span>
    );
    if (judged) {
      return (
        <>
          {t('findings', 'Rated by professional judgement.')}
          {reason}
        </>
      );
    }
    return (
      <>
        <strong class="govuk-tag govuk-tag--purple ca-findings__overridden">
          {t('findings', 'Overridden')}
        </strong>{' '}
        {rule
          ? t('findings', '(computed: {rating} — {rule}).', {
              rating: String(rating.computedRating),
              rule,
            })
          : t('findings', '(computed: not rated from the figures).')}
        {reason}
      </>
    );
  }
  if (judged && rating.ratedBy !== 'not-rated') {
    return (
      <>{t('findings', 'Rated by the lead inspector’s professional judgement: not rated yet.')}</>
    );
  }

  return <>{rule ? `${rule.charAt(0).toUpperCase()}${rule.slice(1)}` : rating.note}</>;
}
