import { describe, expect, it } from 'vitest';
import { hmipRating, judgement, minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

const framework = minimalFramework({
  sections: [
    {
      id: 's2',
      title: 'Case supervision',
      standards: [
        {
          id: '2.3',
          title: 'Implementation and delivery',
          questions: [
            judgement('desistance', { key: true }),
            judgement('safety-of-others', { key: true }),
          ],
        },
      ],
    },
  ],
  rating: hmipRating(1),
});

describe('a key question with no applicable case', () => {
  it('is skipped, said so, and the standard is rated on the others', () => {
    const standard = AuditScenario.withFramework(framework)
      .answer(7, { desistance: 'yes', 'safety-of-others': 'na' })
      .answer(3, { desistance: 'no', 'safety-of-others': 'na' })
      .standard('2.3');
    expect(standard).toMatchObject({ rating: 'Good', questionId: 'desistance', ratedPercent: 70 });
    expect(standard.skipped).toEqual([
      { questionId: 'safety-of-others', reason: 'no case was applicable and answered' },
    ]);
    expect(standard.note).toBe(
      'Set by key question desistance (70%, 7 of 10): Reasonable majority, Good. Key question safety-of-others skipped: no case was applicable and answered.',
    );
  });

  it('leaves the standard not rated when no key question has one', () => {
    const standard = AuditScenario.withFramework(framework)
      .answer(4, { desistance: 'na', 'safety-of-others': 'na' })
      .standard('2.3');
    expect(standard.rating).toBeNull();
    expect(standard.note).toBe(
      'Not rated: none of its key questions (desistance, safety-of-others) had a case that was applicable and answered.',
    );
  });
});
