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
import { DiffTables } from '../FrameworkCompare/DiffTables';
import { draftHref } from '../FrameworkDrafts/draftLinks';
import { frameworkHref } from '../Frameworks/frameworkStatus';
import { problemLinks, REASON_WORDS } from './publishProblems';
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
  if (!saved) return <Loading what="Loading the draft" />;
  return <PublishLoaded draftId={draftId} />;
}

function PublishLoaded({ draftId }: { draftId: string }) {
  const data = useLive(() => loadPublishing(draftId), [draftId]);
  if (data.status === 'loading') return <Loading what="Loading the draft" />;
  if (data.status === 'failed' || !data.value)
    return <DraftMissing failed={data.status === 'failed'} />;
  return <PublishPage draft={data.value.draft} base={data.value.base} />;
}

function DraftMissing({ failed }: { failed: boolean }) {
  usePageTitle('Draft not found');
  return (
    <>
      <a href="/frameworks" class="govuk-back-link">
        Back to frameworks
      </a>
      <h1 class="govuk-heading-l">{failed ? 'The draft could not be read' : 'Draft not found'}</h1>
      <p class="govuk-body">
        {failed
          ? 'It could not be read from this device’s storage. Reload the page to try again.'
          : 'There is no such framework draft on this device: it may have been published or deleted.'}{' '}
        See the{' '}
        <a class="govuk-link" href="/frameworks">
          framework library
        </a>
        .
      </p>
    </>
  );
}

/** The checks, the suggested number and the diff, worked out from the draft as it now stands. */
function usePublishing(draft: FrameworkDraftRecord, base: FrameworkRecord | undefined) {
  return useMemo(() => {
    const problems = draftProblems(draft.framework);
    const sameId = base !== undefined && base.id === draft.framework.id;
    let suggestion: VersionSuggestion | undefined;
    let diff: FrameworkDiff | undefined;
    // Only a draft that passes its checks is a framework the diff can read.
    if (base && problems.length === 0) {
      const checked: Framework = draft.framework;
      diff = diffFrameworks(base.framework, checked);
      if (sameId) suggestion = suggestVersion(base.framework, checked);
    }
    return { problems, suggestion, diff };
  }, [draft, base]);
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
  const title = draft.framework.title || 'Untitled framework';
  usePageTitle(`Publish ${title}`, errors.length > 0);
  const versionError = refusal?.field ? refusal.text : undefined;
  const blocked = problems.length > 0;
  return (
    <>
      <a href={draftHref(draft.draftId)} class="govuk-back-link">
        Back to the draft
      </a>
      <ErrorSummary
        errors={errors}
        description={
          blocked
            ? 'The draft cannot be published until every problem is fixed. Each links to its place in the editor:'
            : undefined
        }
      />
      <span class="govuk-caption-l">Framework draft</span>
      <h1 class="govuk-heading-l">Publish {title}</h1>
      <p class="govuk-body">
        Publishing stores this draft as version{' '}
        <strong>
          {draft.framework.id}@{version}
        </strong>
        , which then never changes: inspections pinned to it keep their questions. The draft is
        removed.
      </p>
      {base && (
        <p class="govuk-body">
          It starts from{' '}
          <a class="govuk-link" href={frameworkHref(base.key)}>
            {base.title}, version {base.version}
          </a>
          .
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
            label="Version number"
            labelClass="govuk-label--m"
            inputClass="govuk-input--width-10"
            hint={
              suggestion
                ? unchanged(diff)
                  ? `Suggested: ${suggestion.version}. Nothing has changed from the version it starts from yet.`
                  : `Suggested: ${suggestion.version}, because ${REASON_WORDS[suggestion.reason]}.`
                : 'Three numbers, such as 1.0.0.'
            }
            value={version}
            error={versionError}
            spellcheck={false}
            onInput={setVersion}
          />
          <button type="submit" class="govuk-button" aria-disabled={busy}>
            Publish version {version.trim()}
          </button>
        </form>
      )}
      {blocked && (
        <p class="govuk-body">
          <a class="govuk-link" href={draftHref(draft.draftId)}>
            Go back to the editor
          </a>{' '}
          to fix the problems listed above.
        </p>
      )}
      {base && diff && (
        <>
          <h2 class="govuk-heading-l">What changed since version {base.version}</h2>
          <DiffTables diff={diff} from={base.framework} to={draft.framework} headingLevel={3} />
        </>
      )}
    </>
  );
}
