/**
 * The report's chapter of two-way tables, when the lead chooses two dimensions (area and
 * stratum): for each section, a table per scored question with a row per group of the first
 * dimension and a column per group of the second, each cell the figure with its own base and
 * the small-base mark, with the totals and the figure over all cases.
 */
import { printedFigure, smallBaseKey } from '../findings/printedFigure';
import { type TwoWayFigure, type TwoWayTable, twoWayTables } from '../findings/twoWayTable';
import type { Translator } from '../i18n/translator';
import type { Context } from './reportContext';
import type { ReportBlock, ReportChapter, ReportTable } from './reportDocument';

function cell(tr: Translator, f: TwoWayFigure | null): string {
  if (f === null) return '–';
  return f.base === 0 ? '–' : printedFigure(f.percentRounded, f.count, f.base, tr);
}

/** A dimension's name in the report's language; a profile field keeps the framework's name. */
function dimensionName(tr: Translator, d: { readonly by: string; readonly label: string }): string {
  switch (d.by) {
    case 'area':
      return tr.t('report.figures', 'Area');
    case 'stratum':
      return tr.t('report.figures', 'Stratum');
    case 'inspector':
      return tr.t('report.figures', 'Inspector');
    case 'inspection':
      return tr.t('report.figures', 'Inspection');
    default:
      return d.label;
  }
}

function small(t: TwoWayTable): boolean {
  return (
    t.total.smallBase ||
    t.columnTotals.some((f) => f?.smallBase) ||
    t.rows.some((r) => r.total?.smallBase || r.cells.some((f) => f?.smallBase))
  );
}

function tableOf(tr: Translator, t: TwoWayTable, text: string): ReportTable {
  const rows = dimensionName(tr, t.dimensions[0]);
  const columns = dimensionName(tr, t.dimensions[1]);
  const width = 66 / (t.columns.length + 1);
  const all = tr.t('report', 'All');
  const notes = [
    tr.t('report', 'Rows by {rows}, columns by {columns}; – no cases.', {
      rows: rows.toLowerCase(),
      columns: columns.toLowerCase(),
    }),
  ];
  if (t.rows.some((r) => r.total === null) || t.columnTotals.some((f) => f === null)) {
    notes.push(
      tr.t('report', 'A case can be in several groups, so those groups are not totalled.'),
    );
  }
  if (small(t)) notes.push(smallBaseKey(tr));
  return {
    type: 'table',
    caption: tr.t('report', '{question} (counted: {answers})', {
      question: text,
      answers: t.answers,
    }),
    head: [rows, ...t.columns.map((c) => `${c.label} (${c.cases})`), all],
    numeric: [false, ...t.columns.map(() => true), true],
    widths: [34, ...t.columns.map(() => width), width],
    rows: [
      ...t.rows.map((r) => [
        `${r.label} (${r.cases})`,
        ...r.cells.map((f) => cell(tr, f)),
        cell(tr, r.total),
      ]),
      [all, ...t.columnTotals.map((f) => cell(tr, f)), cell(tr, t.total)],
    ],
    note: notes.join(' '),
  };
}

/** The chapter, or null when the lead chose no two-way tables (or no question is scored). */
export function twoWayChapter<C>(ctx: Context<C>, number: number): ReportChapter<C> | null {
  const result = ctx.input.twoWay;
  if (!result) return null;
  const tables = twoWayTables(result, ctx.input.framework);
  if (tables.length === 0) return null;
  const [rows, columns] = tables[0]!.dimensions;
  const names = {
    rows: dimensionName(ctx.tr, rows).toLowerCase(),
    columns: dimensionName(ctx.tr, columns).toLowerCase(),
  };
  const blocks: ReportBlock<C>[] = [
    {
      type: 'paragraph',
      text: ctx.tr.t(
        'report',
        'Each figure counts the cases giving the answer named beside the question, out of the cases in that {rows} and {columns} where the question applied and was answered. Bases split two ways are small: read the figures with their bases.',
        names,
      ),
    },
  ];
  const byId = new Map(tables.map((t) => [t.itemId, t]));
  for (const section of ctx.input.framework.sections) {
    const inSection = section.standards.flatMap((s) =>
      s.questions.flatMap((q) => (byId.has(q.id) ? [byId.get(q.id)!] : [])),
    );
    if (inSection.length === 0) continue;
    blocks.push({ type: 'subheading', text: section.title, level: 3 });
    for (const t of inSection) {
      blocks.push(tableOf(ctx.tr, t, ctx.questionText.get(t.itemId) ?? t.itemId));
    }
  }
  return {
    id: 'breakdown-two-way',
    number: String(number),
    title: ctx.tr.t('report', 'Findings by {rows} and {columns}', names),
    blocks,
  };
}
