/**
 * The command line states each figure as the app does: what it counts (the event, for a
 * question about an adverse event), and the small-base mark on a base under 10, in text and
 * CSV alike.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { fakeCliIo } from '../fixtures/fakeCliIo';
import { minimalFramework, question, yesNoScale } from '../fixtures/frameworkBuilder';

const framework = minimalFramework({
  scales: [
    yesNoScale,
    {
      id: 'adverse-yes-no',
      options: [
        { value: 'yes', label: 'Yes', meaning: 'negative' },
        { value: 'no', label: 'No', meaning: 'positive' },
      ],
    },
  ],
  sections: [
    {
      id: 's1',
      title: 'Outcomes',
      standards: [
        {
          id: 'st1',
          title: 'Outcomes',
          questions: [
            question('victim', 'Had the child been a victim of crime?', {
              scale: 'adverse-yes-no',
              finding: {
                positive: 'the child had not been a victim of crime',
                negative: 'the child had been a victim of crime',
              },
            }),
          ],
        },
      ],
    },
  ],
  areas: [
    { id: 'yot-a', name: 'YOT A' },
    { id: 'yot-b', name: 'YOT B' },
  ],
});

/** 51 cases: 10 victims (all in YOT B, with 1 other case there), 41 not. Wilson 95% for 10 of 51: 11.0–32.5%. */
function casesCsv(): string {
  const rows = ['case_ref,area,status,victim'];
  for (let i = 1; i <= 51; i++) {
    const area = i <= 11 ? 'yot-b' : 'yot-a';
    rows.push(`LAC-01-${String(i).padStart(2, '0')},${area},complete,${i <= 10 ? 'yes' : 'no'}`);
  }
  return `${rows.join('\n')}\n`;
}

const FILES = { 'fw.json': JSON.stringify(framework), 'cases.csv': casesCsv() };

async function run(...args: string[]): Promise<string[]> {
  const { io, out, err } = fakeCliIo(FILES);
  const code = await main(
    ['findings', '--framework', 'fw.json', '--cases', 'cases.csv', ...args],
    io,
  );
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return out;
}

describe('case-audit findings says what each figure counts', () => {
  it('states the adverse event, never the good outcome unlabelled, and marks small bases (text)', async () => {
    const out = await run('--format', 'text', '--by', 'area');
    expect(out).toContain(
      '    victim  Yes: 20% (10/51)  CI 11.0–32.5%  N/A 0 · not known 0 · unanswered 0 · hidden 0',
    );
    expect(out).toContain(
      '        In one-fifth of cases (20%, 10 of 51) the child had been a victim of crime.',
    );
    // YOT B: 10 of 11 (not small); YOT A: 0 of 40.
    expect(out.some((l) => l.includes('victim  Yes: 91% (10/11)'))).toBe(true);
    expect(out.at(-1)).not.toContain('Small base');
  });

  it('marks a base under 10 with the mark and its key', async () => {
    const small = {
      ...FILES,
      'cases.csv':
        'case_ref,area,status,victim\nLAC-01-01,yot-a,complete,yes\nLAC-01-02,yot-a,complete,no\n',
    };
    const { io, out } = fakeCliIo(small);
    await main(
      ['findings', '--framework', 'fw.json', '--cases', 'cases.csv', '--format', 'text'],
      io,
    );
    expect(out.some((l) => l.includes('victim  Yes: 50% (1/2) †'))).toBe(true);
    expect(out).toContain(
      '        In half of cases (50%, 1 of 2 cases; a small base) the child had been a victim of crime.',
    );
    expect(out.at(-1)).toBe(
      '† Small base: fewer than 10 cases. A figure on so few cases says little on its own.',
    );
  });

  it('names the answers counted in the CSV and counts that side', async () => {
    const lines = (await run('--format', 'csv')).join('\n').split('\r\n');
    expect(lines[1]).toBe('victim,yes,Yes,,all,10,51,20,19.6,11,32.5,no,0,0,0,0,,,,,');
  });
});
