/**
 * A standard's questions, then and now: what each figure counts (the answers), the earlier
 * audit's figure and this audit's with their counts and bases, the change in points, its 95%
 * interval, whether it is more than chance would explain (in words) and the test behind it. A
 * question with no applicable cases on one side says so; one whose figure is not a share of
 * cases says why it is not compared.
 */
import { type QuestionTrend, trendWords } from '../../../core';
import { ScrollRegion } from '../../findings/Findings/ScrollRegion';
import { t } from '../../i18n/translate';

export type TableRow = { readonly label: string; readonly trend: QuestionTrend };

/** The columns, said when drawn; the middle four are numbers. */
const headers = (): readonly { text: string; numeric: boolean }[] => [
  { text: t('trend', 'Question'), numeric: false },
  { text: t('trend', 'Answers counted'), numeric: false },
  { text: t('trend', 'Then'), numeric: true },
  { text: t('trend', 'Now'), numeric: true },
  { text: t('trend', 'Change (points)'), numeric: true },
  { text: t('trend', '95% interval'), numeric: true },
  { text: t('trend', 'More than chance?'), numeric: false },
  { text: t('trend', 'Test'), numeric: false },
];
const COLUMNS = 8;

/** A figure as printed, or that no case applied, in the language chosen. */
function figureText(text: string): string {
  return text === 'no applicable cases' ? t('trend', 'no applicable cases') : text;
}

function Cells({ trend }: { trend: QuestionTrend }) {
  const words = trendWords(trend);
  const cell = 'govuk-table__cell';
  const numeric = `${cell} govuk-table__cell--numeric`;
  if (words.status === 'not-compared') {
    return (
      <td class={cell} colSpan={COLUMNS - 1}>
        {capitalised(words.reason)}
      </td>
    );
  }
  const answers = trend.status === 'not-compared' ? '' : trend.answers;
  if (words.status === 'no-cases') {
    return (
      <>
        <td class={cell}>{answers}</td>
        <td class={numeric}>{figureText(words.earlier)}</td>
        <td class={numeric}>{figureText(words.current)}</td>
        <td class={cell} colSpan={4}>
          {t('trend', 'No change worked out: {reason}', { reason: words.reason })}
        </td>
      </>
    );
  }
  return (
    <>
      <td class={cell}>{answers}</td>
      <td class={numeric}>{words.earlier}</td>
      <td class={numeric}>{words.current}</td>
      <td class={numeric}>{words.change}</td>
      <td class={numeric}>{words.interval}</td>
      <td class={cell}>{words.moreThanChance === 'Yes' ? t('trend', 'Yes') : t('trend', 'No')}</td>
      <td class={`${cell} ca-findings__id`}>{words.test}</td>
    </>
  );
}

function capitalised(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function ChangeTable({ caption, rows }: { caption: string; rows: readonly TableRow[] }) {
  return (
    <ScrollRegion label={caption}>
      <table class="govuk-table ca-findings__crosstab">
        <caption class="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {headers().map((h) => (
              <th
                scope="col"
                class={`govuk-table__header${h.numeric ? ' govuk-table__header--numeric' : ''}`}
                key={h.text}
              >
                {h.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map(({ label, trend }) => (
            <tr class="govuk-table__row" key={trend.itemId}>
              <th scope="row" class="govuk-table__header ca-findings__question">
                {label} <span class="ca-findings__id">{trend.itemId}</span>
              </th>
              <Cells trend={trend} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
