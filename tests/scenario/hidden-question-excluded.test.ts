import { expect, it } from 'vitest';
import { judgement, minimalFramework } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

it('counts a question hidden by its rule nowhere, whatever answer it holds', () => {
  const framework = minimalFramework({
    sections: [
      {
        id: 's1',
        title: 'Reviewing',
        standards: [
          {
            id: 'st1',
            title: 'Reviewing',
            questions: [
              judgement('mappa', { key: true }),
              // "only if the child was subject to MAPPA"
              judgement('mappa-reviewed', { showWhen: { question: 'mappa', equals: 'yes' } }),
            ],
          },
        ],
      },
    ],
  });
  const finding = AuditScenario.withFramework(framework)
    .answer(6, { mappa: 'yes', 'mappa-reviewed': 'yes' })
    .answer(2, { mappa: 'yes', 'mappa-reviewed': 'no' })
    // A stale answer left behind after "MAPPA" changed to no: hidden, so not counted.
    .answer(3, { mappa: 'no', 'mappa-reviewed': 'no' })
    .answer(9, { mappa: 'no' })
    .findingFor('mappa-reviewed');
  expect([
    finding.positive,
    finding.base,
    finding.percentRounded,
    finding.hidden,
    finding.unanswered,
  ]).toEqual([6, 8, 75, 12, 0]);
});
