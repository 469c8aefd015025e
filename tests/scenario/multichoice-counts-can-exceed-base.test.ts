import { expect, it } from 'vitest';
import type { MultichoiceFinding } from '../../src/core';
import { minimalFramework, yesNoScale } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

it('counts each choice of a multi-select answer and says the counts can pass the cases', () => {
  const framework = minimalFramework({
    scales: [
      yesNoScale,
      {
        id: 'behaviours',
        options: [
          { value: 'missing', label: 'Going missing', meaning: 'neutral' },
          { value: 'alcohol', label: 'Alcohol misuse', meaning: 'neutral' },
          { value: 'offending', label: 'Offending', meaning: 'neutral' },
        ],
      },
    ],
    profile: [
      { id: 'behaviours', text: 'Risky behaviours', kind: 'multichoice', scale: 'behaviours' },
    ],
  });
  const finding = AuditScenario.withFramework(framework)
    .answer(4, { behaviours: ['missing', 'alcohol'] })
    .answer(3, { behaviours: ['offending', 'missing'] })
    .answer(1, {})
    .itemFor('behaviours') as MultichoiceFinding;
  expect(finding.options.map((o) => [o.label, o.count, o.percentRounded])).toEqual([
    ['Going missing', 7, 100],
    ['Alcohol misuse', 4, 57],
    ['Offending', 3, 43],
  ]);
  expect([finding.base, finding.selections, finding.unanswered]).toEqual([7, 14, 1]);
  expect(finding.note).toBe(
    'A case could give more than one answer, so the counts can add up to more than the 7 cases answering.',
  );
});
