import { expect, it } from 'vitest';
import { checkQuantifiers } from '../../src/core/phrasing/checkQuantifiers';
import { minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

it('writes sentences whose words fit their figures, and catches ones that do not', () => {
  const framework = minimalFramework();
  const sentences = [23, 38, 47, 63, 83].map(
    (yes) =>
      AuditScenario.withFramework(framework)
        .answer(yes, { q1: 'yes' })
        .answer(100 - yes, { q1: 'no' })
        .findingFor('q1', { sentences: 'positive' }).sentence!,
  );
  expect(sentences.map((s) => s.slice(0, s.indexOf(')') + 1))).toEqual([
    'In nearly a quarter of cases (23%, 23 of 100)',
    'In over one-third of cases (38%, 38 of 100)',
    'In less than half of cases (47%, 47 of 100)',
    'In nearly two-thirds of cases (63%, 63 of 100)',
    'In over four-fifths of cases (83%, 83 of 100)',
  ]);
  expect(checkQuantifiers(sentences.join(' '), 'fractions')).toEqual([]);
  // Seed 000 prints 24% beside "over one-third".
  expect(checkQuantifiers('over one-third of the cases (24%)', 'fractions')).toHaveLength(1);
});
