/**
 * What a pull sends, worked through over one inspection's rows (tests/fixtures/syncFixture.ts):
 * the changes since the caller's sequence number, in order, as far as their access allows, blind
 * cases without the first reading by any route, cut at a limit without losing anything.
 */
import { describe, expect, it } from 'vitest';
import { planMerge, readTeamFileValue } from '../../../../src/core';
import { caseAccess } from '../../../../src/core/sync/caseAccess';
import { planPull, pullResponseOf } from '../../../../src/core/sync/planPull';
import { pullResponseSchema } from '../../../../src/core/sync/syncSchemas';
import type { TeamRole } from '../../../../src/core/teamServer/accountSchemas';
import { nodeSha256 } from '../../../fixtures/reportFixture';
import {
  CONFLICT,
  FIRST_READING_NOTE,
  READING,
  SERVER_NAME,
  SYNC_CASES,
  SYNC_ROWS,
} from '../../../fixtures/syncFixture';
import {
  caseRecord,
  INSPECTION,
  incoming,
  LEAD,
  minute,
  stateOf,
} from '../../../fixtures/teamFixture';

function pull(role: TeamRole, memberId: string, since: number, limit = 100) {
  const caller = { role, memberId };
  const access = caseAccess(caller, SYNC_CASES, [READING]);
  return planPull(SYNC_ROWS, { caller, access, since, limit, server: SERVER_NAME });
}

function caseIds(plan: ReturnType<typeof pull>): string[] {
  return plan.work?.cases.map((c) => c.id) ?? [];
}

describe('planPull for a lead', () => {
  it('sends every change since 0, complete, with the second readings and open conflicts', () => {
    const plan = pull('lead', 'lead', 0);
    expect(plan.seq).toBe(11);
    expect(plan.more).toBe(false);
    expect(caseIds(plan)).toEqual(['case-1', 'case-2', 'case-3']);
    expect(plan.work?.cases[2]?.answers.q1?.note).toBe(FIRST_READING_NOTE);
    expect(plan.work?.cases.map((c) => c.history.length)).toEqual([1, 1, 1]);
    expect(plan.work?.from).toEqual({ inspectorId: null, name: 'Team server', device: 'server-1' });
    expect(plan.work?.moderation).toEqual([
      {
        moderationId: READING.id,
        inspectionId: INSPECTION.id,
        caseId: 'case-3',
        readerId: 'ap',
        answers: READING.data.secondReading,
        finishedAt: null,
      },
    ]);
    expect(plan.assignments).toEqual([]);
    expect(plan.conflicts).toEqual([CONFLICT]);
  });

  it('sends only what changed after `since`: a case counts from its newest row', () => {
    // Case 1's rows end at 5, case 2's at 7: from 5 on, case 1 is already there.
    const plan = pull('lead', 'lead', 5);
    expect(caseIds(plan)).toEqual(['case-2', 'case-3']);
    expect(plan.seq).toBe(11);
    const nothing = pull('lead', 'lead', 11);
    expect(nothing).toEqual({ seq: 11, more: false, work: null, assignments: [], conflicts: [] });
  });

  it('cuts at the limit, in sequence order, and the next pulls carry on where it stopped', () => {
    // In order: case 1 (5), case 2 (7), case 3 (9), the second reading (10), the conflict (11).
    const first = pull('lead', 'lead', 0, 2);
    expect([caseIds(first), first.seq, first.more]).toEqual([['case-1', 'case-2'], 7, true]);
    const second = pull('lead', 'lead', first.seq, 2);
    expect([caseIds(second), second.work?.moderation.length, second.seq, second.more]).toEqual([
      ['case-3'],
      1,
      10,
      true,
    ]);
    const third = pull('lead', 'lead', second.seq, 2);
    expect([third.work, third.conflicts, third.seq, third.more]).toEqual([
      null,
      [CONFLICT],
      11,
      false,
    ]);
  });

  it('never splits changes at one sequence number, and takes at least one', () => {
    const tied = {
      ...SYNC_ROWS,
      moderation: [{ seq: 9, record: READING }],
    };
    const caller = { role: 'lead' as const, memberId: 'lead' };
    const access = caseAccess(caller, SYNC_CASES, [READING]);
    const plan = planPull(tied, { caller, access, since: 7, limit: 1, server: SERVER_NAME });
    // Case 3 and the second reading both at 9: both go, or the reading would be skipped.
    expect([caseIds(plan), plan.work?.moderation.length, plan.seq, plan.more]).toEqual([
      ['case-3'],
      1,
      9,
      true,
    ]);
    const none = planPull(SYNC_ROWS, { caller, access, since: 0, limit: 0, server: SERVER_NAME });
    expect([caseIds(none), none.seq]).toEqual([['case-1'], 5]);
  });
});

