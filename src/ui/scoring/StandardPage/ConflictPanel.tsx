/**
 * Two versions of one answer: this screen's and the one someone else saved meanwhile. Nothing
 * is overwritten until the inspector chooses which to keep.
 */
import { describeAnswer, type FrameworkIndex } from '../../../core';
import type { SaveState } from '../../../editing/editorItem';
import { WarningText } from '../../components/WarningText';
import { currentTranslator, t } from '../../i18n/translate';
import { formatSavedTime } from '../CaseCommon/formatTime';

export function ConflictPanel({
  itemId,
  index,
  conflict,
  memberName,
  asksNote,
  device,
  onKeepMine,
  onKeepTheirs,
}: {
  itemId: string;
  index: FrameworkIndex;
  conflict: Extract<SaveState, { kind: 'conflict' }>;
  memberName: (id: string) => string;
  asksNote: boolean;
  /** This device's id: a change made here was made in another tab. */
  device: string;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}) {
  const { theirs, mine } = conflict;
  const note = (text: string) => (text.trim() === '' ? t('scoring', 'None') : text);
  return (
    <div class="ca-conflict" data-conflict={itemId}>
      <WarningText>
        {theirs.device === device
          ? t(
              'scoring',
              'This answer was changed in another tab ({name}) at {time}, after you opened it.',
              { name: memberName(theirs.by), time: formatSavedTime(theirs.at) },
            )
          : t(
              'scoring',
              '{name} changed this answer on another device at {time}, after you opened it.',
              { name: memberName(theirs.by), time: formatSavedTime(theirs.at) },
            )}{' '}
        {t('scoring', 'Your change has not been saved. Choose which version to keep.')}
      </WarningText>
      <table class="govuk-table ca-conflict__table">
        <caption class="govuk-table__caption govuk-table__caption--s">
          {t('scoring', 'Two versions')}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <td class="govuk-table__cell" />
            <th scope="col" class="govuk-table__header">
              {t('scoring', 'Theirs ({name}, {time})', {
                name: memberName(theirs.by),
                time: formatSavedTime(theirs.at),
              })}
            </th>
            <th scope="col" class="govuk-table__header">
              {t('scoring', 'Yours (not saved)')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header">
              {t('scoring', 'Answer')}
            </th>
            <td class="govuk-table__cell" data-version="theirs-value">
              {describeAnswer(index, itemId, theirs.value, currentTranslator())}
            </td>
            <td class="govuk-table__cell" data-version="mine-value">
              {describeAnswer(index, itemId, mine.value, currentTranslator())}
            </td>
          </tr>
          {asksNote && (
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">
                {t('scoring', 'Evidence')}
              </th>
              <td class="govuk-table__cell ca-conflict__note" data-version="theirs-note">
                {note(theirs.note)}
              </td>
              <td class="govuk-table__cell ca-conflict__note" data-version="mine-note">
                {note(mine.note)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div class="govuk-button-group">
        <button type="button" class="govuk-button" onClick={onKeepMine}>
          {t('scoring', 'Keep mine')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onKeepTheirs}>
          {t('scoring', 'Keep theirs')}
        </button>
      </div>
    </div>
  );
}
