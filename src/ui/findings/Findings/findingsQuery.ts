/**
 * What the findings screen shows, as its address says it: which cases count, the confidence
 * level, the section shown and the breakdown. Kept in the query string, so a reload or a shared
 * link shows the same figures.
 *
 *   ?basis=all        all cases (default: complete cases only)
 *   &ci=90            confidence level in per cent: 80, 90, 95 (default) or 99
 *   &section=<id>     one section, or `profile` for the profile of the sample
 *   &by=area          breakdown: area, stratum, inspector or a profile field id
 *   &by=area,stratum  two-way: rows by the first, columns by the second
 *   &published=on     published figures beside this audit's: on or off (default: on for a
 *                     self-audit, off otherwise; only where published figures ship)
 */
import { type BreakdownSpec, parseBreakdownSpec } from '../../../core';

export const CONFIDENCE_LEVELS = [80, 90, 95, 99] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export type FindingsView = {
  readonly completeOnly: boolean;
  readonly confidence: ConfidenceLevel;
  /** A section id, `profile`, or null for everything. */
  readonly section: string | null;
  readonly by: string | null;
  /** Published figures shown beside this audit's; null: as the inspection's kind has it. */
  readonly published: boolean | null;
};

export const DEFAULT_VIEW: FindingsView = {
  completeOnly: true,
  confidence: 95,
  section: null,
  by: null,
  published: null,
};

export const PROFILE_SECTION = 'profile';

function searchOf(url: string): URLSearchParams {
  const at = url.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : url.slice(at + 1).split('#')[0]);
}

function onOff(value: string | null): boolean | null {
  return value === 'on' ? true : value === 'off' ? false : null;
}

export function viewFromUrl(url: string): FindingsView {
  const query = searchOf(url);
  const ci = Number(query.get('ci'));
  return {
    completeOnly: query.get('basis') !== 'all',
    confidence: (CONFIDENCE_LEVELS as readonly number[]).includes(ci)
      ? (ci as ConfidenceLevel)
      : DEFAULT_VIEW.confidence,
    section: query.get('section') || null,
    by: query.get('by') || null,
    published: onOff(query.get('published')),
  };
}

/** The query string for a view ("" for the default), shortest first. */
export function queryOfView(view: FindingsView): string {
  const query = new URLSearchParams();
  if (!view.completeOnly) query.set('basis', 'all');
  if (view.confidence !== DEFAULT_VIEW.confidence) query.set('ci', String(view.confidence));
  if (view.section) query.set('section', view.section);
  if (view.by) query.set('by', view.by);
  if (view.published !== null) query.set('published', view.published ? 'on' : 'off');
  // The comma of a two-way breakdown reads better as itself: "?by=area,stratum".
  const text = query.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

/** Which cases of a figure a drill-down lists: one group of a breakdown, or all. */
export type CasesQuery = {
  readonly completeOnly: boolean;
  readonly group: { readonly by: string; readonly key: string } | null;
};

export function casesQueryFromUrl(url: string): CasesQuery {
  const query = searchOf(url);
  const by = query.get('by');
  return {
    completeOnly: query.get('basis') !== 'all',
    group: by && query.has('group') ? { by, key: query.get('group') ?? '' } : null,
  };
}

export function queryOfCases(q: CasesQuery): string {
  const query = new URLSearchParams();
  if (!q.completeOnly) query.set('basis', 'all');
  if (q.group) {
    query.set('by', q.group.by);
    query.set('group', q.group.key);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** A breakdown the screen can show: one dimension or two, each one the framework offers. */
export type ChosenBreakdown = {
  /** As the address and the findings options write it: "area" or "area,stratum". */
  readonly by: string;
  readonly spec: BreakdownSpec;
  /** "Area"; two-way: "Area and stratum". */
  readonly label: string;
  /** One, or two: rows then columns. */
  readonly dimensions: readonly { readonly by: string; readonly label: string }[];
};

/** The breakdown the address asks for, or null when it asks for none or one not offered. */
export function chosenBreakdown(
  by: string | null,
  choices: readonly { by: string; label: string }[],
): ChosenBreakdown | null {
  const spec = by === null ? null : parseBreakdownSpec(by);
  if (spec === null) return null;
  const ids: readonly string[] = typeof spec === 'string' ? [spec] : spec;
  const dimensions = ids.map((id) => choices.find((c) => c.by === id));
  if (dimensions.some((d) => d === undefined)) return null;
  const found = dimensions as { by: string; label: string }[];
  const label = found.map((d, i) => (i === 0 ? d.label : d.label.toLowerCase())).join(' and ');
  return { by: ids.join(','), spec, label, dimensions: found };
}

/** The dimensions written in a `by`: ["area", "stratum"], ["area"], or [] for none. */
export function dimensionsOfBy(by: string | null): string[] {
  return (by ?? '').split(',').filter((part) => part !== '');
}
