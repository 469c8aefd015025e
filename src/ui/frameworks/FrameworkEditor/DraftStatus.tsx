/** The draft's save status, and what to do when another tab saved it too. */
import type { DraftEditor } from './useDraftEditor';

const WORDS = {
  idle: 'Changes save as you type.',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved — retrying: the browser refused to store the draft. Keep this page open.',
  gone: 'Not saved: this draft is no longer on this device (it was published or deleted).',
} as const;

export function SaveState({ editor }: { editor: DraftEditor }) {
  const { saveState } = editor;
  if (saveState.kind === 'conflict') return null;
  return (
    <p class="govuk-body-s ca-editor-saved" role="status" data-testid="draft-save-state">
      {WORDS[saveState.kind]}
    </p>
  );
}

/**
 * Both tabs' work is kept until the author chooses: this tab's changes go on being held (and
 * typed) while the notice shows, and nothing is written until a button is chosen.
 */
export function ConflictNotice({ editor }: { editor: DraftEditor }) {
  const { saveState, session } = editor;
  if (saveState.kind !== 'conflict') return null;
  return (
    <div
      class="govuk-notification-banner ca-editor-conflict"
      role="alert"
      aria-labelledby="draft-conflict-title"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="draft-conflict-title">
          Important
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">
          This draft was changed in another tab or window
        </p>
        <p class="govuk-body">
          Your changes here have not been saved, so nothing has been lost. Choose which version to
          keep: keeping yours replaces the other tab’s changes; using the other version replaces
          yours.
        </p>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button" onClick={() => void session.keepMine()}>
            Keep my changes
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => session.takeTheirs()}
          >
            Use the other version
          </button>
        </div>
      </div>
    </div>
  );
}
