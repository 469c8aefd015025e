/**
 * A push merged on a team server is a work file merged by planMerge: an empty server takes every
 * answer, a retried push writes nothing, and two devices that changed one answer differently
 * leave the same open conflict whether they pushed or sent files to the lead.
 */
import { describe, expect, it } from 'vitest';
import {
  type Case,
  type FilePlan,
  type MergePlan,
  type MergeState,
  mergeStateOf,
  planMerge,
  planWritesNothing,
  type WorkFile,
} from '../../../../src/core';
import type { AnswerRow, HistoryRow } from '../../../../src/core/merge/mergeTypes';
import { pushAsIncoming } from '../../../../src/core/sync/pushAsIncoming';
import {
  answerOf,
  applyWrites,
  caseRecord,
  caseWith,
  entry,
  INSPECTION,
  incoming,
  LEAD,
  minute,
  TEAM_FRAMEWORK,
  workFile,
} from '../../../fixtures/teamFixture';

const AP_PUSH = '6a1c0f4e-1d2b-4e3f-8a9b-0c1d2e3f4a5b';
const JM_PUSH = '7b2d1a5f-2e3c-4f4a-9b0c-1d2e3f4a5b6c';
const SERVER = { now: minute(59), by: 'team server', device: 'server' } as const;

/** The lead's "no" to q1 on case 1, revision 1: where both inspectors start. */
const L1 = entry('q1', { value: 'no', rev: 1, at: minute(1), device: 'lead-laptop' });

function serverState(
  cases: readonly Case[],
  answers: AnswerRow[],
  history: HistoryRow[],
): MergeState {
  return mergeStateOf({
    inspectionId: INSPECTION.id,
    inspection: INSPECTION,
    framework: TEAM_FRAMEWORK,
    frameworkOnDevice: true,
    cases,
    answers,
    history,
    arriving: [],
    openConflicts: [],
    mergedFiles: [],
    earlierFrameworks: [],
  });
}

/** The server holding case 1 with the lead's answer to q1 (as a pack set it up). */
function withLeadAnswer(): MergeState {
  const kase = caseRecord(1);
  const at = { caseId: kase.id, inspectionId: kase.inspectionId };
  return serverState([kase], [{ ...answerOf(L1), ...at, itemId: 'q1' }], [{ ...L1, ...at }]);
}

