import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  type DraftProblem,
  diffFrameworks,
  draftProblems,
  type Framework,
  type FrameworkDiff,
  suggestVersion,
  type VersionSuggestion,
} from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { type FrameworkDraftRecord, getDraft } from '../../../db/frameworks/frameworkDrafts';
import { getFramework } from '../../../db/frameworks/frameworkStore';
import { closeDraftSession } from '../../../editing/frameworkDraftSession';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { currentTranslator, t, tx } from '../../i18n/translate';
import { DiffTables } from '../FrameworkCompare/DiffTables';
import { draftHref } from '../FrameworkDrafts/draftLinks';
import { frameworkHref } from '../Frameworks/frameworkStatus';
import { problemLinks, reasonWords } from './publishProblems';
import { type PublishRefusal, usePublish } from './usePublish';

/**
 * The editor saves typing within a moment of it; what this tab typed just before coming here
 * is saved first, so the checks, the diff and the publish all read the draft as last typed (and
 * the editor's session does not take this page's save for another tab's).
 */
function useEditsSaved(draftId: string): boolean {
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    let current = true;
    setSaved(false);
    closeDraftSession(draftId).finally(() => {
      if (current) setSaved(true);
    });
    return () => {
      current = false;
    };
  }, [draftId]);
  return saved;
}

/** A draft that still asks exactly what its starting version asks. */
function unchanged(diff: FrameworkDiff | undefined): boolean {
  return diff !== undefined && diff.added.length + diff.removed.length + diff.changed.length === 0;
}

type Publishing = { draft: FrameworkDraftRecord; base: FrameworkRecord | undefined };

async function loadPublishing(draftId: string): Promise<Publishing | undefined> {
  const draft = await getDraft(draftId);
  if (!draft) return undefined;
  const base = draft.basedOn ? await getFramework(draft.basedOn) : undefined;
  return { draft, base };
}

/**
 * Publish a draft: `/frameworks/drafts/:draftId/publish`. Shows the checks (each problem links
 * to its field in the editor; nothing can be published while one remains), the version number
 * suggested from what changed and why, and the differences from the version the draft starts
 * from. Publishing stores an immutable version and removes the draft.
 */
export default function FrameworkPublish({ draftId }: { draftId: string }) {
  const saved = useEditsSaved(draftId);
  if (!saved) return <Loading what={t('frameworks', 'Loading the draft')} />;
  return <PublishLoaded draftId={draftId} />;
}

function PublishLoaded({ draftId }: { draftId: string }) {
  const data = useLive(() => loadPublishing(draftId), [draftId]);
  if (data.status === 'loading') return <Loading what={t('frameworks', 'Loading the draft')} />;
  if (data.status === 'failed' || !data.value)
    return <DraftMissing failed={data.status === 'failed'} />;
  return <PublishPage draft={data.value.draft} base={data.value.base} />;
}

function DraftMissing({ failed }: { failed: boolean }) {
  usePageTitle(t('frameworks', 'Draft not found'));
  return (
    <>
      <a href="/frameworks" class="govuk-back-link">
        {t('frameworks', 'Back to frameworks')}
      </a>
      <h1 class="govuk-heading-l">
        {failed
          ? t('frameworks', 'The draft could not be read')
          : t('frameworks', 'Draft not found')}
      </h1>
      <p class="govuk-body">
        {failed
          ? t(
              'frameworks',
              'It could not be read from this device’s storage. Reload the page to try again.',
            )
          : t(
              'frameworks',
              'There is no such framework draft on this device: it may have been published or deleted.',
            )}{' '}
        {tx('frameworks', 'See the <link>framework library</link>.', {
          link: (chunks: ComponentChildren) => (
            <a class="govuk-link" href="/frameworks">
              {chunks}
            </a>
          ),
        })}
      </p>
    </>
  );
}

/** The checks, the suggested number and the diff, worked out from the draft as it now stands. */
function usePublishing(draft: FrameworkDraftRecord, base: FrameworkRecord | undefined) {
  // Said in the language chosen: choosing another works the words out again.
  const tr = currentTranslator();
  return useMemo(() => {
    const problems = draftProblems(draft.framework);
    const sameId = base !== undefined && base.id === draft.framework.id;
    let suggestion: VersionSuggestion | undefined;
    let diff: FrameworkDiff | undefined;
    // Only a draft that passes its checks is a framework the diff can read.
    if (base && problems.length === 0) {
      const checked: Framework = draft.framework;
      diff = diffFrameworks(base.framework, checked, tr);
      if (sameId) suggestion = suggestVersion(base.framework, checked);
    }
    return { problems, suggestion, diff };
  }, [draft, base, tr]);
}

