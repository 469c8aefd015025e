/**
 * The test of independence for a cross-tab, and how it reads: Pearson's chi-square on the rows
 * and columns that have cases, Fisher's exact test as well for a 2×2 table with an expected
 * count under 5, and a warning whenever an expected count is under 5.
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import { chiSquareTest } from '../statistics/chiSquare';
import { fisherExactTest } from '../statistics/fisherExact';
import { roundHalfUp } from '../statistics/roundHalfUp';

/** The level at which a p-value is read as evidence of association. */
export const SIGNIFICANCE_LEVEL = 0.05;

export type CrossTabTest =
  | {
      readonly kind: 'none';
      /** Why no test was made, as a sentence. */
      readonly reason: string;
    }
  | {
      readonly kind: 'chi-square';
      readonly statistic: number;
      readonly df: number;
      readonly p: number;
      /** Rows and columns tested: those with at least one case. */
      readonly tested: { readonly rows: number; readonly cols: number };
      /** Expected counts under 5, of `expectedCells`. */
      readonly smallExpected: number;
      readonly expectedCells: number;
      /** Fisher's exact test (two-sided), for a 2×2 table with an expected count under 5. */
      readonly fisherP: number | null;
      /** The p-value to read: Fisher's when made, else the chi-square test's. */
      readonly readP: number;
      /** The result in words: "χ² = 4.21, 2 degrees of freedom, p = 0.12: no evidence of …". */
      readonly sentences: readonly string[];
      /** Set when an expected count is under 5. */
      readonly warning: string | null;
    };

/** A p-value as printed: "0.12", "0.046", "< 0.001". */
export function pValueText(p: number): string {
  if (p < 0.001) return '< 0.001';
  const two = roundHalfUp(p, 2);
  // Two places, unless they would hide which side of 5% the value lies, or round it to 0.
  if (p >= 0.01 && two >= SIGNIFICANCE_LEVEL === p >= SIGNIFICANCE_LEVEL) {
    return `= ${two.toFixed(2)}`;
  }
  return `= ${roundHalfUp(p, 3).toFixed(3)}`;
}

function verdict(p: number, tr: Translator): string {
  return p < SIGNIFICANCE_LEVEL
    ? tr.t('findings.crosstab', 'evidence of an association at the 5% level')
    : tr.t('findings.crosstab', 'no evidence of association at the 5% level');
}

/** The test for a table of counts (rows × columns, all categories, empty ones included). */
export function crossTabTest(
  counts: readonly (readonly number[])[],
  multiple: boolean,
  tr: Translator = ENGLISH,
): CrossTabTest {
  if (multiple) {
    return {
      kind: 'none',
      reason: tr.t(
        'findings.crosstab',
        'No test of independence: a case can be counted under more than one answer.',
      ),
    };
  }
  const cols = counts[0]?.length ?? 0;
  const liveRows = counts.filter((row) => row.some((v) => v > 0));
  const liveCols = Array.from({ length: cols }, (_, j) => j).filter((j) =>
    counts.some((row) => row[j]! > 0),
  );
  const table = liveRows.map((row) => liveCols.map((j) => row[j]!));
  const result = chiSquareTest(table);
  if (result === null) {
    return {
      kind: 'none',
      reason: tr.t(
        'findings.crosstab',
        'No test of independence: it needs at least two rows and two columns with cases in them.',
      ),
    };
  }
  const { statistic, df, p, smallExpected } = result;
  const expectedCells = table.length * table[0]!.length;
  const small2x2 = table.length === 2 && table[0]!.length === 2 && smallExpected > 0;
  const fisherP = small2x2
    ? fisherExactTest([
        [table[0]![0]!, table[0]![1]!],
        [table[1]![0]!, table[1]![1]!],
      ])
    : null;
  const readP = fisherP ?? p;
  const chiLine = tr.t(
    'findings.crosstab',
    'χ² = {statistic}, {df, plural, one {# degree of freedom} other {# degrees of freedom}}, p {p}',
    { statistic: roundHalfUp(statistic, 2).toFixed(2), df, p: pValueText(p) },
  );
  const sentences =
    fisherP === null
      ? [
          tr.t('findings.crosstab', '{test}: {verdict}.', {
            test: chiLine,
            verdict: verdict(p, tr),
          }),
        ]
      : [
          tr.t('findings.crosstab', "Fisher's exact test (two-sided), p {p}: {verdict}.", {
            p: pValueText(fisherP),
            verdict: verdict(fisherP, tr),
          }),
          tr.t('findings.crosstab', '{test}.', { test: chiLine }),
        ];
  const under = { small: smallExpected, cells: expectedCells };
  const warning =
    smallExpected === 0
      ? null
      : fisherP !== null
        ? tr.t(
            'findings.crosstab',
            "{small} of the {cells} expected counts {small, plural, one {is} other {are}} under 5, so the chi-square test is not reliable here: read Fisher's exact test.",
            under,
          )
        : tr.t(
            'findings.crosstab',
            '{small} of the {cells} expected counts {small, plural, one {is} other {are}} under 5, so the chi-square test is approximate: read its p-value with care, or combine answers so that each expected count is at least 5.',
            under,
          );
  return {
    kind: 'chi-square',
    statistic,
    df,
    p,
    tested: { rows: table.length, cols: table[0]!.length },
    smallExpected,
    expectedCells,
    fisherP,
    readP,
    sentences,
    warning,
  };
}
