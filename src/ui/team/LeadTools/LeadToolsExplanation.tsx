import type { DeviceRole } from '../../../core';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { LEAD_TOOLS } from '../../components/InspectionFrame/leadTools';
import './LeadTools.css';

/**
 * Whose tools these are, and what this device is for: on an inspector's device, that the lead
 * sets up, assigns, gathers and reports on their own device, and what the inspector does here.
 */
export function LeadToolsExplanation({ role }: { role: DeviceRole }) {
  if (role.role === 'lead') {
    return (
      <p class="govuk-body">
        This is the lead’s device for this inspection: each of these tools is also in the
        inspection’s menu.
      </p>
    );
  }
  return (
    <>
      <p class="govuk-body">
        These tools are for the lead inspector, who sets up the inspection, draws and assigns the
        sample, gathers everyone’s work, moderates and writes the report on their own device.
      </p>
      <p class="govuk-body">
        This device has the inspection from a pack sent by the lead
        {role.member ? (
          <>
            , and <strong>{role.member.name}</strong> is scoring on it
          </>
        ) : null}
        . What you do here is score your cases, do your second readings and send your work to the
        lead.
      </p>
      <div class="govuk-inset-text">
        Use the lead’s tools here only if your lead asks you to: the inspection’s set-up is kept on
        the lead’s device, and their next pack brings it to this one.
      </div>
    </>
  );
}

/** Every lead's tool, with what it is for, each a link straight to it. */
export function LeadToolList({ inspectionId }: { inspectionId: string }) {
  return (
    <ul class="govuk-list ca-lead-tools" aria-label="The lead’s tools">
      {LEAD_TOOLS.map((tool) => (
        <li key={tool.label} class="ca-lead-tools__item">
          <a
            class="govuk-link govuk-link--no-visited-state"
            href={inspectionHref(inspectionId, tool.suffix)}
          >
            {tool.label}
          </a>
          <p class="govuk-body-s ca-lead-tools__description">{tool.description}</p>
        </li>
      ))}
    </ul>
  );
}
