/**
 * Figures in words, as the findings screens write them: `38% (23/60)`, intervals, what was left
 * out of a base, and the rule that set a standard's rating. Every percentage carries its
 * numerator and base (SPEC §4.2).
 */
import {
  type Exclusions,
  type FrameworkIndex,
  formatPercent,
  isSmallBase,
  type RatingRules,
  roundHalfUp,
  SMALL_BASE,
  SMALL_BASE_KEY,
  SMALL_BASE_MARK,
  type StandardRating,
} from '../../../core';
import type { ProportionChart, ScaleChart } from '../../../report/charts/chartModel';
import { chartWords } from '../../../report/charts/findingsCharts';
import { formatMoment } from '../../components/InspectionFrame/format';
import { currentLanguage, currentTranslator, t } from '../../i18n/translate';

/** `38% (23/60)`: whole per cent rounded half up, then the counts; or that no case applies. */
export function figureOf(percentRounded: number | null, numerator: number, base: number): string {
  if (base === 0 || percentRounded === null) return t('findings', 'no applicable cases');
  return `${percentRounded}% (${numerator}/${base})`;
}

const HATCHED_NOTE = `${SMALL_BASE_KEY} Such bars are hatched.`;
const BASE_TEXT = /^base (\d+)( †)?$/;

/** A note of a chart with its fixed sentences said in the language chosen. */
function chartNote(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  return note
    .replace(HATCHED_NOTE, t('findings', '{key} Such bars are hatched.', { key: smallBaseKey() }))
    .replace(SMALL_BASE_KEY, smallBaseKey());
}

/**
 * A chart of the findings (built by the report's chart builders, in English) with the app's own
 * words said in the language chosen: "All cases", "no applicable cases", "base 12", the
 * small-base key. Framework wording and figures are left as they are.
 */
export function sayChart<C extends ProportionChart | ScaleChart>(chart: C): C {
  const said = sayChartBars(chart);
  // The text alternative and data table's words, in the reader's language.
  return currentLanguage() === 'en'
    ? said
    : { ...said, words: chartWords(said, currentTranslator()) };
}

function sayChartBars<C extends ProportionChart | ScaleChart>(chart: C): C {
  const note = chartNote(chart.note);
  if (chart.kind === 'proportions') {
    const bars = chart.bars.map((bar) => ({
      ...bar,
      label: bar.label === 'All cases' ? t('findings', 'All cases') : bar.label,
      figure: bar.figure.replace('no applicable cases', t('findings', 'no applicable cases')),
    }));
    return { ...chart, bars, ...(note === undefined ? {} : { note }) };
  }
  const bars = chart.bars.map((bar) => {
    const base = BASE_TEXT.exec(bar.baseText);
    const baseText =
      bar.baseText === 'no applicable cases'
        ? t('findings', 'no applicable cases')
        : base
          ? `${t('findings', 'base {base}', { base: base[1] ?? '' })}${base[2] ?? ''}`
          : bar.baseText;
    return { ...bar, baseText };
  });
  return { ...chart, bars, ...(note === undefined ? {} : { note }) };
}

/**
 * A breakdown dimension's name in the language chosen: the case fields are the app's words
 * (the figures, worked out elsewhere, name them in English); a profile field keeps its text.
 */
export function dimensionName(dimension: { readonly by: string; readonly label: string }): string {
  switch (dimension.by) {
    case 'area':
      return t('findings', 'Area');
    case 'stratum':
      return t('findings', 'Stratum');
    case 'inspector':
      return t('findings', 'Inspector');
    case 'inspection':
      return t('findings', 'Inspection');
    default:
      return dimension.label;
  }
}

/** The key to the small-base mark, under any table or chart that has one. */

export function smallBaseKey(): string {
  return t(
    'findings',
    '† Small base: fewer than {count, plural, one {# case} other {# cases}}. A figure on so few cases says little on its own.',
    { count: SMALL_BASE },
  );
}

/** "27–51%": a Wilson interval in whole per cent. */

export function intervalText(interval: { low: number; high: number } | null): string {
  if (!interval) return '–';
  return `${roundHalfUp(interval.low)}–${roundHalfUp(interval.high)}%`;
}

