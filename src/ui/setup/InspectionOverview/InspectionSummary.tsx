/** The inspection's details at the top of its page: framework, areas, team, population, sample. */
import type { Inspection } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { type PopulationSummary, populationSummary } from '../../../db/inspections/populationStore';
import { fieldworkDates, formatMoment, ROLE_LABELS } from '../../components/InspectionFrame/format';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { SummaryRow } from '../../components/SummaryRow';
import { frameworkHref } from '../../frameworks/Frameworks/frameworkStatus';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';

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
        {t('setup', 'About this inspection')}
      </h2>
      <dl class="govuk-summary-list govuk-summary-list--no-border ca-overview__list">
        <SummaryRow label={t('setup', 'Framework')}>
          {framework ? (
            <a class="govuk-link" href={frameworkHref(key)}>
              {t('setup', '{title} (version {version})', {
                title: framework.title,
                version: framework.version,
              })}
            </a>
          ) : (
            t('setup', '{key} (not on this device)', { key })
          )}
        </SummaryRow>
        <SummaryRow label={t('setup', 'Organisations')}>
          {inspection.organisations.length > 0
            ? inspection.organisations.join(', ')
            : t('setup', 'None')}
        </SummaryRow>
        <SummaryRow label={t('setup', 'Areas')}>
          {inspection.areas.map((a) => a.name).join(', ')}
        </SummaryRow>
        <SummaryRow label={t('setup', 'Strata')}>
          {inspection.strata.length > 0
            ? inspection.strata.map((s) => s.name).join(', ')
            : t('setup', 'None')}
        </SummaryRow>
        <SummaryRow label={t('setup', 'Team')}>
          <ul class="govuk-list">
            {inspection.team.map((m) => (
              <li key={m.id}>
                {t('setup', '{name} ({role})', {
                  name: m.name,
                  role: ROLE_LABELS[m.role].toLowerCase(),
                })}
              </li>
            ))}
          </ul>
        </SummaryRow>
        <SummaryRow label={t('setup', 'Fieldwork')}>
          {fieldworkDates(inspection.fieldwork)}
        </SummaryRow>
        <SummaryRow label={t('setup', 'Population list')}>
          <PopulationText summary={population.status === 'ready' ? population.value : null} />
        </SummaryRow>
        <SummaryRow label={t('setup', 'Sample')}>
          {inspection.sampling
            ? t(
                'setup',
                '{sample, plural, one {# case} other {# cases}} and {reserves, plural, one {# reserve} other {# reserves}} drawn on {moment}, seed {seed}',
                {
                  sample: inspection.sampling.sample.length,
                  reserves: inspection.sampling.reserves.length,
                  moment: formatMoment(inspection.sampling.drawnAt),
                  seed: inspection.sampling.seed,
                },
              )
            : t('setup', 'Not drawn in Case Audit')}
        </SummaryRow>
      </dl>
      <p class="govuk-body">
        <a class="govuk-link" href={inspectionHref(inspection.id, '/edit')}>
          {t('setup', 'Change the inspection’s details')}
        </a>
      </p>
    </section>
  );
}

function PopulationText({ summary }: { summary: PopulationSummary | null }) {
  if (!summary) return <>{t('setup', 'None imported')}</>;
  return (
    <>
      {t('setup', '{size, plural, one {# case} other {# cases}} from {fileName}, stored {moment}', {
        size: summary.size,
        fileName: summary.fileName,
        moment: formatMoment(summary.storedAt),
      })}
    </>
  );
}
