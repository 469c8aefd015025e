import { useLocation } from 'preact-iso';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { LEAD_TOOLS_SUFFIX, leadToolAt } from '../../components/InspectionFrame/leadTools';
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
    <InspectionFrame inspectionId={inspectionId} heading="Lead’s tools">
      {({ role }) => (
        <>
          {tool && (
            <p class="govuk-body-l">
              <strong>{tool.label}</strong> is one of the lead’s tools:{' '}
              {lowerFirst(tool.description)}
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
              Continue to the lead’s tools
            </button>
            <a class="govuk-link" href={inspectionHref(inspectionId, LEAD_TOOLS_SUFFIX)}>
              See all the lead’s tools
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
