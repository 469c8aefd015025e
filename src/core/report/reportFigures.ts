/** Figures as the report's tables print them: what was counted, the interval, what is not in the base, the small-base mark. */
import type { ItemFinding } from '../findings/findingTypes';
import {
  countedText,
  isSmallBase,
  printedFigure,
  SMALL_BASE_MARK,
  smallBaseKey,
} from '../findings/printedFigure';
import { ENGLISH, type Translator } from '../i18n/translator';
import { percentHalfUp, roundHalfUp } from '../statistics/roundHalfUp';

/** "(base 51)", marked when small: "(base 6 †)". */
export function baseText(base: number, tr: Translator = ENGLISH): string {
  return tr.t('report.figures', '(base {base}{mark})', { base: String(base), mark: markOf(base) });
}

/** " †" after a small base's figure, nothing otherwise. */
function markOf(base: number): string {
  return isSmallBase(base) ? ` ${SMALL_BASE_MARK}` : '';
}

/** What a finding shows in a table's figure column: what was counted and its figure. */
export function figureCell(f: ItemFinding, tr: Translator = ENGLISH): string {
  switch (f.type) {
    case 'proportion':
      if (f.base === 0) return tr.t('report.figures', 'no applicable cases');
      if (f.counted) return countedText(f.counted, tr);
      return `${f.options
        .filter((o) => o.count > 0)
        .map((o) => `${o.label} ${o.count}`)
        .join(', ')} ${baseText(f.base, tr)}`;
    case 'multichoice':
      if (f.base === 0) return tr.t('report.figures', 'no answers');
      return `${f.options
        .filter((o) => o.count > 0)
        .map((o) => `${o.label} ${o.count}`)
        .join(', ')} ${tr.t(
        'report.figures',
        '({cases, plural, one {# case} other {# cases}}{mark})',
        { cases: f.base, mark: markOf(f.base) },
      )}`;
    case 'number':
      if (!f.summary) return tr.t('report.figures', 'no numbers');
      return tr.t('report.figures', 'mean {mean}, median {median} (n {n}{mark})', {
        mean: String(roundHalfUp(f.summary.mean, 1)),
        median: String(f.summary.median),
        n: String(f.summary.n),
        mark: markOf(f.summary.n),
      });
    default:
      return tr.t('report.figures', 'answered in {cases, plural, one {# case} other {# cases}}', {
        cases: f.answered,
      });
  }
}

/** A group's cell in a breakdown: the figure only; the row names what it counts. */
export function groupCell(f: ItemFinding, tr: Translator = ENGLISH): string {
  if (f.type === 'proportion' && f.counted) {
    return printedFigure(f.counted.percentRounded, f.counted.count, f.counted.base, tr);
  }
  return figureCell(f, tr);
}

export function intervalCell(f: ItemFinding): string {
  if (f.type !== 'proportion' || !f.counted?.interval) return '';
  const { low, high } = f.counted.interval;
  return `${roundHalfUp(low, 0)}–${roundHalfUp(high, 0)}%`;
}

/** A table's note, with the key to the small-base mark when any figure in it carries it. */
export function withSmallBaseKey(note: string, marked: boolean, tr: Translator = ENGLISH): string {
  return marked ? `${note} ${smallBaseKey(tr)}`.trim() : note;
}

export function excludedCell(f: ItemFinding): string {
  const parts: string[] = [];
  if (f.notApplicable > 0) parts.push(`N/A ${f.notApplicable}`);
  if (f.notKnown > 0 && !(f.type === 'proportion' && f.notKnownInBase)) {
    parts.push(`not known ${f.notKnown}`);
  }
  if (f.unanswered > 0) parts.push(`unanswered ${f.unanswered}`);
  if (f.hidden > 0) parts.push(`not asked ${f.hidden}`);
  return parts.join(', ');
}

/**
 * One row per answer of a table of answers: its label, its cases and its percentage of the base
 * (rounded half up), marked when the base is small; "–" where there is no base.
 */
export function answerRows(f: {
  readonly options: readonly { readonly label: string; readonly count: number }[];
  readonly base: number;
}): string[][] {
  const mark = isSmallBase(f.base) ? ` ${SMALL_BASE_MARK}` : '';
  return f.options.map((o) => [
    o.label,
    String(o.count),
    f.base === 0 ? '–' : `${percentHalfUp(o.count, f.base)}%${mark}`,
  ]);
}
