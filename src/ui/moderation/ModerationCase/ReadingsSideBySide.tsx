/** One disagreement: the question's two answers, with evidence notes and who gave them, side by side. */
import { describeAnswer, type FrameworkIndex, type ReadingAnswers } from '../../../core';
import { t } from '../../i18n/translate';

export function ReadingsSideBySide({
  itemId,
  index,
  first,
  second,
  firstReader,
  secondReader,
  caption,
}: {
  itemId: string;
  index: FrameworkIndex;
  first: ReadingAnswers;
  second: ReadingAnswers;
  firstReader: string;
  secondReader: string;
  caption: string;
}) {
  const note = (text: string | undefined) =>
    text === undefined || text.trim() === '' ? t('moderation.case', 'No note') : text;
  return (
    <table class="govuk-table ca-moderation__compare" data-disagreement={itemId}>
      <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <td class="govuk-table__cell" />
          <th scope="col" class="govuk-table__header">
            {t('moderation.case', 'First reading ({name})', { name: firstReader })}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('moderation.case', 'Second reading ({name})', { name: secondReader })}
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        <tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            {t('moderation.case', 'Answer')}
          </th>
          <td class="govuk-table__cell" data-reading="first-value">
            {describeAnswer(index, itemId, first[itemId]?.value)}
          </td>
          <td class="govuk-table__cell" data-reading="second-value">
            {describeAnswer(index, itemId, second[itemId]?.value)}
          </td>
        </tr>
        <tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            {t('moderation.case', 'Evidence')}
          </th>
          <td class="govuk-table__cell ca-moderation__note" data-reading="first-note">
            {note(first[itemId]?.note)}
          </td>
          <td class="govuk-table__cell ca-moderation__note" data-reading="second-note">
            {note(second[itemId]?.note)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