describe('planPull for an inspector and a second reader', () => {
  it('sends an inspector their case whole and the case they second-read blind', () => {
    const plan = pull('inspector', 'ap', 0);
    expect(caseIds(plan)).toEqual(['case-1', 'case-3']);
    const [own, blind] = plan.work!.cases;
    expect(Object.keys(own!.answers)).toEqual(['q1']);
    expect(blind).toMatchObject({ id: 'case-3', answers: {}, history: [] });
    // Their own second reading, as a pack carries it; no conflicts, no readers' readings.
    expect(plan.assignments).toEqual([
      expect.objectContaining({
        caseId: 'case-3',
        secondReaderId: 'ap',
        answers: READING.data.secondReading,
      }),
    ]);
    expect(plan.work?.moderation).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    // Changes it may not see are passed over: the next pull starts after them.
    expect([plan.seq, plan.more]).toEqual([11, false]);
  });

  it('never sends a second reader the first reading, by any route', () => {
    for (const role of ['inspector', 'second-reader'] as const) {
      const plan = pull(role, 'ap', 0);
      const sent = JSON.stringify(plan);
      expect(sent).not.toContain(FIRST_READING_NOTE);
      expect(sent).not.toContain('jm-laptop');
      expect(sent).not.toContain('jm-tablet');
    }
    expect(caseIds(pull('second-reader', 'ap', 0))).toEqual(['case-3']);
  });

  it('counts a blind case as changed only when its record changed', () => {
    // Case 3's first reading changed at 8 and 9; its record last at 3.
    const plan = pull('second-reader', 'ap', 3);
    expect(plan.work).toBe(null);
    expect(plan.assignments.map((a) => a.caseId)).toEqual(['case-3']);
    const moved = {
      ...SYNC_ROWS,
      cases: SYNC_CASES.map((c) => (c.id === 'case-3' ? { ...c, seq: 12 } : c)),
    };
    const caller = { role: 'second-reader' as const, memberId: 'ap' };
    const access = caseAccess(caller, SYNC_CASES, [READING]);
    const again = planPull(moved, { caller, access, since: 11, limit: 10, server: SERVER_NAME });
    expect(again.work?.cases).toEqual([
      { ...caseRecord(3, { inspectorId: 'jm' }), answers: {}, history: [] },
    ]);
  });

  it('sends a case first read by the inspector whole, and no second readings of others', () => {
    const plan = pull('inspector', 'jm', 0);
    expect(caseIds(plan)).toEqual(['case-2', 'case-3']);
    expect(plan.work?.cases[1]?.answers.q1?.note).toBe(FIRST_READING_NOTE);
    expect([plan.assignments, plan.conflicts, plan.work?.moderation]).toEqual([[], [], []]);
  });
});

describe('the pull as a response', () => {
  it('is a checksummed work file a device reads and merges as any other', async () => {
    const plan = pull('inspector', 'ap', 0);
    const response = await pullResponseOf(
      plan,
      { exportedAt: minute(40), appVersion: '0.1.0' },
      nodeSha256,
    );
    expect(pullResponseSchema.parse(response)).toEqual(response);
    expect(response.conflicts).toBeUndefined();
    const read = await readTeamFileValue(response.work, nodeSha256);
    if (read.status !== 'ok' || read.value.kind !== 'work') throw new Error('expected a work file');
    // A. Patel's device holds case 1 without the answer yet: the pull brings it, and case 3 blind.
    const device = stateOf([{ ...caseRecord(1), answers: {}, history: [] }]);
    const merged = planMerge(device, [incoming(read.value.file, 'Team server')], new Map(), LEAD);
    expect(merged.files[0]).toMatchObject({
      status: 'ok',
      counts: { answersTaken: 1, newCases: 1, updatedCases: 1 },
    });
    expect(merged.writes.answers.map((a) => [a.caseId, a.itemId, a.value])).toEqual([
      ['case-1', 'q1', 'yes'],
    ]);
  });

  it('leaves out what is empty', async () => {
    const response = await pullResponseOf(
      pull('lead', 'lead', 11),
      { exportedAt: minute(40), appVersion: '0.1.0' },
      nodeSha256,
    );
    expect(response).toEqual({ seq: 11, more: false });
  });
});
