/**
 * The page's way to the case-list worker: `caseListWorker.call('open', …)` and so on, typed
 * from the handlers in caseListService.ts. The worker starts on the first call and stops when
 * idle; the import screen holds it while a file is open, since the parsed file lives there.
 */
import type { CaseListHandlers } from './caseListService';
import { workerBridge } from './workerBridge';

export const caseListWorker = workerBridge<CaseListHandlers>({
  start: () => new Worker(new URL('./caseList.worker.ts', import.meta.url), { type: 'module' }),
  local: () => import('./caseListService').then((module) => module.caseListHandlers),
});
