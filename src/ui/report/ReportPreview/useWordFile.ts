/** Making the report as a Word file in the worker, then saving it with the browser's download. */
import { useState } from 'preact/hooks';
import { exportFileName, type Framework, type Inspection } from '../../../core';
import { reportWorker } from '../../../workers/reportBridge';
import type { PdfStep } from '../../../workers/reportService';
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

export function useWordFile(
  inspection: Inspection,
  framework: Framework,
  completeOnly: boolean,
  twoWay: TwoWay = null,
) {
  const [word, setWord] = useState<WordState>({ status: 'idle' });
  const makeWord = async () => {
    setWord({ status: 'working', step: null });
    const date = todayLocal();
    try {
      const reply = await reportWorker.call(
        'docx',
        { inspectionId: inspection.id, date, completeOnly, twoWay },
        { onProgress: (step) => setWord({ status: 'working', step }) },
      );
      if (reply.status !== 'ok') {
        setWord({ status: 'failed', message: reply.message });
        return;
      }
      const fileName = wordFileName(inspection, framework, date);
      downloadFile(fileName, new Blob([reply.value.bytes], { type: WORD_TYPE }));
      setWord({ status: 'done', fileName });
    } catch (error) {
      setWord({
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return { word, makeWord };
}
