/**
 * Making a Word file in the worker, then saving it with the browser's download: the report's
 * (`useWordFile`), or the news release's (`useWordDownload` with its own call and name).
 */
import { useState } from 'preact/hooks';
import { exportFileName, type Framework, type Inspection } from '../../../core';
import { reportWorker } from '../../../workers/reportBridge';
import type { PdfStep, ReportReply, WordResult } from '../../../workers/reportService';
import { downloadFile } from '../../components/downloadFile';
import { todayLocal } from '../Exports/exportDate';
import type { TwoWay } from './useReportPreview';

export type WordState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly step: PdfStep | null }
  | { readonly status: 'done'; readonly fileName: string }
  | { readonly status: 'failed'; readonly message: string };

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The PDF's name with the Word file's ending: the two versions of a report sit side by side. */
export function wordFileName(
  inspection: Pick<Inspection, 'kind'>,
  framework: Pick<Framework, 'id' | 'year'>,
  date: string,
): string {
  return exportFileName(inspection, framework, 'report', date).replace(/\.pdf$/, '.docx');
}

/** Makes a Word file with `make` (given the day's date and a progress listener) and saves it. */
export function useWordDownload(
  make: (date: string, onProgress: (step: PdfStep) => void) => Promise<ReportReply<WordResult>>,
  fileName: (date: string) => string,
) {
  const [word, setWord] = useState<WordState>({ status: 'idle' });
  const makeWord = async () => {
    setWord({ status: 'working', step: null });
    const date = todayLocal();
    try {
      const reply = await make(date, (step) => setWord({ status: 'working', step }));
      if (reply.status !== 'ok') {
        setWord({ status: 'failed', message: reply.message });
        return;
      }
      const name = fileName(date);
      downloadFile(name, new Blob([reply.value.bytes], { type: WORD_TYPE }));
      setWord({ status: 'done', fileName: name });
    } catch (error) {
      setWord({
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return { word, makeWord };
}

/** The report as a Word file. */
export function useWordFile(
  inspection: Inspection,
  framework: Framework,
  completeOnly: boolean,
  twoWay: TwoWay = null,
) {
  return useWordDownload(
    (date, onProgress) =>
      reportWorker.call(
        'docx',
        { inspectionId: inspection.id, date, completeOnly, twoWay },
        { onProgress },
      ),
    (date) => wordFileName(inspection, framework, date),
  );
}
