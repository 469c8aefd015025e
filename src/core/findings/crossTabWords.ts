/**
 * A cross-tab's words, the same on screen, in the report, the PDF and the command line: its
 * title, what it counts, the cases left out and why, and what the test says.
 */
import { plural } from '../phrasing/plural';
import type { CrossTab } from './crossTab';
import { printedFigure, SMALL_BASE_KEY } from './printedFigure';

/** "Gender by Was the plan good?" */
export function crossTabTitle(table: CrossTab): string {
  return `${table.rows.label} by ${table.cols.label}`;
}

/** "33 of 37 cases counted (complete cases only) are in the table." */
export function crossTabBasisText(table: CrossTab): string {
  const which = table.basis === 'complete-cases' ? ' (complete cases only)' : '';
  return `${plural(table.total, 'case')} of the ${plural(table.counted, 'case')} counted${which} are in the table.`;
}

/** "Left out, gender: 1 with no answer"; one line per side that left cases out. */
export function crossTabLeftOutLines(table: CrossTab): string[] {
  return (['rows', 'cols'] as const).flatMap((axis) => {
    const reasons = table.leftOut.filter((l) => l.axis === axis);
    if (reasons.length === 0) return [];
    const label = (axis === 'rows' ? table.rows : table.cols).label;
    const parts = reasons.map((l) => `${l.label.toLowerCase()}, ${plural(l.cases, 'case')}`);
    return [`Left out on “${label}”: ${parts.join('; ')}.`];
  });
}

/** The test's sentences, its warning, the notes, and the small-base key when a base is small. */
export function crossTabReading(table: CrossTab): { lines: string[]; warning: string | null } {
  const { test } = table;
  const lines = test.kind === 'none' ? [test.reason] : [...test.sentences];
  lines.push(...table.notes);
  if (hasSmallBaseIn(table)) lines.push(SMALL_BASE_KEY);
  return { lines, warning: test.kind === 'none' ? null : test.warning };
}

export function hasSmallBaseIn(table: CrossTab): boolean {
  return [...table.rows.categories, ...table.cols.categories].some((c) => c.smallBase);
}

/** "71% (12/17)", with the small-base mark on a small base; "–" on none. */
export function crossTabPercent(percent: number | null, count: number, base: number): string {
  return percent === null ? '–' : printedFigure(percent, count, base);
}
