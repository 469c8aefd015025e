import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listFrameworks } from '../../../db/frameworks/frameworkStore';
import { createInspection } from '../../../db/inspections/inspectionStore';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { InspectionForm } from '../InspectionForm/InspectionForm';
import { emptyForm } from '../InspectionForm/inspectionFormState';
import { outcomeErrors } from '../InspectionForm/saveOutcome';

/** Create an inspection (or self-audit): its details, pinned framework version, areas and team. */
export default function InspectionNew() {
  const [hasErrors, setHasErrors] = useState(false);
  usePageTitle('Create an inspection', hasErrors);
  const frameworks = useLive(listFrameworks, []);
  const [initial] = useState(emptyForm);
  const { route } = useLocation();

  return (
    <>
      <a href="/inspections" class="govuk-back-link">
        {t('setup', 'Back to inspections')}
      </a>
      <h1 class="govuk-heading-l">{t('setup', 'Create an inspection')}</h1>
      <p class="govuk-body">
        {t(
          'setup',
          'Set up the fieldwork: what it is, the framework it uses, its areas and its team. You can import the case list or draw the sample next, and change these details later.',
        )}
      </p>
      {frameworks.status === 'loading' && (
        <Loading what={t('setup', 'Loading the framework library')} />
      )}
      {frameworks.status === 'failed' && (
        <p class="govuk-body">
          {t(
            'setup',
            "The framework library could not be read from this device's storage. Reload the page to try again.",
          )}
        </p>
      )}
      {frameworks.status === 'ready' && (
        <InspectionForm
          initial={initial}
          frameworks={frameworks.value}
          submitLabel={t('setup', 'Create the inspection')}
          onErrorsChange={setHasErrors}
          onSubmit={async (draft) => {
            const outcome = await createInspection(draft);
            if (outcome.status === 'saved') {
              route(inspectionHref(outcome.inspection.id));
              return { status: 'saved' };
            }
            return { status: 'problems', errors: outcomeErrors(outcome) };
          }}
        />
      )}
    </>
  );
}
