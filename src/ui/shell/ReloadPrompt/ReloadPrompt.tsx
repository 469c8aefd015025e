/**
 * The only code that registers the service worker. When a new version of the app is waiting,
 * it says so and waits for the user: it never reloads or activates the new version on its own,
 * and never while typed work is unsaved (it saves first, and only then reloads).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Workbox } from 'workbox-window';
import { flushAll, hasUnsavedWork, onUnsavedWorkChanged } from '../../../editing/unsavedWork';
import { t } from '../../i18n/translate';

type State = 'idle' | 'waiting' | 'saving' | 'blocked';

export function ReloadPrompt() {
  const [state, setState] = useState<State>('idle');
  const [workbox, setWorkbox] = useState<Workbox | null>(null);
  const [unsaved, setUnsaved] = useState(hasUnsavedWork());
  // Set when the user chooses to update: the first visit's page, which the worker took over
  // without a reload, has no earlier version to replace, so only this says an update is due.
  const updateRequested = useRef(false);

  useEffect(() => onUnsavedWorkChanged(() => setUnsaved(hasUnsavedWork())), []);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    let cancelled = false;
    void import('workbox-window').then(({ Workbox }) => {
      if (cancelled) return;
      const wb = new Workbox('/sw.js', { scope: '/', updateViaCache: 'none' });
      wb.addEventListener('waiting', () => setState('waiting'));
      // Reload only after a new version took control; never when the first installed worker
      // takes over this page, which is already the version it serves.
      wb.addEventListener('controlling', (event) => {
        if (event.isUpdate || updateRequested.current) window.location.reload();
      });
      void wb.register();
      setWorkbox(wb);
      // Look for updates when the app comes back to the foreground (long fieldwork days).
      const check = () => {
        if (document.visibilityState === 'visible') void wb.update().catch(() => undefined);
      };
      document.addEventListener('visibilitychange', check);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (state === 'idle') return null;

  const reload = async () => {
    setState('saving');
    const clean = await flushAll();
    if (!clean || hasUnsavedWork()) {
      setState('blocked');
      return;
    }
    updateRequested.current = true;
    workbox?.messageSkipWaiting();
  };

  return (
    <div class="govuk-width-container ca-reload-prompt ca-no-print">
      <section class="govuk-notification-banner" aria-labelledby="reload-prompt-title">
        <div class="govuk-notification-banner__header">
          <h2 class="govuk-notification-banner__title" id="reload-prompt-title">
            {t('shell', 'Update available')}
          </h2>
        </div>
        <div class="govuk-notification-banner__content">
          <p class="govuk-notification-banner__heading">
            {t('shell', 'A new version is available — reload when you are ready.')}
          </p>
          {unsaved || state === 'blocked' ? (
            <p class="govuk-body">
              {t(
                'shell',
                'You have changes that are still being saved. The update will wait until they are saved.',
              )}
            </p>
          ) : (
            <p class="govuk-body">
              {t(
                'shell',
                'Your work is saved on this device and will still be here after reloading.',
              )}
            </p>
          )}
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button"
              disabled={unsaved || state === 'saving'}
              aria-disabled={unsaved || state === 'saving'}
              onClick={reload}
            >
              {state === 'saving' ? 'Saving…' : t('shell', 'Reload and update')}
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => setState('idle')}
            >
              {t('shell', 'Not now')}
            </button>
          </div>
        </div>
      </section>
    </div>
  );
}
