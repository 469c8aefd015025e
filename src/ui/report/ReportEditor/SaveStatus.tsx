/** Whether the report text is saved, said where the lead is writing. */
import type { AutosaveState } from '../../../editing/reportAutosave';
import { describeDraftFailure } from '../../components/saveMessages';
import { formatSavedTime } from '../../scoring/CaseCommon/formatTime';

export function SaveStatus({ state }: { state: AutosaveState }) {
  const text =
    state.kind === 'saved'
      ? `Saved ${formatSavedTime(state.at)}`
      : state.kind === 'saving' || state.kind === 'pending'
        ? 'Saving…'
        : state.kind === 'failed'
          ? `Not saved — ${state.reason === 'other' || state.reason === 'quota' || state.reason === 'closed' ? 'retrying: ' : ''}${describeDraftFailure(state.reason)}`
          : 'Changes are saved as you type';
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
