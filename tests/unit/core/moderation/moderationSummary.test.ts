import { describe, expect, it } from 'vitest';
import {
  formatKappa,
  type ModeratedReadings,
  type ModerationFigures,
  moderationFigures,
  moderationSentence,
} from '../../../../src/core';
import { judgement, minimalFramework } from '../../../fixtures/frameworkBuilder';

const framework = minimalFramework({
  sections: [
    {
      id: 's1',
      title: 'S',
      standards: [{ id: 'st', title: 'St', questions: [judgement('q1'), judgement('q2')] }],
    },
  ],
});

function figures(overrides: Partial<ModerationFigures>): ModerationFigures {
  return {
    assigned: 12,
    doubleRead: 12,
    casesInSample: 60,
    agreement: {
      pairs: 540,
      agreed: 491,
      percentAgreement: (491 / 540) * 100,
      observed: 491 / 540,
      expected: 0.6,
      kappa: 0.7768,
    },
    disagreements: 49,
    decided: 49,
    changed: 9,
    moderatedCases: 12,
    ...overrides,
  };
}

describe('the moderation summary', () => {
  it('counts cases read twice, agreement, disagreements, decisions and changes', () => {
    const cases: ModeratedReadings[] = [
      {
        caseId: 'c1',
        status: 'decided',
        first: { q1: 'yes', q2: 'no' },
        second: { q1: 'yes', q2: 'yes' },
        decisions: { q2: { value: 'yes', first: 'no' } },
      },
      {
        caseId: 'c2',
        status: 'read',
        first: { q1: 'no', q2: 'na' },
        second: { q1: 'yes', q2: 'na' },
        decisions: {},
      },
      {
        caseId: 'c3',
        status: 'decided',
        first: { q1: 'yes', q2: 'yes' },
        second: { q1: 'no', q2: 'yes' },
        // Kept the first answer: decided, not changed.
        decisions: { q1: { value: 'yes', first: 'yes' } },
      },
      // Not finished: compares nothing.
      {
        caseId: 'c4',
        status: 'assigned',
        first: { q1: 'yes' },
        second: { q1: 'no' },
        decisions: {},
      },
    ];
    const f = moderationFigures(framework, cases, 20);
    expect(f).toMatchObject({
      assigned: 4,
      doubleRead: 3,
      casesInSample: 20,
      disagreements: 3,
      decided: 2,
      changed: 1,
      moderatedCases: 2,
    });
    // q1: 1 of 3 agree, chance (2·2 + 1·1) / 3 = 5/3 agreements; q2: 2 of 3 agree, chance
    // (1·2 yes + 1·1 N/A) / 3 = 1. Pooled: observed 3/6 = 0.5, expected (5/3 + 1) / 6 = 0.444…,
    // kappa (0.5 − 0.444…) / (1 − 0.444…) = 0.1.
    expect(f.agreement).toMatchObject({ pairs: 6, agreed: 3 });
    expect(f.agreement.kappa).toBeCloseTo(0.1, 12);
    expect(moderationSentence(f)).toBe(
      '3 cases (15%) were read a second time by another inspector, without sight of the first reading. The two readings agreed on 50% of answers (kappa 0.10, 6 paired answers); 1 answer was changed after review. 1 disagreement is still to be decided. 1 further second reading was not finished. So few cases were read twice that these figures say little on their own.',
    );
  });

  it('reads as the report states it', () => {
    expect(moderationSentence(figures({}))).toBe(
      '12 cases (20%) were read a second time by another inspector, without sight of the first reading. The two readings agreed on 91% of answers (kappa 0.78, 540 paired answers); 9 answers were changed after review.',
    );
  });

  it('says so when nothing is finished, nothing compared, or kappa is not defined', () => {
    expect(moderationSentence(figures({ assigned: 0, doubleRead: 0 }))).toBeNull();
    expect(moderationSentence(figures({ assigned: 3, doubleRead: 0 }))).toBe(
      '3 cases were chosen for a second reading by another inspector; none had been finished when these figures were made.',
    );
    const none = {
      pairs: 0,
      agreed: 0,
      percentAgreement: null,
      observed: null,
      expected: null,
      kappa: null,
    };
    expect(moderationSentence(figures({ doubleRead: 1, assigned: 1, agreement: none }))).toBe(
      '1 case (2%) was read a second time by another inspector, without sight of the first reading. No answer could be compared: no question was answered in both readings.',
    );
    const same = {
      pairs: 4,
      agreed: 4,
      percentAgreement: 100,
      observed: 1,
      expected: 1,
      kappa: null,
    };
    expect(
      moderationSentence(figures({ agreement: same, changed: 0, disagreements: 0, decided: 0 })),
    ).toContain(
      'agreed on 100% of answers (kappa not defined, as every paired answer was the same, 4 paired answers); no answer was changed after review.',
    );
  });

  it('prints kappa to two decimals, half up', () => {
    expect(formatKappa(0.775)).toBe('0.78');
    expect(formatKappa(1)).toBe('1.00');
    expect(formatKappa(-0.125)).toBe('-0.13');
    expect(formatKappa(null)).toBe('not defined');
  });
});
