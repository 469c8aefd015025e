/**
 * The printable summary of inspections analysed together: a short document in the report's
 * own shape (so the report's PDF drawing prints it), with the cases of each inspection and,
 * for every scored question, its figure over all of them and in each inspection, each with its
 * base and the small-base mark.
 */

import type { FindingsResult, ItemFinding } from '../findings/findingTypes';
import { printedFigure, SMALL_BASE_KEY } from '../findings/printedFigure';
import type { Framework, Standard } from '../framework/frameworkSchema';
import { monthYear } from '../phrasing/longDate';
import { plural } from '../phrasing/plural';
import type { ReportBlock, ReportChapter, ReportDocument, ReportTable } from './reportDocument';

type Column = {
  readonly label: string;
  readonly cases: number;
  readonly byItem: Map<string, ItemFinding>;
};

function columnsOf(result: FindingsResult): Column[] {
  const mapOf = (findings: readonly ItemFinding[]) => new Map(findings.map((f) => [f.itemId, f]));
  return [
    { label: 'All inspections', cases: result.cases.counted, byItem: mapOf(result.questions) },
    ...(result.breakdown?.groups ?? []).map((g) => ({
      label: g.label,
      cases: g.cases,
      byItem: mapOf(g.questions),
    })),
  ];
}

function cellOf(f: ItemFinding | undefined): { text: string; small: boolean } {
  if (f?.type !== 'proportion' || !f.counted) return { text: '–', small: false };
  const { percentRounded, count, base, smallBase } = f.counted;
  return { text: printedFigure(percentRounded, count, base), small: smallBase };
}

/** A standard's scored questions × all inspections and each one; null with none scored. */
function standardTable(
  standard: Standard,
  columns: readonly Column[],
  all: Column,
): ReportTable | null {
  const questions = standard.questions.filter((q) => {
    const f = all.byItem.get(q.id);
    return f?.type === 'proportion' && f.counted !== null;
  });
  if (questions.length === 0) return null;
  let small = false;
  const rows = questions.map((q) => {
    const f = all.byItem.get(q.id) as Extract<ItemFinding, { type: 'proportion' }>;
    return [
      `${q.text} (counted: ${f.counted!.answers})`,
      ...columns.map((c) => {
        const cell = cellOf(c.byItem.get(q.id));
        small ||= cell.small;
        return cell.text;
      }),
    ];
  });
  const width = 60 / columns.length;
  return {
    type: 'table',
    caption: standard.title,
    head: ['Question', ...columns.map((c) => `${c.label} (${c.cases})`)],
    numeric: [false, ...columns.map(() => true)],
    widths: [40, ...columns.map(() => width)],
    rows,
    ...(small ? { note: SMALL_BASE_KEY } : {}),
  };
}

/**
 * The summary document of combined findings (computed with a breakdown by inspection).
 * `date` is the day it is made, `yyyy-mm-dd`.
 */
export function combinedFindingsDocument(
  framework: Framework,
  result: FindingsResult,
  date: string,
): ReportDocument<never> {
  const columns = columnsOf(result);
  const groups = result.breakdown?.groups ?? [];
  const title = `Findings of ${plural(groups.length, 'inspection')} together`;
  const basis =
    result.basis === 'complete-cases'
      ? `Based on ${plural(result.cases.counted, 'complete case')} of ${result.cases.total}.`
      : `Based on all ${plural(result.cases.total, 'case')}.`;
  const inspections: ReportChapter<never> = {
    id: 'inspections',
    number: '1',
    title: 'The inspections',
    blocks: [
      {
        type: 'paragraph',
        text: `${basis} Each figure counts the cases giving the answer named beside the question, out of the cases where it applied and was answered: over all the inspections, then in each. Ratings changed by a lead in one inspection do not apply here.`,
      },
      {
        type: 'table',
        caption: 'Cases counted by inspection',
        head: ['Inspection', 'Cases counted'],
        numeric: [false, true],
        rows: groups.map((g) => [g.label, String(g.cases)]),
      },
    ],
  };
  const sections: ReportChapter<never>[] = [];
  for (const section of framework.sections) {
    const blocks: ReportBlock<never>[] = section.standards.flatMap((standard) => {
      const table = standardTable(standard, columns, columns[0]!);
      return table ? [table] : [];
    });
    if (blocks.length === 0) continue;
    const number = String(sections.length + 2);
    sections.push({ id: `section-${section.id}`, number, title: section.title, blocks });
  }
  return {
    meta: {
      title,
      subject: `${framework.title}, version ${framework.version}`,
      author: '',
      keywords: ['inspection', 'case audit', framework.id, ...groups.map((g) => g.label)].join(
        ', ',
      ),
      language: framework.language,
    },
    titlePage: {
      title,
      kind: 'Inspections analysed as one',
      organisations: [],
      date: monthYear(date),
      framework: `Framework: ${framework.title}, version ${framework.version}`,
      notice: null,
      logo: null,
    },
    lists: { tables: [], figures: [] },
    runningHeader: title,
    chapters: [inspections, ...sections],
    warnings: [],
  };
}
