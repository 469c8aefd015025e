/** A framework using every part of the workbook layout, the format's newer fields included. */
import type { Framework } from '../../../../../src/core';
import { minimalFramework, yesNoScale } from '../../../../fixtures/frameworkBuilder';

export const RICH: Framework = minimalFramework({
  basedOn: { id: 'hmip-lac-placed-away-2012', version: '1.0.1', title: 'Placed away' },
  sampling: { confidence: 0.8, margin: 0.05 },
  scales: [
    yesNoScale,
    {
      id: 'support',
      label: 'Support offered',
      options: [
        { value: 'education', label: 'Education', meaning: 'neutral' },
        { value: 'other', label: 'Other (please say)', meaning: 'neutral', other: true },
        { value: 'none', label: 'None of these', meaning: 'neutral', exclusive: true },
      ],
    },
  ],
  profile: [
    { id: 'referral-date', text: 'Date of referral', kind: 'date' },
    {
      id: 'moves',
      text: 'Placement moves',
      kind: 'number',
      integer: true,
      min: 0,
      thresholds: [{ above: 2, label: 'more than 2 moves' }],
      allowNotKnown: true,
    },
  ],
  sections: [
    {
      id: 's1',
      title: 'Planning',
      description: 'How the plan was made.\n\nSecond paragraph.',
      standards: [
        {
          id: 'st1',
          title: 'Assessment',
          showWhen: { case: 'stratum', in: ['host', 'home'] },
          questions: [
            {
              id: 'plan-date',
              text: 'When was the plan made?',
              kind: 'date',
              required: false,
              allowNotApplicable: true,
            },
            {
              id: 'q1',
              text: 'Was the plan made in time?',
              kind: 'judgement',
              scale: 'yes-no',
              key: true,
              prompts: ['Look at the dates', "Ask the child's worker"],
              finding: { positive: 'the plan was on time', negative: 'the plan was late' },
              showWhen: {
                all: [
                  {
                    question: 'plan-date',
                    daysAfter: { profile: 'referral-date', lt: 20, working: true },
                  },
                  { case: 'area', notEquals: 'north' },
                ],
              },
            },
            { id: 'q2', text: 'What support?', kind: 'multichoice', scale: 'support' },
          ],
        },
      ],
    },
  ],
  areas: [{ id: 'north', name: 'North' }],
  strata: [
    { id: 'host', name: 'Host' },
    { id: 'home', name: 'Home', description: 'At home' },
  ],
  glossary: [{ term: 'LAC', definition: 'Looked-after child' }],
});
