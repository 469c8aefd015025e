import { describe, expect, it } from 'vitest';
import { minimalFramework, yesNoScale } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

function scenario(notKnownInBase: boolean | undefined) {
  // 12 yes, 4 no, 4 "the record does not say".
  return AuditScenario.withFramework(
    minimalFramework({
      scales: [{ ...yesNoScale, ...(notKnownInBase === undefined ? {} : { notKnownInBase }) }],
    }),
  )
    .answer(12, { q1: 'yes' })
    .answer(4, { q1: 'no' })
    .answer(4, { q1: 'not_known' });
}

describe('not known and the base', () => {
  it('is left out of the base by default, and reported separately: 12 of 16 = 75%', () => {
    const q1 = scenario(undefined).findingFor('q1');
    expect([q1.base, q1.percentRounded, q1.notKnown, q1.notKnownInBase]).toEqual([
      16,
      75,
      4,
      false,
    ]);
  });

  it('counts in the base when the scale says so: 12 of 20 = 60%', () => {
    const q1 = scenario(true).findingFor('q1');
    expect([q1.base, q1.percentRounded, q1.notKnown, q1.notKnownInBase]).toEqual([20, 60, 4, true]);
    expect(q1.positive + q1.negative + q1.notKnown).toBe(q1.base);
  });
});
