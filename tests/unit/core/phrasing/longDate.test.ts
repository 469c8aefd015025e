import { describe, expect, it } from 'vitest';
import { longDate, monthYear } from '../../../../src/core/phrasing/longDate';

describe('dates in words', () => {
  it('writes a date as the report and the screens do', () => {
    expect(longDate('2026-03-02')).toBe('2 March 2026');
    expect(longDate('2024-12-31')).toBe('31 December 2024');
  });

  it('writes the date of a moment', () => {
    expect(longDate('2026-03-02T10:42:00.000Z')).toBe('2 March 2026');
  });

  it('leaves text that is not a date as it is', () => {
    expect(longDate('next week')).toBe('next week');
  });

  it('writes the month and year of a report', () => {
    expect(monthYear('2026-03-02')).toBe('March 2026');
  });
});
