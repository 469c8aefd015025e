import { type Answer, describeAnswer, type FrameworkIndex, type Inspection } from '../../../core';
import { formatMoment, STATUS_LABELS } from '../../components/InspectionFrame/format';
import { isStatusItem, memberNameIn } from './teamWorkCommon';

/** The question (or "Case status") a conflict is about, in words. */
export function itemTitle(index: FrameworkIndex, itemId: string): string {
  if (isStatusItem(itemId)) return 'Case status';
  return index.itemById.get(itemId)?.item.text ?? itemId;
}

function valueText(index: FrameworkIndex, itemId: string, answer: Answer | null): string {
  if (!answer) return 'Not answered';
  if (isStatusItem(itemId)) {
    return STATUS_LABELS[answer.value as keyof typeof STATUS_LABELS] ?? String(answer.value);
  }
  return describeAnswer(index, itemId, answer.value);
}

function cellClass(label: string, a: string, b: string): string {
  const marked = (label === 'Answer' || label === 'Status' || label === 'Evidence note') && a !== b;
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
  const rows: [string, string, string][] = [
    [
      status ? 'Status' : 'Answer',
      valueText(index, itemId, mine),
      valueText(index, itemId, theirs),
    ],
    ...(status
      ? []
      : ([['Evidence note', mine?.note.trim() || '(none)', theirs.note.trim() || '(none)']] as [
          string,
          string,
          string,
        ][])),
    ['By', mine ? name(mine.by) : '—', name(theirs.by)],
    ['Device', mine ? deviceName(mine.device) : '—', deviceName(theirs.device)],
    ['When', mine?.at ? formatMoment(mine.at) : '—', formatMoment(theirs.at)],
  ];
  return (
    <table class="govuk-table ca-compare">
      <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <td class="govuk-table__header" />
          <th scope="col" class="govuk-table__header">
            Mine (on this device)
          </th>
          <th scope="col" class="govuk-table__header">
            Theirs (in {theirsFrom})
          </th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {rows.map(([label, a, b]) => (
          <tr class="govuk-table__row" key={label}>
            <th scope="row" class="govuk-table__header">
              {label}
            </th>
            <td class={cellClass(label, a, b)}>{a}</td>
            <td class={cellClass(label, a, b)}>{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
