import { expect, it } from 'vitest';
import { minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

it('leaves N/A answers out of the base and reports them separately', () => {
  // 60 cases: 23 yes, 30 no, 7 "not applicable to this case" → 23 of 53 = 43%, not 23 of 60.
  const q1 = AuditScenario.withFramework(minimalFramework())
    .answer(23, { q1: 'yes' })
    .answer(30, { q1: 'no' })
    .answer(7, { q1: 'na' })
    .findingFor('q1');
  expect([q1.positive, q1.base, q1.percentRounded, q1.notApplicable]).toEqual([23, 53, 43, 7]);
});
