/**
 * The audit trail of a case: every change to every answer — the question, the value and note
 * before and after, who, when, on which device, and how (typed here, imported from which file,
 * a moderation decision, a merge decision) — and every completing and reopening, newest first.
 * Conflicts between devices still open on the case are shown above it; the whole history can be
 * downloaded as a spreadsheet (CSV).
 */
import { useState } from 'preact/hooks';
import {
  type CaseStatus,
  describeAnswer,
  FRAMEWORK_HISTORY_ITEM,
  type FrameworkIndex,
  movedWords,
  readMergeDecision,
} from '../../../core';
import { CASE_STATUS_ITEM, historyOf } from '../../../db/cases/caseReads';
import type { AnswerHistoryRecord } from '../../../db/database';
import { auditTrailFile } from '../../../db/exchange/teamExport';
import { downloadFile } from '../../components/downloadFile';
import { Loading } from '../../components/Loading';
import { useDeviceLabel } from '../../hooks/useDeviceLabel';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { todayLocal } from '../../report/Exports/exportDate';
import { CaseConflictsNotice, itemName } from '../CaseCommon/CaseConflictsNotice';
import { CaseLoadFailed, caseNotReady } from '../CaseCommon/CaseMissing';
import { casePath } from '../CaseCommon/caseLinks';
import { formatSavedTime } from '../CaseCommon/formatTime';
import { type ReadyCase, useCaseScreen } from '../CaseCommon/useCaseScreen';
import './CaseHistory.css';
import { STATUS_LABELS } from '../../components/InspectionFrame/format';
import { currentTranslator, t } from '../../i18n/translate';

type Props = { inspectionId: string; caseId: string };

export default function CaseHistory({ inspectionId, caseId }: Props) {
  const screen = useCaseScreen(inspectionId, caseId);
  const history = useLive(() => historyOf(caseId), [caseId]);
  // Never the case reference: browsers keep titles in their history in plain text.
  usePageTitle(t('scoring', 'History of changes'));
  const notReady = caseNotReady(
    screen,
    { inspectionId, caseId },
    t('scoring', 'Loading the history'),
  );
  if (notReady || screen.status !== 'ready') return notReady;
  if (history.status === 'loading') return <Loading what={t('scoring', 'Loading the history')} />;
  if (history.status === 'failed') return <CaseLoadFailed />;
  return <HistoryTable c={screen.value} entries={history.value} />;
}

function how(entry: AnswerHistoryRecord): string {
  const decision = readMergeDecision(entry.source);
  if (decision) {
    return decision.keep === 'theirs'
      ? t('scoring', 'Merge decision: kept the answer in {file}', { file: decision.fileName })
      : t('scoring', 'Merge decision: kept the answer already here, not the one in {file}', {
          file: decision.fileName,
        });
  }
  // A change made on another device says which file brought it.
  const from = entry.via === 'import' && entry.source ? entry.source : null;
  if (entry.itemId === CASE_STATUS_ITEM) return statusHow(entry.value, from);
  if (entry.via === 'import')
    return entry.source
      ? t('scoring', 'Imported from {file}', { file: entry.source })
      : t('scoring', 'Imported');
  if (entry.via === 'moderation') return t('scoring', 'Moderation decision');
  if (entry.via === 'migration') return movedWords(entry.source);
  return t('scoring', 'Answered');
}

/** A change of the case's status, and the file that brought it. */
function statusHow(value: unknown, from: string | null): string {
  if (from === null) {
    if (value === 'moderated') return t('scoring', 'Moderated: every disagreement decided');
    return value === 'complete' ? t('scoring', 'Marked complete') : t('scoring', 'Reopened');
  }
  if (value === 'moderated')
    return t('scoring', 'Moderated: every disagreement decided (imported from {file})', {
      file: from,
    });
  return value === 'complete'
    ? t('scoring', 'Marked complete (imported from {file})', { file: from })
    : t('scoring', 'Reopened (imported from {file})', { file: from });
}

