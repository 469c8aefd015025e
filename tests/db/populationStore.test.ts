import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CaseListContext,
  isSameSample,
  type PopulationEntry,
  samplingRecordOf,
} from '../../src/core';
import { inspectionSchema, samplingRecordSchema } from '../../src/core/inspection/inspectionSchema';
import { countInspectionAnswers } from '../../src/db/cases/answerStore';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { listCases } from '../../src/db/inspections/caseListStore';
import { createInspection } from '../../src/db/inspections/inspectionStore';
import {
  createSampleCases,
  drawFromPopulation,
  loadPopulation,
  populationSummary,
  replacePopulation,
} from '../../src/db/inspections/populationStore';
import { caseListHandlers } from '../../src/workers/caseListService';
import {
  AREAS,
  csvBytes,
  draft,
  populationCsv,
  STRATA,
  setupFramework,
  storeFramework,
} from '../fixtures/inspectionSetup';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const writer = { by: 'lead', device: 'laptop-1', source: 'sample' };
const framework = setupFramework();
const context: CaseListContext = { framework, areas: AREAS, strata: STRATA };

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`test-population-${n++}`, TEST_DATA_KEY));
  await storeFramework(database());
  for (const id of ['insp-1', 'insp-2']) {
    const outcome = await createInspection(draft(), { newId: () => id });
    if (outcome.status !== 'saved') throw new Error('fixture');
  }
});
afterEach(() => useDatabase(null));

function entries(count: number, prefix = 'LAC'): PopulationEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    ref: `${prefix}-${String(i).padStart(5, '0')}`,
    areaId: AREAS[i % 6]!.id,
    stratumId: STRATA[Math.floor(i / 6) % 2]!.id,
    profile: { age: 10 + (i % 9) },
    row: i + 2,
  }));
}

/** Opens a CSV as the import screen does, through the worker's handlers. */
async function open(csv: string) {
  const opened = caseListHandlers.open({ bytes: csvBytes(csv), fileName: 'list.csv', context });
  if (opened.status !== 'ok') throw new Error(JSON.stringify(opened.errors));
  return opened.value;
}

async function storeList(csv: string, purpose: 'cases' | 'population', skipExisting = false) {
  const file = await open(csv);
  return caseListHandlers.store(
    {
      session: file.session,
      mapping: file.suggested,
      context,
      inspectionId: 'insp-1',
      purpose,
      skipExisting,
      by: 'lead',
      device: 'laptop-1',
    },
    () => undefined,
  );
}

