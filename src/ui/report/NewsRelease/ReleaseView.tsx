/**
 * The news release as it will read: made in the report worker from what is saved (so it is
 * made again after each save), drawn with the report preview's blocks.
 */
import { useEffect, useState } from 'preact/hooks';
import { type NewsReleaseDocument, newsReleaseBlocks } from '../../../core';
import type { AutosaveState } from '../../../editing/reportAutosave';
import { reportWorker } from '../../../workers/reportBridge';
import { t } from '../../i18n/translate';
import { Block } from '../ReportPreview/ReportDocumentView';

export type MadeRelease =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly release: NewsReleaseDocument }
  | { readonly status: 'failed'; readonly message: string };

export function useRelease(inspectionId: string, saveState: AutosaveState): MadeRelease {
  const [made, setMade] = useState<MadeRelease>({ status: 'loading' });
  const savedAt = saveState.kind === 'saved' ? saveState.at : null;
  useEffect(() => {
    let current = true;
    reportWorker.call('release', { inspectionId, completeOnly: true }).then(
      (reply) => {
        if (!current) return;
        setMade(
          reply.status === 'ok'
            ? { status: 'ready', release: reply.value }
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
  }, [inspectionId, savedAt]);
  return made;
}

export function ReleaseView({ release }: { release: NewsReleaseDocument }) {
  return (
    <article
      class="ca-report ca-release"
      aria-label={t('reportScreen', 'The news release')}
      data-release
    >
      <p class="govuk-heading-l govuk-!-margin-bottom-2">{t('reportScreen', 'News release')}</p>

      {release.from && <p class="govuk-body govuk-!-font-weight-bold">{release.from}</p>}
      {release.date && <p class="govuk-body">{release.date}</p>}
      {release.embargo && <p class="govuk-body govuk-!-font-weight-bold">{release.embargo}</p>}
      {release.headline && <p class="govuk-heading-m">{release.headline}</p>}
      {newsReleaseBlocks(release).map((block, i) => (
        // The blocks are made afresh each time and never reordered in place.
        <Block key={i} block={block} />
      ))}
    </article>
  );
}
