/**
 * The command line finds the published figures that ship beside a built-in framework version.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { builtInBenchmarksFor, builtInBenchmarksPath } from '../../src/cli/builtInBenchmarks';
import type { CliIo } from '../../src/cli/cliIo';
import { lacFramework } from '../fixtures/lacFramework';

const read: string[] = [];
const io: CliIo = {
  out: () => {},
  err: () => {},
  readText: (path) => {
    read.push(path);
    return readFile(path, 'utf8');
  },
};

describe('built-in published figures from the command line', () => {
  it('are read from beside the framework version', async () => {
    const set = await builtInBenchmarksFor(io, lacFramework());
    expect(set?.figures).toHaveLength(53);
    expect(read).toEqual([builtInBenchmarksPath('hmip-lac-placed-away-2012', '1.0.1')]);
    expect(read[0]).toMatch(
      /audit-frameworks\/hmip-lac-placed-away-2012\/benchmarks-1\.0\.1\.json$/,
    );
  });

  it('are none where no file ships, and nothing is read', async () => {
    read.length = 0;
    expect(await builtInBenchmarksFor(io, { ...lacFramework(), version: '1.0.0' })).toBeNull();
    expect(read).toEqual([]);
  });
});
