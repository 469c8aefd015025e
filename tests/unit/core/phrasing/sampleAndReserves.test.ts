import { describe, expect, it } from 'vitest';
import { sampleAndReserves } from '../../../../src/core';

describe('sampleAndReserves', () => {
  it('says what each count holds: the cases to read apart from the reserves', () => {
    expect(sampleAndReserves(6, 4)).toBe('6 cases in the sample, 4 reserves');
    expect(sampleAndReserves(1, 1)).toBe('1 case in the sample, 1 reserve');
    expect(sampleAndReserves(60, 0)).toBe('60 cases in the sample');
  });
});
