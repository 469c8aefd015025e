/**
 * The report's chapter of cross-tabs the lead added (the draft's `crossTabs`): for each, its
 * counts with row percentages and with column percentages — every percentage with its count and
 * base — then the test of independence in words, its warning, and the cases left out.
 */
import type { CrossTab } from '../findings/crossTab';
import {
  crossTabBasisText,
  crossTabLeftOutLines,
  crossTabPercent,
  crossTabReading,
  crossTabTitle,
} from '../findings/crossTabWords';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { Context } from './reportContext';
import type { ReportBlock, ReportChapter, ReportTable } from './reportDocument';

/** One table: each cell's percentage of its row, or of its column, with the totals. */
function percentTable(tr: Translator, table: CrossTab, of: 'row' | 'column'): ReportTable {
  const { rows, cols, cells, total } = table;
  const width = 66 / (cols.categories.length + 1);
  const byRow = of === 'row';
  const totalWord = tr.t('report', 'Total');
  return {
    type: 'table',
    caption: byRow
      ? tr.t('report', '{title}: row percentages', { title: crossTabTitle(table) })
      : tr.t('report', '{title}: column percentages', { title: crossTabTitle(table) }),
    head: [rows.label, ...cols.categories.map((c) => c.label), totalWord],
    numeric: [false, ...cols.categories.map(() => true), true],
    widths: [34, ...cols.categories.map(() => width), width],
    rows: [
      ...rows.categories.map((row, i) => [
        row.label,
        ...cells[i]!.map((cell, j) =>
          byRow
            ? crossTabPercent(cell.rowPercent, cell.count, row.base)
            : crossTabPercent(cell.colPercent, cell.count, cols.categories[j]!.base),
        ),
        byRow ? String(row.base) : crossTabPercent(row.share, row.base, total),
      ]),
      [
        totalWord,
        ...cols.categories.map((col) =>
          byRow ? crossTabPercent(col.share, col.base, total) : String(col.base),
        ),
        String(total),
      ],
    ],
    note: byRow
      ? tr.t(
          'report',
          'Each figure is the share of its row’s cases, with the count and the row’s base.',
        )
      : tr.t(
          'report',
          'Each figure is the share of its column’s cases, with the count and the column’s base.',
        ),
  };
}

/** The blocks of one cross-tab. */
export function crossTabBlocks<C>(table: CrossTab, tr: Translator = ENGLISH): ReportBlock<C>[] {
  const reading = crossTabReading(table);
  return [
    { type: 'subheading', text: crossTabTitle(table), level: 3 },
    { type: 'paragraph', text: crossTabBasisText(table) },
    percentTable(tr, table, 'row'),
    percentTable(tr, table, 'column'),
    ...reading.lines.map((text): ReportBlock<C> => ({ type: 'paragraph', text })),
    ...(reading.warning
      ? [
          {
            type: 'paragraph' as const,
            text: tr.t('report', 'Warning: {warning}', { warning: reading.warning }),
            variant: 'note' as const,
          },
        ]
      : []),
    ...crossTabLeftOutLines(table).map(
      (text): ReportBlock<C> => ({ type: 'paragraph', text, variant: 'note' }),
    ),
  ];
}

/** The chapter, or null when the lead added no cross-tab. */
export function crossTabChapter<C>(ctx: Context<C>, number: number): ReportChapter<C> | null {
  const tables = ctx.input.crossTabs ?? [];
  if (tables.length === 0) return null;
  return {
    id: 'cross-tabs',
    number: String(number),
    title: ctx.tr.t('report', 'Cross-tabulations'),
    blocks: [
      {
        type: 'paragraph',
        text: ctx.tr.t(
          'report',
          'Each table counts the cases by two of their answers at once. A chi-square test says whether the two are associated beyond what chance would give; with small expected counts its p-value is approximate, and for a two-by-two table Fisher’s exact test is given as well.',
        ),
      },
      ...tables.flatMap((table) => crossTabBlocks<C>(table, ctx.tr)),
    ],
  };
}
