import {
  type Answer,
  type CaseStatus,
  describeAnswer,
  type FrameworkIndex,
  type Inspection,
} from '../../../core';
import { formatMoment } from '../../components/InspectionFrame/format';
import { t } from '../../i18n/translate';
import { isStatusItem, memberNameIn } from './teamWorkCommon';

/** The question (or "Case status") a conflict is about, in words. */
export function itemTitle(index: FrameworkIndex, itemId: string): string {
  if (isStatusItem(itemId)) return t('team.conflicts', 'Case status');
  return index.itemById.get(itemId)?.item.text ?? itemId;
}

function valueText(index: FrameworkIndex, itemId: string, answer: Answer | null): string {
  if (!answer) return t('team.conflicts', 'Not answered');
  if (isStatusItem(itemId)) return statusText(answer.value as CaseStatus);
  return describeAnswer(index, itemId, answer.value);
}

function statusText(status: CaseStatus): string {
  switch (status) {
    case 'not-started':
      return t('team.conflicts', 'Not started');
    case 'in-progress':
      return t('team.conflicts', 'In progress');
    case 'complete':
      return t('team.conflicts', 'Complete');
    case 'moderated':
      return t('team.conflicts', 'Moderated');
    default:
      return String(status);
  }
}

function cellClass(choice: boolean, a: string, b: string): string {
  const marked = choice && a !== b;
  return `govuk-table__cell ca-compare__cell${marked ? ' ca-compare__cell--differs' : ''}`;
}

/**
 * Two versions of one answer side by side — the answer, the evidence note, who gave it, on
 * which device, when — as a table whose columns are the two sides.
 */
export function AnswerCompare({
  index,
  inspection,
  itemId,
  caption,
  mine,
  theirs,
  deviceName,
  theirsFrom,
}: {
  index: FrameworkIndex;
  inspection: Inspection;
  itemId: string;
  caption: string;
  mine: Answer | null;
  theirs: Answer;
  /** How a device is named: "This device", its name, or its short id (useDeviceLabel). */
  deviceName: (device: string) => string;
  /** The file the other side came from. */
  theirsFrom: string;
}) {
  const name = memberNameIn(inspection);
  const status = isStatusItem(itemId);
  // The answer and its note are what the choice is about: they are marked where they differ.
  const none = t('team.conflicts', '(none)');
  const rows: [string, string, string, boolean][] = [
    [
      status ? t('team.conflicts', 'Status') : t('team.conflicts', 'Answer'),
      valueText(index, itemId, mine),
      valueText(index, itemId, theirs),
      true,
    ],
    ...(status
      ? []
      : ([
          [
            t('team.conflicts', 'Evidence note'),
            mine?.note.trim() || none,
            theirs.note.trim() || none,
            true,
          ],
        ] as [string, string, string, boolean][])),
    [t('team.conflicts', 'By'), mine ? name(mine.by) : '—', name(theirs.by), false],
    [
      t('team.conflicts', 'Device'),
      mine ? deviceName(mine.device) : '—',
      deviceName(theirs.device),
      false,
    ],
    [
      t('team.conflicts', 'When'),
      mine?.at ? formatMoment(mine.at) : '—',
      formatMoment(theirs.at),
      false,
    ],
  ];
  return (
    <table class="govuk-table ca-compare">
      <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <td class="govuk-table__header" />
          <th scope="col" class="govuk-table__header">
            {t('team.conflicts', 'Mine (on this device)')}
          </th>
          <th scope="col" class="govuk-table__header">
            {t('team.conflicts', 'Theirs (in {file})', { file: theirsFrom })}
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {rows.map(([label, a, b, choice]) => (
          <tr class="govuk-table__row" key={label}>
            <th scope="row" class="govuk-table__header">
              {label}
            </th>
            <td class={cellClass(choice, a, b)}>{a}</td>
            <td class={cellClass(choice, a, b)}>{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
