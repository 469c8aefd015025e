import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawSample, type SampleDraw } from '../../../../src/core';
import type { SampleRequest, SamplingUnit } from '../../../../src/core/sampling/drawSample';
import {
  randomBelow,
  seededGenerator,
  seedWords,
} from '../../../../src/core/sampling/seededRandom';
import { areas, strata } from '../caseList/syntheticCaseList';

type Unit = SamplingUnit & { readonly note?: string };

/** `perCell` cases in every area × stratum: refs like LAC-03-0007. */
function population(perCell: number): Unit[] {
  const units: Unit[] = [];
  areas.forEach((area, a) => {
    strata.forEach((stratum, s) => {
      for (let i = 0; i < perCell; i++) {
        const n = s * perCell + i + 1;
        units.push({
          ref: `LAC-${String(a + 1).padStart(2, '0')}-${String(n).padStart(4, '0')}`,
          areaId: area.id,
          stratumId: stratum.id,
        });
      }
    });
  });
  return units;
}

function draw<T extends SamplingUnit>(request: SampleRequest<T>): SampleDraw<T> {
  const result = drawSample(request);
  if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const refs = (units: readonly SamplingUnit[]) => units.map((u) => u.ref);

function reversed<T>(list: readonly T[]): T[] {
  return [...list].reverse();
}

function interleaved<T>(list: readonly T[]): T[] {
  return [...list.filter((_, i) => i % 2 === 1), ...list.filter((_, i) => i % 2 === 0)];
}

const sixAreas = { areas, strata, quotas: { perCell: 5 }, reservePerCell: 1, seed: 'lac-2012' };

describe('drawSample: the documented algorithm', () => {
  it('gives the same 4 + 2 cases from 12 for seed lac-2012, today and after any upgrade', () => {
    const list = Array.from({ length: 12 }, (_, i) => ({
      ref: `LAC-03-${String(i + 1).padStart(2, '0')}`,
      areaId: 'north',
      stratumId: null,
    }));
    const result = draw({
      population: list,
      areas: [areas[0]!],
      strata: [],
      quotas: { perCell: 4 },
      reservePerCell: 2,
      seed: 'lac-2012',
    });
    expect(refs(result.sample)).toEqual(['LAC-03-02', 'LAC-03-04', 'LAC-03-06', 'LAC-03-09']);
    expect(refs(result.reserves)).toEqual(['LAC-03-08', 'LAC-03-12']);
  });

  it('seeds xoroshiro128+ from FNV-1a + fmix32 words, as documented for re-implementers', () => {
    expect(seedWords('lac-2012')).toEqual([0x903f8739, 0xeb785222, 0x288e520a, 0x88bf0ff4]);
    const generator = seededGenerator('lac-2012');
    expect([generator.next(), generator.next()].map((x) => x >>> 0)).toEqual([
      1949786646, 851183805,
    ]);
  });

  it('draws exactly what a full sort by reference and a partial Fisher–Yates shuffle give', () => {
    const refArb = fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,4}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(refArb, { minLength: 0, maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 5 }),
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== ''),
        (refList, quota, reserve, seed) => {
          const list = refList.map((ref) => ({ ref, areaId: 'north', stratumId: null }));
          const result = draw({
            population: list,
            areas: [areas[0]!],
            strata: [],
            quotas: { perCell: quota },
            reservePerCell: reserve,
            seed,
          });
          // The reference implementation: sort, shuffle in place, take the front.
          const sorted = [...refList].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const generator = seededGenerator(`${seed}\u001fnorth\u001f*`);
          const picks = Math.min(sorted.length, quota + reserve);
          for (let i = 0; i < picks; i++) {
            const j = i + randomBelow(generator, sorted.length - i);
            [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
          }
          const sampled = Math.min(quota, sorted.length);
          expect(refs(result.sample)).toEqual(sorted.slice(0, sampled).sort());
          expect(refs(result.reserves)).toEqual(sorted.slice(sampled, picks));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives every case the same chance: 1 of 4 cases over 4,000 seeds', () => {
    const list = ['LAC-01-01', 'LAC-01-02', 'LAC-01-03', 'LAC-01-04'].map((ref) => ({
      ref,
      areaId: 'north',
      stratumId: null,
    }));
    const counts = new Map<string, number>();
    for (let s = 0; s < 4_000; s++) {
      const [chosen] = draw({
        population: list,
        areas: [areas[0]!],
        strata: [],
        quotas: { perCell: 1 },
        seed: `seed-${s}`,
      }).sample;
      counts.set(chosen!.ref, (counts.get(chosen!.ref) ?? 0) + 1);
    }
    // Expected 1,000 each; the standard deviation is about 27, so ±110 is four of them.
    for (const count of counts.values()) expect(Math.abs(count - 1_000)).toBeLessThan(110);
  });
});

describe('drawSample: reproducible', () => {
  it('gives the same sample and reserves whatever the order of the rows', () => {
    const list = population(20);
    const first = draw({ ...sixAreas, population: list });
    for (const reordered of [reversed(list), interleaved(list)]) {
      const again = draw({ ...sixAreas, population: reordered });
      expect(refs(again.sample)).toEqual(refs(first.sample));
      expect(refs(again.reserves)).toEqual(refs(first.reserves));
      expect(again.method).toBe(first.method);
    }
  });

  it('gives a different sample for a different seed', () => {
    const list = population(20);
    const a = draw({ ...sixAreas, population: list, seed: 'lac-2012' });
    const b = draw({ ...sixAreas, population: list, seed: 'lac-2013' });
    expect(refs(b.sample)).not.toEqual(refs(a.sample));
  });

  it("never changes one cell's cases when another cell's quota changes", () => {
    const list = population(20);
    const before = draw({ ...sixAreas, population: list });
    const after = draw({
      ...sixAreas,
      population: list,
      quotas: {
        byCell: Object.fromEntries(
          areas.map((a) => [a.id, a.id === 'north' ? { host: 9, home: 5 } : { host: 5, home: 5 }]),
        ),
      },
    });
    expect(refs(after.cells[1]!.sample)).toEqual(refs(before.cells[1]!.sample));
    expect(refs(after.cells[5]!.reserves)).toEqual(refs(before.cells[5]!.reserves));
    expect(after.cells[0]!.sample).toHaveLength(9);
  });
});

describe('drawSample: quotas, reserves and shortfalls', () => {
  it('meets a 6 × (5 host + 5 home) quota exactly, each case from its own cell', () => {
    const result = draw({ ...sixAreas, population: population(20) });
    expect(result.sample).toHaveLength(60);
    expect(result.reserves).toHaveLength(12);
    expect(result.cells).toHaveLength(12);
    for (const cell of result.cells) {
      expect(cell.sample).toHaveLength(5);
      expect(cell.reserves).toHaveLength(1);
      for (const unit of [...cell.sample, ...cell.reserves]) {
        expect([unit.areaId, unit.stratumId]).toEqual([cell.areaId, cell.stratumId]);
      }
    }
    expect(result.shortfalls).toEqual([]);
    expect(result.method).toBe(
      'A stratified random sample of 60 cases was drawn from a population of 240 cases: ' +
        '5 host and 5 home cases in each of 6 areas. Reserves: 1 case per cell (12 in all), to ' +
        'replace sampled cases that cannot be read. Within each area and stratum the cases were ' +
        'put in order of case reference and chosen by a seeded random draw that can be repeated: ' +
        "the same case list and seed ('lac-2012') always give the same sample.\n\n" +
        'Technical note: random numbers from a xoroshiro128+ generator seeded with the seed and ' +
        "each cell's area and stratum (hashed with FNV-1a and fmix32), choosing cases by a " +
        'Fisher–Yates shuffle (procedure stratified-fisher-yates-xoroshiro128plus-v1, seed ' +
        "'lac-2012').",
    );
  });

  it('names strata called "Host cases" and "Home cases" without saying "cases" twice', () => {
    const named = strata.map((s) => ({
      ...s,
      name: `${s.name[0]!.toUpperCase()}${s.name.slice(1)} cases`,
    }));
    const result = draw({ ...sixAreas, strata: named, population: population(20) });
    expect(result.method).toContain('5 host and 5 home cases in each of 6 areas');
    expect(result.cells[0]!.label).toMatch(/, host cases$/);
  });

  it('keeps reserves apart from the sample, with no case twice', () => {
    const result = draw({ ...sixAreas, population: population(8), reservePerCell: 3 });
    const all = refs([...result.sample, ...result.reserves]);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(96);
  });

  it('reports a short cell and never fills it from another', () => {
    const list = population(20).filter(
      (u) => !(u.areaId === 'south' && u.stratumId === 'home' && u.ref > 'LAC-02-0023'),
    );
    const result = draw({ ...sixAreas, population: list });
    const south = result.cells.find((c) => c.areaId === 'south' && c.stratumId === 'home')!;
    expect(south).toMatchObject({ available: 3, shortfall: 2, reserveShortfall: 1 });
    expect(south.sample).toHaveLength(3);
    expect(result.sample).toHaveLength(58);
    expect(result.shortfalls).toEqual([south]);
    expect(result.method.split('\n\n')[0]).toBe(
      'A stratified random sample of 58 cases was drawn from a population of 223 cases, against ' +
        'quotas of 5 host and 5 home cases in each of 6 areas (60 cases). Reserves: 1 case per ' +
        'cell (11 of 12 planned), to replace sampled cases that cannot be read. 1 cell had too ' +
        'few cases and was not made up from other cells: Southvale, home cases (3 cases for a ' +
        'quota of 5, short by 2, no reserves). Within each area and stratum the cases were put ' +
        'in order of case reference and chosen by a seeded random draw that can be repeated: the ' +
        "same case list and seed ('lac-2012') always give the same sample.",
    );
  });

  it('says when a cell has its quota but too few reserves, and when a cell is empty', () => {
    const list = population(6).filter((u) => !(u.areaId === 'low' && u.stratumId === 'host'));
    const result = draw({ ...sixAreas, population: list, reservePerCell: 2 });
    expect(result.method).toContain(
      'Lowmead, host cases (no cases for a quota of 5, short by 5, no reserves)',
    );
    expect(result.method).toContain(
      'Fewer reserves than planned were left in 11 cells: Northtown, host cases (1 of 2);',
    );
  });

  it('draws whole areas with "*" and counts cases outside any quota as not eligible', () => {
    const list = population(10);
    const result = draw({
      ...sixAreas,
      population: list,
      quotas: { byCell: { north: { '*': 6 }, south: { host: 2, home: 3 } } },
      reservePerCell: 0,
    });
    expect(result.cells.map((c) => [c.areaId, c.stratumId, c.sample.length])).toEqual([
      ['north', null, 6],
      ['south', 'host', 2],
      ['south', 'home', 3],
    ]);
    expect(result.eligible).toBe(40);
    expect(result.populationSize).toBe(120);
    expect(result.method).toBe(
      'A stratified random sample of 11 cases was drawn from a population of 40 cases: 6 cases ' +
        'in Northtown and 2 host and 3 home cases in Southvale. A further 80 cases on the list ' +
        'were outside the areas and strata sampled. Within each area and stratum the cases were ' +
        'put in order of case reference and chosen by a seeded random draw that can be repeated: ' +
        "the same case list and seed ('lac-2012') always give the same sample.\n\n" +
        'Technical note: random numbers from a xoroshiro128+ generator seeded with the seed and ' +
        "each cell's area and stratum (hashed with FNV-1a and fmix32), choosing cases by a " +
        'Fisher–Yates shuffle (procedure stratified-fisher-yates-xoroshiro128plus-v1, seed ' +
        "'lac-2012').",
    );
  });

  it('gives each count its own noun when one of them is a single case: never "1 home cases"', () => {
    const result = draw({
      ...sixAreas,
      population: population(10),
      quotas: { byCell: { north: { host: 5, home: 1 }, south: { host: 1, home: 4 } } },
      reservePerCell: 0,
    });
    expect(result.method).toContain(
      ': 5 host cases and 1 home case in Northtown and 1 host case and 4 home cases in Southvale.',
    );
    expect(result.method).not.toMatch(/\b1 (host|home) cases\b/);
  });

  it('names the algorithm only in a final technical note, apart from the plain-English method', () => {
    const result = draw({ ...sixAreas, population: population(10) });
    const [method, note, ...more] = result.method.split('\n\n');
    expect(more).toEqual([]);
    expect(method).not.toMatch(/xoroshiro|Fisher|FNV/);
    expect(method).toContain('a seeded random draw that can be repeated');
    expect(note).toMatch(/^Technical note: random numbers from a xoroshiro128\+ generator/);
    expect(note).toContain("seed 'lac-2012'");
  });

  it('draws a simple random sample when there is one area and no strata', () => {
    const list = population(10).filter((u) => u.areaId === 'east');
    const result = draw({
      population: list.map((u) => ({ ...u, stratumId: null })),
      areas: [areas[2]!],
      strata: [],
      quotas: { perCell: 8 },
      seed: 'x7k2-9mqp',
    });
    expect(result.method).toMatch(
      /^A simple random sample of 8 cases was drawn from a population of 20 cases: 8 cases in Eastmoor\. The cases were put in order/,
    );
  });
});

describe('drawSample: refuses a request it cannot honour, listing every problem', () => {
  it('names unknown areas and strata, bad numbers and a quota for a whole area and its strata', () => {
    const result = drawSample({
      population: population(2),
      areas,
      strata,
      quotas: { byCell: { nowhere: { host: 1 }, north: { '*': 2, host: 1, other: -1 } } },
      reservePerCell: 0.5,
      seed: ' padded ',
    });
    expect(result).toEqual({
      status: 'invalid',
      errors: [
        { path: 'seed', message: 'must not start or end with a space' },
        { path: 'reservePerCell', message: 'must be a whole number, 0 or more' },
        {
          path: 'quotas.byCell.nowhere',
          message: `"nowhere" is not one of this inspection's areas`,
        },
        {
          path: 'quotas.byCell.north',
          message:
            'has a quota for the whole area ("*") and for strata: a case would count twice; use one or the other',
        },
        {
          path: 'quotas.byCell.north.other',
          message: `"other" is not one of this inspection's strata`,
        },
        { path: 'quotas.byCell.north.other', message: 'must be a whole number, 0 or more' },
      ],
    });
  });

  it('refuses an empty seed, quotas of nothing, and a reference listed twice', () => {
    const twice = [...population(1), { ref: 'LAC-01-0001', areaId: 'south', stratumId: 'host' }];
    expect(
      drawSample({ population: twice, areas, strata, quotas: { perCell: 0 }, seed: '' }),
    ).toEqual({
      status: 'invalid',
      errors: [
        { path: 'seed', message: 'must be 1 to 100 characters' },
        {
          path: 'population',
          message: 'has case reference "LAC-01-0001" more than once; each case must appear once',
        },
      ],
    });
    expect(
      drawSample({
        population: population(1),
        areas,
        strata,
        quotas: { perCell: 1 },
        seed: 'a\u001fb',
      }),
    ).toEqual({
      status: 'invalid',
      errors: [{ path: 'seed', message: 'must be printable text (no control characters)' }],
    });
    expect(
      drawSample({ population: population(1), areas, strata, quotas: { perCell: 0 }, seed: 's' }),
    ).toEqual({
      status: 'invalid',
      errors: [{ path: 'quotas', message: 'add up to 0 cases: there is nothing to draw' }],
    });
  });
});
