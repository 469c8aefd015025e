import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { findingsJsonSchema } from '../../src/core/findings/findingsJson';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { CLI_FILES as FILES } from './cliFramework';

describe('case-audit findings', () => {
  it('prints the findings of complete cases as JSON by default, as the app does', async () => {
    const { io, out, err } = fakeCliIo(FILES);
    expect(await main(['findings', '--framework', 'fw.json', '--cases', 'cases.csv'], io)).toBe(0);
    expect(err).toEqual([]);
    const json = findingsJsonSchema.parse(JSON.parse(out.join('\n')));
    expect(json.framework).toEqual({ id: 'test-framework', version: '1.0.0' });
    expect([json.basis, json.cases, json.casesExcluded]).toEqual(['complete-cases', 60, 1]);
    expect(json.questions[0]).toMatchObject({
      id: 'q1',
      positive: 37,
      base: 60,
      percent: 62,
      ci: [49, 72.9],
      counts: { yes: 37, no: 23 },
      notApplicable: 0,
      notKnown: 0,
      unanswered: 0,
      sentence: 'In nearly two-thirds of cases (62%, 37 of 60) the case was allocated promptly.',
    });
    expect(json.standards).toEqual([
      expect.objectContaining({ id: 'st1', rating: 'Good', percent: 62, question: 'q1' }),
    ]);
    expect(json.overall).toBeNull();
    expect(json.breakdown).toBeUndefined();
  });

  it('counts every case with --all-cases, and takes --complete-only as the default it is', async () => {
    const all = fakeCliIo(FILES);
    expect(
      await main(
        ['findings', '--framework', 'fw.json', '--cases', 'cases.csv', '--all-cases'],
        all.io,
      ),
    ).toBe(0);
    const json = findingsJsonSchema.parse(JSON.parse(all.out.join('\n')));
    expect([json.basis, json.cases, json.casesExcluded]).toEqual(['all-cases', 61, 0]);
    expect(json.questions[0]).toMatchObject({ positive: 37, base: 60, notApplicable: 1 });

    const complete = fakeCliIo(FILES);
    expect(
      await main(
        ['findings', '--framework', 'fw.json', '--cases', 'cases.csv', '--complete-only'],
        complete.io,
      ),
    ).toBe(0);
    expect(findingsJsonSchema.parse(JSON.parse(complete.out.join('\n'))).basis).toBe(
      'complete-cases',
    );

    const both = fakeCliIo(FILES);
    expect(
      await main(
        [
          'findings',
          '--framework',
          'fw.json',
          '--cases',
          'cases.csv',
          '--all-cases',
          '--complete-only',
        ],
        both.io,
      ),
    ).toBe(2);
    expect(both.err[0]).toBe(
      'case-audit findings: --all-cases and --complete-only ask for different cases: give one',
    );
  });

  it('breaks down by area (names accepted in the CSV)', async () => {
    const { io, out } = fakeCliIo(FILES);
    const code = await main(
      ['findings', '--framework=fw.json', '--cases=cases.csv', '--by', 'area'],
      io,
    );
    expect(code).toBe(0);
    const json = findingsJsonSchema.parse(JSON.parse(out.join('\n')));
    expect(
      json.breakdown!.groups.map((g) => [
        g.key,
        g.cases,
        g.questions[0]!.positive,
        g.questions[0]!.base,
      ]),
    ).toEqual([
      ['yot-a', 30, 18, 30],
      ['yot-b', 30, 19, 30],
    ]);
  });

  it('prints the findings table as CSV', async () => {
    const { io, out } = fakeCliIo(FILES);
    expect(
      await main(
        [
          'findings',
          '--framework',
          'fw.json',
          '--cases',
          'cases.csv',
          '--format',
          'csv',
          '--by',
          'age',
        ],
        io,
      ),
    ).toBe(0);
    const lines = out.join('\n').split('\r\n');
    expect(lines[0]).toBe(
      'question_id,option,counted,breakdown,group,numerator,base,percent,percent_1dp,ci_low,ci_high,small_base,not_applicable,not_known,unanswered,hidden,n,mean,median,min,max',
    );
    expect(lines[1]).toBe('q1,yes,Yes,,all,37,60,62,61.7,49,72.9,no,0,0,0,0,,,,,');
    expect(lines.filter((l) => l.startsWith('q1,yes,Yes,age,'))).toHaveLength(8);
  });

  it('prints readable text, intervals with one decimal at both ends', async () => {
    const { io, out } = fakeCliIo(FILES);
    expect(
      await main(
        ['findings', '--framework', 'fw.json', '--cases', 'cases.csv', '--format', 'text'],
        io,
      ),
    ).toBe(0);
    expect(out[0]).toBe(
      'Findings for test-framework@1.0.0: 60 cases (complete cases only; 1 not complete left out)',
    );
    expect(out).toContain(
      '  st1 Allocation: Good (1 point). Set by key question q1 (62%, 37 of 60): Majority, Good.',
    );
    expect(out).toContain(
      '    q1  Yes: 62% (37/60)  CI 49.0–72.9%  [key]  N/A 0 · not known 0 · unanswered 0 · hidden 0',
    );
    expect(out).toContain(
      '        In nearly two-thirds of cases (62%, 37 of 60) the case was allocated promptly.',
    );
  });

  it('names the row and column of a bad cell, on stderr, with exit code 1', async () => {
    const { io, out, err } = fakeCliIo({
      ...FILES,
      'bad.csv': 'case_ref,area,status,q1,q9\nLAC-01-01,yot-a,complete,perhaps,\n',
    });
    expect(await main(['findings', '--framework', 'fw.json', '--cases', 'bad.csv'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'bad.csv: cannot be read — 2 problems:',
      '  row 1, column q9: is not a question or profile field of test-framework@1.0.0',
      '  row 2, column q1: "perhaps" is not an answer on scale "yes-no" (allowed: yes, no, na, not_known)',
    ]);
  });

  it('says "an area", "a stratum" and "a team member" as English does', async () => {
    const { io, err } = fakeCliIo({
      ...FILES,
      'bad.csv':
        'case_ref,area,stratum,inspector,status\nLAC-01-01,Y O T,home ward,Ann Smith,complete\n',
    });
    expect(await main(['findings', '--framework', 'fw.json', '--cases', 'bad.csv'], io)).toBe(1);
    expect(err).toEqual([
      'bad.csv: cannot be read — 3 problems:',
      '  row 2, column area: "Y O T" is not a valid area id (letters, digits, dots, dashes, underscores)',
      '  row 2, column stratum: "home ward" is not a valid stratum id (letters, digits, dots, dashes, underscores)',
      '  row 2, column inspector: "Ann Smith" is not a valid team member id (letters, digits, dots, dashes, underscores)',
    ]);
  });

  it('refuses an unknown breakdown, a bad framework and a missing file with exit code 1', async () => {
    const { io, err } = fakeCliIo({ ...FILES, 'broken.json': '{"id": 1}' });
    expect(
      await main(['findings', '--framework', 'fw.json', '--cases', 'cases.csv', '--by', 'q1'], io),
    ).toBe(1);
    expect(err[0]).toBe(
      'case-audit findings: cannot break down by "q1": use area, stratum, inspector or a profile field of test-framework (age, gender)',
    );
    expect(await main(['findings', '--framework', 'broken.json', '--cases', 'cases.csv'], io)).toBe(
      1,
    );
    expect(err).toContain('broken.json: invalid framework — 14 problems:');
    expect(err).toContain('  formatVersion: is missing (expected 1)');
    expect(await main(['findings', '--framework', 'nope.json', '--cases', 'cases.csv'], io)).toBe(
      1,
    );
    expect(err.at(-1)).toBe("nope.json: cannot be read (ENOENT: no such file, open 'nope.json')");
  });

  it('explains its usage on wrong arguments, with exit code 2', async () => {
    const { io, err } = fakeCliIo(FILES);
    expect(await main(['findings', '--cases', 'cases.csv'], io)).toBe(2);
    expect(err[0]).toBe('case-audit findings: --framework or --inspection is required');
    expect(
      await main(
        ['findings', '--framework', 'fw.json', '--cases', 'cases.csv', '--format', 'xml'],
        io,
      ),
    ).toBe(2);
    expect(err).toContain('case-audit findings: --format must be json, csv or text, not "xml"');
  });
});
