/**
 * The header's "Lock" button, on every screen while someone is unlocked: unsaved work is saved,
 * the key dropped, every tab locked and the page loaded afresh.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n/translate';
import { lockSession } from './sessionGate';
import { useShownSession } from './useSession';

export function LockButton() {
  const state = useShownSession();
  const [locking, setLocking] = useState(false);
  if (state.kind !== 'unlocked') return null;
  return (
    <button
      type="button"
      class="govuk-button govuk-button--secondary ca-lock-button"
      data-module="govuk-button"
      disabled={locking}
      onClick={() => {
        setLocking(true);
        void lockSession('button').finally(() => setLocking(false));
      }}
    >
      {t('protection', 'Lock')}
    </button>
  );
}
