/**
 * The quota table of the sample form: one box per area × stratum (or per area), as typed, and
 * how it becomes core's `SampleQuotas`. Prefilled from the recorded sample, so drawing again
 * with the recorded seed gives the recorded sample.
 */
import {
  ANY_STRATUM,
  type Inspection,
  type SampleQuotas,
  type SamplingRecord,
} from '../../../core';
import type { PopulationSummary } from '../../../db/inspections/populationStore';
import { t } from '../../i18n/translate';

/** `cells`: a quota per area and stratum; `areas`: per area, whatever the stratum. */
export type QuotaMode = 'cells' | 'areas';

/** Typed quotas: area id → stratum id (or `*`) → text in the box. */
export type QuotaInputs = Record<string, Record<string, string>>;

export type QuotaColumn = { readonly key: string; readonly label: string };

export function quotaColumns(inspection: Inspection, mode: QuotaMode): QuotaColumn[] {
  return mode === 'cells' && inspection.strata.length > 0
    ? inspection.strata.map((s) => ({ key: s.id, label: s.name }))
    : [{ key: ANY_STRATUM, label: t('setup', 'Cases') }];
}

export function quotaFieldId(areaId: string, columnKey: string): string {
  return `quota-${areaId}-${columnKey === ANY_STRATUM ? 'all' : columnKey}`;
}

export function modeOf(record: SamplingRecord | null, inspection: Inspection): QuotaMode {
  if (inspection.strata.length === 0) return 'areas';
  return record && record.cells.length > 0 && record.cells.every((c) => c.stratumId === null)
    ? 'areas'
    : 'cells';
}

export function inputsFrom(record: SamplingRecord | null): QuotaInputs {
  const inputs: QuotaInputs = {};
  for (const cell of record?.cells ?? []) {
    inputs[cell.areaId] ??= {};
    inputs[cell.areaId]![cell.stratumId ?? ANY_STRATUM] = String(cell.quota);
  }
  return inputs;
}

export function fillEvery(inspection: Inspection, mode: QuotaMode, value: string): QuotaInputs {
  const inputs: QuotaInputs = {};
  for (const area of inspection.areas) {
    inputs[area.id] = {};
    for (const column of quotaColumns(inspection, mode)) inputs[area.id]![column.key] = value;
  }
  return inputs;
}

export type QuotaProblem = { field: string; message: string };

/** The quotas to draw, or what is wrong with the boxes (blank counts as 0). */
export function readQuotas(
  inspection: Inspection,
  mode: QuotaMode,
  inputs: QuotaInputs,
): { quotas: SampleQuotas; total: number } | { problems: QuotaProblem[] } {
  const problems: QuotaProblem[] = [];
  const byCell: Record<string, Record<string, number>> = {};
  let total = 0;
  const columns = quotaColumns(inspection, mode);
  for (const area of inspection.areas) {
    byCell[area.id] = {};
    for (const column of columns) {
      const text = (inputs[area.id]?.[column.key] ?? '').trim();
      if (text === '') continue;
      if (!/^\d+$/.test(text)) {
        problems.push({
          field: quotaFieldId(area.id, column.key),
          message:
            column.key === ANY_STRATUM
              ? t('setup', 'The quota for {area} must be a whole number, 0 or more', {
                  area: area.name,
                })
              : t('setup', 'The quota for {area}, {stratum} must be a whole number, 0 or more', {
                  area: area.name,
                  stratum: column.label,
                }),
        });
        continue;
      }
      byCell[area.id]![column.key] = Number(text);
      total += Number(text);
    }
  }
  const first = inspection.areas[0];
  if (problems.length === 0 && total === 0 && first) {
    problems.push({
      field: quotaFieldId(first.id, columns[0]!.key),
      message: t('setup', 'Enter how many cases to draw in at least one cell'),
    });
  }
  return problems.length > 0 ? { problems } : { quotas: { byCell }, total };
}

/** Cases on the stored list in one box of the table. */
export function availableIn(
  summary: PopulationSummary | null,
  areaId: string,
  columnKey: string,
): number {
  if (!summary) return 0;
  return summary.cells
    .filter(
      (cell) =>
        cell.areaId === areaId && (columnKey === ANY_STRATUM || cell.stratumId === columnKey),
    )
    .reduce((sum, cell) => sum + cell.count, 0);
}
