/**
 * The app behind the gate: the router and everything that reads a person's space (crash
 * recovery, the findings prefetch, syncing with the team server, the damaged-records and
 * data-waiting warnings). Its own
 * chunk, loaded once someone has unlocked, so the first screen (set-up or unlock) does not load
 * the storage layer.
 */
import { lazy, Route, Router } from 'preact-iso';
import { DamagedRecordsBanner } from '../../protection/DamagedRecordsBanner';
import { LegacyDataWaitingBanner } from '../../protection/LegacyDataWaitingBanner';
import { CaseRecovery } from '../../scoring/CaseRecovery/CaseRecovery';
import { BackgroundSync } from './BackgroundSync';
import { FindingsPrefetch } from './FindingsPrefetch';
import { routes } from './routes';

const NotFound = lazy(() => import('../NotFound/NotFound'));

export default function UnlockedApp() {
  return (
    <>
      <DamagedRecordsBanner />
      <LegacyDataWaitingBanner />
      <CaseRecovery />
      <FindingsPrefetch />
      <BackgroundSync />
      <Router>
        {[
          ...routes.map((route) => (
            <Route key={route.path} path={route.path} component={route.component} />
          )),
          <Route key="404" default component={NotFound} />,
        ]}
      </Router>
    </>
  );
}
