/** Repeated failed unlocks get slower: three free, then 5 s doubling up to 5 minutes. */
import { expect, it } from 'vitest';
import { unlockDelayMs } from '../../../../src/core';

it('lets three failures pass, then doubles the wait from 5 seconds to at most 5 minutes', () => {
  const waits = Array.from({ length: 13 }, (_, failures) => unlockDelayMs(failures) / 1000);
  expect(waits).toEqual([0, 0, 0, 0, 5, 10, 20, 40, 80, 160, 300, 300, 300]);
  expect(unlockDelayMs(1_000_000)).toBe(300_000);
});
