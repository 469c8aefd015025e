import { describe, expect, it } from 'vitest';
import { drawSample, isSameSample, populationCells, samplingRecordOf } from '../../../../src/core';
import { samplingRecordSchema } from '../../../../src/core/inspection/inspectionSchema';

const areas = [
  { id: 'north', name: 'Northtown' },
  { id: 'south', name: 'Southvale' },
];

/** 5 cases in Northtown and 3 in Southvale, and one in an area not sampled. */
const population = [
  ...[1, 2, 3, 4, 5].map((n) => ({ ref: `LAC-01-0${n}`, areaId: 'north', stratumId: null })),
  ...[1, 2, 3].map((n) => ({ ref: `LAC-02-0${n}`, areaId: 'south', stratumId: null })),
  { ref: 'LAC-03-01', areaId: 'east', stratumId: null },
];

function drawWith(seed: string) {
  const drawn = drawSample({
    population,
    areas,
    strata: [],
    quotas: { perCell: 4 },
    reservePerCell: 1,
    seed,
  });
  if (drawn.status !== 'ok') throw new Error('draw failed');
  return drawn.value;
}

describe('the sampling record', () => {
  it('records each cell: Northtown 4 of 5 and its reserve, Southvale 3 of 3 and none', () => {
    const record = samplingRecordOf(drawWith('k7mq-x42d'), '2026-03-01T10:00:00.000Z');
    expect(samplingRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      seed: 'k7mq-x42d',
      populationSize: 9,
      eligible: 8,
      reservePerCell: 1,
      drawnAt: '2026-03-01T10:00:00.000Z',
    });
    expect(record.cells).toEqual([
      {
        areaId: 'north',
        stratumId: null,
        quota: 4,
        reserve: 1,
        available: 5,
        drawn: 4,
        reservesDrawn: 1,
      },
      {
        areaId: 'south',
        stratumId: null,
        quota: 4,
        reserve: 1,
        available: 3,
        drawn: 3,
        reservesDrawn: 0,
      },
    ]);
    expect([record.sample.length, record.reserves.length]).toEqual([7, 1]);
    expect(record.method).toContain('k7mq-x42d');
  });

  it('knows the same draw again, and a draw from another seed as different', () => {
    const record = samplingRecordOf(drawWith('k7mq-x42d'), '2026-03-01T10:00:00.000Z');
    const again = samplingRecordOf(drawWith('k7mq-x42d'), '2026-03-01T11:00:00.000Z');
    expect(isSameSample(record, again)).toBe(true);
    expect(isSameSample(record, { ...again, reserves: [] })).toBe(false);
    expect(isSameSample(record, { ...again, sample: [...again.sample].reverse() })).toBe(false);
    expect(isSameSample(record, { ...again, seed: 'other' })).toBe(false);
  });
});

describe('the population by cell', () => {
  it('counts cases per area and stratum, in the order first seen', () => {
    expect(
      populationCells([
        { areaId: 'north', stratumId: 'host' },
        { areaId: 'south', stratumId: null },
        { areaId: 'north', stratumId: 'host' },
        { areaId: 'north', stratumId: 'home' },
        { areaId: 'south', stratumId: null },
        { areaId: 'north', stratumId: 'host' },
      ]),
    ).toEqual([
      { areaId: 'north', stratumId: 'host', count: 3 },
      { areaId: 'south', stratumId: null, count: 2 },
      { areaId: 'north', stratumId: 'home', count: 1 },
    ]);
  });
});
