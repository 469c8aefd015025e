import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditTrailCsv, indexFramework } from '../../../../src/core';
import { AUDIT_TRAIL_COLUMNS } from '../../../../src/core/exchange/auditTrailCsv';
import { mergeDecisionSource } from '../../../../src/core/exchange/mergeDecisionSource';
import { entry, minute, TEAM_FRAMEWORK } from '../../../fixtures/teamFixture';

const names = {
  member: (id: string) => ({ ap: 'A. Patel', lead: 'R. Okafor' })[id] ?? id,
  device: (id: string) => id,
};

describe('the audit trail as a spreadsheet', () => {
  const csv = auditTrailCsv(
    indexFramework(TEAM_FRAMEWORK),
    [
      {
        ref: 'LAC-01-01',
        history: [
          entry('q1', {
            value: 'yes',
            note: '=HYPERLINK("http://x")',
            rev: 1,
            at: minute(1),
            device: 'ap-laptop',
            via: 'import',
            source: 'work-ap.json',
          }),
          entry('q1', {
            value: 'no',
            rev: 2,
            at: minute(5),
            device: 'lead-laptop',
            via: 'import',
            source: mergeDecisionSource('mine', 'work-ap.json'),
            before: { value: 'yes', note: '=HYPERLINK("http://x")' },
          }),
          entry('#status', {
            value: 'complete',
            rev: 0,
            at: minute(6),
            device: 'lead-laptop',
            before: { value: 'in-progress', note: '' },
          }),
        ],
      },
    ],
    names,
  );
  const rows = Papa.parse<string[]>(csv.trim()).data;

  it('has one row per change, oldest first, with who, when, where and how', () => {
    expect(rows[0]).toEqual([...AUDIT_TRAIL_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[5], r[6], r[10], r[12]])).toEqual([
      ['LAC-01-01', 'q1', 'yes', 'Yes', 'A. Patel', 'Imported'],
      ['LAC-01-01', 'q1', 'no', 'No', 'R. Okafor', 'Merge decision: kept the answer already here'],
      ['LAC-01-01', '#status', 'complete', 'Complete', 'R. Okafor', 'Marked complete'],
    ]);
    expect(rows[1]![13]).toBe('work-ap.json');
  });

  it('never lets a note run as a spreadsheet formula', () => {
    expect(rows[1]![8]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[2]![7]).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('a move to another framework version in the audit trail', () => {
  it('names the move and each answer it carried: "Moved to version 1.1.0"', () => {
    const moved = { rev: 0, at: minute(9), device: 'lead-laptop', via: 'migration' as const };
    const csv = auditTrailCsv(
      indexFramework(TEAM_FRAMEWORK),
      [
        {
          ref: 'LAC-01-01',
          history: [
            entry('q1', { ...moved, value: 'yes', rev: 2, source: 'team-test@1.1.0' }),
            entry('#framework', {
              ...moved,
              value: 'team-test@1.1.0',
              source: 'team-test@1.1.0',
              before: { value: 'team-test@1.0.0', note: '' },
            }),
          ],
        },
      ],
      names,
    );
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows.slice(1).map((r) => [r[2], r[3], r[6], r[12]])).toEqual([
      ['q1', 'Question q1?', 'Yes', 'Moved to version 1.1.0'],
      ['#framework', 'Framework version', 'team-test@1.1.0', 'Moved to version 1.1.0'],
    ]);
  });
});
