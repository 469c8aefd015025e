/**
 * "2 conflicts between devices are open": for any screen that shows figures from the answers
 * (the findings, the report), which use this device's answers until the conflicts are resolved.
 * Renders nothing when none are open. One line to add: `<OpenConflictsNotice inspectionId={…} />`.
 */
import type { ComponentChildren } from 'preact';
import { openConflicts } from '../../../db/exchange/mergeConflicts';
import { useLive } from '../../hooks/useLive';
import { t, tx } from '../../i18n/translate';
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
        <span class="govuk-visually-hidden">{t('team.hub', 'Warning')}</span>
        {tx(
          'team.hub',
          '{count, plural, one {# conflict between devices is open: these figures use this device’s answer until it is resolved.} other {# conflicts between devices are open: these figures use this device’s answers until they are resolved.}} <link>Resolve the open conflicts</link>',
          {
            count: open,
            link: (chunks: ComponentChildren) => (
              <a class="govuk-link" href={teamWorkHref(inspectionId, '/conflicts')}>
                {chunks}
              </a>
            ),
          },
        )}
      </strong>
    </div>
  );
}
