import type { Inspection } from '../../../core';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';

/** An inspection with no cases yet: the ways cases come in. */
export function NoCases({ inspection }: { inspection: Inspection }) {
  return (
    <div class="ca-empty-state">
      <h2 class="govuk-heading-m">This inspection has no cases yet</h2>
      <p class="govuk-body">Choose how the cases to read come in:</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>
          <a class="govuk-link" href={inspectionHref(inspection.id, '/import')}>
            Import a case list
          </a>{' '}
          from a CSV file: either the cases already chosen, or a population to draw a sample from
        </li>
        <li>
          <a class="govuk-link" href={inspectionHref(inspection.id, '/sample')}>
            Draw a sample
          </a>{' '}
          from an imported population, reproducibly, by area
          {inspection.strata.length > 0 ? ' and stratum' : ''}
        </li>
        <li>
          <a class="govuk-link" href={inspectionHref(inspection.id, '/add-case')}>
            Add a case
          </a>{' '}
          by hand
        </li>
      </ul>
    </div>
  );
}