/** What was left out of a base, one entry per kind with a count ("N/A 2", "Hidden 13"). */
export function exclusionParts(f: Exclusions & { readonly notKnownInBase?: boolean }): string[] {
  const parts: string[] = [];
  if (f.notApplicable > 0) parts.push(t('findings', 'N/A {count}', { count: f.notApplicable }));
  if (f.notKnown > 0) {
    parts.push(
      f.notKnownInBase
        ? t('findings', 'Not known {count} (in the base)', { count: f.notKnown })
        : t('findings', 'Not known {count}', { count: f.notKnown }),
    );
  }
  if (f.unanswered > 0) parts.push(t('findings', 'Not answered {count}', { count: f.unanswered }));
  if (f.hidden > 0) parts.push(t('findings', 'Not asked (rule) {count}', { count: f.hidden }));
  if (f.invalid > 0) parts.push(t('findings', 'Invalid answer {count}', { count: f.invalid }));
  return parts;
}

/**
 * The percentage a rule compared with its bands, with as few decimals as keep it on the right
 * side of every band edge: 24 of 37 (64.86%) under a 65% edge reads "64.9%", never "65%".
 */
export function rulePercent(rules: RatingRules, positive: number, base: number): string {
  if (rules.rounding === 'half-up') return `${formatPercent(positive, base)}%`;
  const edges = rules.bands.map((b) => b.minPercent);
  for (let decimals = 0; decimals < 3; decimals++) {
    const shown = Number(formatPercent(positive, base, decimals));
    if (edges.every((edge) => positive * 100 >= edge * base === shown >= edge)) {
      return `${formatPercent(positive, base, decimals)}%`;
    }
  }
  return `${formatPercent(positive, base, 3)}%`;
}

/** A question as a rule names it: its text and id. */
export function questionName(index: FrameworkIndex, questionId: string): string {
  const text = index.itemById.get(questionId)?.item.text;
  return text ? `“${text}” (${questionId})` : questionId;
}

/**
 * The rule and figure that rated a standard: "lowest key question: “Was the case allocated
 * promptly?” (alloc) at 56% (9/16), Too few". Null when the figures did not rate it.
 */
export function computedRuleText(
  s: StandardRating,
  index: FrameworkIndex,
  rules: RatingRules | undefined,
): string | null {
  if (
    !rules ||
    s.computedRating === null ||
    s.questionId === null ||
    s.positive === null ||
    s.base === null
  ) {
    return null;
  }
  const skipped =
    s.skipped.length === 0
      ? ''
      : ` ${t('findings', '({questions} left out: no case was applicable and answered)', {
          questions: s.skipped.map((k) => k.questionId).join(', '),
        })}`;
  const small = isSmallBase(s.base) ? ` ${SMALL_BASE_MARK}` : '';
  const rule = t(
    'findings',
    'lowest key question: {question} at {answers}: {percent} ({positive}/{base}){small}, {band}',
    {
      question: questionName(index, s.questionId),
      answers: positiveAnswers(index, s.questionId),
      percent: rulePercent(rules, s.positive, s.base),
      positive: s.positive,
      base: s.base,
      small,
      band: String(s.band),
    },
  );
  return `${rule}${skipped}`;
}

/** The answers a rating counts for a key question, in its scale's words: "Yes", "Sufficient". */
function positiveAnswers(index: FrameworkIndex, questionId: string): string {
  const scaleId = index.itemById.get(questionId)?.item.scale;
  const scale = scaleId === undefined ? undefined : index.scaleById.get(scaleId);
  const labels = scale?.options.filter((o) => o.meaning === 'positive').map((o) => o.label) ?? [];
  const [first, ...rest] = labels;
  if (first === undefined) return t('findings', 'Positive');
  return rest.reduce((list, label) => t('findings', '{list} or {label}', { list, label }), first);
}

/** "R. Okafor, 3 March 2026 at 10:42", the moment in this device's time zone. */
export function whoAndWhen(override: { by: string; at: string }): string {
  return t('findings', '{by}, {moment}', { by: override.by, moment: formatMoment(override.at) });
}
