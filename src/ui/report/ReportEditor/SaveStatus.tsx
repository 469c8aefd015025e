/** Whether the report text is saved, said where the lead is writing. */
import type { AutosaveState } from '../../../editing/reportAutosave';
import { describeDraftFailure } from '../../components/saveMessages';
import { t } from '../../i18n/translate';
import { formatSavedTime } from '../../scoring/CaseCommon/formatTime';

type FailureReason = Extract<AutosaveState, { kind: 'failed' }>['reason'];

function failedText(reason: FailureReason): string {
  const why = describeDraftFailure(reason);
  // These are tried again on the next change; the others need the lead to act.
  return reason === 'other' || reason === 'quota' || reason === 'closed'
    ? t('reportScreen', 'Not saved — retrying: {why}', { why })
    : t('reportScreen', 'Not saved — {why}', { why });
}

export function SaveStatus({ state }: { state: AutosaveState }) {
  const text =
    state.kind === 'saved'
      ? t('reportScreen', 'Saved {time}', { time: formatSavedTime(state.at) })
      : state.kind === 'saving' || state.kind === 'pending'
        ? t('reportScreen', 'Saving…')
        : state.kind === 'failed'
          ? failedText(state.reason)
          : t('reportScreen', 'Changes are saved as you type');
  return (
    <p
      class={`govuk-body-s ca-report-editor__status${state.kind === 'failed' ? ' ca-report-editor__status--failed' : ''}`}
      data-save-state={state.kind}
      role="status"
    >
      {text}
    </p>
  );
}
