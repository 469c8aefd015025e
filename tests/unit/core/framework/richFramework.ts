/**
 * A small synthetic framework that uses every part of the format: scales with N/A and not
 * known, a profile with numbers and thresholds, key questions, rules on profile fields and on
 * earlier questions, a lead-judged standard, rating bands with overall points, areas, strata
 * and a glossary. Two labels hold script-like text, which must always show as text.
 * Shared by the unit, component and browser tests of the framework library.
 */
import type { Framework } from '../../../../src/core';

export const SCRIPT_QUESTION = '<script>window.__pwned = true</script>How good was the plan?';
export const IMG_LABEL = 'Other <img src=x onerror="window.__pwned = true">';

export function richFramework(overrides: Partial<Framework> = {}): Framework {
  return {
    formatVersion: 1,
    id: 'practice-audit-test',
    version: '1.0.0',
    title: 'Practice audit framework (test)',
    shortTitle: 'Practice audit',
    description:
      'A made-up framework for tests.\n\nIt has two sections, four standards and rating rules.',
    publishers: ['Test Inspectorate', 'Second Test Body'],
    year: 2024,
    source: {
      citation: 'Test Inspectorate (2024). Practice audit standards. Made up for tests.',
      url: 'https://example.org/standards',
    },
    licence: 'Open Government Licence v3.0',
    status: 'draft',
    statusNote: 'Wording to verify against the published standards.',
    language: 'en-GB',
    quantifiers: 'fractions',
    scales: [
      {
        id: 'yes-no',
        label: 'Yes / No',
        options: [
          { value: 'yes', label: 'Yes', meaning: 'positive' },
          { value: 'no', label: 'No', meaning: 'negative' },
        ],
        allowNotApplicable: true,
        allowNotKnown: true,
      },
      {
        id: 'sufficiency',
        label: 'Sufficient / Not sufficient',
        options: [
          {
            value: 'sufficient',
            label: 'Sufficient',
            meaning: 'positive',
            description: 'The work was sufficient, taking the prompts together.',
          },
          { value: 'not-sufficient', label: 'Not sufficient', meaning: 'negative' },
        ],
        allowNotApplicable: true,
      },
      {
        id: 'quality',
        label: 'Quality',
        ordered: true,
        options: [
          { value: 'outstanding', label: 'Outstanding', meaning: 'positive' },
          { value: 'good', label: 'Good', meaning: 'positive' },
          { value: 'requires-improvement', label: 'Requires improvement', meaning: 'negative' },
          { value: 'inadequate', label: 'Inadequate', meaning: 'negative' },
        ],
        allowNotKnown: true,
        notKnownInBase: true,
      },
      {
        id: 'agencies',
        label: 'Agencies',
        options: [
          { value: 'social-care', label: 'Children’s social care', meaning: 'neutral' },
          { value: 'education', label: 'Education', meaning: 'neutral' },
          { value: 'other', label: IMG_LABEL, meaning: 'neutral' },
        ],
      },
    ],
    profile: [
      {
        id: 'age',
        text: 'Age of the child',
        kind: 'number',
        unit: 'years',
        integer: true,
        min: 10,
        max: 18,
        thresholds: [{ above: 15, label: 'aged 16 or over' }],
      },
      { id: 'mappa', text: 'Was the child subject to MAPPA?', kind: 'choice', scale: 'yes-no' },
      {
        id: 'placements',
        text: 'Number of placements in the period',
        kind: 'number',
        integer: true,
        min: 0,
        thresholds: [{ above: 5, label: 'more than 5 placements' }],
        required: false,
      },
    ],
    sections: [
      {
        id: 'case-work',
        title: 'Case work',
        description: 'How the case was assessed and planned.',
        standards: [
          {
            id: 'assessment',
            title: '1.1 Assessment',
            questions: [
              {
                id: 'assess-desistance',
                text: 'Does assessment sufficiently analyse how to support the child’s desistance?',
                kind: 'judgement',
                scale: 'sufficiency',
                key: true,
                guidance:
                  'Consider the whole assessment.\n\nLook for the child’s own view of their strengths.',
                prompts: ['Does assessment draw on other agencies?', 'Does it consider diversity?'],
                finding: {
                  positive: 'assessment sufficiently analysed desistance',
                  negative: 'assessment did not sufficiently analyse desistance',
                },
                wording: 'verified',
              },
              {
                id: 'assess-mappa',
                text: 'Did assessment take account of the MAPPA arrangements?',
                kind: 'judgement',
                scale: 'yes-no',
                key: true,
                showWhen: { profile: 'mappa', equals: 'yes' },
                wording: 'reconstructed',
              },
              {
                id: 'assess-date',
                text: 'Date of the most recent assessment',
                kind: 'date',
                required: false,
              },
            ],
          },
          {
            id: 'planning',
            title: '1.2 Planning',
            questions: [
              {
                id: 'plan-quality',
                text: SCRIPT_QUESTION,
                kind: 'rating',
                scale: 'quality',
                key: true,
              },
              {
                id: 'plan-agencies',
                text: 'Which agencies contributed to the plan?',
                kind: 'multichoice',
                scale: 'agencies',
                showWhen: {
                  all: [
                    { question: 'plan-quality', in: ['outstanding', 'good'] },
                    { profile: 'age', gt: 15 },
                  ],
                },
              },
              { id: 'plan-notes', text: 'Notes on the plan', kind: 'text', required: false },
            ],
          },
        ],
      },
      {
        id: 'organisation',
        title: 'Organisation',
        standards: [
          {
            id: 'governance',
            title: '2.1 Governance and leadership',
            ratedBy: 'lead-judgement',
            questions: [],
          },
          {
            id: 'reviewing',
            title: '2.2 Reviewing',
            questions: [
              {
                id: 'review-count',
                text: 'How many reviews took place?',
                kind: 'number',
                integer: true,
                min: 0,
                thresholds: [{ above: 2, label: 'more than two reviews' }],
              },
              {
                id: 'review-sufficient',
                text: 'Was reviewing sufficient?',
                kind: 'judgement',
                scale: 'sufficiency',
                key: true,
                showWhen: { question: 'review-count', gt: 0 },
              },
            ],
          },
        ],
      },
    ],
    areas: [
      { id: 'north', name: 'North Town YOT' },
      { id: 'south', name: 'South City YOT', description: 'The host area for most placements.' },
    ],
    strata: [
      { id: 'host', name: 'Host', description: 'Cases supervised where the child lives.' },
      { id: 'home', name: 'Home', description: 'Cases supervised from the home area.' },
    ],
    rating: {
      bands: [
        { label: 'Minority', minPercent: 0, maxPercent: 50, rating: 'Inadequate', points: 0 },
        {
          label: 'Too few',
          minPercent: 50,
          maxPercent: 65,
          rating: 'Requires improvement',
          points: 1,
        },
        {
          label: 'Reasonable majority',
          minPercent: 65,
          maxPercent: 80,
          rating: 'Good',
          points: 2,
        },
        {
          label: 'Large majority',
          minPercent: 80,
          maxPercent: 100,
          rating: 'Outstanding',
          points: 3,
        },
      ],
      rounding: 'half-up',
      standardRule: 'lowest-key-question',
      overall: {
        rule: 'sum-of-points',
        bands: [
          { minPoints: 0, maxPoints: 2, rating: 'Inadequate' },
          { minPoints: 3, maxPoints: 6, rating: 'Requires improvement' },
          { minPoints: 7, maxPoints: 10, rating: 'Good' },
          { minPoints: 11, maxPoints: 12, rating: 'Outstanding' },
        ],
      },
    },
    glossary: [
      { term: 'MAPPA', definition: 'Multi-agency public protection arrangements.' },
      {
        term: 'Desistance',
        definition: 'Stopping offending.\n\nA process rather than a single event.',
      },
    ],
    ...overrides,
  };
}