describe('the population list', () => {
  it('is stored with a summary per area and stratum, replacing the list before it', async () => {
    await replacePopulation('insp-1', entries(30, 'OLD'), { fileName: 'old.csv' });
    const progress: number[] = [];
    const outcome = await replacePopulation('insp-1', entries(6_000), {
      fileName: 'new.csv',
      now: () => new Date('2026-03-01T09:00:00.000Z'),
      onProgress: (done) => progress.push(done),
    });
    expect(outcome.status).toBe('saved');
    expect(progress).toEqual([2_500, 5_000, 6_000]);
    const stored = await loadPopulation('insp-1');
    expect(stored).toHaveLength(6_000);
    expect(stored.some((e) => e.ref.startsWith('OLD'))).toBe(false);
    const summary = await populationSummary('insp-1');
    expect(summary).toMatchObject({
      fileName: 'new.csv',
      size: 6_000,
      storedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(summary?.cells.find((c) => c.areaId === 'north' && c.stratumId === 'host')?.count).toBe(
      500,
    );
  });

  it('is all or nothing: a failure part-way keeps the list stored before', async () => {
    await replacePopulation('insp-1', entries(30, 'OLD'), { fileName: 'old.csv' });
    const bad = entries(4_000);
    // A missing reference cannot be a key: the write fails in the second chunk.
    (bad[3_000] as { ref: unknown }).ref = undefined;
    const outcome = await replacePopulation('insp-1', bad, { fileName: 'bad.csv' });
    expect(outcome.status).toBe('failed');
    const stored = await loadPopulation('insp-1');
    expect(stored).toHaveLength(30);
    expect((await populationSummary('insp-1'))?.fileName).toBe('old.csv');
  });

  it("leaves other inspections' lists alone", async () => {
    await replacePopulation('insp-2', entries(12, 'TWO'), { fileName: 'two.csv' });
    await replacePopulation('insp-1', entries(30), { fileName: 'one.csv' });
    expect(await loadPopulation('insp-2')).toHaveLength(12);
  });
});

describe('drawing and creating the sample', () => {
  it('draws the same sample from the same list and seed, and creates it once', async () => {
    expect((await storeList(populationCsv(50), 'population')).status).toBe('saved');
    const request = {
      inspectionId: 'insp-1',
      quotas: { perCell: 5 },
      reservePerCell: 1,
      seed: 'k7mq-x42d',
    };
    const first = await drawFromPopulation(request);
    const second = await drawFromPopulation(request);
    if (first?.status !== 'ok' || second?.status !== 'ok') throw new Error('draw failed');
    expect(first.value.sample).toHaveLength(60);
    expect(first.value.reserves).toHaveLength(12);
    const record = samplingRecordOf(first.value, '2026-03-01T10:00:00.000Z');
    expect(samplingRecordSchema.safeParse(record).success).toBe(true);
    expect(isSameSample(record, samplingRecordOf(second.value, '2026-03-01T11:00:00.000Z'))).toBe(
      true,
    );
    const other = await drawFromPopulation({ ...request, seed: 'another-seed' });
    if (other?.status !== 'ok') throw new Error('draw failed');
    expect(isSameSample(record, samplingRecordOf(other.value, '2026-03-01T11:00:00.000Z'))).toBe(
      false,
    );

    const made = await createSampleCases(
      'insp-1',
      { record, sample: first.value.sample, reserves: first.value.reserves },
      writer,
    );
    expect(made).toMatchObject({ status: 'saved', created: 60, reservesCreated: 12, existing: [] });
    const cases = await listCases('insp-1');
    expect(cases.filter((c) => c.role === 'reserve')).toHaveLength(12);
    expect(
      cases.filter((c) => c.areaId === 'north' && c.stratumId === 'host' && c.role === 'sample'),
    ).toHaveLength(5);
    const stored = await database().inspections.get('insp-1');
    expect(stored?.sampling).toMatchObject({
      seed: 'k7mq-x42d',
      algorithm: 'stratified-fisher-yates-xoroshiro128plus-v1',
      populationSize: 600,
      eligible: 600,
      reservePerCell: 1,
      drawnAt: '2026-03-01T10:00:00.000Z',
    });
    expect(inspectionSchema.safeParse(stored).success).toBe(true);
    expect(stored?.sampling?.cells[0]).toEqual({
      areaId: 'north',
      stratumId: 'host',
      quota: 5,
      reserve: 1,
      available: 50,
      drawn: 5,
      reservesDrawn: 1,
    });
    // Profile answers came with the cases, from the list.
    expect(await countInspectionAnswers(database(), 'insp-1')).toBe(144);

    const again = await createSampleCases(
      'insp-1',
      { record, sample: first.value.sample, reserves: first.value.reserves },
      writer,
    );
    expect(again).toMatchObject({ status: 'saved', created: 0, reservesCreated: 0 });
    expect(again.status === 'saved' && again.existing).toHaveLength(72);
    expect(await database().cases.where('inspectionId').equals('insp-1').count()).toBe(72);
  });

  it('reports a cell with too few cases rather than filling it from another', async () => {
    await replacePopulation('insp-1', entries(30), { fileName: 'small.csv' });
    const draw = await drawFromPopulation({
      inspectionId: 'insp-1',
      quotas: { perCell: 5 },
      reservePerCell: 0,
      seed: 'short',
    });
    if (draw?.status !== 'ok') throw new Error('draw failed');
    // 30 entries over 12 cells: 3 or 2 each, so every cell is short.
    expect(draw.value.shortfalls).toHaveLength(12);
    expect(draw.value.sample).toHaveLength(30);
  });
});

describe('importing a list as the cases to read', () => {
  it('makes each row a case; the same file again is refused, row by row, and stores nothing', async () => {
    const csv = populationCsv(2);
    expect(await storeList(csv, 'cases')).toMatchObject({ status: 'saved', created: 24 });
    const again = await storeList(csv, 'cases');
    expect(again.status).toBe('invalid');
    expect(again.status === 'invalid' && 'errorCount' in again && again.errorCount).toBe(24);
    expect(again.status === 'invalid' && again.errors[0]).toEqual({
      path: 'row 2, column Case ref',
      message:
        'LAC-01-001 is already a case in this inspection; remove the row, or choose to skip cases already in the inspection',
    });
    expect(await database().cases.count()).toBe(24);
    const skipping = await storeList(csv, 'cases', true);
    expect(skipping).toMatchObject({ status: 'saved', created: 0 });
    expect(await database().cases.count()).toBe(24);
  });
});

describe('bad case-list files are refused before anything is stored', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['an empty file', '', 'is empty: there is no case list in it'],
    [
      'bytes that are not UTF-8',
      new Uint8Array([0x43, 0x61, 0x73, 0x65, 0x0a, 0xe9, 0x0a]),
      'is not UTF-8 text (the first character that cannot be read is on line 2)',
    ],
    ['a repeated heading', 'Ref,Area,Ref\nA-1,North,x\n', 'has the heading "Ref" more than once'],
    [
      'columns separated by vertical bars',
      'Ref|Area\nA-1|North\n',
      'has only one column, headed "Ref|Area"',
    ],
  ];
  it.each(cases)('%s', async (_what, content, message) => {
    const bytes = typeof content === 'string' ? csvBytes(content) : content.buffer;
    const opened = caseListHandlers.open({
      bytes: bytes as ArrayBuffer,
      fileName: 'bad.csv',
      context,
    });
    expect(opened.status).toBe('invalid');
    expect(opened.status === 'invalid' && opened.errors[0]?.message).toContain(message);
    expect(await database().cases.count()).toBe(0);
    expect(await database().populationChunks.count()).toBe(0);
  });

  it('reads a file with a byte-order mark, semicolons and line breaks inside quotes', async () => {
    const csv = '\uFEFFCase ref;YOT;Host or home;Notes\nLAC-01-001;Northtown;host;"two\nlines"\n';
    const file = await open(csv);
    expect(file.headings).toEqual(['Case ref', 'YOT', 'Host or home', 'Notes']);
    expect(file.delimiter).toBe(';');
    expect(file.rowCount).toBe(1);
  });
});
