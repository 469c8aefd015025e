/**
 * The case-list worker: parses, checks and stores case lists and draws samples off the page
 * (handlers in caseListService.ts). Started and stopped by caseListBridge.ts.
 */
import { caseListHandlers } from './caseListService';
import { serveHandlers } from './workerProtocol';
import { enterWorkerSpace } from './workerSpace';

serveHandlers(
  caseListHandlers,
  self as unknown as Parameters<typeof serveHandlers>[1],
  enterWorkerSpace,
);
