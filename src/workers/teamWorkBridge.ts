/**
 * The page's way to the team-work worker: `teamWorker.call('open', …)` and so on, typed from
 * the handlers in teamWorkService.ts. The worker starts on the first call and stops when idle;
 * a screen with files open holds it, since the opened files live there.
 */
import type { TeamWorkHandlers } from './teamWorkService';
import { workerBridge } from './workerBridge';

export const teamWorker = workerBridge<TeamWorkHandlers>({
  start: () => new Worker(new URL('./teamWork.worker.ts', import.meta.url), { type: 'module' }),
  local: () => import('./teamWorkService').then((module) => module.teamWorkHandlers),
});
