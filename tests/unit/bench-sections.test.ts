/** `npm run bench`: one section that breaks or hangs is reported, and the others still run. */
import { describe, expect, it } from 'vitest';
import { runSections, type Section } from '../../scripts/bench/runSections';
import type { BenchRow } from '../../scripts/bench/support';

const row = (name: string): BenchRow => ({ name, size: '1 case', median: '1 ms' });

function record(sections: readonly Section[], options: { only?: string[]; timeoutMs?: number }) {
  const printed: string[] = [];
  const failures: { title: string; message: string }[] = [];
  const done = runSections(sections, {
    only: options.only,
    timeoutMs: options.timeoutMs ?? 1_000,
    onRows: (title, rows) => printed.push(`${title}: ${rows.map((r) => r.name).join(', ')}`),
    onFailure: (title, error) =>
      failures.push({ title, message: error instanceof Error ? error.message : String(error) }),
  });
  return { done, printed, failures };
}

describe('running the bench sections', () => {
  it('reports a section that fails and still runs the ones after it', async () => {
    const { done, printed, failures } = record(
      [
        { title: 'First', run: async () => [row('a')] },
        {
          title: 'Broken',
          run: async () => {
            throw new Error('no field labelled "Upload a case list"');
          },
        },
        { title: 'Last', run: async () => [row('z')] },
      ],
      {},
    );
    expect(await done).toEqual(['Broken']);
    expect(printed).toEqual(['First: a', 'Last: z']);
    expect(failures).toEqual([
      { title: 'Broken', message: 'no field labelled "Upload a case list"' },
    ]);
  });

  it('gives up on a section that hangs and goes on to the next', async () => {
    const { done, printed, failures } = record(
      [
        { title: 'Hangs', run: () => new Promise<BenchRow[]>(() => undefined) },
        { title: 'After', run: async () => [row('b')] },
      ],
      { timeoutMs: 20 },
    );
    expect(await done).toEqual(['Hangs']);
    expect(printed).toEqual(['After: b']);
    expect(failures[0]?.message).toMatch(/still running after/);
  });

  it('catches a section that throws before it starts waiting', async () => {
    const { done, printed } = record(
      [
        {
          title: 'Throws at once',
          run: () => {
            throw new Error('at once');
          },
        },
        { title: 'Next', run: async () => [row('c')] },
      ],
      {},
    );
    expect(await done).toEqual(['Throws at once']);
    expect(printed).toEqual(['Next: c']);
  });

  it('runs only the sections named on the command line', async () => {
    const { done, printed } = record(
      [
        { title: 'Scoring (Chromium)', run: async () => [row('s')] },
        { title: 'Report PDF', run: async () => [row('r')] },
      ],
      { only: ['report'] },
    );
    expect(await done).toEqual([]);
    expect(printed).toEqual(['Report PDF: r']);
  });
});
