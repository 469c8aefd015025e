import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { LEAD_TOOLS_SUFFIX, leadToolAt } from '../../components/InspectionFrame/leadTools';
import { t, tx } from '../../i18n/translate';
import { LeadToolsExplanation } from './LeadToolsExplanation';

/**
 * What an inspector's device shows at a lead's tool reached by its address (a bookmark, a link
 * on another page): whose tool it is, and the choice to go on to it.
 */
export default function LeadToolNotice({
  inspectionId,
  onContinue,
}: {
  inspectionId: string;
  onContinue: () => void;
}) {
  const { path } = useLocation();
  const tool = leadToolAt(path.slice(inspectionHref(inspectionId).length));
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('team.lead', 'Lead’s tools')}>
      {({ role }) => (
        <>
          {tool && (
            <p class="govuk-body-l">
              {tx(
                'team.lead',
                '<strong>{tool}</strong> is one of the lead’s tools: {description}',
                {
                  tool: tool.label,
                  description: lowerFirst(tool.description),
                  strong: (chunks: ComponentChildren) => <strong>{chunks}</strong>,
                },
              )}
            </p>
          )}
          <LeadToolsExplanation role={role} />
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button"
              data-module="govuk-button"
              onClick={onContinue}
            >
              {t('team.lead', 'Continue to the lead’s tools')}
            </button>
            <a class="govuk-link" href={inspectionHref(inspectionId, LEAD_TOOLS_SUFFIX)}>
              {t('team.lead', 'See all the lead’s tools')}
            </a>
          </div>
        </>
      )}
    </InspectionFrame>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
