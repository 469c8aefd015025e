import { expect, it } from 'vitest';
import { minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

it('counts only complete and moderated cases when asked, and says so', () => {
  const scenario = AuditScenario.withFramework(minimalFramework())
    .answer(5, { q1: 'yes' }, { status: 'complete' })
    .answer(2, { q1: 'no' }, { status: 'moderated' })
    .answer(3, { q1: 'no' }, { status: 'in-progress' })
    .answer(1, {}, { status: 'not-started' });
  const all = scenario.findings();
  const complete = scenario.findings({ completeOnly: true });
  expect([all.basis, all.cases.counted, scenario.findingFor('q1').base]).toEqual([
    'all-cases',
    11,
    10,
  ]);
  expect([complete.basis, complete.cases.counted, complete.cases.excluded]).toEqual([
    'complete-cases',
    7,
    4,
  ]);
  expect(scenario.findingFor('q1', { completeOnly: true }).base).toBe(7);
  expect(complete.completeness.incomplete.map((c) => c.status)).toEqual([
    'in-progress',
    'in-progress',
    'in-progress',
    'not-started',
  ]);
});
