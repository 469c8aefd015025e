/**
 * The news release issued with the report (seed 003's shape): the lead types the headline, the
 * dates, the opening, the chief inspector's quote, the press contact and any notes to editors;
 * the key findings are those chosen for the report's summary and the sample is described from
 * the cases. Saved as it is typed, like the report's text; the release as it will read beside
 * it, with its checks; downloaded as a PDF or a Word file made in the report worker.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  emptyNewsRelease,
  exportFileName,
  type Framework,
  type Inspection,
  type NewsReleaseDraft,
  type ReportDraft,
} from '../../../core';
import { reportWorker } from '../../../workers/reportBridge';
import { downloadFile } from '../../components/downloadFile';
import { FailureSummary } from '../../components/FailureSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { t, tx } from '../../i18n/translate';
import { todayLocal } from '../Exports/exportDate';
import { DraftLoader } from '../ReportEditor/DraftLoader';
import { ReportTextArea } from '../ReportEditor/ReportTextArea';
import { SaveStatus } from '../ReportEditor/SaveStatus';
import { useReportDraft } from '../ReportEditor/useReportDraft';
import { useReportFigures } from '../ReportEditor/useReportFigures';
import { OpenChecks } from '../ReportPreview/PreviewParts';
import { useWordDownload } from '../ReportPreview/useWordFile';
import { WordProgress } from '../ReportPreview/WordProgress';
import { ReleaseFields } from './ReleaseFields';
import { type MadeRelease, ReleaseView, useRelease } from './ReleaseView';

export default function NewsRelease({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('reportScreen', 'News release')}>
      {({ inspection, framework }) =>
        framework ? (
          <DraftLoader
            inspectionId={inspection.id}
            loading={t('reportScreen', 'Loading the release')}
          >
            {(draft) => (
              <Editor inspection={inspection} framework={framework.framework} initial={draft} />
            )}
          </DraftLoader>
        ) : (
          <p class="govuk-body">
            {t(
              'reportScreen',
              'The framework this inspection is pinned to is not on this device, so its release cannot be written here.',
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

/** The release PDF's name with the Word file's ending: the two sit side by side. */
export function releaseWordFileName(
  inspection: Pick<Inspection, 'kind'>,
  framework: Pick<Framework, 'id' | 'year'>,
  date: string,
): string {
  return exportFileName(inspection, framework, 'news-release', date).replace(/\.pdf$/, '.docx');
}

function ReleaseIntro({ inspectionId }: { inspectionId: string }) {
  return (
    <p class="govuk-body">
      {tx(
        'reportScreen',
        'The release issued with the report. Its key findings are those chosen for the report’s summary (change them in the <link>report’s text</link>); the sample is described from the cases. Figures count the cases marked complete.',
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

type Download =
  | { readonly status: 'idle' | 'working' }
  | { readonly status: 'done'; readonly fileName: string }
  | { readonly status: 'failed'; readonly message: string };

/** The release as it will read, with its checks, or why it cannot be shown yet. */
function ReleaseReads({ made }: { made: MadeRelease }) {
  if (made.status === 'loading') return <Loading what={t('reportScreen', 'Making the release')} />;
  if (made.status === 'failed') {
    return (
      <FailureSummary title={t('reportScreen', 'The release could not be made')}>
        {made.message}
      </FailureSummary>
    );
  }
  return (
    <>
      <OpenChecks checks={made.release.warnings} />
      <ReleaseView release={made.release} />
    </>
  );
}

function PdfStatus({ download }: { download: Download }) {
  if (download.status === 'failed') {
    return (
      <FailureSummary title={t('reportScreen', 'The PDF could not be made')}>
        {download.message}
      </FailureSummary>
    );
  }
  if (download.status === 'done') {
    return (
      <p class="govuk-body" role="status" data-release-done>
        {t('reportScreen', 'Saved {fileName}.', { fileName: download.fileName })}
      </p>
    );
  }
  return null;
}

function Editor({
  inspection,
  framework,
  initial,
}: {
  inspection: Inspection;
  framework: Framework;
  initial: ReportDraft;
}) {
  const { draft, saveState, update, flush, saved } = useReportDraft(inspection.id, initial);
  const { figures } = useReportFigures(inspection, framework);
  const release = draft.release ?? emptyNewsRelease();
  const change = (next: Partial<NewsReleaseDraft>, immediate = false) =>
    update({ ...draft, release: { ...release, ...next } }, immediate);
  const made = useRelease(inspection.id, saveState);
  const [download, setDownload] = useState<Download>({ status: 'idle' });
  const { word, makeWord } = useWordDownload(
    async (_date, onProgress) => {
      await saved();
      return reportWorker.call(
        'releaseDocx',
        { inspectionId: inspection.id, completeOnly: true },
        { onProgress },
      );
    },
    (date) => releaseWordFileName(inspection, framework, date),
  );

  const makePdf = async () => {
    setDownload({ status: 'working' });
    await saved();
    const reply = await reportWorker
      .call('releasePdf', { inspectionId: inspection.id, completeOnly: true })
      .catch((error: unknown) => ({ status: 'missing' as const, message: String(error) }));
    if (reply.status !== 'ok') {
      setDownload({ status: 'failed', message: reply.message });
      return;
    }
    const fileName = exportFileName(inspection, framework, 'news-release', todayLocal());
    downloadFile(fileName, new Blob([reply.value.bytes], { type: 'application/pdf' }));
    setDownload({ status: 'done', fileName });
  };

  return (
    <div class="ca-report-editor">
      <div class="ca-report-editor__bar">
        <SaveStatus state={saveState} />
      </div>
      <ReleaseIntro inspectionId={inspection.id} />
      <ReleaseFields
        release={release}
        onChange={change}
        onBlur={flush}
        opening={
          <ReportTextArea
            id="release-opening"
            label={t('reportScreen', 'Opening')}
            hint={t(
              'reportScreen',
              'What the inspection found and why it matters, for the public. Leave a blank line between paragraphs.',
            )}
            value={release.opening}
            rows={6}
            figures={figures}
            onInput={(opening) => change({ opening })}
            onBlur={flush}
          />
        }
        quote={
          <ReportTextArea
            id="release-quote"
            label={t('reportScreen', 'Quote')}
            hint={t('reportScreen', 'Without quotation marks: the release adds them.')}
            value={release.quote}
            rows={6}
            figures={figures}
            onInput={(quote) => change({ quote })}
            onBlur={flush}
          />
        }
      />
      <h2 class="govuk-heading-m">{t('reportScreen', 'How the release reads')}</h2>
      <ReleaseReads made={made} />
      <PdfStatus download={download} />
      <WordProgress
        word={word}
        done={
          <p class="govuk-body">
            {t(
              'reportScreen',
              'It is set in Word’s own styles, so it takes on the look of your own template.',
            )}
          </p>
        }
      />
      <div class="govuk-button-group">
        <button
          type="button"
          class="govuk-button"
          data-module="govuk-button"
          disabled={download.status === 'working'}
          onClick={() => void makePdf()}
        >
          {t('reportScreen', 'Download the news release (PDF)')}
        </button>
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={word.status === 'working'}
          onClick={() => void makeWord()}
        >
          {t('reportScreen', 'Download the news release (Word)')}
        </button>
      </div>
    </div>
  );
}
