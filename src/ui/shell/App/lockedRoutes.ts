/**
 * The screens of their own address while no one is unlocked; at any other address the gate
 * shows the unlock screen (protection/Gate.tsx). Apart from routes.ts, which brings the lead's
 * tools and the storage layer: the gate is on the first screen, which stays small.
 */
import { lazy } from 'preact-iso';
import type { AppRoute } from './appRoute';

export const ERASE_ADDRESS = '/erase-this-device';

/**
 * The team server's screens (issue 14): they hold no case data, so they show whether or not
 * anyone is unlocked on this device (routes.ts has them too).
 */
export const teamServerRoutes: readonly AppRoute[] = [
  { path: '/team', component: lazy(() => import('../../teamServer/TeamServer/TeamServer')) },
  { path: '/team/set-up', component: lazy(() => import('../../teamServer/TeamSetUp/TeamSetUp')) },
  {
    path: '/team/accounts',
    component: lazy(() => import('../../teamServer/TeamAccounts/TeamAccounts')),
  },
  {
    path: '/team/inspections',
    component: lazy(() => import('../../teamServer/TeamInspections/TeamInspections')),
  },
  {
    path: '/team/inspections/:inspectionId',
    component: lazy(() => import('../../teamServer/TeamInspection/TeamInspection')),
  },
];

export const lockedRoutes: readonly AppRoute[] = [
  {
    path: '/recovery-code',
    component: lazy(() => import('../../protection/Recovery/Recovery')),
  },
  { path: '/add-person', component: lazy(() => import('../../protection/SetUp/AddPerson')) },
  { path: ERASE_ADDRESS, component: lazy(() => import('../../protection/Erase/Erase')) },
  ...teamServerRoutes,
];
