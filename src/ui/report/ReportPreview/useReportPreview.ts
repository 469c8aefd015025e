/** The report document made in the worker, and the PDF made from it, with its progress. */
import { useEffect, useState } from 'preact/hooks';
import { exportFileName, type Framework, type Inspection } from '../../../core';
import type { ReportChartDocument } from '../../../report/reportModel';
import { reportWorker } from '../../../workers/reportBridge';
import type { PdfStep } from '../../../workers/reportService';
import { downloadFile } from '../../components/downloadFile';
import { todayLocal } from '../Exports/exportDate';

/** Two-way tables the lead chose for the report: rows, then columns; null for none. */
export type TwoWay = readonly [string, string] | null;

export type Made =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      /** One per edition, in print order: a bilingual report's Welsh, then its English. */
      readonly documents: readonly ReportChartDocument[];
    }
  | { readonly status: 'failed'; readonly message: string };

export type PdfState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly step: PdfStep | null }
  | { readonly status: 'done'; readonly fileName: string; readonly pages: number }
  | { readonly status: 'failed'; readonly message: string };

/** The report's document, made again when the inspection or the cases counted change. */
export function useReportDocument(
  inspection: Inspection,
  completeOnly: boolean,
  twoWay: TwoWay = null,
): Made {
  const [made, setMade] = useState<Made>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setMade({ status: 'loading' });
    reportWorker
      .call('document', { inspectionId: inspection.id, date: todayLocal(), completeOnly, twoWay })
      .then(
        (reply) => {
          if (!current) return;
          setMade(
            reply.status === 'ok'
              ? { status: 'ready', documents: reply.value }
              : { status: 'failed', message: reply.message },
          );
        },
        (error: unknown) => {
          if (current) setMade({ status: 'failed', message: String(error) });
        },
      );
    return () => {
      current = false;
    };
  }, [inspection, completeOnly, twoWay?.join()]);
  return made;
}

/** Making the PDF in the worker, then saving it with the browser's download. */
export function usePdf(
  inspection: Inspection,
  framework: Framework,
  completeOnly: boolean,
  twoWay: TwoWay = null,
) {
  const [pdf, setPdf] = useState<PdfState>({ status: 'idle' });
  const makePdf = async () => {
    setPdf({ status: 'working', step: null });
    const date = todayLocal();
    try {
      const reply = await reportWorker.call(
        'pdf',
        { inspectionId: inspection.id, date, completeOnly, twoWay },
        { onProgress: (step) => setPdf({ status: 'working', step }) },
      );
      if (reply.status !== 'ok') {
        setPdf({ status: 'failed', message: reply.message });
        return;
      }
      const fileName = exportFileName(inspection, framework, 'report', date);
      downloadFile(fileName, new Blob([reply.value.bytes], { type: 'application/pdf' }));
      setPdf({ status: 'done', fileName, pages: reply.value.pages });
    } catch (error) {
      setPdf({
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return { pdf, makePdf };
}
