/**
 * What an account may push: its own work, to the cases it may change, and a case it second-reads
 * only as its record. Worked over the sync fixture: A. Patel inspects case 1 and second-reads
 * case 3, J. Morgan inspects cases 2 and 3.
 */
import { describe, expect, it } from 'vitest';
import { caseAccess } from '../../../../src/core/sync/caseAccess';
import { pushRefusals } from '../../../../src/core/sync/pushAccess';
import type { TeamRole } from '../../../../src/core/teamServer/accountSchemas';
import { READING, SYNC_CASES } from '../../../fixtures/syncFixture';
import { caseWith, entry, minute, workFile } from '../../../fixtures/teamFixture';

const PUSH_ID = '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b';
const AP = { inspectorId: 'ap', name: 'A. Patel', device: 'ap-laptop' };
const answered = entry('q1', { value: 'yes', rev: 2, at: minute(8), device: 'ap-laptop' });

function refusalsFor(role: TeamRole, memberId: string, work: Awaited<ReturnType<typeof workFile>>) {
  const caller = { role, memberId };
  return pushRefusals({ pushId: PUSH_ID, work }, caller, caseAccess(caller, SYNC_CASES, [READING]));
}

describe('pushRefusals', () => {
  it('takes an inspector’s own work on their own case, and the record of one they second-read', async () => {
    const work = await workFile([caseWith(1, [answered]), caseWith(3, [], { inspectorId: 'jm' })], {
      from: AP,
    });
    expect(refusalsFor('inspector', 'ap', work)).toEqual([]);
  });

  it('refuses answers to a case the inspector only second-reads, and cases not theirs', async () => {
    const work = await workFile(
      [
        caseWith(3, [answered], { inspectorId: 'jm' }),
        caseWith(2, [answered], { inspectorId: 'jm' }),
      ],
      { from: AP },
    );
    expect(refusalsFor('inspector', 'ap', work).map((e) => e.path)).toEqual([
      'work.cases[0].answers',
      'work.cases[1].id',
    ]);
    // A second reader has no whole case at all: not even one assigned to them.
    const mine = await workFile([caseWith(1, [answered])], { from: AP });
    expect(refusalsFor('second-reader', 'ap', mine).map((e) => e.path)).toEqual([
      'work.cases[0].id',
    ]);
  });

  it('refuses work in someone else’s name', async () => {
    const work = await workFile([caseWith(1, [answered])], { from: AP });
    expect(refusalsFor('inspector', 'jm', work)).toEqual([
      { path: 'work.from.inspectorId', message: 'must be you: a push carries your own work' },
    ]);
  });

  it('takes a new case only when it is assigned to the one who pushes it', async () => {
    const own = await workFile([caseWith(9, [answered])], { from: AP });
    expect(refusalsFor('local-assessor', 'ap', own)).toEqual([]);
    const other = await workFile([caseWith(9, [answered], { inspectorId: 'jm' })], { from: AP });
    expect(refusalsFor('local-assessor', 'ap', other).map((e) => e.path)).toEqual([
      'work.cases[0].inspectorId',
    ]);
  });

  it('takes anything of the inspection from its lead', async () => {
    const work = await workFile([caseWith(2, [answered], { inspectorId: 'jm' }), caseWith(9, [])], {
      from: { inspectorId: 'lead', name: 'R. Okafor', device: 'lead-laptop' },
    });
    expect(refusalsFor('lead', 'lead', work)).toEqual([]);
  });
});
