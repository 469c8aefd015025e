import { describe, expect, it } from 'vitest';
import { answerStatement, answersInWords } from '../../../../src/core/phrasing/answerWords';

describe('the words around a scale’s answers', () => {
  it('joins the answers of one side in the findings’ language', () => {
    expect(answersInWords(['Yes', 'Partly'])).toBe('Yes or Partly');
    expect(answersInWords(['Ie', 'Yn rhannol'], 'cy')).toBe('Ie neu Yn rhannol');
    expect(answersInWords(['No'], 'cy')).toBe('No');
  });

  it('falls back to the question and its answers where a framework words no finding', () => {
    expect(answerStatement('Was the plan reviewed?', 'Yes')).toBe(
      'the answer to “Was the plan reviewed?” was Yes',
    );
    expect(answerStatement('A adolygwyd y cynllun?', 'Ie', 'cy')).toBe(
      'yr ateb i “A adolygwyd y cynllun?” oedd Ie',
    );
  });
});
