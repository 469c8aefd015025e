/**
 * The paper as it will read, made in the report worker from what is saved (so it is made again
 * after each save): what is still missing, for the lead, and the whole paper in the report
 * preview's drawing, behind a "Show" so the fields stay near.
 */
import { useEffect, useState } from 'preact/hooks';
import { type CommitteePaperDocument, LANGUAGE_TAGS } from '../../../core';
import { reportWorker } from '../../../workers/reportBridge';
import { FailureSummary } from '../../components/FailureSummary';
import { Loading } from '../../components/Loading';
import { currentLanguage, t } from '../../i18n/translate';
import { ReportDocumentView } from '../../report/ReportPreview/ReportDocumentView';

type Made =
  | { readonly status: 'loading' }
  /** One edition per language, in print order (the Welsh first in a paper in both). */
  | { readonly status: 'ready'; readonly editions: readonly CommitteePaperDocument[] }
  | { readonly status: 'failed'; readonly message: string };

function usePaper(inspectionId: string, today: string, savedAt: number): Made {
  const [made, setMade] = useState<Made>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void reportWorker
      .call('committeePaper', { inspectionId, today })
      .then(
        (reply): Made =>
          reply.status === 'ok'
            ? { status: 'ready', editions: reply.value }
            : { status: 'failed', message: reply.message },
      )
      .catch((error: unknown): Made => ({ status: 'failed', message: String(error) }))
      .then((next) => {
        if (current) setMade(next);
      });
    return () => {
      current = false;
    };
  }, [inspectionId, today, savedAt]);
  return made;
}

/** What is still missing, said once: in the edition the lead reads, else the first. */
function warningsOf(editions: readonly CommitteePaperDocument[]): readonly string[] {
  const tag = LANGUAGE_TAGS[currentLanguage()];
  return (editions.find((e) => e.meta.language === tag) ?? editions[0])?.warnings ?? [];
}

export function PaperPreview({
  inspectionId,
  today,
  savedAt,
}: {
  inspectionId: string;
  today: string;
  /** Changes after each save, so the paper is made again from what is stored. */
  savedAt: number;
}) {
  const made = usePaper(inspectionId, today, savedAt);
  const warnings = made.status === 'ready' ? warningsOf(made.editions) : [];
  return (
    <section aria-labelledby="paper-reads-heading" data-paper-preview>
      <h2 class="govuk-heading-m" id="paper-reads-heading">
        {t('committeePaper', 'How the paper reads')}
      </h2>
      {made.status === 'loading' && (
        <Loading what={t('committeePaper', 'Making the committee paper')} />
      )}
      {made.status === 'failed' && (
        <FailureSummary title={t('committeePaper', 'The paper could not be made')}>
          {made.message}
        </FailureSummary>
      )}
      {made.status === 'ready' && (
        <>
          {warnings.length > 0 && (
            <div class="govuk-inset-text">
              <p class="govuk-body">
                {t('committeePaper', 'Still to do before the paper goes to committee:')}
              </p>
              <ul class="govuk-list govuk-list--bullet">
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          <details class="govuk-details">
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">
                {t('committeePaper', 'Show the whole paper as saved')}
              </span>
            </summary>
            <div class="govuk-details__text">
              {made.editions.map((edition) => (
                <ReportDocumentView
                  key={edition.meta.language}
                  document={edition}
                  edition={made.editions.length > 1 ? edition.meta.language : undefined}
                />
              ))}
            </div>
          </details>
        </>
      )}
    </section>
  );
}
