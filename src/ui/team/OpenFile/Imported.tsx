/** What was imported from a Case Audit file, and where to go next. */
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import { teamWorkHref } from '../TeamWork/teamWorkCommon';
import type { Done } from './openFileActions';

export function Imported({ done }: { done: Done }) {
  if (done.kind === 'inspection') {
    const { outcome } = done;
    return (
      <>
        <NotificationBanner type="success" heading={t('team.open', 'The inspection was imported')}>
          <p class="govuk-body">
            {t(
              'team.open',
              '“{title}”: {cases, plural, one {# case} other {# cases}}, {answers, plural, one {# answer} other {# answers}} and {history, plural, one {# recorded change} other {# recorded changes}}.',
              {
                title: outcome.inspection.title,
                cases: outcome.cases,
                answers: outcome.answers,
                history: outcome.history,
              },
            )}
          </p>
        </NotificationBanner>
        <h1 class="govuk-heading-l">{t('team.open', 'Open a Case Audit file')}</h1>
        <p class="govuk-body">
          <a class="govuk-link" href={inspectionHref(outcome.inspection.id)}>
            {t('team.open', 'Open “{title}”', { title: outcome.inspection.title })}
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
          done.wrote
            ? t('team.open', 'The pack was imported')
            : t('team.open', 'Nothing changed: this pack was imported before')
        }
      >
        {counts && (
          <p class="govuk-body" data-pack-imported>
            {counts.keptForLater > 0
              ? t(
                  'team.open',
                  '“{title}”: {newCases, plural, one {# new case} other {# new cases}}, {updatedCases, plural, one {# case} other {# cases}} updated, {conflicts, plural, one {# conflict} other {# conflicts}} kept for you to look at.',
                  {
                    title: done.title,
                    newCases: counts.newCases,
                    updatedCases: counts.updatedCases,
                    conflicts: counts.keptForLater,
                  },
                )
              : t(
                  'team.open',
                  '“{title}”: {newCases, plural, one {# new case} other {# new cases}}, {updatedCases, plural, one {# case} other {# cases}} updated.',
                  {
                    title: done.title,
                    newCases: counts.newCases,
                    updatedCases: counts.updatedCases,
                  },
                )}
          </p>
        )}
        {done.notes.map((note) => (
          <p class="govuk-body" key={note}>
            {note}
          </p>
        ))}
      </NotificationBanner>
      <h1 class="govuk-heading-l">{t('team.open', 'Open a Case Audit file')}</h1>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={inspectionHref(done.inspectionId)}>
            {t('team.open', 'Open “{title}”', { title: done.title })}
          </a>
        </li>
        {counts && counts.keptForLater > 0 && (
          <li>
            <a class="govuk-link" href={teamWorkHref(done.inspectionId, '/conflicts')}>
              {t('team.open', 'See the open conflicts')}
            </a>
          </li>
        )}
      </ul>
    </>
  );
}
