/**
 * A made-up report document with every kind of block the renderers draw, in the order that
 * tests them hardest: an h4 straight after a chapter's h2, small bases, a bar with no applicable
 * cases, a scale chart, a table of figures only, warnings that must not be printed. Synthetic.
 */
import { SMALL_BASE_KEY } from '../../../../src/core';
import type { ReportChartDocument } from '../../../../src/report/reportModel';

export function everyBlockDocument(): ReportChartDocument {
  return {
    meta: {
      title: 'Transitions & moves: a self-audit',
      subject: 'A self-audit of 24 cases',
      author: 'Northshire Council',
      keywords: 'self-audit, transitions',
      language: 'cy',
    },
    titlePage: {
      title: 'Transitions & moves: a self-audit',
      kind: 'A self-audit',
      organisations: ['Northshire Council'],
      date: 'November 2026',
      framework: 'Framework: Transitions, version 1.0.0',
      notice: 'Example data: these cases are made up.',
      logo: null,
    },
    lists: { tables: [], figures: [] },
    runningHeader: 'Transitions & moves',
    chapters: [
      {
        id: 'summary',
        number: null,
        title: 'Summary',
        blocks: [
          { type: 'subheading', level: 4, text: 'Key findings' },
          {
            type: 'bullets',
            items: [
              { text: 'Plans were on file in 75% (18/24) of cases.', warnings: [] },
              {
                text: 'Half the moves were planned.',
                warnings: ['CHECK-ME: the data now gives 46% (11/24).'],
              },
            ],
          },
          {
            type: 'rating',
            title: 'Overall rating',
            rating: 'Requires improvement',
            lines: ['Rule: at least 60% of cases good.', 'Key question: 58% (14/24).'],
            overridden: true,
          },
          { type: 'paragraph', text: 'A lead paragraph.', variant: 'lead' },
        ],
      },
      {
        id: 'section-moves',
        number: '1',
        title: 'Moves',
        blocks: [
          { type: 'subheading', level: 3, text: 'Planning' },
          { type: 'subheading', level: 4, text: 'Before the move' },
          {
            type: 'chart',
            caption: 'Figures: Planning',
            chart: {
              kind: 'proportions',
              title: 'Planning',
              bars: [
                {
                  label: 'Was the move planned?',
                  percent: 50,
                  figure: 'Yes: 50% (12/24)',
                  smallBase: false,
                },
                {
                  label: 'Was the school told?',
                  percent: 100,
                  figure: 'Yes: 100% (4/4) †',
                  smallBase: true,
                },
                {
                  label: 'Was a new GP found?',
                  percent: null,
                  figure: 'no applicable cases',
                  smallBase: false,
                },
              ],
              note: `${SMALL_BASE_KEY} Such bars are hatched.`,
            },
          },
          {
            type: 'chart',
            caption: 'Figures: Planning',
            chart: {
              kind: 'scale',
              title: 'Quality of the plan',
              legend: [
                { label: 'Good', fill: 0 },
                { label: 'Poor', fill: 3 },
              ],
              bars: [
                {
                  label: 'Quality of the plan',
                  segments: [
                    { label: 'Good', count: 3, percent: 37.5, fill: 0 },
                    { label: 'Poor', count: 5, percent: 62.5, fill: 3 },
                  ],
                  baseText: 'base 8 †',
                },
                { label: 'Quality of the review', segments: [], baseText: 'no applicable cases' },
              ],
              note: SMALL_BASE_KEY,
            },
          },
          {
            type: 'table',
            caption: 'Cases by year',
            head: ['Year', 'Cases'],
            rows: [
              ['2025', '10'],
              ['2026', '14'],
            ],
            numeric: [true, true],
            note: 'Base: 24 cases.',
          },
          {
            type: 'example',
            label: 'Case example: a late move',
            text: 'The child moved at a day’s notice.\n\nNobody told the school.',
            credit: null,
            warnings: ['CHECK-ME: a name?'],
          },
          { type: 'paragraph', text: 'Counts exclude 2 cases.', variant: 'note' },
          {
            type: 'placeholder',
            text: 'No key findings chosen for this chapter: choose them in the report’s text.',
          },
        ],
      },
      {
        id: 'recommendations',
        number: null,
        title: 'Recommendations',
        blocks: [
          {
            type: 'recommendations',
            groups: [
              {
                lead: 'Social workers should ensure that:',
                items: [{ text: 'every move is planned', warnings: [] }],
              },
            ],
          },
        ],
      },
      {
        id: 'appendix-glossary',
        number: 'Appendix 1',
        title: 'Glossary',
        blocks: [
          {
            type: 'definitions',
            items: [{ term: 'Base', definition: 'The cases a figure counts.\n\nSee also: n.' }],
          },
        ],
      },
    ],
    warnings: ['CHECK-ME: Half the moves were planned.'],
  };
}
