/**
 * How a population list falls into the cells a sample is drawn from: cases per area and
 * stratum, so a screen can show the counts and size the quotas without reading every entry.
 */
import type { SamplingUnit } from './drawSample';

export type PopulationCell = {
  readonly areaId: string;
  /** Null: no stratum given. */
  readonly stratumId: string | null;
  readonly count: number;
};

/** Cases per area and stratum, in the order each first appears in the list. */
export function populationCells(entries: readonly Omit<SamplingUnit, 'ref'>[]): PopulationCell[] {
  const counts = new Map<string, PopulationCell>();
  for (const entry of entries) {
    const key = `${entry.areaId}\u001f${entry.stratumId ?? ''}`;
    const cell = counts.get(key);
    counts.set(key, {
      areaId: entry.areaId,
      stratumId: entry.stratumId,
      count: (cell?.count ?? 0) + 1,
    });
  }
  return [...counts.values()];
}
