import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { exportFileName, type Framework, type Inspection, plural } from '../../../core';
import { downloadFile } from '../../../report/exports/downloadFile';
import type { ReportChartDocument } from '../../../report/reportModel';
import { reportWorker } from '../../../workers/reportBridge';
import type { PdfStep } from '../../../workers/reportService';
import { RadiosField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { todayLocal } from '../Exports/exportDate';
import { OpenChecksConfirm, type ProduceAction } from './OpenChecksConfirm';
import { ReportDocumentView } from './ReportDocumentView';
import './ReportPreview.css';
import { OpenConflictsNotice } from '../../team/TeamWork/OpenConflictsNotice';

/**
 * The report as it will be published: the document the PDF draws, as a web page whose print
 * stylesheet gives a clean A4 document. From here the lead makes the PDF (in a worker, with
 * progress; the page stays usable) or prints, after confirming if the report has open checks.
 */
export default function ReportPreview({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Report preview">
      {({ inspection, framework }) =>
        framework ? (
          <Preview inspection={inspection} framework={framework.framework} />
        ) : (
          <p class="govuk-body">
            The framework this inspection is pinned to is not on this device, so its report cannot
            be made here.
          </p>
        )
      }
    </InspectionFrame>
  );
}

type Made =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly document: ReportChartDocument }
  | { readonly status: 'failed'; readonly message: string };

type PdfState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly step: PdfStep | null }
  | { readonly status: 'done'; readonly fileName: string; readonly pages: number }
  | { readonly status: 'failed'; readonly message: string };

function stepText(step: PdfStep | null): string {
  if (step === null || step.step === 'figures') return 'Working out the figures…';
  if (step.step === 'library') return 'Loading the PDF maker…';
  return `Drawing the report: part ${Math.min(step.done + 1, step.total)} of ${step.total}…`;
}

function Preview({ inspection, framework }: { inspection: Inspection; framework: Framework }) {
  const { query, route, path } = useLocation();
  const completeOnly = query.basis !== 'all';
  const [made, setMade] = useState<Made>({ status: 'loading' });
  const [pdf, setPdf] = useState<PdfState>({ status: 'idle' });
  // Producing the report while checks are open waits for the lead to confirm.
  const [confirming, setConfirming] = useState<ProduceAction | null>(null);

  useEffect(() => {
    let current = true;
    setMade({ status: 'loading' });
    reportWorker
      .call('document', { inspectionId: inspection.id, date: todayLocal(), completeOnly })
      .then(
        (reply) => {
          if (!current) return;
          setMade(
            reply.status === 'ok'
              ? { status: 'ready', document: reply.value }
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
  }, [inspection, completeOnly]);

  // The same element while only the PDF's progress changes: the (long) document is not diffed
  // again on every progress message.
  const view = useMemo(
    () => (made.status === 'ready' ? <ReportDocumentView document={made.document} /> : null),
    [made],
  );

  const makePdf = async () => {
    setPdf({ status: 'working', step: null });
    const date = todayLocal();
    try {
      const reply = await reportWorker.call(
        'pdf',
        { inspectionId: inspection.id, date, completeOnly },
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

  const checks = made.status === 'ready' ? made.document.warnings : [];
  const produce = (action: ProduceAction) => {
    setConfirming(null);
    if (action === 'pdf') void makePdf();
    else window.print();
  };
  const ask = (action: ProduceAction) => {
    if (checks.length > 0) setConfirming(action);
    else produce(action);
  };

  return (
    <>
      <div class="ca-no-print">
        <OpenConflictsNotice inspectionId={inspection.id} />
        <p class="govuk-body">
          This is the report as the PDF will show it. Change the text in the{' '}
          <a class="govuk-link" href={inspectionHref(inspection.id, '/report')}>
            report editor
          </a>
          ; the figures come from the cases.
        </p>
        <RadiosField
          id="report-basis"
          legend="Which cases the figures count"
          legendClass="govuk-fieldset__legend--s"
          value={completeOnly ? 'complete' : 'all'}
          inline
          small
          items={[
            { value: 'complete', label: 'Cases marked complete' },
            { value: 'all', label: 'All cases' },
          ]}
          onChange={(value) => route(value === 'all' ? `${path}?basis=all` : path, true)}
        />
        {made.status === 'ready' && made.document.warnings.length > 0 && (
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <div class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">Warning</span>
              <strong>
                Check {plural(made.document.warnings.length, 'thing')} before you publish:
              </strong>
              <ul class="govuk-list govuk-list--bullet ca-report-preview__checks">
                {made.document.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
        <div class="govuk-button-group">
          <button
            type="button"
            class="govuk-button"
            data-module="govuk-button"
            disabled={pdf.status === 'working' || made.status !== 'ready'}
            onClick={() => ask('pdf')}
          >
            Download the report (PDF)
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            disabled={made.status !== 'ready'}
            onClick={() => ask('print')}
          >
            Print
          </button>
        </div>
        {confirming && checks.length > 0 && (
          <OpenChecksConfirm
            action={confirming}
            checks={checks}
            editorHref={inspectionHref(inspection.id, '/report')}
            onProduce={() => produce(confirming)}
            onCancel={() => setConfirming(null)}
          />
        )}
        {pdf.status === 'working' && (
          <div class="ca-report-preview__progress">
            <p class="govuk-body" role="status">
              {stepText(pdf.step)}
            </p>
            <progress
              aria-label="Making the PDF"
              max={pdf.step?.step === 'drawing' ? pdf.step.total : 1}
              value={pdf.step?.step === 'drawing' ? pdf.step.done : undefined}
            />
          </div>
        )}
        {pdf.status === 'done' && (
          <NotificationBanner type="success" heading="The PDF is in your downloads">
            <p class="govuk-body" data-pdf-done>
              {pdf.fileName}: {plural(pdf.pages, 'page')}.
            </p>
          </NotificationBanner>
        )}
        {pdf.status === 'failed' && (
          <div class="govuk-error-summary" role="alert">
            <h2 class="govuk-error-summary__title">The PDF could not be made</h2>
            <div class="govuk-error-summary__body">
              <p class="govuk-body">{pdf.message}</p>
            </div>
          </div>
        )}
      </div>
      {made.status === 'loading' && <Loading what="Making the report" />}
      {made.status === 'failed' && <p class="govuk-body">{made.message}</p>}
      {view}
    </>
  );
}
