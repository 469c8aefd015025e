/**
 * Moderation (quality assurance): a share of the complete cases is read a second time by
 * another inspector, blind to the first reading; the lead compares the two and decides every
 * disagreement. This page lists the second readings of whoever is scoring on this device, the
 * cases chosen with where each has got to, and the agreement so far.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  heldForSecondReader,
  type Inspection,
  type ModerationCase,
  memberName,
  moderationAgreement,
  secondReadingStarted,
} from '../../../core';
import { loadModerationReadings } from '../../../db/moderation/moderationStore';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryRow } from '../../components/SummaryRow';
import { useLive } from '../../hooks/useLive';
import { t, tx } from '../../i18n/translate';
import { ScorerPicker } from '../../scoring/CaseCommon/ScorerPicker';
import { agreementText, kappaText } from '../ModerationCommon/figures';
import { takeModerationFlash } from '../ModerationCommon/flash';
import { ModerationStatusTag } from '../ModerationCommon/ModerationStatusTag';
import {
  agreementPath,
  changePath,
  choosePath,
  comparisonPath,
  readingPath,
} from '../ModerationCommon/moderationLinks';
import { useScorer } from '../ModerationCommon/useScorer';
import '../../scoring/CaseCommon/caseCommon.css';
import '../ModerationCommon/moderation.css';

export default function Moderation({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('moderation', 'Moderation')}>
      {({ inspection }) => <ModerationBody inspection={inspection} />}
    </InspectionFrame>
  );
}

function ModerationBody({ inspection }: { inspection: Inspection }) {
  const [flash] = useState(takeModerationFlash);
  const [changing, setChanging] = useState(false);
  const loaded = useLive(() => loadModerationReadings(inspection.id), [inspection.id]);
  const { scorer } = useScorer(inspection.id);
  if (loaded.status === 'loading' || scorer === undefined) {
    return <Loading what={t('moderation', 'Loading the second readings')} />;
  }
  if (loaded.status === 'failed' || loaded.value === null) {
    return (
      <p class="govuk-body">
        {t(
          'moderation',
          'The second readings could not be read: this device’s storage did not answer, or the framework of this inspection is not on this device. Reload the page to try again.',
        )}
      </p>
    );
  }
  const { records, readings, framework } = loaded.value;
  const name = (id: string | null) =>
    id === null ? t('moderation', 'Not recorded') : memberName(inspection.team, id);
  const mine = scorer === null ? [] : records.filter((r) => r.data.secondReaderId === scorer);
  const finished = readings.filter((r) => r.status !== 'assigned');
  const agreement = moderationAgreement(framework, finished);

  return (
    <>
      {flash && <NotificationBanner type="success" heading={flash} />}
      <p class="govuk-body">
        {t(
          'moderation',
          'Moderation checks the consistency of the scoring: a share of the complete cases is read a second time by another inspector, who does not see the first reading. The two readings are then compared, and the lead decides every answer on which they disagree, with a rationale.',
        )}
      </p>

      <h2 class="govuk-heading-m">{t('moderation', 'Your second readings')}</h2>
      {scorer === null ? (
        <div class="ca-moderation__picker">
          <p class="govuk-body">
            {t(
              'moderation',
              'Say who is scoring on this device to see the second readings assigned to you.',
            )}
          </p>
          <ScorerPicker inspection={inspection} suggested={null} current={null} headingLevel="h2" />
        </div>
      ) : (
        <>
          {changing ? (
            <div class="ca-moderation__picker">
              <ScorerPicker
                inspection={inspection}
                suggested={null}
                current={scorer}
                headingLevel="h2"
                onDone={() => setChanging(false)}
              />
            </div>
          ) : (
            <p class="govuk-body" data-testid="moderation-scoring-as">
              {tx('moderation', 'Scoring as <strong>{name}</strong> on this device.', {
                name: name(scorer),
                strong: (chunks: ComponentChildren) => <strong>{chunks}</strong>,
              })}{' '}
              <button
                type="button"
                class="ca-link-button govuk-link"
                onClick={() => setChanging(true)}
              >
                {t('moderation', 'Change')}
                <span class="govuk-visually-hidden"> {t('moderation', 'who is scoring')}</span>
              </button>
            </p>
          )}
          {mine.length === 0 ? (
            <p class="govuk-body">
              {t('moderation', 'No second reading is assigned to {name}.', { name: name(scorer) })}
            </p>
          ) : (
            <ul class="govuk-task-list" aria-label={t('moderation', 'Your second readings')}>
              {mine.map((record) => (
                <MyReading key={record.id} inspection={inspection} record={record} />
              ))}
            </ul>
          )}
        </>
      )}

      <h2 class="govuk-heading-m">{t('moderation', 'Cases chosen for a second reading')}</h2>
      <ChosenCases inspection={inspection} records={records} name={name} />
      <p class="govuk-body">
        <a
          class={`govuk-button${records.length > 0 ? ' govuk-button--secondary' : ''}`}
          href={choosePath(inspection.id)}
        >
          {t('moderation', 'Choose cases for a second reading')}
        </a>
      </p>

      <h2 class="govuk-heading-m">{t('moderation', 'Agreement so far')}</h2>
      {finished.length === 0 ? (
        <p class="govuk-body">
          {records.length > 0 && records.every(heldForSecondReader)
            ? t(
                'moderation',
                'Agreement is worked out on the lead inspector’s device, where both readings are.',
              )
            : t(
                'moderation',
                'Agreement is worked out once a second reading is finished. None is finished yet.',
              )}
        </p>
      ) : (
        <>
          <dl class="govuk-summary-list" data-testid="moderation-overall">
            <SummaryRow label={t('moderation', 'Cases read twice')}>
              {t('moderation', '{count, plural, one {# case} other {# cases}}', {
                count: finished.length,
              })}
            </SummaryRow>
            <SummaryRow label={t('moderation', 'Agreement')}>
              {t('moderation', '{agreement} of paired answers', {
                agreement: agreementText(agreement.overall),
              })}
            </SummaryRow>
            <SummaryRow label={t('moderation', 'Cohen’s kappa')}>
              {kappaText(agreement.overall)}
            </SummaryRow>
            <SummaryRow label={t('moderation', 'Disagreements')}>
              {disagreementsText(
                records,
                agreement.standards.flatMap((s) => s.questions),
              )}
            </SummaryRow>
          </dl>
          <p class="govuk-body">
            <a class="govuk-link" href={agreementPath(inspection.id)}>
              {t('moderation', 'Agreement by question and standard')}
            </a>
          </p>
        </>
      )}
    </>
  );
}

function disagreementsText(
  records: readonly ModerationCase[],
  questions: readonly { questionId: string; disagreements: readonly string[] }[],
): string {
  const total = questions.reduce((sum, q) => sum + q.disagreements.length, 0);
  // Decisions on questions the framework no longer asks (after a move) stop counting.
  const asked = new Set(questions.map((q) => q.questionId));
  const decided = records.reduce(
    (sum, r) => sum + Object.keys(r.data.decisions).filter((id) => asked.has(id)).length,
    0,
  );
  if (total === 0) return t('moderation', 'None');
  return t('moderation', '{total} ({decided} decided)', { total, decided });
}

function MyReading({ inspection, record }: { inspection: Inspection; record: ModerationCase }) {
  const statusId = `reading-${record.caseId}-status`;
  const done = record.data.status !== 'assigned';
  return (
    <li class="govuk-task-list__item govuk-task-list__item--with-link">
      <div class="govuk-task-list__name-and-hint">
        <a
          class="govuk-link govuk-task-list__link"
          href={readingPath(inspection.id, record.caseId)}
          aria-describedby={statusId}
        >
          {t('moderation', 'Second reading of case {ref}', { ref: record.data.caseRef })}
        </a>
      </div>
      <div class="govuk-task-list__status" id={statusId}>
        {done ? t('moderation', 'Finished') : <ModerationStatusTag record={record} />}
      </div>
    </li>
  );
}

/** The cases chosen for a second reading, with their readers and where each has got to. */
function ChosenCases({
  inspection,
  records,
  name,
}: {
  inspection: Inspection;
  records: readonly ModerationCase[];
  name: (id: string | null) => string;
}) {
  return records.length === 0 ? (
    <p class="govuk-body">{t('moderation', 'No case has been chosen for a second reading yet.')}</p>
  ) : (
    <table class="govuk-table ca-moderation__cases">
      <caption class="govuk-table__caption govuk-table__caption--s">
        {t(
          'moderation',
          '{count, plural, one {# case} other {# cases}} chosen; {read} read twice',
          {
            count: records.length,
            read: records.filter((r) => r.data.status !== 'assigned').length,
          },
        )}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">
            {t('moderation', 'Case')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('moderation', 'First reader')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('moderation', 'Second reader')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('moderation', 'Status')}
          </th>
          <th scope="col" class="govuk-table__header">
            <span class="govuk-visually-hidden">{t('moderation', 'Action')}</span>
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {records.map((record) => (
          <tr class="govuk-table__row" key={record.id} data-case={record.data.caseRef}>
            <th scope="row" class="govuk-table__header">
              {record.data.caseRef}
            </th>
            <td class="govuk-table__cell">{name(record.data.firstReaderId)}</td>
            <td class="govuk-table__cell">{name(record.data.secondReaderId)}</td>
            <td class="govuk-table__cell">
              <ModerationStatusTag record={record} />
            </td>
            <td class="govuk-table__cell">
              {heldForSecondReader(record) ? (
                record.data.status !== 'assigned' && (
                  <span class="govuk-body-s">
                    {t('moderation', 'Compared on the lead’s device')}
                  </span>
                )
              ) : record.data.status === 'assigned' ? (
                !secondReadingStarted(record) && (
                  <a class="govuk-link" href={changePath(inspection.id, record.caseId)}>
                    {t('moderation', 'Change')}
                    <span class="govuk-visually-hidden">
                      {' '}
                      {t('moderation', 'the reader of case {ref}', {
                        ref: record.data.caseRef,
                      })}
                    </span>
                  </a>
                )
              ) : (
                <a class="govuk-link" href={comparisonPath(inspection.id, record.caseId)}>
                  {t('moderation', 'Compare readings')}
                  <span class="govuk-visually-hidden">
                    {' '}
                    {t('moderation', 'of case {ref}', { ref: record.data.caseRef })}
                  </span>
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
