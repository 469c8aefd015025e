/** What was imported from a Case Audit file, and where to go next. */
import { plural } from '../../../core';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { teamWorkHref } from '../TeamWork/teamWorkCommon';
import type { Done } from './openFileActions';

export function Imported({ done }: { done: Done }) {
  if (done.kind === 'inspection') {
    const { outcome } = done;
    return (
      <>
        <NotificationBanner type="success" heading="The inspection was imported">
          <p class="govuk-body">
            “{outcome.inspection.title}”: {plural(outcome.cases, 'case')},{' '}
            {plural(outcome.answers, 'answer')} and {plural(outcome.history, 'recorded change')}.
          </p>
        </NotificationBanner>
        <h1 class="govuk-heading-l">Open a Case Audit file</h1>
        <p class="govuk-body">
          <a class="govuk-link" href={inspectionHref(outcome.inspection.id)}>
            Open “{outcome.inspection.title}”
          </a>
        </p>
      </>
    );
  }
  const counts = done.plan.status === 'ok' ? done.plan.counts : null;
  return (
    <>
      <NotificationBanner
        type="success"
        heading={
          done.wrote ? 'The pack was imported' : 'Nothing changed: this pack was imported before'
        }
      >
        {counts && (
          <p class="govuk-body" data-pack-imported>
            “{done.title}”: {plural(counts.newCases, 'new case')},{' '}
            {plural(counts.updatedCases, 'case')} updated
            {counts.keptForLater > 0
              ? `, ${plural(counts.keptForLater, 'conflict')} kept for you to look at`
              : ''}
            .
          </p>
        )}
        {done.notes.map((note) => (
          <p class="govuk-body" key={note}>
            {note}
          </p>
        ))}
      </NotificationBanner>
      <h1 class="govuk-heading-l">Open a Case Audit file</h1>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={inspectionHref(done.inspectionId)}>
            Open “{done.title}”
          </a>
        </li>
        {counts && counts.keptForLater > 0 && (
          <li>
            <a class="govuk-link" href={teamWorkHref(done.inspectionId, '/conflicts')}>
              See the open conflicts
            </a>
          </li>
        )}
      </ul>
    </>
  );
}
