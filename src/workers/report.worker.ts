/**
 * The report worker: builds report documents and PDFs off the page (handlers in
 * reportService.ts). Started and stopped by reportBridge.ts.
 */
import { reportHandlers } from './reportService';
import { serveHandlers } from './workerProtocol';
import { enterWorkerSpace } from './workerSpace';

serveHandlers(
  reportHandlers,
  self as unknown as Parameters<typeof serveHandlers>[1],
  enterWorkerSpace,
);
