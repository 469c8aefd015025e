/**
 * The framework and cases spreadsheet the command-line tests share: one key judgement (q1), and
 * a profile with a number (age, with a threshold) and a choice with no positive option (gender).
 * 60 complete cases and one in progress.
 */
import {
  judgement,
  minimalFramework,
  neutralScale,
  yesNoScale,
} from '../fixtures/frameworkBuilder';

export const cliFramework = minimalFramework({
  scales: [yesNoScale, neutralScale('gender', { boy: 'Boy', girl: 'Girl' })],
  profile: [
    {
      id: 'age',
      text: 'Age',
      kind: 'number',
      integer: true,
      thresholds: [{ above: 15, label: 'older than 15' }],
    },
    { id: 'gender', text: 'Gender', kind: 'choice', scale: 'gender' },
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
          ],
        },
      ],
    },
  ],
  areas: [
    { id: 'yot-a', name: 'YOT A' },
    { id: 'yot-b', name: 'YOT B' },
  ],
  rating: {
    bands: [
      { label: 'Minority', minPercent: 0, maxPercent: 50, rating: 'Inadequate', points: 0 },
      { label: 'Majority', minPercent: 50, maxPercent: 100, rating: 'Good', points: 1 },
    ],
    rounding: 'half-up',
    standardRule: 'lowest-key-question',
  },
});

/**
 * Cases LAC-01-01 … LAC-01-60, complete: q1 "no" for the first 23, "yes" for the other 37;
 * area alternating (odd: by id, even: by name); age 10 + (i mod 8); every third a girl. Then
 * LAC-02-01, in progress: age 15, a boy, q1 not applicable.
 */
export function cliCasesCsv(): string {
  const rows = ['case_ref,area,stratum,inspector,status,age,gender,q1'];
  for (let i = 1; i <= 60; i++) {
    const answer = i <= 23 ? 'no' : 'yes';
    rows.push(
      `LAC-01-${String(i).padStart(2, '0')},${i % 2 ? 'yot-a' : 'YOT B'},,,complete,${10 + (i % 8)},${i % 3 === 0 ? 'girl' : 'boy'},${answer}`,
    );
  }
  rows.push('LAC-02-01,yot-a,,,in-progress,15,boy,na');
  return rows.join('\r\n');
}

export const CLI_FILES: Record<string, string> = {
  'fw.json': JSON.stringify(cliFramework),
  'cases.csv': cliCasesCsv(),
};
