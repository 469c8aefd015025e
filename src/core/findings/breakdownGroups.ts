/**
 * Which group(s) a case falls in for a breakdown (SPEC §4.4): its area, stratum, inspector, or
 * its answer to a profile field. A multichoice profile field puts a case in every group it
 * chose; no answer, N/A and not known are groups of their own, so every case is somewhere.
 */

import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import { effectiveRule, hiddenItems } from '../framework/applicability';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { AnswerValue } from '../inspection/answerValue';
import { numberWithUnit } from '../phrasing/numberWithUnit';
import { type FindingsCase, valuesOf } from './findingsCase';
import { type FindingsPlan, optionOf, type PlannedItem } from './findingsPlan';

/** 'area', 'stratum', 'inspector', 'inspection', or the id of a profile field. */
export type BreakdownBy = 'area' | 'stratum' | 'inspector' | 'inspection' | (string & {});

/** One dimension, or two for a two-way table (rows first, then columns). */
export type BreakdownSpec = BreakdownBy | readonly [BreakdownBy, BreakdownBy];

/**
 * The breakdowns a framework offers: the case fields, then its profile fields. "Inspection"
 * only when asked, for cases of several inspections analysed together.
 */
export function breakdownChoices(
  plan: FindingsPlan,
  offer: { readonly inspections?: boolean } = {},
  tr: Translator = ENGLISH,
): { by: string; label: string }[] {
  const fields = ['area', 'stratum', 'inspector', ...(offer.inspections ? ['inspection'] : [])];
  return [
    ...fields.map((by) => ({ by, label: caseFieldLabel(by, tr) })),

    ...plan.items
      .filter((item) => item.entry.type === 'profile')
      .map((item) => ({ by: item.id, label: item.entry.item.text })),
  ];
}

export type Grouping = {
  readonly by: BreakdownBy;
  /** The dimension's name: "Area", or a profile field's text. */
  readonly name: string;
  /** The group keys of one case. */
  readonly keysOf: (kase: FindingsCase) => readonly string[];
  /** Whether one case can fall in several groups. */
  readonly multiple: boolean;
  readonly label: (key: string) => string;
  /** Sorts keys: the framework's order where it has one, then first seen; "none" last. */
  readonly rank: (key: string, firstSeen: number) => number;
};

/** A case field's name (area, stratum, inspector, inspection), in the translator's language. */
export function caseFieldLabel(by: string, tr: Translator = ENGLISH): string {
  switch (by) {
    case 'area':
      return tr.t('findings', 'Area');
    case 'stratum':
      return tr.t('findings', 'Stratum');
    case 'inspector':
      return tr.t('findings', 'Inspector');
    default:
      return tr.t('findings', 'Inspection');
  }
}

/** The names of the groups no named value fills, in the reader's language. */
export type GroupWords = {
  readonly noArea: string;
  readonly noStratum: string;
  readonly notAssigned: string;
  readonly noInspection: string;
  readonly notApplicable: string;
  readonly notKnown: string;
  readonly noAnswer: string;
};

export function groupWords(tr: Translator = ENGLISH): GroupWords {
  return {
    noArea: tr.t('findings', 'No area'),
    noStratum: tr.t('findings', 'No stratum'),
    notAssigned: tr.t('findings', 'Not assigned'),
    noInspection: tr.t('findings', 'No inspection'),
    notApplicable: tr.t('findings', 'Not applicable'),
    notKnown: tr.t('findings', 'Not known'),
    noAnswer: tr.t('findings', 'No answer'),
  };
}

/**
 * Names of areas, strata and inspectors by id, from the inspection; they label breakdown
 * groups and completeness rows. The framework's own areas and strata are used where absent.
 */
