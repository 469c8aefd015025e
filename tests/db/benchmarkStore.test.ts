/**
 * Published figures imported for a framework version: read against that version, refused whole
 * with the place named and nothing stored, replaced by a second import, removed to bring back the
 * shipped figures; and `benchmarksFor`, the one way the screens find the figures in use.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BenchmarkSet, frameworkKey } from '../../src/core';
import { writeBenchmarkSet } from '../../src/core/benchmarks/writeBenchmarkSet';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  benchmarksFor,
  hasBenchmarks,
  importBenchmarkSet,
  publishedFiguresFor,
  removeImportedBenchmarks,
} from '../../src/db/frameworks/benchmarkStore';
import { ensureBuiltInFrameworks, importFramework } from '../../src/db/frameworks/frameworkStore';
import { LAC_BENCHMARKS } from '../fixtures/lacBenchmarks';
import { lacFramework } from '../fixtures/lacFramework';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { richFramework } from '../unit/core/framework/richFramework';

const LAC = lacFramework();
const at = (iso: string) => () => new Date(iso);
const text = (set: BenchmarkSet) => writeBenchmarkSet(set);
/** The made-up set with one figure changed as `change` says. */
function withFigure(i: number, change: Record<string, unknown>): string {
  const figures = LAC_BENCHMARKS.figures.map((f, j) => (j === i ? { ...f, ...change } : f));
  return JSON.stringify({ ...LAC_BENCHMARKS, figures });
}

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`benchmark-store-${n++}`, TEST_DATA_KEY));
  await ensureBuiltInFrameworks();
});
afterEach(() => useDatabase(null));

describe('the published figures in use', () => {
  it('are the shipped ones while none are imported', async () => {
    const state = await publishedFiguresFor(LAC);
    expect(state.inUse?.origin).toBe('built-in');
    expect(state.inUse?.set.figures).toHaveLength(53);
    expect(state.unreadable).toBeNull();
    expect((await benchmarksFor(LAC))?.figures).toHaveLength(53);
    expect(await hasBenchmarks(LAC)).toBe(true);
  });

  it('are the imported ones once imported, replaced by a second import, shipped again once removed', async () => {
    const first = await importBenchmarkSet(
      LAC,
      text(LAC_BENCHMARKS),
      'mine.json',
      at('2026-05-01T09:00:00Z'),
    );
    expect(first).toEqual({
      status: 'imported',
      figures: 5,
      title: 'Made-up published figures for tests',
      replaced: false,
    });
    expect(await publishedFiguresFor(LAC)).toEqual({
      inUse: {
        origin: 'imported',
        set: LAC_BENCHMARKS,
        fileName: 'mine.json',
        importedAt: '2026-05-01T09:00:00.000Z',
        shipped: true,
      },
      unreadable: null,
    });
    expect(await benchmarksFor(LAC)).toEqual(LAC_BENCHMARKS);

    const three = {
      ...LAC_BENCHMARKS,
      title: 'Three figures',
      figures: LAC_BENCHMARKS.figures.slice(0, 3),
    };
    const second = await importBenchmarkSet(LAC, text(three), 'three.json');
    expect(second).toMatchObject({ status: 'imported', figures: 3, replaced: true });
    expect(await database().benchmarkSets.count()).toBe(1);
    expect((await benchmarksFor(LAC))?.title).toBe('Three figures');

    expect(await removeImportedBenchmarks(LAC)).toEqual({ status: 'removed', shipped: true });
    expect(await database().benchmarkSets.count()).toBe(0);
    expect((await benchmarksFor(LAC))?.figures).toHaveLength(53);
    expect((await removeImportedBenchmarks(LAC)).status).toBe('missing');
  });

  it('are stored under the framework version’s key', async () => {
    await importBenchmarkSet(LAC, text(LAC_BENCHMARKS), 'mine.json', at('2026-05-01T09:00:00Z'));
    const row = await database().benchmarkSets.get('hmip-lac-placed-away-2012@1.0.1');
    expect(row).toMatchObject({
      key: frameworkKey(LAC),
      frameworkKey: frameworkKey(LAC),
      fileName: 'mine.json',
      importedAt: '2026-05-01T09:00:00.000Z',
    });
  });

  it('are none for a framework with neither, until imported, and none again once removed', async () => {
    const practice = richFramework();
    await importFramework(practice);
    expect(await benchmarksFor(practice)).toBeNull();
    expect(await hasBenchmarks(practice)).toBe(false);
    const set: BenchmarkSet = {
      ...LAC_BENCHMARKS,
      framework: { id: practice.id, version: practice.version },
      title: 'Practice figures',
      // 12 of 20 cases: the assessment considered MAPPA.
      figures: [{ ...LAC_BENCHMARKS.figures[0]!, itemId: 'assess-mappa', positive: 12, base: 20 }],
    };
    const imported = await importBenchmarkSet(practice, text(set), 'practice.json');
    expect(imported).toMatchObject({ status: 'imported', figures: 1, replaced: false });
    expect(await hasBenchmarks(practice)).toBe(true);
    expect((await publishedFiguresFor(practice)).inUse).toMatchObject({
      origin: 'imported',
      shipped: false,
    });
    expect(await removeImportedBenchmarks(practice)).toEqual({ status: 'removed', shipped: false });
    expect(await benchmarksFor(practice)).toBeNull();
  });

  it('leave out an imported set that no longer reads, and say so', async () => {
    await database().benchmarkSets.put({
      key: frameworkKey(LAC),
      frameworkKey: frameworkKey(LAC),
      importedAt: '2026-05-01T09:00:00.000Z',
      fileName: 'old.json',
      set: { ...LAC_BENCHMARKS, formatVersion: 99 },
    });
    const state = await publishedFiguresFor(LAC);
    expect(state.inUse?.origin).toBe('built-in');
    expect(state.unreadable?.fileName).toBe('old.json');
    expect(state.unreadable?.errors[0]?.path).toBe('formatVersion');
  });
});

