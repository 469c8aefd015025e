import { expect, it } from 'vitest';
import { minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

it('gives every breakdown cell its own base, and the cells add up to the whole', () => {
  const framework = minimalFramework({
    areas: [
      { id: 'yot-a', name: 'YOT A' },
      { id: 'yot-b', name: 'YOT B' },
    ],
  });
  const result = AuditScenario.withFramework(framework)
    .answer(9, { q1: 'yes' }, { area: 'yot-a' })
    .answer(3, { q1: 'no' }, { area: 'yot-a' })
    .answer(2, { q1: 'na' }, { area: 'yot-a' })
    .answer(2, { q1: 'yes' }, { area: 'yot-b' })
    .answer(6, { q1: 'no' }, { area: 'yot-b' })
    .findings({ breakdownBy: 'area' });
  const cells = result.breakdown!.groups.map((g) => {
    const q1 = g.questions[0]!;
    return q1.type === 'proportion'
      ? [g.label, g.cases, q1.positive, q1.base, q1.percentRounded, q1.smallBase]
      : [];
  });
  expect(cells).toEqual([
    ['YOT A', 14, 9, 12, 75, false],
    ['YOT B', 8, 2, 8, 25, true],
  ]);
  const whole = result.questions[0]!;
  expect(whole.type === 'proportion' && [whole.positive, whole.base, whole.percentRounded]).toEqual(
    [11, 20, 55],
  );
});
