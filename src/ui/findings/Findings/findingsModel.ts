/**
 * Lookups over one findings result, built once per result (the screen memoises them): each
 * item's finding for all cases and per breakdown group, and the ratings by standard.
 */
import type { FindingsResult, ItemFinding, StandardRating } from '../../../core';

/** One column of figures: all cases, or one group of a breakdown. */
export type FindingsColumn = {
  /** Group key; null for all cases. */
  readonly key: string | null;
  readonly label: string;
  readonly cases: number;
  readonly byItem: ReadonlyMap<string, ItemFinding>;
  readonly ratings: ReadonlyMap<string, StandardRating>;
};

export type FindingsModel = {
  readonly result: FindingsResult;
  /** All cases first, then each breakdown group. */
  readonly columns: readonly FindingsColumn[];
  readonly all: FindingsColumn;
  /** Each standard's question findings (all cases), in framework order. */
  readonly byStandard: ReadonlyMap<string, readonly ItemFinding[]>;
};

function mapOf(findings: readonly ItemFinding[]): Map<string, ItemFinding> {
  return new Map(findings.map((f) => [f.itemId, f]));
}

export function findingsModel(result: FindingsResult): FindingsModel {
  const all: FindingsColumn = {
    key: null,
    label: 'All cases',
    cases: result.cases.counted,
    byItem: mapOf([...result.profile, ...result.questions]),
    ratings: new Map(result.standards.map((s) => [s.standardId, s])),
  };
  const groups: FindingsColumn[] = (result.breakdown?.groups ?? []).map((g) => ({
    key: g.key,
    label: g.label,
    cases: g.cases,
    byItem: mapOf([...g.profile, ...g.questions]),
    ratings: new Map(g.standards.map((s) => [s.standardId, s])),
  }));
  const byStandard = new Map<string, ItemFinding[]>();
  for (const f of result.questions) {
    const list = byStandard.get(f.standardId ?? '');
    if (list) list.push(f);
    else byStandard.set(f.standardId ?? '', [f]);
  }
  return { result, columns: [all, ...groups], all, byStandard };
}
