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
import { moderationPath } from '../../moderation/ModerationCommon/moderationLinks';

export function ModerationPanel({ inspectionId }: { inspectionId: string }) {
  const summary = useLive(() => loadModerationSummary(inspectionId), [inspectionId]);
  const value = summary.status === 'ready' ? summary.value : null;
  return (
    <section class="ca-findings__section" id="moderation" aria-labelledby="moderation-heading">
      <h2 class="govuk-heading-l" id="moderation-heading">
        Moderation
      </h2>
      {summary.status === 'loading' ? (
        <p class="govuk-body">Loading the second readings…</p>
      ) : !value ? (
        <p class="govuk-body">
          No case has been read a second time yet.{' '}
          <a class="govuk-link" href={moderationPath(inspectionId)}>
            Choose cases for a second reading
          </a>
        </p>
      ) : (
        <>
          <p class="govuk-body" data-testid="moderation-summary">
            {value.text}
          </p>
          {value.figures.doubleRead > 0 && (
            <dl class="govuk-summary-list" data-testid="moderation-figures">
              <SummaryRow label="Cases read twice">
                {value.figures.doubleRead} of {value.figures.casesInSample}
                {value.figures.casesInSample > 0
                  ? ` (${formatPercent(value.figures.doubleRead, value.figures.casesInSample)}%)`
                  : ''}
              </SummaryRow>
              <SummaryRow label="Agreement">
                {value.figures.agreement.pairs === 0
                  ? 'No paired answers'
                  : `${formatPercent(value.figures.agreement.agreed, value.figures.agreement.pairs)}% (${value.figures.agreement.agreed}/${value.figures.agreement.pairs} paired answers)`}
              </SummaryRow>
              <SummaryRow label="Cohen’s kappa">
                {value.figures.agreement.pairs === 0
                  ? 'Not defined'
                  : formatKappa(value.figures.agreement.kappa)}
              </SummaryRow>
              <SummaryRow label="Disagreements">
                {value.figures.disagreements} ({value.figures.decided} decided)
              </SummaryRow>
              <SummaryRow label="Answers changed after review">{value.figures.changed}</SummaryRow>
            </dl>
          )}
          <p class="govuk-body">
            <a class="govuk-link" href={moderationPath(inspectionId)}>
              See the moderation of this inspection
            </a>
          </p>
        </>
      )}
    </section>
  );
}
