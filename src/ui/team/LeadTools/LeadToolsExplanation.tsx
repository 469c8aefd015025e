import type { ComponentChildren } from 'preact';
import type { DeviceRole } from '../../../core';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { LEAD_TOOLS } from '../../components/InspectionFrame/leadTools';
import { t, tx } from '../../i18n/translate';
import './LeadTools.css';

/**
 * Whose tools these are, and what this device is for: on an inspector's device, that the lead
 * sets up, assigns, gathers and reports on their own device, and what the inspector does here.
 */
export function LeadToolsExplanation({ role }: { role: DeviceRole }) {
  if (role.role === 'lead') {
    return (
      <p class="govuk-body">
        {t(
          'team.lead',
          'This is the lead’s device for this inspection: each of these tools is also in the inspection’s menu.',
        )}
      </p>
    );
  }
  return (
    <>
      <p class="govuk-body">
        {t(
          'team.lead',
          'These tools are for the lead inspector, who sets up the inspection, draws and assigns the sample, gathers everyone’s work, moderates and writes the report on their own device.',
        )}
      </p>
      <p class="govuk-body">
        {role.member
          ? tx(
              'team.lead',
              'This device has the inspection from a pack sent by the lead, and <strong>{name}</strong> is scoring on it. What you do here is score your cases, do your second readings and send your work to the lead.',
              {
                name: role.member.name,
                strong: (chunks: ComponentChildren) => <strong>{chunks}</strong>,
              },
            )
          : t(
              'team.lead',
              'This device has the inspection from a pack sent by the lead. What you do here is score your cases, do your second readings and send your work to the lead.',
            )}
      </p>
      <div class="govuk-inset-text">
        {t(
          'team.lead',
          'Use the lead’s tools here only if your lead asks you to: the inspection’s set-up is kept on the lead’s device, and their next pack brings it to this one.',
        )}
      </div>
    </>
  );
}

/** Every lead's tool, with what it is for, each a link straight to it. */
export function LeadToolList({ inspectionId }: { inspectionId: string }) {
  return (
    <ul class="govuk-list ca-lead-tools" aria-label={t('team.lead', 'The lead’s tools')}>
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
