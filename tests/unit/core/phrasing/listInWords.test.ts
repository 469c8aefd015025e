import { describe, expect, it } from 'vitest';
import { listInWords } from '../../../../src/core/phrasing/listInWords';

describe('listInWords', () => {
  it('joins with commas and a last "and", without a serial comma', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
