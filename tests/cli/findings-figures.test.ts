/**
 * The figures of profile fields and options, worked out by hand from the shared spreadsheet
 * (60 complete cases: ages 10 + i mod 8, every third a girl; q1 yes in 37). Intervals are 95%
 * Wilson score intervals, to one decimal.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { findingsJsonSchema } from '../../src/core/findings/findingsJson';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { CLI_FILES } from './cliFramework';

async function run(...extra: string[]): Promise<string[]> {
  const { io, out, err } = fakeCliIo(CLI_FILES);
  expect(
    await main(['findings', '--framework', 'fw.json', '--cases', 'cases.csv', ...extra], io),
  ).toBe(0);
  expect(err).toEqual([]);
  return out;
}

describe('case-audit findings: options and the profile', () => {
  it('gives every option of a choice its count, base, percentage and interval in JSON', async () => {
    const json = findingsJsonSchema.parse(JSON.parse((await run()).join('\n')));
    const gender = json.profile.find((p) => p.id === 'gender')!;
    // No option is positive, so the item has no figure of its own: its options carry them.
    expect([gender.positive, gender.percent]).toEqual([null, null]);
    expect(gender.options).toEqual([
      {
        value: 'boy',
        label: 'Boy',
        meaning: 'neutral',
        count: 40,
        base: 60,
        percent: 67,
        percentOneDecimal: 66.7,
        ci: [54.1, 77.3],
        smallBase: false,
      },
      {
        value: 'girl',
        label: 'Girl',
        meaning: 'neutral',
        count: 20,
        base: 60,
        percent: 33,
        percentOneDecimal: 33.3,
        ci: [22.7, 45.9],
        smallBase: false,
      },
    ]);
    expect(json.questions[0]!.options).toEqual([
      expect.objectContaining({ value: 'yes', meaning: 'positive', count: 37, percent: 62 }),
      expect.objectContaining({
        value: 'no',
        meaning: 'negative',
        count: 23,
        base: 60,
        percent: 38,
        percentOneDecimal: 38.3,
        ci: [27.1, 51],
      }),
    ]);
    expect(json.profile.find((p) => p.id === 'age')!.options).toBeNull();
  });

  it('puts the profile in the CSV table: a row per option, numbers summed up and a row per threshold', async () => {
    const lines = (await run('--format', 'csv')).join('\n').split('\r\n');
    // Ages: 10 ×7, 11–14 ×8 each, 15–17 ×7 each: n 60, sum 806, mean 13.43, median 13.
    expect(lines.slice(1)).toEqual([
      'q1,yes,Yes,,all,37,60,62,61.7,49,72.9,no,0,0,0,0,,,,,',
      'age,,,,all,,,,,,,,0,0,0,0,60,13.43,13,10,17',
      'age,older than 15,older than 15,,all,14,60,23,23.3,14.4,35.4,no,0,0,0,0,,,,,',
      'gender,boy,Boy,,all,40,60,67,66.7,54.1,77.3,no,0,0,0,0,,,,,',
      'gender,girl,Girl,,all,20,60,33,33.3,22.7,45.9,no,0,0,0,0,,,,,',
    ]);
  });

  it('breaks the profile rows down too', async () => {
    const lines = (await run('--format', 'csv', '--by', 'area')).join('\n').split('\r\n');
    // YOT A holds the odd cases: ages 11, 13 ×8 and 15, 17 ×7; 7 older than 15; 10 girls.
    expect(lines.filter((l) => /^(age|gender),[^,]*,[^,]*,area,yot-a,/.test(l))).toEqual([
      'age,,,area,yot-a,,,,,,,,0,0,0,0,30,13.87,13,11,17',
      'age,older than 15,older than 15,area,yot-a,7,30,23,23.3,11.8,40.9,no,0,0,0,0,,,,,',
      'gender,boy,Boy,area,yot-a,20,30,67,66.7,48.8,80.8,no,0,0,0,0,,,,,',
      'gender,girl,Girl,area,yot-a,10,30,33,33.3,19.2,51.2,no,0,0,0,0,,,,,',
    ]);
  });
});
