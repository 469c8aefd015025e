/**
 * The sampling record kept on an inspection once its sample is created: what a report's
 * methodology and a later redraw need, and whether a redraw gives the same cases.
 */
import type { SamplingRecord } from '../inspection/inspectionSchema';
import type { SampleDraw } from './drawSample';

/** The record of a draw, made at `drawnAt`: cells with what each asked for and gave, and the references drawn. */
export function samplingRecordOf(
  draw: SampleDraw<{ readonly ref: string }>,
  drawnAt: string,
): SamplingRecord {
  return {
    seed: draw.seed,
    algorithm: draw.algorithm,
    method: draw.method,
    populationSize: draw.populationSize,
    eligible: draw.eligible,
    reservePerCell: draw.cells[0]?.reserve ?? 0,
    cells: draw.cells.map((cell) => ({
      areaId: cell.areaId,
      stratumId: cell.stratumId,
      quota: cell.quota,
      reserve: cell.reserve,
      available: cell.available,
      drawn: cell.sample.length,
      reservesDrawn: cell.reserves.length,
    })),
    sample: draw.sample.map((entry) => entry.ref),
    reserves: draw.reserves.map((entry) => entry.ref),
    drawnAt,
  };
}

/** Whether a draw gives exactly the cases (and reserves, in order) a record holds. */
export function isSameSample(
  record: Pick<SamplingRecord, 'seed' | 'sample' | 'reserves'>,
  draw: Pick<SamplingRecord, 'seed' | 'sample' | 'reserves'>,
): boolean {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((ref, i) => ref === b[i]);
  return (
    record.seed === draw.seed &&
    same(record.sample, draw.sample) &&
    same(record.reserves, draw.reserves)
  );
}
