/** Auto-lock minutes: the shortest of the person's own setting and every pack's. */
import { expect, it } from 'vitest';
import {
  AUTO_LOCK_DEFAULT_MINUTES,
  AUTO_LOCK_LIMITS,
  effectiveAutoLockMinutes,
} from '../../../../src/core';

it('defaults to 15 minutes between 1 and 60', () => {
  expect(AUTO_LOCK_DEFAULT_MINUTES).toBe(15);
  expect(AUTO_LOCK_LIMITS).toEqual({ min: 1, max: 60 });
  expect(effectiveAutoLockMinutes(undefined, [])).toBe(15);
});

it('takes the shortest of the own setting (or the default) and the packs', () => {
  expect(effectiveAutoLockMinutes(30, [])).toBe(30);
  expect(effectiveAutoLockMinutes(30, [10, 20])).toBe(10);
  expect(effectiveAutoLockMinutes(5, [10])).toBe(5);
  // A lead's pack cannot keep a device open longer than the default when the person chose none.
  expect(effectiveAutoLockMinutes(undefined, [45])).toBe(15);
  expect(effectiveAutoLockMinutes(undefined, [3])).toBe(3);
});

it('keeps within the limits whatever is stored', () => {
  expect(effectiveAutoLockMinutes(0, [])).toBe(1);
  expect(effectiveAutoLockMinutes(500, [])).toBe(60);
  expect(effectiveAutoLockMinutes(Number.NaN, [Number.NaN])).toBe(15);
});
