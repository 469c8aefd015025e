/**
 * The screens of their own address while no one is unlocked; at any other address the gate
 * shows the unlock screen (protection/Gate.tsx). Apart from routes.ts, which brings the lead's
 * tools and the storage layer: the gate is on the first screen, which stays small.
 */
import { lazy } from 'preact-iso';
import type { AppRoute } from './appRoute';

export const ERASE_ADDRESS = '/erase-this-device';

export const lockedRoutes: readonly AppRoute[] = [
  {
    path: '/recovery-code',
    component: lazy(() => import('../../protection/Recovery/Recovery')),
  },
  { path: '/add-person', component: lazy(() => import('../../protection/SetUp/AddPerson')) },
  { path: ERASE_ADDRESS, component: lazy(() => import('../../protection/Erase/Erase')) },
];
