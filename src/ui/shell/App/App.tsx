import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { onNewerVersionElsewhere } from '../../../db/connection';
import { type Availability, checkStorageAvailable } from '../../../db/device/availability';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { DamagedRecordsBanner } from '../../protection/DamagedRecordsBanner';
import { Gate } from '../../protection/Gate';
import { CaseRecovery } from '../../scoring/CaseRecovery/CaseRecovery';
import { Layout } from '../Layout/Layout';
import { ReloadPrompt } from '../ReloadPrompt/ReloadPrompt';
import { StorageUnavailable } from '../StorageUnavailable/StorageUnavailable';
import { FindingsPrefetch } from './FindingsPrefetch';
import { routes } from './routes';

const NotFound = lazy(() => import('../NotFound/NotFound'));

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
    return onNewerVersionElsewhere(() => setNewerElsewhere(true));
  }, []);

  return (
    <LocationProvider>
      <Layout>
        {newerElsewhere && (
          <NotificationBanner
            title="Important"
            heading="A newer version of Case Audit is open in another tab"
          >
            <p class="govuk-body">
              Your saved work is safe. Close this tab, or reload it to use the newer version.
            </p>
          </NotificationBanner>
        )}
        {storage === null ? (
          <Loading />
        ) : storage.available ? (
          <ErrorBoundary onError={(error) => console.error(error)}>
            <Gate>
              <DamagedRecordsBanner />
              <CaseRecovery />
              <FindingsPrefetch />
              <Router>
                {[
                  ...routes.map((route) => (
                    <Route key={route.path} path={route.path} component={route.component} />
                  )),
                  <Route key="404" default component={NotFound} />,
                ]}
              </Router>
            </Gate>
          </ErrorBoundary>
        ) : (
          <StorageUnavailable reason={storage.reason} />
        )}
      </Layout>
      <ReloadPrompt />
    </LocationProvider>
  );
}