function ok(plan: FilePlan): Extract<FilePlan, { status: 'ok' }> {
  if (plan.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(plan)}`);
  return plan;
}

async function pushOf(device: 'ap' | 'jm', value: string): Promise<WorkFile> {
  const change = entry('q1', {
    value,
    rev: 2,
    at: minute(device === 'ap' ? 5 : 6),
    device: `${device}-laptop`,
    by: device,
    before: { value: 'no', note: '' },
  });
  const from =
    device === 'ap'
      ? { inspectorId: 'ap', name: 'A. Patel', device: 'ap-laptop' }
      : { inspectorId: 'jm', name: 'J. Morgan', device: 'jm-laptop' };
  return workFile([caseWith(1, [L1, change])], {
    from,
    exportedAt: minute(device === 'ap' ? 10 : 11),
  });
}

describe('pushAsIncoming', () => {
  it('is the work file under an id from the push id, named by who synced it from where', async () => {
    const work = await pushOf('ap', 'yes');
    expect(pushAsIncoming({ pushId: AP_PUSH, work })).toEqual({
      id: `sync:${AP_PUSH}`,
      name: 'A. Patel’s work synced from device ap-laptop',
      file: work,
    });
    const named = { ...work, devices: { 'ap-laptop': 'Office tablet' } };
    expect(pushAsIncoming({ pushId: AP_PUSH.toUpperCase(), work: named })).toMatchObject({
      id: `sync:${AP_PUSH}`,
      name: 'A. Patel’s work synced from Office tablet',
    });
  });
});

describe('a push merged on the server', () => {
  it('takes every answer into a server that has none, and a retry of it writes nothing', async () => {
    // Case 1 answered on A. Patel's device: q1 "yes", q2 "no".
    const work = await workFile([
      caseWith(1, [
        entry('q1', { value: 'yes', rev: 1, at: minute(2), device: 'ap-laptop' }),
        entry('q2', { value: 'no', rev: 1, at: minute(3), device: 'ap-laptop' }),
      ]),
    ]);
    const empty = serverState([caseRecord(1)], [], []);
    const push = pushAsIncoming({ pushId: AP_PUSH, work });
    const first = planMerge(empty, [push], new Map(), SERVER);
    const plan = ok(first.files[0]!);
    expect(plan.counts).toMatchObject({
      updatedCases: 1,
      answersTaken: 2,
      historyAdded: 2,
      conflicts: 0,
    });
    expect(first.writes.answers.map((a) => [a.itemId, a.value])).toEqual([
      ['q1', 'yes'],
      ['q2', 'no'],
    ]);
    expect(first.writes.files.map((f) => f.id)).toEqual([`sync:${AP_PUSH}`]);

    const after = applyWrites(empty, first.writes);
    const again = planMerge(after, [push], new Map(), SERVER);
    expect(again.files).toEqual([
      { status: 'already-merged', fileId: `sync:${AP_PUSH}`, fileName: push.name },
    ]);
    expect(planWritesNothing(again)).toBe(true);
  });

  it('keeps two different changes to one answer as an open conflict, as a file merge does', async () => {
    const apWork = await pushOf('ap', 'yes');
    const jmWork = await pushOf('jm', 'na');

    // On the server: A. Patel's push fast-forwards q1 to "yes"; J. Morgan's then conflicts.
    const start = withLeadAnswer();
    const byAp = planMerge(
      start,
      [pushAsIncoming({ pushId: AP_PUSH, work: apWork })],
      new Map(),
      SERVER,
    );
    expect(ok(byAp.files[0]!).counts.answersTaken).toBe(1);
    const server = planMerge(
      applyWrites(start, byAp.writes),
      [pushAsIncoming({ pushId: JM_PUSH, work: jmWork })],
      new Map(),
      SERVER,
    );

    // On the lead's device: the same two as work files, merged one after the other.
    const byApFile = planMerge(start, [incoming(apWork, 'work-ap.json')], new Map(), LEAD);
    const files = planMerge(
      applyWrites(start, byApFile.writes),
      [incoming(jmWork, 'work-jm.json')],
      new Map(),
      LEAD,
    );

    const serverPlan = ok(server.files[0]!);
    const filePlan = ok(files.files[0]!);
    expect(serverPlan.counts).toEqual(filePlan.counts);
    expect(serverPlan.counts).toMatchObject({ conflicts: 1, keptForLater: 1, answersTaken: 0 });
    expect(withoutFile(server)).toEqual(withoutFile(files));
    expect(sameConflicts(server)).toEqual([
      {
        key: 'case-1|q1',
        caseId: 'case-1',
        itemId: 'q1',
        mine: { value: 'yes', rev: 2, device: 'ap-laptop' },
        theirs: { value: 'na', rev: 2, device: 'jm-laptop' },
        status: 'open',
        theirsEntries: 1,
      },
    ]);
    // The answer stays as it was on both (keep both for later), and each names its source.
    expect(server.writes.answers).toEqual([]);
    expect(files.writes.answers).toEqual([]);
    expect(server.writes.conflicts[0]?.source).toBe(
      'J. Morgan’s work synced from device jm-laptop',
    );
    expect(files.writes.conflicts[0]?.source).toBe('work-jm.json');
  });
});

/**
 * A plan's conflicts and the records it keeps, without what names the file: the key's first part
 * and the record's id carry the file's id (a push id on the server, a content hash on a device).
 */
function withoutFile(plan: MergePlan) {
  return {
    found: ok(plan.files[0]!).conflicts.map(({ key, fileId: _f, fileName: _n, ...rest }) => ({
      key: key.split('|').slice(1).join('|'),
      ...rest,
    })),
    kept: plan.writes.conflicts.map(({ id: _i, fileId: _f, source: _s, ...rest }) => rest),
  };
}

/** The conflicts in short, for reading the worked example. */
function sameConflicts(plan: MergePlan) {
  const found = ok(plan.files[0]!).conflicts;
  return plan.writes.conflicts.map((record, i) => ({
    key: found[i]!.key.split('|').slice(1).join('|'),
    caseId: record.caseId,
    itemId: record.itemId,
    mine: record.mine && {
      value: record.mine.value,
      rev: record.mine.rev,
      device: record.mine.device,
    },
    theirs: { value: record.theirs.value, rev: record.theirs.rev, device: record.theirs.device },
    status: record.status,
    theirsEntries: record.theirsEntries.length,
  }));
}
