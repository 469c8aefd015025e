/**
 * "Repeat this audit", on an audit's Settings: a new audit with the same settings and its
 * recommendations register carried forward, stored (one transaction, committed) before the
 * screen moves on to the new audit's Sample tab, where a new sample is drawn.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Inspection } from '../../../core';
import { type RepeatOutcome, repeatAudit } from '../../../db/inspections/repeatAudit';
import { FailureSummary } from '../../components/FailureSummary';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { t } from '../../i18n/translate';

function whyNot(outcome: Exclude<RepeatOutcome, { status: 'saved' }>): string {
  if (outcome.status === 'missing') return outcome.message;
  return outcome.reason === 'quota'
    ? t('trend.repeat', 'This device is out of storage space.')
    : t('trend.repeat', 'The browser refused to store the new audit. Try again.');
}

export function RepeatAudit({ inspection }: { inspection: Inspection }) {
  const { route } = useLocation();
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const repeat = async () => {
    setWorking(true);
    setProblem(null);
    const outcome = await repeatAudit(inspection.id);
    if (outcome.status === 'saved') {
      route(inspectionHref(outcome.inspection.id, '/sample'));
      return;
    }
    setWorking(false);
    setProblem(whyNot(outcome));
  };
  return (
    <>
      <h2 class="govuk-heading-m">{t('trend.repeat', 'Repeat this audit')}</h2>
      {problem && (
        <FailureSummary title={t('trend.repeat', 'The audit was not repeated')}>
          {problem}
        </FailureSummary>
      )}
      <p class="govuk-body">
        {t(
          'trend.repeat',
          'Start a new audit with the same settings — its kind, framework version, organisations, areas, strata and team — titled “{title} (repeat)” until you rename it, and draw a new sample for it. Its recommendations register is carried forward; no case, answer or sample is. The two audits can then be compared question by question.',
          { title: inspection.title },
        )}
      </p>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        disabled={working}
        onClick={() => void repeat()}
      >
        {t('trend.repeat', 'Repeat this audit')}
      </button>
    </>
  );
}
