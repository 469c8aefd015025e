import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, lazy } from 'preact-iso';
import { type Availability, checkStorageAvailable } from '../../../db/device/availability';
import { onNewerVersionElsewhere } from '../../../db/newerVersion';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { LanguageProvider, RedrawnOnLanguage } from '../../i18n/LanguageProvider';
import { completeLanguage, t } from '../../i18n/translate';
import { Gate } from '../../protection/Gate';
import { fetchWhenGateShown } from '../../protection/session';
import { Layout } from '../Layout/Layout';
import { ReloadPrompt } from '../ReloadPrompt/ReloadPrompt';
import { StorageUnavailable } from '../StorageUnavailable/StorageUnavailable';

const UnlockedApp = lazy(() => import('./UnlockedApp'));

/**
 * The app: storage check, the gate (set-up or unlock before any case data), router, update
 * prompt. Screens load on demand (each is its own chunk, precached by the service worker so
 * they work offline).
 */
export function App() {
  const [storage, setStorage] = useState<Availability | null>(null);
  const [newerElsewhere, setNewerElsewhere] = useState(false);

  useEffect(() => {
    void checkStorageAvailable().then(setStorage);
    // Behind the gate: fetched once the set-up or unlock screen shows, ready when someone unlocks
    // (the screens, and the rest of the language's words).
    fetchWhenGateShown(() => {
      void UnlockedApp.preload();
      completeLanguage().catch((error: unknown) => console.error(error));
    });
    return onNewerVersionElsewhere(() => setNewerElsewhere(true));
  }, []);

  return (
    <LanguageProvider>
      <LocationProvider>
        <Layout>
          {newerElsewhere && (
            <NotificationBanner
              title={t('shell', 'Important')}
              heading={t('shell', 'A newer version of Case Audit is open in another tab')}
            >
              <p class="govuk-body">
                {t(
                  'shell',
                  'Your saved work is safe. Close this tab, or reload it to use the newer version.',
                )}
              </p>
            </NotificationBanner>
          )}
          {storage === null ? (
            <Loading />
          ) : storage.available ? (
            <ErrorBoundary onError={(error) => console.error(error)}>
              <RedrawnOnLanguage>
                <Gate>
                  <UnlockedApp />
                </Gate>
              </RedrawnOnLanguage>
            </ErrorBoundary>
          ) : (
            <StorageUnavailable reason={storage.reason} />
          )}
        </Layout>
        <ReloadPrompt />
      </LocationProvider>
    </LanguageProvider>
  );
}
