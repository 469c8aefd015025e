import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listFrameworks } from '../../../db/frameworks/frameworkStore';
import { caseUsage, updateInspection } from '../../../db/inspections/inspectionStore';
import {
  type InspectionData,
  InspectionFrame,
} from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { RepeatAudit } from '../../trend/RepeatAudit/RepeatAudit';
import { InspectionForm } from '../InspectionForm/InspectionForm';
import { formOf } from '../InspectionForm/inspectionFormState';
import { outcomeErrors } from '../InspectionForm/saveOutcome';

/** Change an inspection's details. The framework version stays pinned; deleting is offered below. */
export default function InspectionEdit({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('setup', 'Settings')}
      hasErrors={hasErrors}
    >
      {(data) => <EditForm data={data} onErrorsChange={setHasErrors} />}
    </InspectionFrame>
  );
}

function EditForm({
  data,
  onErrorsChange,
}: {
  data: InspectionData;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const { inspection, framework } = data;
  const usage = useLive(() => caseUsage(inspection.id), [inspection.id]);
  const frameworks = useLive(listFrameworks, []);
  const [initial] = useState(() => formOf(inspection));
  const { route } = useLocation();
  if (usage.status !== 'ready' || frameworks.status !== 'ready') {
    return <Loading what={t('setup', "Loading the inspection's details")} />;
  }
  return (
    <>
      <InspectionForm
        initial={initial}
        frameworks={frameworks.value}
        pinned={framework}
        usage={usage.value}
        submitLabel={t('setup', 'Save changes')}
        onErrorsChange={onErrorsChange}
        onSubmit={async (draft) => {
          const outcome = await updateInspection(inspection.id, draft);
          if (outcome.status === 'saved') {
            route(inspectionHref(inspection.id));
            return { status: 'saved' };
          }
          return { status: 'problems', errors: outcomeErrors(outcome) };
        }}
      />
      <h2 class="govuk-heading-m">{t('setup', 'Move to another version')}</h2>
      <p class="govuk-body">
        {t(
          'setup',
          'Move the inspection to a newer version of its framework (or a copy made from it): see what happens to every answer first, map renamed questions and answers, then confirm.',
        )}
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={inspectionHref(inspection.id, '/framework')}>
          {t('setup', 'Move to another version')}
        </a>
      </p>
      <RepeatAudit inspection={inspection} />
      <h2 class="govuk-heading-m ca-danger-zone">{t('setup', 'Delete this inspection')}</h2>
      <p class="govuk-body">
        {t(
          'setup',
          'Removes the inspection and all its cases, answers and history from this device.',
        )}
      </p>
      <a
        href={inspectionHref(inspection.id, '/delete')}
        draggable={false}
        class="govuk-button govuk-button--warning"
        data-module="govuk-button"
      >
        {t('setup', 'Delete this inspection')}
      </a>
    </>
  );
}
