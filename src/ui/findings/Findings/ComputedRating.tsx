import {
  type Framework,
  findingsOptionsFor,
  type Inspection,
  indexFramework,
  type Standard,
  type StandardRating,
} from '../../../core';
import { loadFindingsCases } from '../../../db/cases/findingsSource';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { computedRuleText } from './figures';
import { useFindings } from './useFindings';

/** The rating the figures give, with the rule: what an override departs from. */
export function ComputedRating({
  inspection,
  framework,
  standard,
  completeOnly,
}: {
  inspection: Inspection;
  framework: Framework;
  standard: Standard;
  completeOnly: boolean;
}) {
  const live = useLive(() => loadFindingsCases(inspection.id), [inspection.id]);
  const state = useFindings(
    framework,
    live.status === 'ready' ? live.value.cases : null,
    findingsOptionsFor(inspection, { completeOnly, computedRatingsOnly: true }),
    String(completeOnly),
  );
  if (state.status !== 'ready') {
    return <p class="govuk-body">{t('findings', 'Working out the figures…')}</p>;
  }
  const rating: StandardRating | undefined = state.result.standards.find(
    (s) => s.standardId === standard.id,
  );
  if (!rating) return null;
  const rule = computedRuleText(rating, indexFramework(framework), framework.rating);
  const basis = completeOnly ? t('findings', 'complete cases only') : t('findings', 'all cases');
  return (
    <div class="govuk-inset-text">
      {rating.ratedBy === 'lead-judgement'
        ? t(
            'findings',
            'This standard is rated by the lead inspector’s professional judgement, not from the case figures.',
          )
        : rule
          ? t('findings', 'From the figures ({basis}): {rating} — {rule}.', {
              basis,
              rating: String(rating.computedRating),
              rule,
            })
          : t('findings', 'From the figures ({basis}): {note}', { basis, note: rating.note })}
    </div>
  );
}
