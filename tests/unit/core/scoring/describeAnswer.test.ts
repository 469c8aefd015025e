import { describe, expect, it } from 'vitest';
import { describeAnswer, indexFramework } from '../../../../src/core';
import { scoringFramework } from '../../../fixtures/scoringFramework';

const index = indexFramework(scoringFramework());

describe('an answer in words', () => {
  it('names options, reserved answers, numbers with units, dates and text', () => {
    expect(describeAnswer(index, 'a1', 'yes')).toBe('Yes');
    expect(describeAnswer(index, 'a3', 'na')).toBe('N/A');
    expect(describeAnswer(index, 'a1', 'not_known')).toBe('Not known');
    expect(describeAnswer(index, 'p2', ['education', 'family'])).toBe('Education, Family contact');
    expect(describeAnswer(index, 'age', 15)).toBe('15 years');
    expect(describeAnswer(index, 'r3', '2024-03-03')).toBe('3 March 2024');
    expect(describeAnswer(index, 'a4', 'Thorough')).toBe('Thorough');
    expect(describeAnswer(index, 'a1', null)).toBe('Not answered');
    expect(describeAnswer(index, 'a1', undefined)).toBe('Not answered');
  });

  it('makes the unit agree with the number: "1 visit", never "1 visits"', () => {
    expect(describeAnswer(index, 'p3', 1)).toBe('1 visit');
    expect(describeAnswer(index, 'p3', 0)).toBe('0 visits');
    expect(describeAnswer(index, 'p3', 4)).toBe('4 visits');
    expect(describeAnswer(index, 'age', 1.5)).toBe('1.5 years');
  });
});
