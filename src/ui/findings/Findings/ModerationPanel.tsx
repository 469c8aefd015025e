/**
 * The moderation summary on the findings screen: how many cases were read twice, how far the
 * two readings agreed (with the base and kappa), how many answers they disagreed on and how many
 * the lead changed. The figures above already use the final answers: decisions are written into
 * the cases' answers.
 */
import { formatKappa, formatPercent } from '../../../core';
import { loadModerationSummary } from '../../../db/moderation/moderationStore';
import { SummaryRow } from '../../components/SummaryRow';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { moderationPath } from '../../moderation/ModerationCommon/moderationLinks';

export function ModerationPanel({ inspectionId }: { inspectionId: string }) {
  const summary = useLive(() => loadModerationSummary(inspectionId), [inspectionId]);
  const value = summary.status === 'ready' ? summary.value : null;
  return (
    <section class="ca-findings__section" id="moderation" aria-labelledby="moderation-heading">
      <h2 class="govuk-heading-l" id="moderation-heading">
        {t('findings', 'Moderation')}
      </h2>
      {summary.status === 'loading' ? (
        <p class="govuk-body">{t('findings', 'Loading the second readings…')}</p>
      ) : !value ? (
        <p class="govuk-body">
          {t('findings', 'No case has been read a second time yet.')}{' '}
          <a class="govuk-link" href={moderationPath(inspectionId)}>
            {t('findings', 'Choose cases for a second reading')}
          </a>
        </p>
      ) : (
        <>
          <p class="govuk-body" data-testid="moderation-summary">
            {value.text}
          </p>
          {value.figures.doubleRead > 0 && (
            <dl class="govuk-summary-list" data-testid="moderation-figures">
              <SummaryRow label={t('findings', 'Cases read twice')}>
                {t('findings', '{doubleRead} of {cases}', {
                  doubleRead: value.figures.doubleRead,
                  cases: value.figures.casesInSample,
                })}
                {value.figures.casesInSample > 0
                  ? ` (${formatPercent(value.figures.doubleRead, value.figures.casesInSample)}%)`
                  : ''}
              </SummaryRow>
              <SummaryRow label={t('findings', 'Agreement')}>
                {value.figures.agreement.pairs === 0
                  ? t('findings', 'No paired answers')
                  : t('findings', '{percent}% ({agreed}/{pairs} paired answers)', {
                      percent: formatPercent(
                        value.figures.agreement.agreed,
                        value.figures.agreement.pairs,
                      ),
                      agreed: value.figures.agreement.agreed,
                      pairs: value.figures.agreement.pairs,
                    })}
              </SummaryRow>
              <SummaryRow label={t('findings', 'Cohen’s kappa')}>
                {value.figures.agreement.pairs === 0
                  ? t('findings', 'Not defined')
                  : formatKappa(value.figures.agreement.kappa)}
              </SummaryRow>
              <SummaryRow label={t('findings', 'Disagreements')}>
                {t('findings', '{disagreements} ({decided} decided)', {
                  disagreements: value.figures.disagreements,
                  decided: value.figures.decided,
                })}
              </SummaryRow>
              <SummaryRow label={t('findings', 'Answers changed after review')}>
                {value.figures.changed}
              </SummaryRow>
            </dl>
          )}
          <p class="govuk-body">
            <a class="govuk-link" href={moderationPath(inspectionId)}>
              {t('findings', 'See the moderation of this inspection')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
