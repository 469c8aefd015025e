import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CaseWithAnswers, readCasesCsv, writeCasesCsv } from '../../../../src/core';
import { makeCase } from '../../../scenario/auditScenario';
import { everyKindFramework } from '../findings/testFramework';

const framework = everyKindFramework({
  areas: [
    { id: 'north', name: 'North Borough' },
    { id: 'south', name: 'South County' },
  ],
  strata: [
    { id: 'host', name: 'Host' },
    { id: 'home', name: 'Home' },
  ],
});
const context = { inspectionId: 'insp-7', importedAt: '2026-03-02T09:00:00.000Z' };

function read(text: string, extra: Partial<Parameters<typeof readCasesCsv>[2]> = {}) {
  return readCasesCsv(text, framework, { ...context, ...extra });
}

function errorsOf(text: string, extra: Partial<Parameters<typeof readCasesCsv>[2]> = {}) {
  const result = read(text, extra);
  return result.status === 'invalid' ? result.errors : [];
}

const HEADER = 'case_ref,area,stratum,inspector,status,gender,placements,risks,q1,q2,q3,q4,q5,q6';

describe('writeCasesCsv', () => {
  it('writes one row per case, ids and option codes, columns in framework order', () => {
    const text = writeCasesCsv(framework, [
      makeCase(
        0,
        {
          gender: 'girl',
          placements: 3,
          risks: ['drugs', 'cse'],
          q1: 'na',
          q2: 'partly',
          q3: 'not_known',
          q4: -2.5,
          q5: '2026-01-31',
          q6: 'Seen, twice',
        },
        { area: 'north', stratum: 'host', inspector: 'ann' },
      ),
      makeCase(1, { q1: 'yes' }, { area: 'south', inspector: null, status: 'in-progress' }),
    ]);
    expect(text.split('\r\n')).toEqual([
      HEADER,
      'LAC-01-01,north,host,ann,complete,girl,3,drugs|cse,na,partly,not_known,-2.5,2026-01-31,"Seen, twice"',
      'LAC-02-02,south,,,in-progress,,,,yes,,,,,',
      '',
    ]);
  });

  it('makes text cells safe from spreadsheet formulas, but leaves negative numbers alone', () => {
    const text = writeCasesCsv(framework, [
      makeCase(0, { q6: '=HYPERLINK("http://x")', q4: -3 }),
      makeCase(1, { q6: '+44 20 7946 0000' }),
      makeCase(2, { q6: '@SUM(A1)' }),
      makeCase(3, { q6: '-minus' }),
    ]);
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows.map((r) => [r[11], r[13]])).toEqual([
      ['q4', 'q6'],
      ['-3', '\'=HYPERLINK("http://x")'],
      ['', "'+44 20 7946 0000"],
      ['', "'@SUM(A1)"],
      ['', "'-minus"],
    ]);
  });

  it('adds a byte-order mark for Excel when asked', () => {
    expect(writeCasesCsv(framework, [], { byteOrderMark: true }).startsWith('\uFEFF')).toBe(true);
  });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('readCasesCsv', () => {
  it('reads back what it wrote (round trip)', () => {
    const cases: CaseWithAnswers[] = [
      makeCase(
        0,
        {
          gender: 'girl',
          placements: 3,
          risks: ['drugs', 'cse'],
          q1: 'na',
          q2: 'partly',
          q3: 'not_known',
          q4: -2.5,
          q5: '2026-01-31',
          q6: '=1+1, "quoted"\nnext line',
        },
        { area: 'north', stratum: 'host', inspector: 'ann' },
      ),
      makeCase(1, { q1: 'yes' }, { area: 'south', inspector: null, status: 'in-progress' }),
    ];
    const result = read(writeCasesCsv(framework, cases));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const [first, second] = result.value;
    expect(first).toMatchObject({
      inspectionId: 'insp-7',
      ref: 'LAC-01-01',
      areaId: 'north',
      stratumId: 'host',
      inspectorId: 'ann',
      status: 'complete',
      role: 'sample',
      createdAt: context.importedAt,
    });
    const values = Object.fromEntries(Object.entries(first!.answers).map(([k, a]) => [k, a.value]));
    expect(values).toEqual({
      gender: 'girl',
      placements: 3,
      risks: ['drugs', 'cse'],
      q1: 'na',
      q2: 'partly',
      q3: 'not_known',
      q4: -2.5,
      q5: '2026-01-31',
      q6: '=1+1, "quoted"\nnext line',
    });
    expect(first!.answers.q1).toMatchObject({
      rev: 1,
      at: context.importedAt,
      by: 'ann',
      device: 'csv-import',
      note: '',
    });
    expect(second).toMatchObject({ stratumId: null, inspectorId: null, status: 'in-progress' });
    expect(Object.keys(second!.answers)).toEqual(['q1']);
    // Ids say nothing about the case, yet reading the same file again gives the same cases.
    for (const kase of result.value) {
      expect(kase.id).toMatch(UUID);
      expect(kase.id).not.toContain(kase.ref);
    }
    const again = read(writeCasesCsv(framework, cases));
    expect(again.status === 'ok' && again.value.map((c) => c.id)).toEqual(
      result.value.map((c) => c.id),
    );
  });

  it('accepts area, stratum and inspector names as well as ids, and loose status spelling', () => {
    const result = read(
      `${HEADER}\r\nLAC-01-01,north borough,Home,Ann Smith,In progress,,,,YES,,,,,\r\n`,
      { team: [{ id: 'ann', name: 'Ann Smith' }] },
    );
    expect(result.status).toBe('ok');
    if (result.status === 'ok') {
      expect(result.value[0]).toMatchObject({
        areaId: 'north',
        stratumId: 'home',
        inspectorId: 'ann',
        status: 'in-progress',
      });
      expect(result.value[0]!.answers.q1!.value).toBe('yes');
    }
  });

  it('needs only case_ref, area and status; missing question columns are unanswered', () => {
    const result = read('case_ref,area,status,q1\nLAC-01-01,north,complete,no\n\n');
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expect(result.value).toHaveLength(1);
  });

  it('names the row and column of every problem', () => {
    const text = [
      'case_ref,area,status,q1,q2,q3,q4,q5,qq',
      'LAC-01-01,north,complete,maybe,,,,,',
      'LAC-01-01,west,done,yes,not_known,drugs|na,12x,2026-02-30,',
      ',north,complete,,,,,,',
    ].join('\n');
    expect(errorsOf(text, { areas: framework.areas! })).toEqual([
      {
        path: 'row 1, column qq',
        message: 'is not a question or profile field of test-framework@1.0.0',
      },
      {
        path: 'row 2, column q1',
        message: '"maybe" is not an answer on scale "yes-no" (allowed: yes, no, na, not_known)',
      },
      { path: 'row 3, column case_ref', message: '"LAC-01-01" is already used in row 2' },
      {
        path: 'row 3, column area',
        message: '"west" is not an area of this inspection (ids: north, south)',
      },
      {
        path: 'row 3, column status',
        message: '"done" is not a case status (not-started, in-progress, complete, moderated)',
      },
      {
        path: 'row 3, column q2',
        message: '"not_known" is not allowed: scale "yes-partly-no" does not allow not known',
      },
      {
        path: 'row 3, column q3',
        message: 'na and not_known stand alone, not among other choices',
      },
      { path: 'row 3, column q4', message: '"12x" is not a number' },
      { path: 'row 3, column q5', message: '"2026-02-30" is not a date written YYYY-MM-DD' },
      { path: 'row 4, column case_ref', message: 'is empty: every case needs a reference' },
    ]);
  });

  it('checks number limits and whole numbers', () => {
    expect(errorsOf('case_ref,area,status,placements\nLAC-01-01,north,complete,2.5\n')).toEqual([
      { path: 'row 2, column placements', message: '2.5 is not a whole number' },
    ]);
  });

  it('suggests the id a heading nearly matches, and reports missing columns', () => {
    expect(errorsOf('case_ref,area,Q1\nLAC-01-01,north,yes\n')).toEqual([
      {
        path: 'row 1, column Q1',
        message: 'is not a question or profile field of test-framework@1.0.0; did you mean "q1"?',
      },
      { path: 'row 1', message: 'has no status column' },
    ]);
  });

  it('without the inspection, knows the framework areas by name and takes other ids as they are', () => {
    const result = read(
      'case_ref,area,status\nLAC-01-01,North Borough,complete\nLAC-01-02,west,complete\n',
    );
    expect(result.status === 'ok' && result.value.map((c) => c.areaId)).toEqual(['north', 'west']);
  });

  it('accepts any valid id for area when neither inspection nor framework lists areas', () => {
    const plain = everyKindFramework();
    const ok = readCasesCsv('case_ref,area,status\nLAC-01-01,yot-3,complete\n', plain, context);
    expect(ok.status).toBe('ok');
    const bad = readCasesCsv('case_ref,area,status\nLAC-01-01,Y O T,complete\n', plain, context);
    expect(bad.status).toBe('invalid');
  });

  it('knows leap days, and reads a cell of bare separators as no answer', () => {
    const result = read('case_ref,area,status,q5,q3\nLAC-01-01,north,complete,2024-02-29,|\n');
    expect(result.status === 'ok' && result.value[0]!.answers).toEqual({
      q5: expect.objectContaining({ value: '2024-02-29' }),
    });
    expect(errorsOf('case_ref,area,status,q5\nLAC-01-01,north,complete,2100-02-29\n')).toHaveLength(
      1,
    );
  });

  it('refuses an empty file', () => {
    expect(errorsOf('')).toEqual([
      {
        path: '(the whole file)',
        message: 'is empty; expected a heading row and one row per case',
      },
    ]);
  });
});
