/**
 * Conflicts between devices still open on one case (from merging work files): named, with a
 * link to resolve them. This device's answer is used meanwhile. Renders nothing when none.
 */
import { FRAMEWORK_HISTORY_ITEM, isOrAre, itIsOrTheyAre, plural } from '../../../core';
import { CASE_STATUS_ITEM } from '../../../db/cases/caseReads';
import { conflictsOfCase } from '../../../db/exchange/mergeConflicts';
import { useLive } from '../../hooks/useLive';
import { teamWorkHref } from '../../team/TeamWork/teamWorkCommon';
import type { ReadyCase } from './useCaseScreen';

export function itemName(c: ReadyCase, itemId: string): string {
  if (itemId === CASE_STATUS_ITEM) return 'Case status';
  if (itemId === FRAMEWORK_HISTORY_ITEM) return 'Framework version';
  // A question the framework no longer has since the inspection moved to another version.
  return c.index.itemById.get(itemId)?.item.text ?? `${itemId} (no longer asked)`;
}

export function CaseConflictsNotice({ c }: { c: ReadyCase }) {
  const caseId = c.caseRecord.id;
  const conflicts = useLive(() => conflictsOfCase(caseId), [caseId]);
  const open =
    conflicts.status === 'ready' ? conflicts.value.filter((k) => k.status === 'open') : [];
  if (open.length === 0) return null;
  return (
    <div class="govuk-warning-text" data-open-conflicts>
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        {plural(open.length, 'conflict')} between devices {isOrAre(open.length)} open on this case (
        {open.map((k) => itemName(c, k.itemId)).join('; ')}). The answer on this device is used
        until {itIsOrTheyAre(open.length)} resolved.{' '}
        <a class="govuk-link" href={teamWorkHref(c.inspection.id, '/conflicts')}>
          Resolve the conflicts
        </a>
      </strong>
    </div>
  );
}
