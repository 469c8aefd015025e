/** A small framework with one item of every kind, for the findings engine's unit tests. */
import type { Framework, Scale } from '../../../../src/core';
import {
  judgement,
  neutralScale,
  withQuestions,
  yesNoScale,
} from '../../../fixtures/frameworkBuilder';

const partly: Scale = {
  id: 'yes-partly-no',
  options: [
    { value: 'yes', label: 'Yes', meaning: 'positive' },
    { value: 'partly', label: 'Partly', meaning: 'neutral' },
    { value: 'no', label: 'No', meaning: 'negative' },
  ],
  allowNotApplicable: true,
};

const concerns = neutralScale(
  'concerns',
  { drugs: 'Substance misuse', missing: 'Going missing', cse: 'Exploitation' },
  { allowNotKnown: true },
);

const gender = neutralScale('gender', { boy: 'Boy', girl: 'Girl' });

export function everyKindFramework(overrides: Partial<Framework> = {}): Framework {
  return withQuestions(
    [
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
    {
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
      ...overrides,
    },
  );
}
