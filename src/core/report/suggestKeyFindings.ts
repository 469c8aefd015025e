/**
 * The sentences the data gives for a chapter (or the summary), ranked as suggestions for the
 * lead's key findings, each with its reasons in words. The lead chooses from them: the report
 * never prints them unchosen, so a chapter says what the lead decided matters, not everything.
 *
 * Ranked by the shortfall from the positive (the lowest positive percentage first), a key
 * question lifted as if its figure were `KEY_QUESTION_LIFT` points lower; figures on a small base
 * last (they say little on their own); ties broken by the widest difference between areas, then
 * the framework's order.
 */
import type { FindingsCell, ItemFinding, ProportionFinding } from '../findings/findingTypes';
import { hasSmallBase, printedFigure } from '../findings/printedFigure';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { SentenceSource } from './reportDraft';

/** A difference between areas this large (in percentage points) is a reason of its own. */
const NOTABLE_AREA_DIFFERENCE = 20;

/** How far a key question is lifted, in percentage points: the framework says it matters most. */
const KEY_QUESTION_LIFT = 20;

export type KeyFindingSuggestion = {
  readonly finding: ProportionFinding;
  /** The data's sentence, inserted as it is and then the lead's to edit. */
  readonly text: string;
  /** The question and count the sentence states, so its figure stays checked. */
  readonly source: SentenceSource;
  /** Why it is suggested, most telling first: "Key question", "Lowest figure in this chapter: …". */
  readonly reasons: readonly string[];
};

export type SuggestionOptions = {
  /** Where the figures are compared: the chapter's questions, or the whole report's. */
  readonly scope: 'chapter' | 'summary';
  /** The same findings broken down by area (a breakdown's groups); absent: no comparison. */
  readonly areas?: readonly FindingsCell[];
};

type WithSentence = ProportionFinding & { readonly sentence: string };

/** The positive answers in the scale's words: "Yes", "Yes or Partly". */
function positiveAnswers(f: ProportionFinding, tr: Translator): string {
  const labels = f.options.filter((o) => o.meaning === 'positive').map((o) => o.label);
  return labels.length > 0
    ? labels.join(tr.t('report.figures', ' or '))
    : tr.t('report.figures', 'Positive');
}

/** "Yes in 38% (23/60)", with the small-base mark when it has one. */
function positiveFigure(f: ProportionFinding, tr: Translator): string {
  return tr.t('report.figures', '{answers} in {figure}', {
    answers: positiveAnswers(f, tr),
    figure: printedFigure(f.percentRounded, f.positive, f.base, tr),
  });
}

type AreaDifference = { readonly points: number; readonly reason: string };

/**
 * The widest gap between areas on this question, in whole points as the figures print. Areas
 * with a small base are left out: a gap between 1 of 2 and 0 of 2 says nothing.
 */
function areaDifference(
  f: ProportionFinding,
  areas: readonly FindingsCell[],
  tr: Translator,
): AreaDifference | null {
  const figures = areas
    .map((area) => ({ area, cell: area.questions.find((q) => q.itemId === f.itemId) }))
    .filter(
      (x): x is { area: FindingsCell; cell: ProportionFinding } =>
        x.cell?.type === 'proportion' &&
        x.cell.base > 0 &&
        !hasSmallBase(x.cell) &&
        x.cell.percentRounded !== null,
    );
  if (figures.length < 2) return null;
  // Stable: among equal figures the first area in the breakdown's order names the end.
  const high = figures.reduce((a, b) => (b.cell.percentRounded! > a.cell.percentRounded! ? b : a));
  const low = figures.reduce((a, b) => (b.cell.percentRounded! < a.cell.percentRounded! ? b : a));
  const points = high.cell.percentRounded! - low.cell.percentRounded!;
  const figure = (x: { area: FindingsCell; cell: ProportionFinding }) =>
    tr.t('report.figures', '{figure} in {area}', {
      figure: printedFigure(x.cell.percentRounded, x.cell.positive, x.cell.base, tr),
      area: x.area.label,
    });
  return {
    points,
    reason: tr.t('report.figures', 'Areas differ by {points} points: {high} against {low}', {
      points: String(points),
      high: figure(high),
      low: figure(low),
    }),
  };
}

/** The figure a suggestion is ranked by: its positive percentage, lower for a key question. */
function ranking(f: WithSentence): number {
  return f.percent! - (f.key ? KEY_QUESTION_LIFT : 0);
}

/** The data's sentences for these findings, ranked, each with its reasons. */
export function suggestKeyFindings(
  findings: readonly ItemFinding[],
  options: SuggestionOptions,
  tr: Translator = ENGLISH,
): KeyFindingSuggestion[] {
  const withSentence = findings.filter(
    (f): f is WithSentence => f.type === 'proportion' && f.sentence !== null && f.percent !== null,
  );
  const ranked = withSentence
    .map((f, order) => ({
      f,
      order,
      small: hasSmallBase(f),
      difference: options.areas ? areaDifference(f, options.areas, tr) : null,
    }))
    .sort(
      (a, b) =>
        Number(a.small) - Number(b.small) ||
        ranking(a.f) - ranking(b.f) ||
        (b.difference?.points ?? 0) - (a.difference?.points ?? 0) ||
        a.order - b.order,
    );
  const sized = ranked.filter((r) => !r.small);
  const lowest = sized.reduce<(typeof ranked)[number] | null>(
    (a, b) => (a === null || b.f.percent! < a.f.percent! ? b : a),
    null,
  );
  return ranked.map((r) => {
    const reasons: string[] = [];
    if (r.f.key) reasons.push(tr.t('report.figures', 'Key question'));
    const figure = positiveFigure(r.f, tr);
    if (r.small) reasons.push(tr.t('report.figures', 'Small base: {figure}', { figure }));
    else if (r === lowest)
      reasons.push(
        options.scope === 'chapter'
          ? tr.t('report.figures', 'Lowest figure in this chapter: {figure}', { figure })
          : tr.t('report.figures', 'Lowest figure in the report: {figure}', { figure }),
      );
    else reasons.push(figure);
    if (r.difference && r.difference.points >= NOTABLE_AREA_DIFFERENCE)
      reasons.push(r.difference.reason);
    return {
      finding: r.f,
      text: r.f.sentence,
      source: { itemId: r.f.itemId, side: r.f.sentenceSide ?? 'positive' },
      reasons,
    };
  });
}
