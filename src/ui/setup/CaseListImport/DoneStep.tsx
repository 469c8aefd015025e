/** The last step of a case-list import: what was stored, and what to do next. */
import type { RefObject } from 'preact';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
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
            ? t(
                'setup',
                'The population list of {count, plural, one {# case} other {# cases}} is stored',
                { count: state.count },
              )
            : t('setup', '{count, plural, one {# case} other {# cases}} imported from {fileName}', {
                count: state.count,
                fileName: state.fileName,
              })
        }
      >
        {state.skipped > 0 && (
          <p class="govuk-body">
            {t(
              'setup',
              '{count, plural, one {# case already in the inspection was left as it was} other {# cases already in the inspection were left as they were}}.',
              { count: state.skipped },
            )}
          </p>
        )}
      </NotificationBanner>
      <h2 class="govuk-heading-m" ref={headingRef} tabIndex={-1}>
        {t('setup', 'What next')}
      </h2>
      <ul class="govuk-list">
        {state.purpose === 'population' ? (
          <li>
            <a class="govuk-link" href={inspectionHref(inspectionId, '/sample')}>
              {t('setup', 'Draw the sample from this population')}
            </a>
          </li>
        ) : (
          <>
            <li>
              <a class="govuk-link" href={inspectionHref(inspectionId, '/team')}>
                {t('setup', 'Assign the cases to inspectors')}
              </a>
            </li>
            <li>
              <a class="govuk-link" href={inspectionHref(inspectionId)}>
                {t('setup', 'See the case list')}
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
            {t('setup', 'Import another list')}
          </button>
        </li>
      </ul>
    </>
  );
}
