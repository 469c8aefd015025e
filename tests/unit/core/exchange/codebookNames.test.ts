/** Variable names for SPSS and R made from the spreadsheet's headings. */
import { describe, expect, it } from 'vitest';
import { nameAllocator } from '../../../../src/core/exchange/codebookNames';

describe('variable names', () => {
  it('keep a plain id as it is, and make the rest letters, digits and underscores', () => {
    const give = nameAllocator();
    expect(give('q1')).toBe('q1');
    expect(give('legal-status')).toBe('legal_status');
    expect(give('s2.q1--why')).toBe('s2_q1_why');
  });

  it('start with a letter and are never a reserved word of SPSS or R', () => {
    const give = nameAllocator();
    expect(give('2.1')).toBe('v_2_1');
    expect(give('_x')).toBe('x');
    expect(give('BY')).toBe('v_BY');
    expect(give('TRUE')).toBe('v_TRUE');
    expect(give('in')).toBe('v_in');
  });

  it('are unique without regard to case, numbered from 2', () => {
    const give = nameAllocator(['case_ref']);
    expect(give('case-ref')).toBe('case_ref_2');
    expect(give('Q1')).toBe('Q1');
    expect(give('q1')).toBe('q1_2');
    expect(give('q.1')).toBe('q_1');
    expect(give('q-1')).toBe('q_1_2');
  });

  it('are at most 64 characters, the number kept when shortened', () => {
    const give = nameAllocator();
    const long = `a${'b'.repeat(70)}`;
    const first = give(long);
    const second = give(long);
    expect(first).toHaveLength(64);
    expect(second).toHaveLength(64);
    expect(second.endsWith('_2')).toBe(true);
    expect(second.slice(0, 62)).toBe(first.slice(0, 62));
  });
});
