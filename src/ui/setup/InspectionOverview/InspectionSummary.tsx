/** The inspection's details at the top of its page: framework, areas, team, population, sample. */
import { type Inspection, plural } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { type PopulationSummary, populationSummary } from '../../../db/inspections/populationStore';
import { fieldworkDates, formatMoment, ROLE_LABELS } from '../../components/InspectionFrame/format';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { SummaryRow } from '../../components/SummaryRow';
import { frameworkHref } from '../../frameworks/Frameworks/frameworkStatus';
import { useLive } from '../../hooks/useLive';

export function InspectionSummary({
  inspection,
  framework,
}: {
  inspection: Inspection;
  framework: FrameworkRecord | null;
}) {
  const population = useLive(() => populationSummary(inspection.id), [inspection.id]);
  const key = `${inspection.framework.id}@${inspection.framework.version}`;
  return (
    <section class="ca-overview__summary" aria-labelledby="about-heading">
      <h2 class="govuk-heading-m" id="about-heading">
        About this inspection
      </h2>
      <dl class="govuk-summary-list govuk-summary-list--no-border ca-overview__list">
        <SummaryRow label="Framework">
          {framework ? (
            <a class="govuk-link" href={frameworkHref(key)}>
              {framework.title} (version {framework.version})
            </a>
          ) : (
            `${key} (not on this device)`
          )}
        </SummaryRow>
        <SummaryRow label="Organisations">
          {inspection.organisations.length > 0 ? inspection.organisations.join(', ') : 'None'}
        </SummaryRow>
        <SummaryRow label="Areas">{inspection.areas.map((a) => a.name).join(', ')}</SummaryRow>
        <SummaryRow label="Strata">
          {inspection.strata.length > 0 ? inspection.strata.map((s) => s.name).join(', ') : 'None'}
        </SummaryRow>
        <SummaryRow label="Team">
          <ul class="govuk-list">
            {inspection.team.map((m) => (
              <li key={m.id}>
                {m.name} ({ROLE_LABELS[m.role].toLowerCase()})
              </li>
            ))}
          </ul>
        </SummaryRow>
        <SummaryRow label="Fieldwork">{fieldworkDates(inspection.fieldwork)}</SummaryRow>
        <SummaryRow label="Population list">
          <PopulationText summary={population.status === 'ready' ? population.value : null} />
        </SummaryRow>
        <SummaryRow label="Sample">
          {inspection.sampling
            ? `${plural(inspection.sampling.sample.length, 'case')} and ${plural(inspection.sampling.reserves.length, 'reserve')} drawn on ${formatMoment(inspection.sampling.drawnAt)}, seed ${inspection.sampling.seed}`
            : 'Not drawn in Case Audit'}
        </SummaryRow>
      </dl>
      <p class="govuk-body">
        <a class="govuk-link" href={inspectionHref(inspection.id, '/edit')}>
          Change the inspection’s details
        </a>
      </p>
    </section>
  );
}

function PopulationText({ summary }: { summary: PopulationSummary | null }) {
  if (!summary) return <>None imported</>;
  return (
    <>
      {plural(summary.size, 'case')} from {summary.fileName}, stored{' '}
      {formatMoment(summary.storedAt)}
    </>
  );
}