function change(index: FrameworkIndex, entry: AnswerHistoryRecord): string[] {
  if (entry.itemId === FRAMEWORK_HISTORY_ITEM) {
    return [`${String(entry.before?.value ?? '—')} → ${String(entry.value)}`];
  }
  if (entry.itemId === CASE_STATUS_ITEM) {
    const before = entry.before?.value as CaseStatus | undefined;
    return [
      `${before ? STATUS_LABELS[before] : '—'} → ${STATUS_LABELS[entry.value as CaseStatus]}`,
    ];
  }
  const lines: string[] = [];
  const before = entry.before ?? { value: null, note: '' };
  const valueChanged = JSON.stringify(before.value) !== JSON.stringify(entry.value);
  if (valueChanged || entry.before === null) {
    lines.push(
      `${describeAnswer(index, entry.itemId, before.value, currentTranslator())} → ${describeAnswer(index, entry.itemId, entry.value, currentTranslator())}`,
    );
  }
  if (before.note !== entry.note) {
    const none = t('scoring', '(none)');
    lines.push(
      t('scoring', 'Evidence: {before} → {after}', {
        before: before.note.trim() || none,
        after: entry.note.trim() || none,
      }),
    );
  }
  // A decision that confirms the answer already given (moderation, merge) changes nothing.
  if (lines.length === 0)
    lines.push(
      t('scoring', 'Kept: {answer}', {
        answer: describeAnswer(index, entry.itemId, entry.value, currentTranslator()),
      }),
    );
  return lines;
}

/** Downloads this case's history as a spreadsheet. */
function DownloadHistory({ c }: { c: ReadyCase }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const made = await auditTrailFile(c.inspection.id, c.caseRecord.id, todayLocal(), c.device);
      if (made.status !== 'ok') {
        setState('failed');
        return;
      }
      downloadFile(made.fileName, new Blob([made.text], { type: 'text/csv;charset=utf-8' }));
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      {state === 'failed' && (
        <p class="govuk-error-message">
          <span class="govuk-visually-hidden">{t('scoring', 'Error:')}</span>{' '}
          {t('scoring', 'The file could not be made. Try again.')}
        </p>
      )}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={state === 'busy'}
        onClick={() => void download()}
      >
        {state === 'busy'
          ? t('scoring', 'Preparing…')
          : t('scoring', 'Download this history (CSV)')}
      </button>
    </>
  );
}

function HistoryTable({ c, entries }: { c: ReadyCase; entries: AnswerHistoryRecord[] }) {
  const { caseRecord, inspection, index } = c;
  const deviceName = useDeviceLabel();
  return (
    <>
      <a href={casePath(inspection.id, caseRecord.id)} class="govuk-back-link">
        {t('scoring', 'Back to case {ref}', { ref: caseRecord.ref })}
      </a>
      <span class="govuk-caption-l">{t('scoring', 'Case {ref}', { ref: caseRecord.ref })}</span>
      <h1 class="govuk-heading-l">{t('scoring', 'History of changes')}</h1>
      <CaseConflictsNotice c={c} />
      <p class="govuk-body">
        {t(
          'scoring',
          'Every change to this case, newest first. A stretch of typing in one note is one change. Changes merged from other laptops keep their author, device and time, and say which file brought them.',
        )}
      </p>
      {entries.length > 0 && <DownloadHistory c={c} />}
      {entries.length === 0 ? (
        <p class="govuk-body">{t('scoring', 'Nothing has been answered in this case yet.')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls, and keyboard users must be able to scroll it.
        <section class="ca-history" aria-label={t('scoring', 'Changes to this case')} tabIndex={0}>
          <table class="govuk-table ca-history__table">
            <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">
              {t('scoring', 'Changes to case {ref}', { ref: caseRecord.ref })}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t('scoring', 'When')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('scoring', 'Question')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('scoring', 'Change')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('scoring', 'Who')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('scoring', 'Device')}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t('scoring', 'How')}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {entries.map((entry) => (
                <tr class="govuk-table__row" key={entry.seq}>
                  <td class="govuk-table__cell ca-history__when">
                    <time dateTime={entry.at}>{formatSavedTime(entry.at)}</time>
                  </td>
                  <td class="govuk-table__cell">{itemName(c, entry.itemId)}</td>
                  <td class="govuk-table__cell ca-history__change">
                    {change(index, entry).map((line) => (
                      <p class="govuk-body-s ca-history__line" key={line}>
                        {line}
                      </p>
                    ))}
                  </td>
                  <td class="govuk-table__cell">{c.memberName(entry.by)}</td>
                  <td class="govuk-table__cell">
                    {entry.device === c.device
                      ? t('scoring', 'This device')
                      : deviceName(entry.device)}
                  </td>
                  <td class="govuk-table__cell">{how(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
