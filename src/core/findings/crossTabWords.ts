/**
 * A cross-tab's words, the same on screen, in the report, the PDF and the command line: its
 * title, what it counts, the cases left out and why, and what the test says.
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import type { CrossTab, LeftOutReason } from './crossTab';
import { SMALL_BASE } from './findingTypes';
import { printedFigure } from './printedFigure';

/** "Gender by Was the plan good?" */
export function crossTabTitle(table: CrossTab, tr: Translator = ENGLISH): string {
  return tr.t('findings.crosstab', '{rows} by {cols}', {
    rows: table.rows.label,
    cols: table.cols.label,
  });
}

/** "33 of 37 cases counted (complete cases only) are in the table." */
export function crossTabBasisText(table: CrossTab, tr: Translator = ENGLISH): string {
  const values = { total: table.total, counted: table.counted };
  return table.basis === 'complete-cases'
    ? tr.t(
        'findings.crosstab',
        '{total, plural, one {# case} other {# cases}} of the {counted, plural, one {# case} other {# cases}} counted (complete cases only) are in the table.',
        values,
      )
    : tr.t(
        'findings.crosstab',
        '{total, plural, one {# case} other {# cases}} of the {counted, plural, one {# case} other {# cases}} counted are in the table.',
        values,
      );
}

/** "Left out, gender: 1 with no answer"; one line per side that left cases out. */
export function crossTabLeftOutLines(table: CrossTab, tr: Translator = ENGLISH): string[] {
  return (['rows', 'cols'] as const).flatMap((axis) => {
    const reasons = table.leftOut.filter((l) => l.axis === axis);
    if (reasons.length === 0) return [];
    const label = (axis === 'rows' ? table.rows : table.cols).label;
    const parts = reasons.map((l) =>
      tr.t('findings.crosstab', '{reason}, {count, plural, one {# case} other {# cases}}', {
        reason: reasonLabel(l.reason, tr).toLowerCase(),
        count: l.cases,
      }),
    );
    return [
      tr.t('findings.crosstab', 'Left out on “{label}”: {parts}.', {
        label,
        parts: parts.join('; '),
      }),
    ];
  });
}

/** Why cases were left out, in the translator's language. */
function reasonLabel(reason: LeftOutReason, tr: Translator): string {
  switch (reason) {
    case 'not-applicable':
      return tr.t('findings.crosstab', 'Not applicable');
    case 'not-known':
      return tr.t('findings.crosstab', 'Not known');
    case 'not-asked':
      return tr.t('findings.crosstab', 'Not asked (a rule hid the question)');
    case 'no-answer':
      return tr.t('findings.crosstab', 'No answer');
    case 'not-an-option':
      return tr.t('findings.crosstab', 'An answer that is not one of the options');
    case 'not-recorded':
      return tr.t('findings.crosstab', 'None recorded (no stratum, or no inspector assigned)');
  }
}

/** The test's sentences, its warning, the notes, and the small-base key when a base is small. */
export function crossTabReading(
  table: CrossTab,
  tr: Translator = ENGLISH,
): { lines: string[]; warning: string | null } {
  const { test } = table;
  const lines = test.kind === 'none' ? [test.reason] : [...test.sentences];
  lines.push(...table.notes);
  if (hasSmallBaseIn(table)) {
    lines.push(
      tr.t(
        'findings.crosstab',
        '† Small base: fewer than {count, plural, one {# case} other {# cases}}. A figure on so few cases says little on its own.',
        { count: SMALL_BASE },
      ),
    );
  }
  return { lines, warning: test.kind === 'none' ? null : test.warning };
}

export function hasSmallBaseIn(table: CrossTab): boolean {
  return [...table.rows.categories, ...table.cols.categories].some((c) => c.smallBase);
}

/** "71% (12/17)", with the small-base mark on a small base; "–" on none. */
export function crossTabPercent(percent: number | null, count: number, base: number): string {
  return percent === null ? '–' : printedFigure(percent, count, base);
}
