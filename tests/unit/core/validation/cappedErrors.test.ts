import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesToErrors } from '../../../../src/core';
import { cappedErrors } from '../../../../src/core/validation/cappedErrors';

const problems = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ path: `rows[${i}]`, message: 'is wrong' }));

describe('cappedErrors', () => {
  it('counts the problems left off with their noun agreeing', () => {
    expect(cappedErrors(problems(101)).at(-1)?.message).toBe('and 1 more problem not listed');
    expect(cappedErrors(problems(102)).at(-1)?.message).toBe('and 2 more problems not listed');
    expect(cappedErrors(problems(1_334)).at(-1)?.message).toBe(
      'and 1,234 more problems not listed',
    );
    expect(cappedErrors(problems(100))).toHaveLength(100);
  });
});

describe('issuesToErrors', () => {
  it('says how many items a list needs, never "item(s)"', () => {
    const issues = (min: number, value: unknown[]) =>
      z.array(z.string()).min(min).safeParse(value).error?.issues ?? [];
    expect(issuesToErrors(issues(1, []))[0]?.message).toBe('needs at least 1 item');
    expect(issuesToErrors(issues(2, ['a']))[0]?.message).toBe('needs at least 2 items');
  });
});
