/**
 * The committee paper (issue: self-audit): a council's report to its committee on the local
 * position against an inspection's recommendations, in the shape of Nottinghamshire's of April
 * 2013. The lead writes the paper's own words, each field labelled, and saves them ("Saved" once
 * stored); "Fill from the audit" writes first words into the empty fields only. The
 * recommendations come in turn from the register, previewed here; the figures from the audit
 * beside the published ones. The paper as saved is shown with what is still missing, and
 * downloaded as a PDF or a Word file, saved first.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  type CommitteePaperDraft,
  type Framework,
  fillCommitteePaper,
  type Inspection,
  type RegisterRecommendation,
} from '../../../core';
import { loadCommitteePaper } from '../../../db/register/committeePaperStore';
import { loadRegister } from '../../../db/register/registerStore';
import { DocumentLanguageChoice } from '../../components/DocumentLanguageChoice';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { currentTranslator, t } from '../../i18n/translate';
import { todayLocal } from '../../report/Exports/exportDate';
import { PaperFields } from './PaperFields';
import { PaperPreview } from './PaperPreview';
import { fieldErrors, fieldId, paperFields } from './paperFields';
import { RegisterPreview } from './RegisterPreview';
import { usePaperActions } from './usePaperActions';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'unreadable' }
  | {
      readonly status: 'ready';
      readonly draft: CommitteePaperDraft;
      /** Null: the stored register cannot be read by this version. */
      readonly recommendations: readonly RegisterRecommendation[] | null;
    };

export default function CommitteePaper({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('committeePaper', 'Committee paper')}>
      {({ inspection, framework }) =>
        framework ? (
          <PaperLoader inspection={inspection} framework={framework.framework} />
        ) : (
          <p class="govuk-body">
            {t(
              'committeePaper',
              'The framework this inspection is pinned to is not on this device, so its committee paper cannot be written here.',
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function PaperLoader({ inspection, framework }: { inspection: Inspection; framework: Framework }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void Promise.all([loadCommitteePaper(inspection.id), loadRegister(inspection.id)]).then(
      ([paper, register]) => {
        if (!current) return;
        setLoaded(
          paper.status === 'ok'
            ? {
                status: 'ready',
                draft: paper.draft,
                recommendations: register.status === 'ok' ? register.recommendations : null,
              }
            : { status: 'unreadable' },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [inspection.id]);
  if (loaded.status === 'loading')
    return <Loading what={t('committeePaper', 'Loading the committee paper')} />;
  if (loaded.status === 'unreadable') {
    return (
      <p class="govuk-body">
        {t(
          'committeePaper',
          'The committee paper stored for this inspection cannot be read by this version of Case Audit, so it is not shown and will not be overwritten.',
        )}
      </p>
    );
  }
  return (
    <Editor
      inspection={inspection}
      framework={framework}
      initial={loaded.draft}
      recommendations={loaded.recommendations}
    />
  );
}

function Editor({
  inspection,
  framework,
  initial,
  recommendations,
}: {
  inspection: Inspection;
  framework: Framework;
  initial: CommitteePaperDraft;
  recommendations: readonly RegisterRecommendation[] | null;
}) {
  const [draft, setDraft] = useState(initial);
  const { state, saves, save, download, edited } = usePaperActions(inspection.id, inspection.title);
  const today = todayLocal();
  const errors = state.status === 'invalid' ? fieldErrors(state.errors) : {};
  const summary: SummaryError[] =
    state.status === 'failed'
      ? [{ text: state.message }]
      : paperFields()
          .filter((f) => errors[f.key])
          .map((f) => ({
            href: `#${fieldId(f.key)}`,
            text: errors[f.key]!,
          }));
  const change = (next: Partial<CommitteePaperDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    edited();
  };
  const busy = state.status === 'saving' || state.status === 'downloading';
  return (
    <div class="ca-committee-paper">
      <ErrorSummary errors={summary} />
      <p class="govuk-body">
        {t(
          'committeePaper',
          'The council’s report to its committee on the local position against the inspection’s recommendations. The recommendations come in turn from the register, with their local position, RAG status and actions; the audit’s figures are set beside the published ones. Leave a blank line between paragraphs: the paper numbers them.',
        )}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(draft);
        }}
      >
        <PaperFields draft={draft} errors={errors} onChange={change} />
        <DocumentLanguageChoice
          id="paper-language"
          legend={t('committeePaper', 'Language of the paper')}
          hint={t(
            'committeePaper',
            'The fixed words of the paper (headings, tables, notes) are printed in this language; your own words are printed as you write them. A paper in both puts the Welsh first, then the English, in one file.',
          )}
          language={draft.language ?? 'en'}
          onChoose={(language) => change({ language })}
        />
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" disabled={busy}>
            {t('committeePaper', 'Save')}
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            // First words in the language the lead reads the app in.
            onClick={() =>
              change(fillCommitteePaper(draft, { inspection, framework }, currentTranslator()))
            }
          >
            {t('committeePaper', 'Fill from the audit')}
          </button>
        </div>
        <div role="status" class="govuk-body">
          {state.status === 'saving' && t('committeePaper', 'Saving…')}
          {state.status === 'saved' && t('committeePaper', 'Saved')}
          {state.status === 'downloading' &&
            t('committeePaper', 'Saved. Making the committee paper…')}
          {state.status === 'downloaded' &&
            t('committeePaper', 'Saved {fileName}.', { fileName: state.fileName })}
        </div>
      </form>
      <RegisterPreview
        inspectionId={inspection.id}
        recommendations={recommendations}
        today={today}
      />
      <PaperPreview inspectionId={inspection.id} today={today} savedAt={saves} />
      <h2 class="govuk-heading-m">{t('committeePaper', 'Download')}</h2>
      <div class="govuk-button-group">
        <button
          type="button"
          class="govuk-button"
          data-module="govuk-button"
          disabled={busy}
          onClick={() => void download(draft, 'pdf')}
        >
          {t('committeePaper', 'Download the committee paper (PDF)')}
        </button>
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={busy}
          onClick={() => void download(draft, 'docx')}
        >
          {t('committeePaper', 'Download the committee paper (Word)')}
        </button>
      </div>
    </div>
  );
}
