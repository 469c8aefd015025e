import { expect, it } from 'vitest';
import { minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

it('flags a base below 10 but still shows the figure', () => {
  const nine = AuditScenario.withFramework(minimalFramework())
    .answer(6, { q1: 'yes' })
    .answer(3, { q1: 'no' });
  const q1 = nine.findingFor('q1');
  expect([q1.base, q1.percentRounded, q1.smallBase]).toEqual([9, 67, true]);
  expect(q1.sentence).toBe(
    'In two-thirds of cases (67%, 6 of 9 cases; a small base) the answer to “Question q1?” was Yes.',
  );
  expect(nine.answer(1, { q1: 'no' }).findingFor('q1').smallBase).toBe(false);
});
