/** The recommendations shipped beside a built-in framework are found for its version only. */
import { describe, expect, it } from 'vitest';
import {
  builtInRecommendationsFor,
  hasBuiltInRecommendations,
} from '../../src/db/frameworks/builtInRecommendations';
import { builtInFrameworkKeys } from '../../src/db/frameworks/frameworkStore';
import { lacFramework } from '../fixtures/lacFramework';

describe('built-in recommendations', () => {
  it('are found for hmip-lac-placed-away-2012 1.0.1 and read against it', async () => {
    expect(hasBuiltInRecommendations('hmip-lac-placed-away-2012', '1.0.1')).toBe(true);
    const file = await builtInRecommendationsFor(lacFramework());
    expect(file?.recommendations).toHaveLength(8);
  });

  it('are none for a version that has no file, and never taken for a framework', async () => {
    expect(hasBuiltInRecommendations('hmip-lac-placed-away-2012', '1.0.0')).toBe(false);
    expect(await builtInRecommendationsFor({ ...lacFramework(), version: '1.0.0' })).toBeNull();
    expect(builtInFrameworkKeys().some((key) => key.includes('recommendations'))).toBe(false);
  });
});
