/** A small framework with one item of every kind, for the findings engine's unit tests. */
import type { Framework, Scale } from '../../../../src/core';
import { judgement, minimalFramework, yesNoScale } from '../../../fixtures/frameworkBuilder';

const partly: Scale = {
  id: 'yes-partly-no',
  options: [
    { value: 'yes', label: 'Yes', meaning: 'positive' },
    { value: 'partly', label: 'Partly', meaning: 'neutral' },
    { value: 'no', label: 'No', meaning: 'negative' },
  ],
  allowNotApplicable: true,
};

const concerns: Scale = {
  id: 'concerns',
  options: [
    { value: 'drugs', label: 'Substance misuse', meaning: 'neutral' },
    { value: 'missing', label: 'Going missing', meaning: 'neutral' },
    { value: 'cse', label: 'Exploitation', meaning: 'neutral' },
  ],
  allowNotKnown: true,
};

const gender: Scale = {
  id: 'gender',
  options: [
    { value: 'boy', label: 'Boy', meaning: 'neutral' },
    { value: 'girl', label: 'Girl', meaning: 'neutral' },
  ],
};

export function everyKindFramework(overrides: Partial<Framework> = {}): Framework {
  return minimalFramework({
    scales: [yesNoScale, partly, concerns, gender],
    profile: [
      { id: 'gender', text: 'Gender', kind: 'choice', scale: 'gender' },
      {
        id: 'placements',
        text: 'Number of placements',
        kind: 'number',
        integer: true,
        thresholds: [{ above: 5, label: 'more than 5 placements' }],
      },
      { id: 'risks', text: 'Vulnerabilities', kind: 'multichoice', scale: 'concerns' },
    ],
    sections: [
      {
        id: 's1',
        title: 'Allocation',
        standards: [
          {
            id: 'st1',
            title: 'Allocation',
            questions: [
              judgement('q1', {
                key: true,
                finding: {
                  positive: 'the case was allocated promptly',
                  negative: 'the case was not allocated promptly',
                },
              }),
              { id: 'q2', text: 'Was the plan good?', kind: 'rating', scale: 'yes-partly-no' },
              { id: 'q3', text: 'Concerns?', kind: 'multichoice', scale: 'concerns' },
              { id: 'q4', text: 'Miles from home', kind: 'number', unit: 'miles' },
              { id: 'q5', text: 'Date of allocation', kind: 'date' },
              { id: 'q6', text: 'Comments', kind: 'text', required: false },
            ],
          },
        ],
      },
    ],
    ...overrides,
  });
}
