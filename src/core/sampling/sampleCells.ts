/**
 * Turns sample quotas into the cells a sample is drawn from: one cell per area, or per area and
 * stratum. Checks the quotas against the inspection's areas and strata first.
 */

import type { Area, Stratum } from '../inspection/inspectionSchema';
import type { ValidationError } from '../validation/validationResult';

/** In quotas by cell, this key stands for "any stratum": the whole area is one cell. */
export const ANY_STRATUM = '*';

/**
 * How many cases to draw: the same number in every cell (every area × stratum, or every area
 * when the inspection has no strata), or a number per area and stratum (`*`: the whole area).
 */
export type SampleQuotas =
  | { readonly perCell: number }
  | { readonly byCell: Readonly<Record<string, Readonly<Record<string, number>>>> };

export type CellPlan = {
  readonly areaId: string;
  /** `null`: the whole area, whatever the stratum. */
  readonly stratumId: string | null;
  /** e.g. "Leeds, host cases", or "Leeds". */
  readonly label: string;
  readonly quota: number;
  readonly reserve: number;
};

type Named = Pick<Area | Stratum, 'id' | 'name'>;

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** A stratum's name without a trailing "cases" ("Host cases" → "host"), to build "5 host cases". */
export function stratumWord(name: string): string {
  const bare = name.replace(/\s+cases?$/i, '');
  return bare === name ? name : bare.toLowerCase();
}

export function cellLabel(area: Named, stratum: Named | null): string {
  return stratum ? `${area.name}, ${stratumWord(stratum.name)} cases` : area.name;
}

/** The cell of an area (and stratum; null: the whole area), with its quota and reserves. */
function cellOf(area: Named, stratum: Named | null, quota: number, reserve: number): CellPlan {
  return {
    areaId: area.id,
    stratumId: stratum ? stratum.id : null,
    label: cellLabel(area, stratum),
    quota,
    reserve,
  };
}

/** The same quota in every area × stratum (every area when there are no strata). */
function sameInEveryCell(
  areas: readonly Named[],
  strata: readonly Named[],
  quota: number,
  reserve: number,
): CellPlan[] {
  return areas.flatMap((area) =>
    strata.length === 0
      ? [cellOf(area, null, quota, reserve)]
      : strata.map((stratum) => cellOf(area, stratum, quota, reserve)),
  );
}

type ByCell = Extract<SampleQuotas, { byCell: unknown }>['byCell'];

/** Quotas by cell that name an area or stratum the inspection lacks, or count a case twice. */
function byCellErrors(
  areas: readonly Named[],
  strata: readonly Named[],
  byCell: ByCell,
  errors: ValidationError[],
): void {
  const areaIds = new Set(areas.map((a) => a.id));
  const strataIds = new Set(strata.map((s) => s.id));
  for (const [areaId, byStratum] of Object.entries(byCell)) {
    if (!areaIds.has(areaId)) {
      errors.push({
        path: `quotas.byCell.${areaId}`,
        message: `"${areaId}" is not one of this inspection's areas`,
      });
    }
    const keys = Object.keys(byStratum);
    if (keys.includes(ANY_STRATUM) && keys.length > 1) {
      errors.push({
        path: `quotas.byCell.${areaId}`,
        message: `has a quota for the whole area ("${ANY_STRATUM}") and for strata: a case would count twice; use one or the other`,
      });
    }
    for (const [stratumKey, quota] of Object.entries(byStratum)) {
      if (stratumKey !== ANY_STRATUM && !strataIds.has(stratumKey)) {
        errors.push({
          path: `quotas.byCell.${areaId}.${stratumKey}`,
          message: `"${stratumKey}" is not one of this inspection's strata`,
        });
      }
      if (!isCount(quota)) {
        errors.push({
          path: `quotas.byCell.${areaId}.${stratumKey}`,
          message: 'must be a whole number, 0 or more',
        });
      }
    }
  }
}

/** Checked quotas by cell as cells, walking areas and strata in the inspection's order. */
function cellsByCell(
  areas: readonly Named[],
  strata: readonly Named[],
  byCell: ByCell,
  reserve: number,
): CellPlan[] {
  const cells: CellPlan[] = [];
  for (const area of areas) {
    const byStratum = byCell[area.id];
    if (!byStratum) continue;
    const whole = byStratum[ANY_STRATUM];
    if (whole !== undefined) {
      if (whole > 0) cells.push(cellOf(area, null, whole, reserve));
      continue;
    }
    for (const stratum of strata) {
      const quota = byStratum[stratum.id];
      if (quota !== undefined && quota > 0) cells.push(cellOf(area, stratum, quota, reserve));
    }
  }
  return cells;
}

/**
 * The cells to draw, in the inspection's order of areas then strata; cells with a quota of 0
 * are left out. Problems are added to `errors` (all of them, not just the first).
 */
export function planCells(
  areas: readonly Named[],
  strata: readonly Named[],
  quotas: SampleQuotas,
  reservePerCell: number,
  errors: ValidationError[],
): CellPlan[] {
  if (!isCount(reservePerCell)) {
    errors.push({ path: 'reservePerCell', message: 'must be a whole number, 0 or more' });
  }
  const reserve = isCount(reservePerCell) ? reservePerCell : 0;
  if ('perCell' in quotas) {
    if (!isCount(quotas.perCell)) {
      errors.push({ path: 'quotas.perCell', message: 'must be a whole number, 0 or more' });
      return [];
    }
    if (quotas.perCell === 0) return [];
    return sameInEveryCell(areas, strata, quotas.perCell, reserve);
  }
  byCellErrors(areas, strata, quotas.byCell, errors);
  if (errors.length > 0) return [];
  // Walk areas and strata in the inspection's order, so the plan never depends on key order.
  return cellsByCell(areas, strata, quotas.byCell, reserve);
}
