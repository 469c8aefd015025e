import { describe, expect, it } from 'vitest';
import { compareReadings } from '../../../../src/core';
import { sameReadingAnswer } from '../../../../src/core/findings/readingAgreement';
import { judgement, withQuestions } from '../../../fixtures/frameworkBuilder';

const framework = withQuestions([
  judgement('q1', { key: true }),
  judgement('q2', { showWhen: { question: 'q1', equals: 'yes' } }),
  { id: 'q3', text: 'Notes', kind: 'text' },
]);

describe('compareReadings', () => {
  it('gives agreement per question with its base, and lists disagreements', () => {
    const { questions, overall } = compareReadings(framework, [
      { caseId: 'c1', first: { q1: 'yes', q2: 'yes' }, second: { q1: 'yes', q2: 'no' } },
      { caseId: 'c2', first: { q1: 'no' }, second: { q1: 'no' } },
      { caseId: 'c3', first: { q1: 'yes', q2: 'na' }, second: { q1: 'no', q2: 'na' } },
      { caseId: 'c4', first: { q1: 'yes', q2: 'yes' }, second: { q1: 'yes' } },
    ]);
    expect(questions.map((q) => q.questionId)).toEqual(['q1', 'q2']);
    const [q1, q2] = questions;
    expect(q1).toMatchObject({ pairs: 4, agreed: 3, percentAgreement: 75, disagreements: ['c3'] });
    // q2: hidden in c2 (both) and c3 (second reading said no); answered once in c4.
    expect(q2).toMatchObject({
      pairs: 1,
      agreed: 0,
      hidden: 2,
      answeredOnce: 1,
      disagreements: ['c1'],
    });
    expect(overall).toMatchObject({ pairs: 5, agreed: 3 });
  });
});

describe('sameReadingAnswer', () => {
  it('compares a multichoice answer as its set of choices', () => {
    expect(sameReadingAnswer(['drugs', 'cse'], ['cse', 'drugs'])).toBe(true);
    expect(sameReadingAnswer(['drugs'], ['drugs', 'cse'])).toBe(false);
  });

  it('compares other answers as they are, N/A against Yes being a difference', () => {
    expect(sameReadingAnswer('yes', 'yes')).toBe(true);
    expect(sameReadingAnswer('na', 'yes')).toBe(false);
    expect(sameReadingAnswer(null, null)).toBe(true);
  });
});
