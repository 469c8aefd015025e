import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Inspection } from '../../../core';
import { deleteInspection, inspectionContents } from '../../../db/inspections/inspectionStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { CheckboxField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';

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
    later.push(
      t('setup', 'the population list of {count, plural, one {# case} other {# cases}}', {
        count: contents.population,
      }),
    );
  }
  if (contents.reports > 0) later.push(t('setup', 'the report'));
  if (contents.moderation > 0) {
    later.push(
      t('setup', '{count, plural, one {# moderation record} other {# moderation records}}', {
        count: contents.moderation,
      }),
    );
  }
  const cases = [
    t('setup', '{count, plural, one {# case} other {# cases}} in the sample', {
      count: contents.cases - contents.reserves,
    }),
    ...(contents.reserves > 0
      ? [
          t('setup', '{count, plural, one {# reserve} other {# reserves}}', {
            count: contents.reserves,
          }),
        ]
      : []),
  ];
  if (later.length === 0 && contents.answers > 0) {
    // The history ends the sentence with its own "and": a comma before the answers.
    return t(
      'setup',
      '{cases}, {count, plural, one {# answer and its history} other {# answers and their history}}',
      { cases: cases.join(', '), count: contents.answers },
    );
  }
  return listOf([
    ...cases,
    ...(contents.answers > 0
      ? [
          t(
            'setup',
            '{count, plural, one {# answer with its history} other {# answers with their history}}',
            { count: contents.answers },
          ),
        ]
      : []),
    ...later,
  ]);
}

/** "a, b and c" in the language chosen. */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return t('setup', '{list} and {item}', {
    list: items.slice(0, -1).join(', '),
    item: items[items.length - 1] ?? '',
  });
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
      heading={t('setup', 'Delete this inspection')}
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

  if (contents.status !== 'ready')
    return <Loading what={t('setup', 'Counting what the inspection holds')} />;
  const lost = whatIsLost(contents.value);

  const remove = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) {
      setProblem(t('setup', 'Tick the box to confirm that you want to delete this inspection'));
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
      t('setup', 'Nothing was deleted: the browser’s storage refused ({detail}). Try again.', {
        detail: outcome.detail,
      }),
    );
    onErrorsChange(true);
  };

  return (
    <form noValidate onSubmit={remove}>
      <ErrorSummary errors={errors} />
      <WarningText>
        {t(
          'setup',
          'The inspection “{title}” and its {lost} will be deleted from this device. This cannot be undone.',
          { title: inspection.title, lost },
        )}
      </WarningText>
      <p class="govuk-body">
        {t(
          'setup',
          'Export the inspection first if you may need it again: an export is recommended before deleting. Work on other devices, and files already exported, are not affected.',
        )}
      </p>
      {contents.value.history > 0 && (
        <p class="govuk-body">
          {t(
            'setup',
            'That includes {count, plural, one {# entry} other {# entries}} in the answers’ history.',
            { count: contents.value.history },
          )}
        </p>
      )}
      <CheckboxField
        id="confirm-delete"
        label={t('setup', 'Yes, delete “{title}” and everything in it from this device', {
          title: inspection.title,
        })}
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
          {t('setup', 'Delete this inspection')}
        </button>
        <a class="govuk-link" href={inspectionHref(inspection.id, '/edit')}>
          {t('setup', 'Cancel')}
        </a>
      </div>
    </form>
  );
}