export type GroupNames = {
  readonly areas?: readonly { readonly id: string; readonly name: string }[];
  readonly strata?: readonly { readonly id: string; readonly name: string }[];
  readonly inspectors?: readonly { readonly id: string; readonly name: string }[];
  /** Names of inspections analysed together, in the order chosen. */
  readonly inspections?: readonly { readonly id: string; readonly name: string }[];
  /** The names of groups of no area, no answer …; absent: English. */
  readonly words?: GroupWords;
};

/** The dimensions of a spec, one or two. */
export function specDimensions(spec: BreakdownSpec): readonly BreakdownBy[] {
  return typeof spec === 'string' ? [spec] : spec;
}

/** A spec as text: "area", or "area,stratum" for two dimensions. */
export function breakdownSpecText(spec: BreakdownSpec): string {
  return specDimensions(spec).join(',');
}

/**
 * Reads "area" or "area,stratum" (from the command line or an address); null for empty text,
 * more than two dimensions, or the same dimension twice. Whether the framework has them is
 * checked when the findings are computed.
 */
export function parseBreakdownSpec(text: string): BreakdownSpec | null {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => part === '')) return null;
  if (parts.length === 1) return parts[0]!;
  if (parts.length !== 2 || parts[0] === parts[1]) return null;
  return [parts[0]!, parts[1]!];
}

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
  const words = names.words ?? groupWords();
  if (by === 'area') {
    return {
      by,
      name: 'Area',
      keysOf: (c) => [c.areaId],
      multiple: false,
      ...namedGroups(names.areas ?? framework.areas, words.noArea),
    };
  }
  if (by === 'stratum') {
    return {
      by,
      name: 'Stratum',
      keysOf: (c) => [c.stratumId ?? ''],
      multiple: false,
      ...namedGroups(names.strata ?? framework.strata, words.noStratum),
    };
  }
  if (by === 'inspector') {
    return {
      by,
      name: 'Inspector',
      keysOf: (c) => [c.inspectorId ?? ''],
      multiple: false,
      ...namedGroups(names.inspectors, words.notAssigned),
    };
  }
  if (by === 'inspection') {
    return {
      by,
      name: 'Inspection',
      keysOf: (c) => [c.inspectionId ?? ''],
      multiple: false,
      ...namedGroups(names.inspections, words.noInspection),
    };
  }
  const item = plan.itemById.get(by);
  if (item?.entry.type !== 'profile') return null;
  return profileGrouping(plan, item, by, words);
}

/**
 * The group keys of a profile field's answer: the value as given (a list's choices each once,
 * "other" with its option); "" when hidden by a rule or unanswered.
 */
export function profileKeys(
  item: PlannedItem,
  value: AnswerValue | undefined,
  hidden: boolean,
): readonly string[] {
  if (!Array.isArray(value)) return [profileKey(value, hidden)];
  if (hidden) return NONE;
  const codes = value.map((v) => {
    const option = optionOf(item, v);
    return option < 0 ? v : item.optionValues[option]!;
  });
  return codes.length === 0 ? NONE : [...new Set(codes)];
}

const NONE: readonly string[] = [''];

/** The one group key of an answer that is not a list (see `profileKeys`). */
export function profileKey(value: string | number | null | undefined, hidden: boolean): string {
  if (hidden || value === undefined || value === null) return '';
  return typeof value === 'number' ? String(value) : value.trim();
}

function profileGrouping(
  plan: FindingsPlan,
  item: PlannedItem,
  by: BreakdownBy,
  words: GroupWords,
): Grouping {
  const special: Record<string, string> = {
    [NOT_APPLICABLE]: words.notApplicable,
    [NOT_KNOWN]: words.notKnown,
    '': words.noAnswer,
  };
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
    name: item.entry.item.text,
    multiple: item.type === 'multichoice',
    keysOf: (c) => {
      const values = valuesOf(c, plan);
      const hidden =
        ruled && ruleIndex !== null && hiddenItems(ruleIndex, (id) => values[id], c).has(by);
      return profileKeys(item, values[by], hidden);
    },
    label: (key) => optionLabels.get(key) ?? special[key] ?? valueLabel(key),
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
