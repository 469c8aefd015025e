import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type Inspection, itsOrTheir, listInWords, plural } from '../../../core';
import { deleteInspection, inspectionContents } from '../../../db/inspections/inspectionStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { CheckboxField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';

/**
 * "6 cases in the sample, 4 reserves, 1,234 answers and their history": what goes with the
 * inspection. The cases are counted as every other screen counts them, reserves apart.
 */
export function whatIsLost(contents: {
  cases: number;
  reserves: number;
  answers: number;
  population: number;
  reports: number;
  moderation: number;
}): string {
  const later: string[] = [];
  if (contents.population > 0) {
    later.push(`the population list of ${plural(contents.population, 'case')}`);
  }
  if (contents.reports > 0) later.push('the report');
  if (contents.moderation > 0) later.push(plural(contents.moderation, 'moderation record'));
  const cases = [
    `${plural(contents.cases - contents.reserves, 'case')} in the sample`,
    ...(contents.reserves > 0 ? [plural(contents.reserves, 'reserve')] : []),
  ];
  const answers = plural(contents.answers, 'answer');
  const their = itsOrTheir(contents.answers);
  if (later.length === 0 && contents.answers > 0) {
    // The history ends the sentence with its own "and": a comma before the answers.
    return `${cases.join(', ')}, ${answers} and ${their} history`;
  }
  return listInWords([
    ...cases,
    ...(contents.answers > 0 ? [`${answers} with ${their} history`] : []),
    ...later,
  ]);
}

/**
 * Delete an inspection and everything of it on this device, after a confirmation that names
 * what will be lost. One transaction: all of it goes, or nothing does.
 */
export default function InspectionDelete({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading="Delete this inspection"
      hasErrors={hasErrors}
    >
      {({ inspection }) => <Confirm inspection={inspection} onErrorsChange={setHasErrors} />}
    </InspectionFrame>
  );
}

function Confirm({
  inspection,
  onErrorsChange,
}: {
  inspection: Inspection;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const contents = useLive(() => inspectionContents(inspection.id), [inspection.id]);
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const { route } = useLocation();
  const errors: SummaryError[] = useMemo(
    () => (problem ? [{ href: '#confirm-delete', text: problem }] : []),
    [problem],
  );

  if (contents.status !== 'ready') return <Loading what="Counting what the inspection holds" />;
  const lost = whatIsLost(contents.value);

  const remove = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) {
      setProblem('Tick the box to confirm that you want to delete this inspection');
      onErrorsChange(true);
      return;
    }
    setDeleting(true);
    const outcome = await deleteInspection(inspection.id);
    setDeleting(false);
    if (outcome.status === 'deleted' || outcome.status === 'missing') {
      route(`/inspections?deleted=${encodeURIComponent(inspection.title)}`);
      return;
    }
    setProblem(
      `Nothing was deleted: the browser’s storage refused (${outcome.detail}). Try again.`,
    );
    onErrorsChange(true);
  };

  return (
    <form noValidate onSubmit={remove}>
      <ErrorSummary errors={errors} />
      <WarningText>
        The inspection “{inspection.title}” and its {lost} will be deleted from this device. This
        cannot be undone.
      </WarningText>
      <p class="govuk-body">
        Export the inspection first if you may need it again: an export is recommended before
        deleting. Work on other devices, and files already exported, are not affected.
      </p>
      {contents.value.history > 0 && (
        <p class="govuk-body">
          That includes {plural(contents.value.history, 'entry', 'entries')} in the answers’
          history.
        </p>
      )}
      <CheckboxField
        id="confirm-delete"
        label={`Yes, delete “${inspection.title}” and everything in it from this device`}
        error={problem ?? undefined}
        checked={confirmed}
        onChange={(checked) => {
          setConfirmed(checked);
          setProblem(null);
          onErrorsChange(false);
        }}
      />
      <div class="govuk-button-group">
        <button
          type="submit"
          class="govuk-button govuk-button--warning"
          disabled={deleting}
          aria-disabled={deleting}
        >
          Delete this inspection
        </button>
        <a class="govuk-link" href={inspectionHref(inspection.id, '/edit')}>
          Cancel
        </a>
      </div>
    </form>
  );
}
