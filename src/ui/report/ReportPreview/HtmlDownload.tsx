/**
 * The report as one accessible HTML file: made in the report worker from the same document the
 * PDF draws, then saved with the browser's download under the PDF's name with `.html`.
 */
import { useState } from 'preact/hooks';
import { exportFileName, type Framework, type Inspection } from '../../../core';
import { reportWorker } from '../../../workers/reportBridge';
import { downloadFile } from '../../components/downloadFile';
import { FailureSummary } from '../../components/FailureSummary';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import { todayLocal } from '../Exports/exportDate';
import type { TwoWay } from './useReportPreview';

export type HtmlState =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly fileName: string }
  | { readonly status: 'failed'; readonly message: string };

/** `lac-2012-inspection-report-2026-11-22.html`: the PDF's name, so the two sort together. */
export function reportHtmlFileName(
  inspection: Pick<Inspection, 'kind'>,
  framework: Pick<Framework, 'id' | 'year'>,
  date: string,
): string {
  return exportFileName(inspection, framework, 'report', date).replace(/\.pdf$/, '.html');
}

export function useReportHtml(
  inspection: Inspection,
  framework: Framework,
  completeOnly: boolean,
  twoWay: TwoWay = null,
) {
  const [html, setHtml] = useState<HtmlState>({ status: 'idle' });
  const makeHtml = async () => {
    setHtml({ status: 'working' });
    const date = todayLocal();
    try {
      const reply = await reportWorker.call('html', {
        inspectionId: inspection.id,
        date,
        completeOnly,
        twoWay,
      });
      if (reply.status !== 'ok') {
        setHtml({ status: 'failed', message: reply.message });
        return;
      }
      const fileName = reportHtmlFileName(inspection, framework, date);
      downloadFile(fileName, new Blob([reply.value.html], { type: 'text/html;charset=utf-8' }));
      setHtml({ status: 'done', fileName });
    } catch (error) {
      setHtml({
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return { html, makeHtml };
}

export function HtmlStatus({ html }: { html: HtmlState }) {
  if (html.status === 'working') {
    return (
      <p class="govuk-body" role="status">
        {t('reportScreen', 'Making the HTML file…')}
      </p>
    );
  }
  if (html.status === 'done') {
    return (
      <NotificationBanner
        type="success"
        heading={t('reportScreen', 'The HTML file is in your downloads')}
      >
        <p class="govuk-body" data-html-done>
          {html.fileName}
        </p>
      </NotificationBanner>
    );
  }
  if (html.status === 'failed') {
    return (
      <FailureSummary title={t('reportScreen', 'The HTML file could not be made')}>
        {html.message}
      </FailureSummary>
    );
  }
  return null;
}