describe('a benchmark file refused', () => {
  async function refused(fileText: string) {
    await importBenchmarkSet(LAC, text(LAC_BENCHMARKS), 'kept.json');
    const outcome = await importBenchmarkSet(LAC, fileText, 'bad.json');
    // Nothing stored: the set imported before is still the one in use.
    const rows = await database().benchmarkSets.toArray();
    expect(rows.map((r) => r.fileName)).toEqual(['kept.json']);
    if (outcome.status !== 'invalid') throw new Error(`not refused: ${outcome.status}`);
    return outcome.errors.map((e) => `${e.path}: ${e.message}`);
  }

  it('for another framework or another version, naming it', async () => {
    const other = { ...LAC_BENCHMARKS, framework: { id: 'hmi-other', version: '1.0.1' } };
    expect(await refused(JSON.stringify(other))).toEqual([
      'framework: this file is for hmi-other 1.0.1, not hmip-lac-placed-away-2012 1.0.1',
    ]);
    const older = {
      ...LAC_BENCHMARKS,
      framework: { ...LAC_BENCHMARKS.framework, version: '1.0.0' },
    };
    expect(await refused(JSON.stringify(older))).toEqual([
      'framework: this file is for hmip-lac-placed-away-2012 1.0.0, not hmip-lac-placed-away-2012 1.0.1',
    ]);
  });

  it('naming an unknown question', async () => {
    expect(await refused(withFigure(1, { itemId: 'no-such-question' }))).toEqual([
      'figures[1].itemId: no question "no-such-question" in the framework',
    ]);
  });

  it('with a base of zero', async () => {
    expect(await refused(withFigure(3, { positive: 0, base: 0 }))).toContain(
      'figures[3].base: a base must be at least 1',
    );
  });

  it('with a numerator above its base', async () => {
    expect(await refused(withFigure(0, { positive: 61 }))).toEqual([
      'figures[0].positive: is more than its base',
    ]);
  });

  it('that is not JSON', async () => {
    const [first] = await refused('{"format": ');
    expect(first).toMatch(/JSON/);
  });
});

describe('importing for a framework version not on this device', () => {
  it('is refused as missing, and stores nothing', async () => {
    const practice = richFramework();
    const set = { ...LAC_BENCHMARKS, framework: { id: practice.id, version: practice.version } };
    const outcome = await importBenchmarkSet(
      practice,
      JSON.stringify({ ...set, figures: [] }),
      'x.json',
    );
    expect(outcome.status).toBe('missing');
    expect(await database().benchmarkSets.count()).toBe(0);
  });
});