function summaryOf(
  draftId: string,
  problems: readonly DraftProblem[],
  refusal: PublishRefusal | null,
): SummaryError[] {
  const links = problemLinks(draftId, problems);
  if (refusal) links.unshift({ href: refusal.field && `#${refusal.field}`, text: refusal.text });
  return links;
}

function PublishPage({
  draft,
  base,
}: {
  draft: FrameworkDraftRecord;
  base: FrameworkRecord | undefined;
}) {
  const { problems, suggestion, diff } = usePublishing(draft, base);
  // The suggestion (which follows the draft as it changes) until the author types another.
  const [typed, setVersion] = useState<string | null>(null);
  const version = typed ?? suggestion?.version ?? draft.framework.version;
  const { busy, refusal, publish } = usePublish(draft);
  const errors = useMemo(
    () => summaryOf(draft.draftId, problems, refusal),
    [draft.draftId, problems, refusal],
  );
  const title = draft.framework.title || t('frameworks', 'Untitled framework');
  usePageTitle(t('frameworks', 'Publish {title}', { title }), errors.length > 0);
  const versionError = refusal?.field ? refusal.text : undefined;
  const blocked = problems.length > 0;
  return (
    <>
      <a href={draftHref(draft.draftId)} class="govuk-back-link">
        {t('frameworks', 'Back to the draft')}
      </a>
      <ErrorSummary
        errors={errors}
        description={
          blocked
            ? t(
                'frameworks',
                'The draft cannot be published until every problem is fixed. Each links to its place in the editor:',
              )
            : undefined
        }
      />
      <span class="govuk-caption-l">{t('frameworks', 'Framework draft')}</span>
      <h1 class="govuk-heading-l">{t('frameworks', 'Publish {title}', { title })}</h1>
      <p class="govuk-body">
        {tx(
          'frameworks',
          'Publishing stores this draft as version <strong>{id}@{version}</strong>, which then never changes: inspections pinned to it keep their questions. The draft is removed.',
          {
            id: draft.framework.id,
            version,
            strong: (chunks: ComponentChildren) => <strong>{chunks}</strong>,
          },
        )}
      </p>
      {base && (
        <p class="govuk-body">
          {tx('frameworks', 'It starts from <link>{title}, version {version}</link>.', {
            title: base.title,
            version: base.version,
            link: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={frameworkHref(base.key)}>
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
      {!blocked && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void publish(version.trim());
          }}
        >
          <TextField
            id="publish-version"
            label={t('frameworks', 'Version number')}
            labelClass="govuk-label--m"
            inputClass="govuk-input--width-10"
            hint={
              suggestion
                ? unchanged(diff)
                  ? t(
                      'frameworks',
                      'Suggested: {version}. Nothing has changed from the version it starts from yet.',
                      { version: suggestion.version },
                    )
                  : t('frameworks', 'Suggested: {version}, because {reason}.', {
                      version: suggestion.version,
                      reason: reasonWords(suggestion.reason),
                    })
                : t('frameworks', 'Three numbers, such as 1.0.0.')
            }
            value={version}
            error={versionError}
            spellcheck={false}
            onInput={setVersion}
          />
          <button type="submit" class="govuk-button" aria-disabled={busy}>
            {t('frameworks', 'Publish version {version}', { version: version.trim() })}
          </button>
        </form>
      )}
      {blocked && (
        <p class="govuk-body">
          {tx(
            'frameworks',
            '<link>Go back to the editor</link> to fix the problems listed above.',
            {
              link: (chunks: ComponentChildren) => (
                <a class="govuk-link" href={draftHref(draft.draftId)}>
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
      )}
      {base && diff && (
        <>
          <h2 class="govuk-heading-l">
            {t('frameworks', 'What changed since version {version}', { version: base.version })}
          </h2>
          <DiffTables diff={diff} from={base.framework} to={draft.framework} headingLevel={3} />
        </>
      )}
    </>
  );
}
