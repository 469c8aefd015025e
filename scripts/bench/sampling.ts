/**
 * Times the case-list import and the sampler on a synthetic population of 50,000 cases (six
 * areas, host and home strata, rows in shuffled order): decoding and parsing the CSV bytes,
 * the whole import check (parse, suggested mapping, validation), and drawing a 6 × (5 host +
 * 5 home) sample with one reserve per cell. Medians of several runs after a warm-up.
 * Run on its own with `npx tsx scripts/bench/sampling.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  drawSample,
  type PopulationEntry,
  plural,
  readCsvTable,
  suggestColumnMapping,
  validateCaseList,
} from '../../src/core';
import {
  context,
  shuffleLines,
  syntheticCaseListCsv,
} from '../../tests/unit/core/caseList/syntheticCaseList';
import { sized } from './mode';

export type BenchRow = { name: string; size: string; median: string; note?: string };

const ROWS = sized(50_000, 600);
const RUNS = sized(7, 1);
const WARMUP = sized(2, 0);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: (run: number) => void): number {
  for (let i = 0; i < WARMUP; i++) fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`;
}

function importList(bytes: Uint8Array): readonly PopulationEntry[] {
  const table = readCsvTable(bytes);
  if (table.status !== 'ok')
    throw new Error(`the synthetic CSV did not parse: ${table.errors[0]?.message}`);
  const check = validateCaseList(table.value, suggestColumnMapping(table.value, context), context);
  if (check.result.status !== 'ok') {
    throw new Error(`the synthetic CSV did not validate: ${check.result.errors[0]?.message}`);
  }
  return check.result.value;
}

export async function benchSampling(): Promise<BenchRow[]> {
  const bytes = new TextEncoder().encode(shuffleLines(syntheticCaseListCsv(ROWS)));
  const size = `${ROWS.toLocaleString('en-GB')} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`;
  const population = importList(bytes);

  const parse = time(() => {
    if (readCsvTable(bytes).status !== 'ok') throw new Error('parse failed');
  });
  const check = time(() => importList(bytes));
  let drawn = 0;
  const draw = time((run) => {
    const result = drawSample({
      population,
      areas: context.areas,
      strata: context.strata,
      quotas: { perCell: 5 },
      reservePerCell: 1,
      seed: `bench-${run}`,
    });
    if (result.status !== 'ok') throw new Error('draw failed');
    drawn = result.value.sample.length + result.value.reserves.length;
  });
  return [
    { name: 'Case list: decode + parse CSV', size, median: ms(parse), note: plural(RUNS, 'run') },
    {
      name: 'Case list: parse + map + validate',
      size,
      median: ms(check),
      note: 'every row checked, profile values to codes',
    },
    {
      name: 'Draw 6 × (5 host + 5 home), 1 reserve per cell',
      size: plural(ROWS, 'case'),
      median: ms(draw),
      note: `${plural(drawn, 'case')} drawn; rows in shuffled order`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await benchSampling()) {
    console.log(
      `${row.name.padEnd(48)} ${row.size.padEnd(22)} ${row.median.padStart(10)}  ${row.note ?? ''}`,
    );
  }
}
