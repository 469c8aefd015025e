import { useEffect } from 'preact/hooks';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { openLeadTools } from '../../components/InspectionFrame/leadToolsStep';
import { t } from '../../i18n/translate';
import { LeadToolList, LeadToolsExplanation } from './LeadToolsExplanation';

/**
 * The lead's tools of an inspection, behind one link on an inspector's device: whose they are,
 * then each of them. Coming here is the step: from now on (in this tab) they open straight away.
 */
export default function LeadTools({ inspectionId }: { inspectionId: string }) {
  useEffect(() => openLeadTools(inspectionId), [inspectionId]);
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('team.lead', 'Lead’s tools')}>
      {({ role }) => (
        <>
          <LeadToolsExplanation role={role} />
          <h2 class="govuk-heading-m">{t('team.lead', 'The tools')}</h2>
          <LeadToolList inspectionId={inspectionId} />
        </>
      )}
    </InspectionFrame>
  );
}
