/** The last step of a case-list import: what was stored, and what to do next. */
import type { RefObject } from 'preact';
import { itWasOrTheyWere, plural, wasOrWere } from '../../../core';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import type { Step } from './importStep';

export function DoneStep({
  state,
  inspectionId,
  headingRef,
  onImportAnother,
}: {
  state: Extract<Step, { step: 'done' }>;
  inspectionId: string;
  headingRef: RefObject<HTMLHeadingElement>;
  onImportAnother: () => void;
}) {
  return (
    <>
      <NotificationBanner
        type="success"
        heading={
          state.purpose === 'population'
            ? `The population list of ${plural(state.count, 'case')} is stored`
            : `${plural(state.count, 'case')} imported from ${state.fileName}`
        }
      >
        {state.skipped > 0 && (
          <p class="govuk-body">
            {plural(state.skipped, 'case')} already in the inspection {wasOrWere(state.skipped)}{' '}
            left as {itWasOrTheyWere(state.skipped)}.
          </p>
        )}
      </NotificationBanner>
      <h2 class="govuk-heading-m" ref={headingRef} tabIndex={-1}>
        What next
      </h2>
      <ul class="govuk-list">
        {state.purpose === 'population' ? (
          <li>
            <a class="govuk-link" href={inspectionHref(inspectionId, '/sample')}>
              Draw the sample from this population
            </a>
          </li>
        ) : (
          <>
            <li>
              <a class="govuk-link" href={inspectionHref(inspectionId, '/team')}>
                Assign the cases to inspectors
              </a>
            </li>
            <li>
              <a class="govuk-link" href={inspectionHref(inspectionId)}>
                See the case list
              </a>
            </li>
          </>
        )}
        <li>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={onImportAnother}
          >
            Import another list
          </button>
        </li>
      </ul>
    </>
  );
}
