import type { ComponentChildren } from 'preact';
import type { FileCounts, Inspection } from '../../../core';
import type { CommitOutcome } from '../../../workers/teamWorkService';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t, tx } from '../../i18n/translate';
import { teamWorkHref } from '../TeamWork/teamWorkCommon';

function describe(counts: FileCounts): string {
  const parts = [
    counts.newCases > 0
      ? t('team.merge', '{count, plural, one {# new case} other {# new cases}}', {
          count: counts.newCases,
        })
      : null,
    counts.updatedCases > 0
      ? t('team.merge', '{count, plural, one {# case} other {# cases}} updated', {
          count: counts.updatedCases,
        })
      : null,
    counts.unchangedCases > 0
      ? t('team.merge', '{count, plural, one {# case} other {# cases}} unchanged', {
          count: counts.unchangedCases,
        })
      : null,
    counts.decided > 0
      ? t('team.merge', '{count, plural, one {# conflict} other {# conflicts}} decided', {
          count: counts.decided,
        })
      : null,
    counts.keptForLater > 0
      ? t('team.merge', '{count, plural, one {# conflict} other {# conflicts}} kept for later', {
          count: counts.keptForLater,
        })
      : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? t('team.merge', 'nothing to change') : parts.join(', ');
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
    ? t('team.merge', '{count, plural, one {# file} other {# files}} merged', {
        count: merged.length,
      })
    : t('team.merge', 'Nothing changed: these files were merged before');
  return (
    <>
      <NotificationBanner type="success" heading={heading} focus>
        <ul class="govuk-list" data-merge-result>
          {outcome.files.map((f) => (
            <li key={`${f.fileId}-${f.fileName}`}>
              {tx('team.merge', '<strong>{file}</strong>: {what}', {
                file: f.fileName,
                what:
                  f.status === 'ok'
                    ? describe(f.counts)
                    : f.status === 'already-merged'
                      ? t('team.merge', 'merged before, nothing changed')
                      : t('team.merge', 'not merged (it cannot be merged into this inspection)'),
                strong: (chunks: ComponentChildren) => <strong>{chunks}</strong>,
              })}
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
            {t('team.merge', 'See the findings')}
          </a>
        </li>
        {kept > 0 && (
          <li>
            <a class="govuk-link" href={teamWorkHref(inspection.id, '/conflicts')}>
              {t(
                'team.merge',
                'Resolve the {count, plural, one {# conflict} other {# conflicts}} kept for later',
                { count: kept },
              )}
            </a>
          </li>
        )}
        <li>
          <a class="govuk-link" href={inspectionHref(inspection.id)}>
            {t('team.merge', 'See the cases')}
          </a>
        </li>
      </ul>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        onClick={onMore}
      >
        {t('team.merge', 'Merge more files')}
      </button>
    </>
  );
}
