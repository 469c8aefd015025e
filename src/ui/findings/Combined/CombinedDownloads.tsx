/**
 * The combined findings to take away: the findings CSV (the same columns as one inspection's,
 * with the inspection as its breakdown) and a printable summary (PDF, drawn in the report
 * worker as the report is).
 */
import { useState } from 'preact/hooks';
import { type FindingsResult, type Framework, findingsTableCsv } from '../../../core';
import { reportWorker } from '../../../workers/reportBridge';
import { downloadFile } from '../../components/downloadFile';
import { t } from '../../i18n/translate';
import { todayLocal } from '../../report/Exports/exportDate';
import type { CombinedView } from './combinedQuery';

type PdfState =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly fileName: string }
  | { readonly status: 'failed'; readonly message: string };

function fileName(framework: Framework, inspections: number, date: string, ext: string): string {
  return `findings-${framework.id}-${framework.version}-${inspections}-inspections-${date}.${ext}`;
}

export function CombinedDownloads({
  view,
  framework,
  result,
}: {
  view: CombinedView;
  framework: Framework;
  result: FindingsResult;
}) {
  const [pdf, setPdf] = useState<PdfState>({ status: 'idle' });
  const count = view.ids.length;
  const csv = () => {
    const name = fileName(framework, count, todayLocal(), 'csv');
    downloadFile(name, new Blob([findingsTableCsv(result)], { type: 'text/csv;charset=utf-8' }));
  };
  const makePdf = async () => {
    setPdf({ status: 'working' });
    const date = todayLocal();
    try {
      const reply = await reportWorker.call('combinedPdf', {
        ids: view.ids,
        date,
        completeOnly: view.completeOnly,
      });
      if (reply.status !== 'ok') {
        setPdf({ status: 'failed', message: reply.message });
        return;
      }
      const name = fileName(framework, count, date, 'pdf');
      downloadFile(name, new Blob([reply.value.bytes], { type: 'application/pdf' }));
      setPdf({ status: 'done', fileName: name });
    } catch (error) {
      setPdf({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <div class="govuk-button-group">
        <button type="button" class="govuk-button govuk-button--secondary" onClick={csv}>
          {t('findings.combined', 'Download these findings (CSV)')}
        </button>
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          disabled={pdf.status === 'working'}
          onClick={makePdf}
        >
          {t('findings.combined', 'Download a printable summary (PDF)')}
        </button>
      </div>
      <p class="govuk-body" role="status">
        {pdf.status === 'working' && t('findings.combined', 'Making the summary…')}
        {pdf.status === 'done' &&
          t('findings.combined', 'Downloaded {file}.', { file: pdf.fileName })}
        {pdf.status === 'failed' &&
          t('findings.combined', 'The summary could not be made: {problem}', {
            problem: pdf.message,
          })}
      </p>
    </>
  );
}
