/**
 * Conflicts between devices still open on one case (from merging work files): named, with a
 * link to resolve them. This device's answer is used meanwhile. Renders nothing when none.
 */
import { FRAMEWORK_HISTORY_ITEM } from '../../../core';
import { CASE_STATUS_ITEM } from '../../../db/cases/caseReads';
import { conflictsOfCase } from '../../../db/exchange/mergeConflicts';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { teamWorkHref } from '../../team/TeamWork/teamWorkCommon';
import type { ReadyCase } from './useCaseScreen';

export function itemName(c: ReadyCase, itemId: string): string {
  if (itemId === CASE_STATUS_ITEM) return t('scoring', 'Case status');
  if (itemId === FRAMEWORK_HISTORY_ITEM) return t('scoring', 'Framework version');
  // A question the framework no longer has since the inspection moved to another version.
  return (
    c.index.itemById.get(itemId)?.item.text ??
    t('scoring', '{question} (no longer asked)', { question: itemId })
  );
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
        <span class="govuk-visually-hidden">{t('scoring', 'Warning')}</span>
        {t(
          'scoring',
          '{count, plural, one {# conflict between devices is open on this case ({questions}). The answer on this device is used until it is resolved.} other {# conflicts between devices are open on this case ({questions}). The answer on this device is used until they are resolved.}}',
          { count: open.length, questions: open.map((k) => itemName(c, k.itemId)).join('; ') },
        )}{' '}
        <a class="govuk-link" href={teamWorkHref(c.inspection.id, '/conflicts')}>
          {t('scoring', 'Resolve the conflicts')}
        </a>
      </strong>
    </div>
  );
}
