/**
 * The published figures that ship beside a built-in framework are found for its version, loaded
 * only when asked, and never taken for a framework in the library.
 */
import { describe, expect, it } from 'vitest';
import {
  builtInBenchmarksFor,
  hasBuiltInBenchmarks,
} from '../../src/db/frameworks/builtInBenchmarks';
import { builtInFrameworkKeys } from '../../src/db/frameworks/frameworkStore';
import { lacFramework } from '../fixtures/lacFramework';

describe('built-in published figures', () => {
  it('are found for hmip-lac-placed-away-2012 1.0.1 and read against it', async () => {
    expect(hasBuiltInBenchmarks('hmip-lac-placed-away-2012', '1.0.1')).toBe(true);
    const set = await builtInBenchmarksFor(lacFramework());
    expect(set?.framework).toEqual({ id: 'hmip-lac-placed-away-2012', version: '1.0.1' });
    expect(set?.figures).toHaveLength(53);
  });

  it('are none for a version that has no file', async () => {
    expect(hasBuiltInBenchmarks('hmip-lac-placed-away-2012', '1.0.0')).toBe(false);
    const older = { ...lacFramework(), version: '1.0.0' };
    expect(await builtInBenchmarksFor(older)).toBeNull();
  });

  it('are not listed among the built-in frameworks', () => {
    const keys = builtInFrameworkKeys();
    expect(keys).toHaveLength(9);
    expect(keys.every((key) => /@\d+\.\d+\.\d+$/.test(key))).toBe(true);
  });
});
