import { expect, it } from 'vitest';
import { minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

it('leaves unanswered questions out of the base and counts them', () => {
  // 10 yes, 5 no, 5 cases not yet answered → 10 of 15 = 67%.
  const q1 = AuditScenario.withFramework(minimalFramework())
    .answer(10, { q1: 'yes' })
    .answer(5, { q1: 'no' })
    .answer(4, {})
    .answer(1, { q1: null })
    .findingFor('q1');
  expect([q1.positive, q1.base, q1.percentRounded, q1.unanswered]).toEqual([10, 15, 67, 5]);
});
