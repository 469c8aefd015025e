/**
 * Lookups over one findings result, built once per result (the screen memoises them): each
 * item's finding for all cases and per breakdown group, and the ratings by standard.
 */
import {
  type FindingsResult,
  type Framework,
  type ItemFinding,
  isTwoWay,
  type StandardRating,
  type TwoWayTable,
  twoWayTables,
} from '../../../core';
import { t } from '../../i18n/translate';

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
  /** All cases first, then each group of a one-way breakdown (a two-way one: all cases only). */
  readonly columns: readonly FindingsColumn[];
  /** A two-way breakdown's table for each scored question, by question id; empty otherwise. */
  readonly twoWay: ReadonlyMap<string, TwoWayTable>;
  readonly all: FindingsColumn;
  /** Each standard's question findings (all cases), in framework order. */
  readonly byStandard: ReadonlyMap<string, readonly ItemFinding[]>;
};

/** A column's name in the language chosen: the model is built once, whatever the language. */
export function columnLabel(column: Pick<FindingsColumn, 'key' | 'label'>): string {
  return column.key === null ? t('findings', 'All cases') : column.label;
}

function mapOf(findings: readonly ItemFinding[]): Map<string, ItemFinding> {
  return new Map(findings.map((f) => [f.itemId, f]));
}

export function findingsModel(
  result: FindingsResult,
  framework: Pick<Framework, 'profile'>,
): FindingsModel {
  const twoWay = isTwoWay(result);
  const all: FindingsColumn = {
    key: null,
    label: 'All cases',
    cases: result.cases.counted,
    byItem: mapOf([...result.profile, ...result.questions]),
    ratings: new Map(result.standards.map((s) => [s.standardId, s])),
  };
  // A two-way breakdown's cells are read as tables of their own, not as columns.
  const groups: FindingsColumn[] = (twoWay ? [] : (result.breakdown?.groups ?? [])).map((g) => ({
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
  const tables = new Map(twoWayTables(result, framework).map((t) => [t.itemId, t]));
  return { result, columns: [all, ...groups], all, byStandard, twoWay: tables };
}
