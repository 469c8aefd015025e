/**
 * The gate in front of every screen: nothing of the case data shows until a person is unlocked.
 * While no one is set up, the set-up screen; while locked, the unlock screen (or the recovery and
 * add-a-person screens, at their own addresses), in place of whatever address was asked for. The
 * team server's screens (no case data) show at their own addresses either way.
 * The address stays, so once unlocked the screen asked for shows. The set-up and unlock screens
 * are loaded on demand, keeping the first screen's code small.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { lazy, Route, Router } from 'preact-iso';
import { Loading } from '../components/Loading';
import { lockedRoutes, teamServerRoutes } from '../shell/App/lockedRoutes';
import { startSession } from './sessionGate';
import { useShownSession } from './useSession';

const SetUp = lazy(() => import('./SetUp/SetUp'));
const Unlock = lazy(() => import('./Unlock/Unlock'));

export function Gate({ children }: { children: ComponentChildren }) {
  const state = useShownSession();
  useEffect(() => {
    // The unlock screen is the usual first screen: fetched while the session starts.
    void Unlock.preload();
    startSession().catch((error) => console.error(error));
  }, []);
  // Once unlocked, the layout moves focus to the heading of the screen asked for, as after a
  // navigation (src/ui/shell/Layout/Layout.tsx).

  switch (state.kind) {
    case 'checking':
      return <Loading />;
    case 'no-one':
      // The team server's screens hold no case data: an administrator setting up a server
      // need not protect this device first.
      return (
        <Router key="no-one">
          {[
            ...teamServerRoutes.map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            )),
            <Route key="set-up" default component={SetUp} legacyData={state.legacyData} />,
          ]}
        </Router>
      );
    case 'locked':
      // Keyed: unkeyed, Preact would hand this router to the app's own router once unlocked
      // (same type among the children), which keeps showing this screen at an unknown address.
      return (
        <Router key="locked">
          {[
            ...lockedRoutes.map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            )),
            <Route key="unlock" default component={Unlock} />,
          ]}
        </Router>
      );
    case 'unlocked':
      return <>{children}</>;
  }
}
