import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../../../../src/core';
import { frameworkToSheets } from '../../../../../src/core/framework/workbook/frameworkToSheets';
import type {
  CellValue,
  WorkbookModel,
} from '../../../../../src/core/framework/workbook/sheetModel';
import { sheetsToFramework } from '../../../../../src/core/framework/workbook/sheetsToFramework';
import { hmipRating, minimalFramework } from '../../../../fixtures/frameworkBuilder';
import { RICH } from './workbookFramework';

function rowsOf(model: WorkbookModel, name: string) {
  return model.sheets.find((s) => s.name === name)!.rows;
}

/** Each row as `{ heading: value }` for the cells that hold something. */
function records(model: WorkbookModel, name: string) {
  const [headings, ...rows] = rowsOf(model, name);
  return rows.map((row) =>
    Object.fromEntries(
      row.flatMap((value, i) => (value === null ? [] : [[String(headings![i]), value]])),
    ),
  );
}

describe('a framework laid out as sheets', () => {
  it('checks the example framework is valid as it stands', () => {
    expect(loadFramework(JSON.stringify(RICH)).status).toBe('ok');
  });

  it('writes one Questions row per profile field, section, standard and question, in order', () => {
    const rows = records(frameworkToSheets(RICH), 'Questions');
    expect(rows.map((r) => `${r.type} ${r.id}`)).toEqual([
      'profile referral-date',
      'profile moves',
      'section s1',
      'standard st1',
      'question plan-date',
      'question q1',
      'question q2',
    ]);
    expect(rows[1]).toEqual({
      type: 'profile',
      id: 'moves',
      kind: 'number',
      text: 'Placement moves',
      min: 0,
      integer: 'yes',
      thresholds: '2: more than 2 moves',
      'allow not known': 'yes',
    });
    expect(rows[3]).toMatchObject({
      section: 's1',
      text: 'Assessment',
      rule: "stratum in ('host', 'home')",
    });
    expect(rows[5]).toEqual({
      type: 'question',
      id: 'q1',
      section: 's1',
      standard: 'st1',
      kind: 'judgement',
      text: 'Was the plan made in time?',
      scale: 'yes-no',
      key: 'yes',
      prompts: "Look at the dates\nAsk the child's worker",
      'finding when positive': 'the plan was on time',
      'finding when negative': 'the plan was late',
      rule: "working_days_after(plan-date, referral-date) < 20 and area != 'north'",
    });
  });

  it('writes a scale per option row, its settings on the first, and the lists and ratings', () => {
    const model = frameworkToSheets(RICH);
    expect(records(model, 'Scales').slice(2)).toEqual([
      {
        scale: 'support',
        'scale label': 'Support offered',
        value: 'education',
        label: 'Education',
        meaning: 'neutral',
      },
      {
        scale: 'support',
        value: 'other',
        label: 'Other (please say)',
        meaning: 'neutral',
        other: 'yes',
      },
      {
        scale: 'support',
        value: 'none',
        label: 'None of these',
        meaning: 'neutral',
        exclusive: 'yes',
      },
    ]);
    expect(records(model, 'Lists')).toEqual([
      { list: 'area', id: 'north', name: 'North' },
      { list: 'stratum', id: 'host', name: 'Host' },
      { list: 'stratum', id: 'home', name: 'Home', description: 'At home' },
      { list: 'glossary', name: 'LAC', description: 'Looked-after child' },
    ]);
    expect(records(model, 'Ratings')).toEqual([]);
    expect(
      records(model, 'Framework').filter((r) => r.field?.toString().startsWith('based on')),
    ).toEqual([
      { field: 'based on id', value: 'hmip-lac-placed-away-2012' },
      { field: 'based on version', value: '1.0.1' },
      { field: 'based on title', value: 'Placed away' },
    ]);
  });

  it('reads the sheets back into the same framework', () => {
    expect(sheetsToFramework(frameworkToSheets(RICH))).toEqual({ status: 'ok', value: RICH });
  });
});

