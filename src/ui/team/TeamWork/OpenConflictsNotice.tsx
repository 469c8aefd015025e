/**
 * "2 conflicts between devices are open": for any screen that shows figures from the answers
 * (the findings, the report), which use this device's answers until the conflicts are resolved.
 * Renders nothing when none are open. One line to add: `<OpenConflictsNotice inspectionId={…} />`.
 */
import { isOrAre, itIsOrTheyAre, plural, pluralForm } from '../../../core';
import { openConflicts } from '../../../db/exchange/mergeConflicts';
import { useLive } from '../../hooks/useLive';
import { teamWorkHref } from './teamWorkCommon';

export function OpenConflictsNotice({ inspectionId }: { inspectionId: string }) {
  const conflicts = useLive(() => openConflicts(inspectionId), [inspectionId]);
  const open = conflicts.status === 'ready' ? conflicts.value.length : 0;
  if (open === 0) return null;
  return (
    <div class="govuk-warning-text" data-open-conflicts>
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        {plural(open, 'conflict')} between devices {isOrAre(open)} open: these figures use this
        device’s {pluralForm(open, { one: 'answer', other: 'answers' })} until {itIsOrTheyAre(open)}{' '}
        resolved.{' '}
        <a class="govuk-link" href={teamWorkHref(inspectionId, '/conflicts')}>
          Resolve the open conflicts
        </a>
      </strong>
    </div>
  );
}
