import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { breakdownChoicesOf, type Framework, type Inspection, LANGUAGE_TAGS } from '../../../core';
import type { ReportChartDocument } from '../../../report/reportModel';
import { RadiosField } from '../../components/InspectionFrame/formFields';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { currentLanguage, currentTranslator, t, tx } from '../../i18n/translate';
import { HtmlStatus, useReportHtml } from './HtmlDownload';
import { OpenChecksConfirm, type ProduceAction } from './OpenChecksConfirm';
import { OpenChecks, PdfProgress } from './PreviewParts';
import { ReportDocumentView } from './ReportDocumentView';
import { previewQuery, TwoWayChoice, twoWayOf } from './TwoWayChoice';
import { usePdf, useReportDocument } from './useReportPreview';
import { useWordFile } from './useWordFile';
import { WordProgress } from './WordProgress';
import './ReportPreview.css';
import { OpenConflictsNotice } from '../../team/TeamWork/OpenConflictsNotice';

/**
 * The report as it will be published: the document the PDF draws, as a web page whose print
 * stylesheet gives a clean A4 document. From here the lead makes the PDF or the Word file (in a
 * worker, with progress; the page stays usable) or prints, after confirming if the report has
 * open checks.
 */
export default function ReportPreview({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('reportScreen', 'Report preview')}>
      {({ inspection, framework }) =>
        framework ? (
          <Preview inspection={inspection} framework={framework.framework} />
        ) : (
          <p class="govuk-body">
            {t(
              'reportScreen',
              'The framework this inspection is pinned to is not on this device, so its report cannot be made here.',
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function PreviewIntro({ inspectionId }: { inspectionId: string }) {
  return (
    <p class="govuk-body">
      {tx(
        'reportScreen',
        'This is the report as the PDF will show it. Change the text in the <link>report editor</link>; the figures come from the cases.',
        {
          link: (chunks: ComponentChildren) => (
            <a class="govuk-link" href={inspectionHref(inspectionId, '/report')}>
              {chunks}
            </a>
          ),
        },
      )}
    </p>
  );
}

function Preview({ inspection, framework }: { inspection: Inspection; framework: Framework }) {
  const { query, route, path } = useLocation();
  const completeOnly = query.basis !== 'all';
  const hasStrata = inspection.strata.length > 0;
  const choices = useMemo(
    () =>
      breakdownChoicesOf(framework, {}, currentTranslator()).filter(
        (b) => b.by !== 'stratum' || hasStrata,
      ),
    [framework, hasStrata],
  );
  const twoWay = twoWayOf(query.by, choices);
  const made = useReportDocument(inspection, completeOnly, twoWay);
  const { pdf, makePdf } = usePdf(inspection, framework, completeOnly, twoWay);
  const { html, makeHtml } = useReportHtml(inspection, framework, completeOnly, twoWay);
  const { word, makeWord } = useWordFile(inspection, framework, completeOnly, twoWay);
  // Producing the report while checks are open waits for the lead to confirm.
  const [confirming, setConfirming] = useState<ProduceAction | null>(null);

  const view = useEditionsView(made);
  const checks = made.status === 'ready' ? checksOf(made.documents) : [];
  const produce = (action: ProduceAction) => {
    setConfirming(null);
    if (action === 'pdf') void makePdf();
    else if (action === 'html') void makeHtml();
    else if (action === 'word') void makeWord();
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
        <PreviewIntro inspectionId={inspection.id} />
        <RadiosField
          id="report-basis"
          legend={t('reportScreen', 'Which cases the figures count')}
          legendClass="govuk-fieldset__legend--s"
          value={completeOnly ? 'complete' : 'all'}
          inline
          small
          items={[
            { value: 'complete', label: t('reportScreen', 'Cases marked complete') },
            { value: 'all', label: t('reportScreen', 'All cases') },
          ]}
          onChange={(value) => route(`${path}${previewQuery(value !== 'all', twoWay)}`, true)}
        />
        <TwoWayChoice
          key={twoWay?.join() ?? ''}
          value={twoWay}
          choices={choices}
          onApply={(next) => route(`${path}${previewQuery(completeOnly, next)}`, true)}
        />
        <OpenChecks checks={checks} />
        <div class="govuk-button-group">
          <button
            type="button"
            class="govuk-button"
            data-module="govuk-button"
            disabled={pdf.status === 'working' || made.status !== 'ready'}
            onClick={() => ask('pdf')}
          >
            {t('reportScreen', 'Download the report (PDF)')}
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            disabled={html.status === 'working' || made.status !== 'ready'}
            onClick={() => ask('html')}
          >
            {t('reportScreen', 'Download the report (HTML)')}
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            disabled={word.status === 'working' || made.status !== 'ready'}
            onClick={() => ask('word')}
          >
            {t('reportScreen', 'Download the report (Word)')}
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            disabled={made.status !== 'ready'}
            onClick={() => ask('print')}
          >
            {t('reportScreen', 'Print')}
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
        <PdfProgress pdf={pdf} />
        <HtmlStatus html={html} />
        <WordProgress word={word} />
      </div>
      {made.status === 'loading' && <Loading what={t('reportScreen', 'Making the report')} />}
      {made.status === 'failed' && <p class="govuk-body">{made.message}</p>}
      {view}
    </>
  );
}

/**
 * The checks for the lead, said once: those of the edition in the language the lead reads, or
 * of the first edition (each edition has the same checks, in its own language).
 */
function checksOf(documents: readonly ReportChartDocument[]): readonly string[] {
  const tag = LANGUAGE_TAGS[currentLanguage()];
  const reading = documents.find((d) => d.meta.language === tag) ?? documents[0];
  return reading?.warnings ?? [];
}

/**
 * The editions drawn in turn. The same element while only the PDF's progress changes: the
 * (long) document is not diffed again on every progress message.
 */
function useEditionsView(made: ReturnType<typeof useReportDocument>) {
  return useMemo(
    () =>
      made.status === 'ready'
        ? made.documents.map((document) => (
            <ReportDocumentView
              key={document.meta.language}
              document={document}
              edition={made.documents.length > 1 ? document.meta.language : undefined}
            />
          ))
        : null,
    [made],
  );
}
