import type { Inspection } from '../../../core';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { t, tx } from '../../i18n/translate';
import { link } from '../link';

/** An inspection with no cases yet: the ways cases come in. */
export function NoCases({ inspection }: { inspection: Inspection }) {
  return (
    <div class="ca-empty-state">
      <h2 class="govuk-heading-m">{t('setup', 'This inspection has no cases yet')}</h2>
      <p class="govuk-body">{t('setup', 'Choose how the cases to read come in:')}</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>
          {tx(
            'setup',
            '<link>Import a case list</link> from a CSV file: either the cases already chosen, or a population to draw a sample from',
            { link: link(inspectionHref(inspection.id, '/import')) },
          )}
        </li>
        <li>
          {inspection.strata.length > 0
            ? tx(
                'setup',
                '<link>Draw a sample</link> from an imported population, reproducibly, by area and stratum',
                { link: link(inspectionHref(inspection.id, '/sample')) },
              )
            : tx(
                'setup',
                '<link>Draw a sample</link> from an imported population, reproducibly, by area',
                { link: link(inspectionHref(inspection.id, '/sample')) },
              )}
        </li>
        <li>
          {tx('setup', '<link>Add a case</link> by hand', {
            link: link(inspectionHref(inspection.id, '/add-case')),
          })}
        </li>
      </ul>
    </div>
  );
}
