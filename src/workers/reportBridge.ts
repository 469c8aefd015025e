/**
 * The page's way to the report worker: `reportWorker.call('pdf', …)`, `'html'`, `'docx'` and
 * `'document'`, the news release's `'release'`, `'releasePdf'` and `'releaseDocx'`, and the
 * committee paper's `'committeePaper'`, `'committeePaperPdf'` and `'committeePaperDocx'`, typed
 * from reportService.ts. The worker starts on the first call and stops when
 * idle; aborting a call stops it at once. There is no on-page fallback: every supported browser
 * runs module workers, and a fallback would precache the PDF library a second time.
 */
import type { ReportHandlers } from './reportService';
import { workerBridge } from './workerBridge';

export const reportWorker = workerBridge<ReportHandlers>({
  start: () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' }),
});
