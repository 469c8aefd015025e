import { describe, expect, it } from 'vitest';
import { freshSeed } from '../../../../src/core';

describe('freshSeed', () => {
  it('makes an 8-character seed in two groups from the random source it is given', () => {
    const values = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.999];
    let i = 0;
    expect(freshSeed(() => values[i++]!)).toBe('258b-hqwz');
  });

  it('uses no look-alike characters', () => {
    let state = 1;
    const random = () => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    };
    for (let n = 0; n < 200; n++)
      expect(freshSeed(random)).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/);
  });

  it('refuses a random source that strays outside [0, 1)', () => {
    expect(() => freshSeed(() => 1)).toThrow(RangeError);
  });
});
