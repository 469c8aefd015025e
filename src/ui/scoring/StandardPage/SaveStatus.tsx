/**
 * The save status under a question: "Saved 14:32", "Saving…", "Not saved — retrying: the device
 * is out of storage space". Shown on screen as it changes; announced to screen readers only at
 * moments that matter (a choice saved, a save failing, a conflict), never on every keystroke.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnswerRecord } from '../../../db/database';
import type { SaveState } from '../../../editing/editorItem';
import { describeWriteFailure } from '../../components/saveMessages';
import { t } from '../../i18n/translate';
import { formatSavedTime } from '../CaseCommon/formatTime';

/** What a held-back change says (a case marked complete; a second reading finished). */
export type LockedWords = { readonly status: string; readonly announcement: string };

const caseComplete = (): LockedWords => ({
  status: t(
    'scoring',
    'Not saved: this case is marked as complete. Reopen it to save this change.',
  ),
  announcement: t('scoring', 'Not saved: this case is marked as complete'),
});

export function statusText(
  state: SaveState,
  stored: AnswerRecord | undefined,
  me: string | null,
  memberName: (id: string) => string,
  locked: LockedWords = caseComplete(),
): string {
  switch (state.kind) {
    case 'saving':
      return t('scoring', 'Saving…');
    case 'saved':
      return t('scoring', 'Saved {time}', { time: formatSavedTime(state.at) });
    case 'failed':
      return state.reason === 'missing'
        ? t('scoring', 'Not saved: {reason}', { reason: describeWriteFailure(state.reason) })
        : t('scoring', 'Not saved — retrying: {reason}', {
            reason: describeWriteFailure(state.reason),
          });
    case 'conflict':
      return t('scoring', 'Not saved — someone else changed this answer');
    case 'locked':
      return locked.status;
    case 'idle':
      if (!stored || stored.rev === 0) return '';
      return stored.by === me
        ? t('scoring', 'Saved {time}', { time: formatSavedTime(stored.at) })
        : t('scoring', 'Saved {time} by {name}', {
            time: formatSavedTime(stored.at),
            name: memberName(stored.by),
          });
  }
}

function announcementFor(state: SaveState, typing: boolean, locked: LockedWords): string | null {
  switch (state.kind) {
    case 'saving':
      return typing ? null : '';
    case 'saved':
      return typing ? null : t('scoring', 'Saved');
    case 'failed':
      return t('scoring', 'Not saved — retrying: {reason}', {
        reason: describeWriteFailure(state.reason),
      });
    case 'conflict':
      return t('scoring', 'Someone else changed this answer. Choose which version to keep.');
    case 'locked':
      return locked.announcement;
    case 'idle':
      return null;
  }
}

export function SaveStatus({
  id,
  state,
  stored,
  me,
  memberName,
  typing,
  locked = caseComplete(),
}: {
  id: string;
  state: SaveState;
  stored: AnswerRecord | undefined;
  me: string | null;
  memberName: (id: string) => string;
  /** The last change was typed: its saves are not announced. */
  typing: boolean;
  /** Why a change is held back; by default, the case is marked as complete. */
  locked?: LockedWords | undefined;
}) {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const next = announcementFor(state, typing, locked);
    if (next !== null) setAnnouncement(next);
  }, [state, typing, locked]);
  const text = statusText(state, stored, me, memberName, locked);
  const problem = state.kind === 'failed' || state.kind === 'conflict' || state.kind === 'locked';
  return (
    <div class="ca-save-status">
      <p
        class={`govuk-body-s ca-save-status__text${problem ? ' ca-save-status__text--problem' : ''}`}
        id={id}
        data-save-state={state.kind === 'idle' && text !== '' ? 'saved' : state.kind}
      >
        {text}
      </p>
      <span class="govuk-visually-hidden" role="status">
        {announcement}
      </span>
    </div>
  );
}
