/** The draft's save status, and what to do when another tab saved it too. */

import { t } from '../../i18n/translate';
import type { DraftEditor } from './useDraftEditor';

function words(kind: Exclude<DraftEditor['saveState']['kind'], 'conflict'>): string {
  switch (kind) {
    case 'idle':
      return t('frameworkEditor', 'Changes save as you type.');
    case 'pending':
    case 'saving':
      return t('frameworkEditor', 'Saving…');
    case 'saved':
      return t('frameworkEditor', 'Saved');
    case 'failed':
      return t(
        'frameworkEditor',
        'Not saved — retrying: the browser refused to store the draft. Keep this page open.',
      );
    case 'gone':
      return t(
        'frameworkEditor',
        'Not saved: this draft is no longer on this device (it was published or deleted).',
      );
  }
}

export function SaveState({ editor }: { editor: DraftEditor }) {
  const { saveState } = editor;
  if (saveState.kind === 'conflict') return null;
  return (
    <p class="govuk-body-s ca-editor-saved" role="status" data-testid="draft-save-state">
      {words(saveState.kind)}
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
          {t('frameworkEditor', 'Important')}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">
          {t('frameworkEditor', 'This draft was changed in another tab or window')}
        </p>
        <p class="govuk-body">
          {t(
            'frameworkEditor',
            'Your changes here have not been saved, so nothing has been lost. Choose which version to keep: keeping yours replaces the other tab’s changes; using the other version replaces yours.',
          )}
        </p>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button" onClick={() => void session.keepMine()}>
            {t('frameworkEditor', 'Keep my changes')}
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => session.takeTheirs()}
          >
            {t('frameworkEditor', 'Use the other version')}
          </button>
        </div>
      </div>
    </div>
  );
}
