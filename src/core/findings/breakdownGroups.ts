/**
 * Which group(s) a case falls in for a breakdown (SPEC §4.4): its area, stratum, inspector, or
 * its answer to a profile field. A multichoice profile field puts a case in every group it
 * chose; no answer, N/A and not known are groups of their own, so every case is somewhere.
 */

import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import { effectiveRule, hiddenItems } from '../framework/applicability';
import { numberWithUnit } from '../phrasing/numberWithUnit';
import { type FindingsCase, valuesOf } from './findingsCase';
import { type FindingsPlan, optionOf } from './findingsPlan';

/** 'area', 'stratum', 'inspector', or the id of a profile field. */
export type BreakdownBy = 'area' | 'stratum' | 'inspector' | (string & {});

/** The breakdowns a framework offers: the case fields, then its profile fields. */
export function breakdownChoices(plan: FindingsPlan): { by: string; label: string }[] {
  return [
    { by: 'area', label: 'Area' },
    { by: 'stratum', label: 'Stratum' },
    { by: 'inspector', label: 'Inspector' },
    ...plan.items
      .filter((item) => item.entry.type === 'profile')
      .map((item) => ({ by: item.id, label: item.entry.item.text })),
  ];
}

export type Grouping = {
  readonly by: BreakdownBy;
  /** The group keys of one case. */
  readonly keysOf: (kase: FindingsCase) => readonly string[];
  /** Whether one case can fall in several groups. */
  readonly multiple: boolean;
  readonly label: (key: string) => string;
  /** Sorts keys: the framework's order where it has one, then first seen; "none" last. */
  readonly rank: (key: string, firstSeen: number) => number;
};

const SPECIAL_LABELS: Record<string, string> = {
  [NOT_APPLICABLE]: 'Not applicable',
  [NOT_KNOWN]: 'Not known',
};

/**
 * Names of areas, strata and inspectors by id, from the inspection; they label breakdown
 * groups and completeness rows. The framework's own areas and strata are used where absent.
 */
export type GroupNames = {
  readonly areas?: readonly { readonly id: string; readonly name: string }[];
  readonly strata?: readonly { readonly id: string; readonly name: string }[];
  readonly inspectors?: readonly { readonly id: string; readonly name: string }[];
};

/** Order and label for a list of named ids; "" (none) last, unknown ids in order first seen. */
export function namedGroups(
  list: readonly { id: string; name: string }[] | undefined,
  none: string,
) {
  const order = new Map((list ?? []).map((entry, i) => [entry.id, i]));
  const names = new Map((list ?? []).map((entry) => [entry.id, entry.name]));
  return {
    label: (key: string) => names.get(key) ?? (key === '' ? none : key),
    rank: (key: string, firstSeen: number) =>
      key === '' ? Number.MAX_SAFE_INTEGER : (order.get(key) ?? order.size + firstSeen),
  };
}

/** Null when `by` names nothing this framework has. */
export function grouping(
  plan: FindingsPlan,
  by: BreakdownBy,
  names: GroupNames = {},
): Grouping | null {
  const framework = plan.index.framework;
  if (by === 'area') {
    return {
      by,
      keysOf: (c) => [c.areaId],
      multiple: false,
      ...namedGroups(names.areas ?? framework.areas, 'No area'),
    };
  }
  if (by === 'stratum') {
    return {
      by,
      keysOf: (c) => [c.stratumId ?? ''],
      multiple: false,
      ...namedGroups(names.strata ?? framework.strata, 'No stratum'),
    };
  }
  if (by === 'inspector') {
    return {
      by,
      keysOf: (c) => [c.inspectorId ?? ''],
      multiple: false,
      ...namedGroups(names.inspectors, 'Not assigned'),
    };
  }
  const item = plan.itemById.get(by);
  if (item?.entry.type !== 'profile') return null;
  const ruled = plan.ruleIndex !== null && effectiveRule(item.entry) !== undefined;
  const ruleIndex = plan.ruleIndex;
  const optionOrder = new Map(item.options.map((o, i) => [o.value, i]));
  const optionLabels = new Map(item.options.map((o) => [o.value, o.label]));
  const unit = item.entry.item.unit;
  // A number with its unit agreeing ("1 move", "3 moves"); other answers as given.
  const valueLabel = (key: string) => {
    const value = Number(key);
    return unit && Number.isFinite(value) ? numberWithUnit(value, unit) : key;
  };
  const specialRank = (key: string) =>
    key === NOT_APPLICABLE ? 1 : key === NOT_KNOWN ? 2 : key === '' ? 3 : 0;
  return {
    by,
    multiple: item.type === 'multichoice',
    keysOf: (c) => {
      const values = valuesOf(c, plan);
      if (ruled && ruleIndex && hiddenItems(ruleIndex, (id) => values[id], c).has(by)) {
        return [''];
      }
      const value = values[by];
      if (value === undefined || value === null) return [''];
      if (typeof value === 'number') return [String(value)];
      if (typeof value === 'string') return [value.trim()];
      // An "other" choice (`other:Boxing club`) groups with its option.
      const codes = value.map((v) => {
        const option = optionOf(item, v);
        return option < 0 ? v : item.optionValues[option]!;
      });
      return codes.length === 0 ? [''] : [...new Set(codes)];
    },
    label: (key) =>
      optionLabels.get(key) ?? SPECIAL_LABELS[key] ?? (key === '' ? 'No answer' : valueLabel(key)),
    rank: (key, firstSeen) => {
      const special = specialRank(key);
      if (special > 0) return Number.MAX_SAFE_INTEGER - 3 + special;
      const option = optionOrder.get(key);
      if (option !== undefined) return option;
      // Numbers sort by value; other text in the order first seen.
      const number = item.type === 'number' ? Number(key) : Number.NaN;
      return Number.isFinite(number) ? number : optionOrder.size + firstSeen;
    },
  };
}
