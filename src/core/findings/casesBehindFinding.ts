/**
 * The cases behind a figure (drill-down): for one item, which cases gave each answer, were
 * excluded and why — so a screen can list the cases a percentage rests on. Counts agree with
 * `computeFindings` because both classify answers with `answerSlot`.
 */
import { effectiveRule, hiddenItems } from '../framework/applicability';
import type { Framework } from '../framework/frameworkSchema';
import { type BreakdownBy, grouping, parseBreakdownSpec } from './breakdownGroups';
import { type FindingsCase, isCompleteStatus, valuesOf } from './findingsCase';
import {
  ANSWERED,
  answerSlot,
  type FindingsPlan,
  HIDDEN,
  INVALID,
  NA,
  NK,
  planFindings,
  selectedOptions,
  UNANSWERED,
} from './findingsPlan';

export type CasesBehindFinding = {
  readonly itemId: string;
  /** Per option, the cases that gave it (multichoice: that chose it). */
  readonly byOption: readonly { readonly value: string; readonly caseIds: readonly string[] }[];
  /** Cases with a positive, negative or neutral answer (judgement, rating, choice items). */
  readonly positive: readonly string[];
  readonly negative: readonly string[];
  readonly neutral: readonly string[];
  /** Cases with a number, date or text answer, or any valid multichoice answer. */
  readonly answered: readonly string[];
  readonly notApplicable: readonly string[];
  readonly notKnown: readonly string[];
  readonly unanswered: readonly string[];
  readonly hidden: readonly string[];
  readonly invalid: readonly string[];
};

export type CasesBehindOptions = {
  readonly completeOnly?: boolean;
  /**
   * Only the cases of one breakdown cell; two-way: `by` "area,stratum" and `key` the row key
   * and the column key joined by a unit separator, as the cell's key is.
   */
  readonly group?: { readonly by: BreakdownBy; readonly key: string };
};

/** Whether a case is in a breakdown cell (one dimension or two); null if it names nothing. */
function groupTest(
  plan: FindingsPlan,
  group: { readonly by: BreakdownBy; readonly key: string },
): ((kase: FindingsCase) => boolean) | null {
  const spec = parseBreakdownSpec(group.by);
  if (spec === null) return null;
  const dimensions = typeof spec === 'string' ? [spec] : spec;
  const keys = dimensions.length === 1 ? [group.key] : group.key.split('\u001f');
  const groupings = dimensions.map((by) => grouping(plan, by));
  if (keys.length !== dimensions.length || groupings.some((g) => g === null)) return null;
  return (kase) => groupings.every((g, i) => g!.keysOf(kase).includes(keys[i]!));
}

/** Null when the framework has no item with this id, or the group names nothing it has. */
export function casesBehindFinding(
  framework: Framework,
  cases: readonly FindingsCase[],
  itemId: string,
  options: CasesBehindOptions = {},
): CasesBehindFinding | null {
  const plan = planFindings(framework);
  const item = plan.itemById.get(itemId);
  if (!item) return null;
  const inGroup = options.group ? groupTest(plan, options.group) : null;
  if (options.group && !inGroup) return null;
  const byOption = item.options.map(() => [] as string[]);
  const lists = {
    answered: [] as string[],
    notApplicable: [] as string[],
    notKnown: [] as string[],
    unanswered: [] as string[],
    hidden: [] as string[],
    invalid: [] as string[],
  };
  const exclusions = item.extra - item.offset;
  const named: Record<number, string[]> = {
    [exclusions + ANSWERED]: lists.answered,
    [exclusions + NA]: lists.notApplicable,
    [exclusions + NK]: lists.notKnown,
    [exclusions + UNANSWERED]: lists.unanswered,
    [exclusions + HIDDEN]: lists.hidden,
    [exclusions + INVALID]: lists.invalid,
  };
  for (const kase of cases) {
    if (options.completeOnly && !isCompleteStatus(kase.status)) continue;
    if (inGroup && !inGroup(kase)) continue;
    const values = valuesOf(kase, plan);
    const isHidden =
      plan.ruleIndex !== null &&
      effectiveRule(item.entry) !== undefined &&
      hiddenItems(plan.ruleIndex, (id) => values[id], kase).has(itemId);
    const value = values[itemId];
    const slot = isHidden ? exclusions + HIDDEN : answerSlot(item, value);
    if (slot < exclusions) byOption[slot]!.push(kase.id);
    else named[slot]!.push(kase.id);
    if (slot === exclusions + ANSWERED && item.type === 'multichoice' && value) {
      for (const option of selectedOptions(item, value as string | string[])) {
        byOption[option]!.push(kase.id);
      }
    }
  }
  const ofMeaning = (meaning: string) =>
    item.type === 'proportion'
      ? item.options.flatMap((o, i) => (o.meaning === meaning ? byOption[i]! : []))
      : [];
  return {
    itemId,
    byOption: item.options.map((o, i) => ({ value: o.value, caseIds: byOption[i]! })),
    positive: ofMeaning('positive'),
    negative: ofMeaning('negative'),
    neutral: ofMeaning('neutral'),
    ...lists,
  };
}
