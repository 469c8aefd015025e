/**
 * Changing a chosen case's second reader, or taking the case out of moderation — both only
 * while the second reading has not started (the moderation store refuses otherwise, and the
 * page says why). Someone falls ill, a reader turns out to know the family: the lead fixes the
 * choice without drawing again.
 */
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type Inspection,
  type ModerationCase,
  memberName,
  secondReadingStarted,
} from '../../../core';
import {
  changeSecondReader,
  withdrawSecondReading,
} from '../../../db/moderation/moderationAssignment';
import { getModeration } from '../../../db/moderation/moderationStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { RadiosField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { setModerationFlash } from '../ModerationCommon/flash';
import { moderationPath } from '../ModerationCommon/moderationLinks';

type Props = { inspectionId: string; caseId: string };

export default function ModerationChange({ inspectionId, caseId }: Props) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('moderation.change', 'Change a second reading')}
      hasErrors={hasErrors}
    >
      {({ inspection }) => (
        <ChangeBody inspection={inspection} caseId={caseId} onErrors={setHasErrors} />
      )}
    </InspectionFrame>
  );
}

type Outcome = Awaited<ReturnType<typeof changeSecondReader>>;

function problemOf(outcome: Outcome): string | null {
  if (outcome.status === 'done') return null;
  if (outcome.status === 'failed') {
    return t(
      'moderation.change',
      'Nothing was changed: the browser’s storage refused ({detail}). Try again.',
      { detail: outcome.detail },
    );
  }
  return outcome.message;
}

function ChangeBody({
  inspection,
  caseId,
  onErrors,
}: {
  inspection: Inspection;
  caseId: string;
  onErrors: (has: boolean) => void;
}) {
  const record = useLive(() => getModeration(inspection.id, caseId), [inspection.id, caseId]);
  if (record.status === 'loading')
    return <Loading what={t('moderation.change', 'Loading the second reading')} />;
  const back = (
    <p class="govuk-body">
      <a class="govuk-link" href={moderationPath(inspection.id)}>
        {t('moderation.change', 'Back to moderation')}
      </a>
    </p>
  );
  if (record.status === 'failed' || !record.value) {
    return (
      <>
        <p class="govuk-body">
          {t('moderation.change', 'This case is not chosen for a second reading on this device.')}
        </p>
        {back}
      </>
    );
  }
  const { data } = record.value;
  if (secondReadingStarted(record.value)) {
    return (
      <>
        <p class="govuk-body">
          {t(
            'moderation.change',
            'The second reading of case {ref} has started, so its reader cannot change and the case stays in the moderation record.',
            { ref: data.caseRef },
          )}
        </p>
        {back}
      </>
    );
  }
  return <ChangeForm inspection={inspection} record={record.value} onErrors={onErrors} />;
}

function ChangeForm({
  inspection,
  record,
  onErrors,
}: {
  inspection: Inspection;
  record: ModerationCase;
  onErrors: (has: boolean) => void;
}) {
  const { route } = useLocation();
  const { data } = record;
  const readers = inspection.team.filter((m) => m.id !== data.firstReaderId);
  const [reader, setReader] = useState(data.secondReaderId);
  // One array per problem: the summary takes focus when it changes.
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const nameOf = (id: string) => memberName(inspection.team, id);

  const finish = (outcome: Outcome, done: string) => {
    setBusy(false);
    const text = problemOf(outcome);
    setErrors(text === null ? [] : [{ text }]);
    onErrors(text !== null);
    if (text === null) {
      setModerationFlash(done);
      route(moderationPath(inspection.id));
    }
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (reader === data.secondReaderId) {
      route(moderationPath(inspection.id));
      return;
    }
    setBusy(true);
    const outcome = await changeSecondReader(inspection.id, record.caseId, reader);
    finish(
      outcome,
      t('moderation.change', '{name} now reads case {ref} a second time', {
        name: nameOf(reader),
        ref: data.caseRef,
      }),
    );
  };
  const withdraw = async () => {
    setBusy(true);
    const outcome = await withdrawSecondReading(inspection.id, record.caseId);
    finish(
      outcome,
      t('moderation.change', 'Case {ref} is no longer chosen for a second reading', {
        ref: data.caseRef,
      }),
    );
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <p class="govuk-body">
        {t(
          'moderation.change',
          'Case {ref} was read first by {name}. Its second reading has not started, so you can give it to someone else or take the case out of moderation.',
          { ref: data.caseRef, name: nameOf(data.firstReaderId ?? '') },
        )}
      </p>
      <form onSubmit={save} noValidate>
        <RadiosField
          id="reader"
          legend={t('moderation.change', 'Who reads case {ref} a second time?', {
            ref: data.caseRef,
          })}
          hint={t(
            'moderation.change',
            'Anyone in the team except the case’s first reader. If the reading was already sent in an inspection pack, send a new pack to the new reader.',
          )}
          value={reader}
          items={readers.map((member) => ({
            value: member.id,
            label:
              member.role === 'lead'
                ? t('moderation.change', '{name} (lead inspector)', { name: member.name })
                : member.name,
          }))}
          onChange={setReader}
        />
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" disabled={busy}>
            {t('moderation.change', 'Save')}
          </button>
          <a class="govuk-link" href={moderationPath(inspection.id)}>
            {t('moderation.change', 'Cancel')}
          </a>
        </div>
      </form>

      <TakeOut caseRef={data.caseRef} busy={busy} onWithdraw={() => void withdraw()} />
    </>
  );
}

/** Taking the case out of moderation, once the lead has said yes to the question. */
function TakeOut({
  caseRef,
  busy,
  onWithdraw,
}: {
  caseRef: string;
  busy: boolean;
  onWithdraw: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  return (
    <>
      <h2 class="govuk-heading-m">{t('moderation.change', 'Take the case out of moderation')}</h2>
      {confirming ? (
        <>
          <p class="govuk-body govuk-!-font-weight-bold" tabIndex={-1} ref={question}>
            {t(
              'moderation.change',
              'Take case {ref} out of moderation? Its first reading is not affected.',
              { ref: caseRef },
            )}
          </p>
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button govuk-button--warning"
              disabled={busy}
              onClick={onWithdraw}
            >
              {t('moderation.change', 'Yes, take it out')}
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => setConfirming(false)}
            >
              {t('moderation.change', 'No, keep it')}
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => {
            setConfirming(true);
            // The question appears where the button was: move there, so it is read out.
            setTimeout(() => question.current?.focus(), 0);
          }}
        >
          {t('moderation.change', 'Take case {ref} out of moderation', { ref: caseRef })}
        </button>
      )}
    </>
  );
}
