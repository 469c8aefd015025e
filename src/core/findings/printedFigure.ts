/**
 * A figure as every output prints it — screen, report preview, PDF, CSV, command line — so a
 * reader meets one wording everywhere: the percentage with its counts (SPEC §4.2), what was
 * counted, and the small-base mark on a base under 10 (SPEC §4.3).
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import { plural } from '../phrasing/plural';
import { type CountedFigure, type ItemFinding, SMALL_BASE } from './findingTypes';

/** The mark beside a figure whose base is small. */
export const SMALL_BASE_MARK = '†';

/** The key to the mark, under every table, chart or list that carries it. */
export const SMALL_BASE_KEY = `${SMALL_BASE_MARK} Small base: fewer than ${plural(SMALL_BASE, 'case')}. A figure on so few cases says little on its own.`;

/** The key to the mark in the report's language (English: `SMALL_BASE_KEY`). */
export function smallBaseKey(tr: Translator = ENGLISH): string {
  return tr.t(
    'report.figures',
    '{mark} Small base: fewer than {count, plural, one {# case} other {# cases}}. A figure on so few cases says little on its own.',
    { mark: SMALL_BASE_MARK, count: SMALL_BASE },
  );
}

/** Whether a base is small enough to be marked (an empty base has no figure to mark). */
export function isSmallBase(base: number): boolean {
  return base > 0 && base < SMALL_BASE;
}

/** Whether any figure of a finding stands on a small base (it then carries the mark). */
export function hasSmallBase(f: ItemFinding): boolean {
  switch (f.type) {
    case 'proportion':
    case 'multichoice':
      return isSmallBase(f.base);
    case 'number':
      return isSmallBase(f.summary?.n ?? 0) || f.thresholds.some((t) => isSmallBase(t.base));
    default:
      return false;
  }
}

/** "38% (23/60)"; "100% (1/1) †" on a small base; "no applicable cases" on none. */
export function printedFigure(
  percentRounded: number | null,
  count: number,
  base: number,
  tr: Translator = ENGLISH,
): string {
  if (base === 0 || percentRounded === null) return tr.t('report.figures', 'no applicable cases');
  return `${percentRounded}% (${count}/${base})${isSmallBase(base) ? ` ${SMALL_BASE_MARK}` : ''}`;
}

/** What was counted, then its figure: "No: 80% (41/51)", "Yes: 100% (1/1) †". */
export function countedText(counted: CountedFigure, tr: Translator = ENGLISH): string {
  return `${counted.answers}: ${printedFigure(counted.percentRounded, counted.count, counted.base, tr)}`;
}