describe('sheets an author wrote', () => {
  const base = frameworkToSheets(minimalFramework());
  const other = base.sheets.filter((s) => s.name !== 'Questions');
  const headings = ['type', 'id', 'kind', 'text', 'scale', 'rule', 'standard'];

  function withQuestionRows(rows: (string | null)[][]): WorkbookModel {
    return { sheets: [...other, { name: 'Questions', rows: [headings, ...rows] }] };
  }

  it('takes columns in any order, leaves blank rows out, and places a question by its standard column', () => {
    const result = sheetsToFramework(
      withQuestionRows([
        ['section', 's1', null, 'Section one', null, null, null],
        ['standard', 'st1', null, 'Standard one', null, null, null],
        ['standard', 'st2', null, 'Standard two', null, null, null],
        [null, null, null, null, null, null, null],
        ['question', 'q1', 'judgement', 'Question q1?', 'yes-no', null, 'st1'],
        ['question', 'q2', 'judgement', 'Question q2?', 'yes-no', null, null],
      ]),
    );
    expect(
      result.status === 'ok' &&
        result.value.sections[0]!.standards.map((s) => s.questions.map((q) => q.id)),
    ).toEqual([['q1'], ['q2']]);
  });

  it('names the row and column of each problem', () => {
    const result = sheetsToFramework(
      withQuestionRows([
        ['question', 'q0', 'judgement', 'Before any standard?', 'yes-no', null, null],
        ['section', 's1', 'judgement', 'Section one', null, null, null],
        ['standard', 'st1', null, 'Standard one', null, null, null],
        ['question', 'q1', 'judgement', '', 'yes-no', null, 'st9'],
        ['questoin', 'q2', 'judgement', 'Q2', 'yes-no', null, null],
      ]),
    );
    expect(
      result.status === 'invalid' && result.errors.map((e) => `${e.path}: ${e.message}`),
    ).toEqual([
      'Questions, row 2, column A (type): a question row must come after a standard row',
      'Questions, row 3, column C (kind): a section row has no kind: leave it empty',
      'Questions, row 5, column G (standard): no standard "st9" above this row',
      'Questions, row 6, column A (type): "questoin" is not a type of row: write one of profile, section, standard, question',
      'Questions, row 4, its questions: standard "st1" is empty: it needs at least one question',
    ]);
  });

  it('refuses a question whose section column is not its standard’s section', () => {
    const model: WorkbookModel = {
      sheets: [
        ...other,
        {
          name: 'Questions',
          rows: [
            ['type', 'id', 'section', 'kind', 'text', 'scale'],
            ['section', 's1', null, null, 'Section one', null],
            ['standard', 'st1', null, null, 'Standard one', null],
            ['question', 'q1', 's2', 'judgement', 'Question q1?', 'yes-no'],
          ],
        },
      ],
    };
    const result = sheetsToFramework(model);
    expect(result.status === 'invalid' && result.errors).toEqual([
      {
        path: 'Questions, row 4, column C (section)',
        message: 'this question’s standard "st1" is in section "s1", not "s2"',
      },
    ]);
  });

  it('names the Ratings row of a gap between bands, and a setting row left out', () => {
    const rated = frameworkToSheets(minimalFramework({ rating: hmipRating(1) }));
    const withRatings = (edit: (rows: CellValue[][]) => CellValue[][]): WorkbookModel => ({
      sheets: rated.sheets.map((s) =>
        s.name === 'Ratings' ? { ...s, rows: edit(s.rows.map((r) => [...r])) } : s,
      ),
    });
    const gap = sheetsToFramework(
      withRatings((rows) => {
        rows[4]![4] = 60; // "Too few" now ends at 60%
        return rows;
      }),
    );
    expect(gap.status === 'invalid' && gap.errors).toEqual([
      {
        path: 'Ratings, row 6, column D (min)',
        message: 'the bands leave a gap between 60% and 65%',
      },
    ]);
    const noRounding = sheetsToFramework(
      withRatings((rows) => rows.filter((r) => r[0] !== 'rounding')),
    );
    expect(noRounding.status === 'invalid' && noRounding.errors).toEqual([
      {
        path: 'Ratings, the "rounding" row (not on the sheet)',
        message: 'is missing (expected one of: "none", "half-up")',
      },
    ]);
  });
});
