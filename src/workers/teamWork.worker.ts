/**
 * The team-work worker: reads, opens and merges team files off the page (handlers in
 * teamWorkService.ts). Started and stopped by teamWorkBridge.ts.
 */

import { teamWorkHandlers } from './teamWorkService';
import { serveHandlers } from './workerProtocol';
import { enterWorkerSpace } from './workerSpace';

serveHandlers(
  teamWorkHandlers,
  self as unknown as Parameters<typeof serveHandlers>[1],
  enterWorkerSpace,
);
