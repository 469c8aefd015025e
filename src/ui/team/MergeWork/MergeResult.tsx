import { type FileCounts, type Inspection, plural } from '../../../core';
import type { CommitOutcome } from '../../../workers/teamWorkService';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { teamWorkHref } from '../TeamWork/teamWorkCommon';

function describe(counts: FileCounts): string {
  const parts = [
    counts.newCases > 0 ? plural(counts.newCases, 'new case') : null,
    counts.updatedCases > 0 ? `${plural(counts.updatedCases, 'case')} updated` : null,
    counts.unchangedCases > 0 ? `${plural(counts.unchangedCases, 'case')} unchanged` : null,
    counts.decided > 0 ? `${plural(counts.decided, 'conflict')} decided` : null,
    counts.keptForLater > 0 ? `${plural(counts.keptForLater, 'conflict')} kept for later` : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? 'nothing to change' : parts.join(', ');
}

/** What the merge did, file by file, and where to go next. */
export function MergeResult({
  inspection,
  outcome,
  onMore,
}: {
  inspection: Inspection;
  outcome: Extract<CommitOutcome, { status: 'merged' }>;
  onMore: () => void;
}) {
  const merged = outcome.files.filter((f) => f.status === 'ok');
  const kept = merged.reduce((n, f) => n + (f.status === 'ok' ? f.counts.keptForLater : 0), 0);
  const heading = outcome.wrote
    ? `${plural(merged.length, 'file')} merged`
    : 'Nothing changed: these files were merged before';
  return (
    <>
      <NotificationBanner type="success" heading={heading} focus>
        <ul class="govuk-list" data-merge-result>
          {outcome.files.map((f) => (
            <li key={`${f.fileId}-${f.fileName}`}>
              <strong>{f.fileName}</strong>:{' '}
              {f.status === 'ok'
                ? describe(f.counts)
                : f.status === 'already-merged'
                  ? 'merged before, nothing changed'
                  : 'not merged (it cannot be merged into this inspection)'}
            </li>
          ))}
          {outcome.moderation.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </NotificationBanner>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={inspectionHref(inspection.id, '/findings')}>
            See the findings
          </a>
        </li>
        {kept > 0 && (
          <li>
            <a class="govuk-link" href={teamWorkHref(inspection.id, '/conflicts')}>
              Resolve the {plural(kept, 'conflict')} kept for later
            </a>
          </li>
        )}
        <li>
          <a class="govuk-link" href={inspectionHref(inspection.id)}>
            See the cases
          </a>
        </li>
      </ul>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        onClick={onMore}
      >
        Merge more files
      </button>
    </>
  );
}
