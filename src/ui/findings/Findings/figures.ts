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
  plural,
  type RatingRules,
  roundHalfUp,
  SMALL_BASE_MARK,
  type StandardRating,
} from '../../../core';
import { figureOf } from '../../../report/charts/chartModel';
import { formatMoment } from '../../components/InspectionFrame/format';

export { figureOf };

/** "27–51%": a Wilson interval in whole per cent. */
export function intervalText(interval: { low: number; high: number } | null): string {
  if (!interval) return '–';
  return `${roundHalfUp(interval.low)}–${roundHalfUp(interval.high)}%`;
}

/** What was left out of a base, one entry per kind with a count ("N/A 2", "Hidden 13"). */
export function exclusionParts(f: Exclusions & { readonly notKnownInBase?: boolean }): string[] {
  const parts: string[] = [];
  if (f.notApplicable > 0) parts.push(`N/A ${f.notApplicable}`);
  if (f.notKnown > 0)
    parts.push(`Not known ${f.notKnown}${f.notKnownInBase ? ' (in the base)' : ''}`);
  if (f.unanswered > 0) parts.push(`Not answered ${f.unanswered}`);
  if (f.hidden > 0) parts.push(`Not asked (rule) ${f.hidden}`);
  if (f.invalid > 0) parts.push(`Invalid answer ${f.invalid}`);
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
      : ` (${s.skipped.map((k) => k.questionId).join(', ')} left out: no case was applicable and answered)`;
  const small = isSmallBase(s.base) ? ` ${SMALL_BASE_MARK}` : '';
  return `lowest key question: ${questionName(index, s.questionId)} at ${positiveAnswers(index, s.questionId)}: ${rulePercent(rules, s.positive, s.base)} (${s.positive}/${s.base})${small}, ${s.band}${skipped}`;
}

/** The answers a rating counts for a key question, in its scale's words: "Yes", "Sufficient". */
function positiveAnswers(index: FrameworkIndex, questionId: string): string {
  const scaleId = index.itemById.get(questionId)?.item.scale;
  const scale = scaleId === undefined ? undefined : index.scaleById.get(scaleId);
  const labels = scale?.options.filter((o) => o.meaning === 'positive').map((o) => o.label) ?? [];
  return labels.join(' or ') || 'Positive';
}

/** "R. Okafor, 3 March 2026 at 10:42" */
export function whoAndWhen(override: { by: string; at: string }): string {
  return `${override.by}, ${formatMoment(override.at)}`;
}

/** "1 case", "12 cases" */
export function cases(n: number): string {
  return plural(n, 'case');
}
