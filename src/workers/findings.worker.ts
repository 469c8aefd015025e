/**
 * The findings worker: computes an inspection's findings off the page (handlers in
 * findingsService.ts). Started and stopped by findingsBridge.ts.
 */
import { findingsHandlers } from './findingsService';
import { serveHandlers } from './workerProtocol';
import { enterWorkerSpace } from './workerSpace';

serveHandlers(
  findingsHandlers,
  self as unknown as Parameters<typeof serveHandlers>[1],
  enterWorkerSpace,
);
