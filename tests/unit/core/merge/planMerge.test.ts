/**
 * Merging inspectors' work, worked through: what each side has been through decides (device,
 * revision, moment of every change), never whose clock says later.
 */
import { describe, expect, it } from 'vitest';
import {
  type FilePlan,
  type MergeDecision,
  planMerge,
  planWritesNothing,
  readMergeDecision,
  resolveOpenConflict,
} from '../../../../src/core';
import { mergeAnswer } from '../../../../src/core/merge/mergeAnswer';
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
  stateOf,
  workFile,
} from '../../../fixtures/teamFixture';

const L = 'lead-laptop';
const A = 'ap-laptop';

/** q1 as the lead set it in the pack: "no", revision 1. */
const L1 = entry('q1', { value: 'no', rev: 1, at: minute(1), device: L });

function okPlan(plan: FilePlan): Extract<FilePlan, { status: 'ok' }> {
  if (plan.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(plan)}`);
  return plan;
}

describe('one answer: the merge rule', () => {
  const A2 = entry('q1', {
    value: 'yes',
    note: 'Allocation memo, p. 3',
    rev: 2,
    at: minute(5),
    device: A,
    before: { value: 'no', note: '' },
  });

  it('takes theirs when this device has nothing yet (new)', () => {
    const merged = mergeAnswer(
      { answer: undefined, entries: [] },
      { answer: answerOf(A2), entries: [L1, A2] },
    );
    expect(merged).toMatchObject({ kind: 'take', reason: 'new' });
  });

  it('fast-forwards when their history holds every change made here', () => {
    const merged = mergeAnswer(
      { answer: answerOf(L1), entries: [L1] },
      { answer: answerOf(A2), entries: [L1, A2] },
    );
    expect(merged).toEqual({
      kind: 'take',
      reason: 'fast-forward',
      answer: answerOf(A2),
      add: [A2],
    });
  });

  it('does nothing when this device already holds every change in the file', () => {
    expect(
      mergeAnswer(
        { answer: answerOf(A2), entries: [L1, A2] },
        { answer: answerOf(L1), entries: [L1] },
      ),
    ).toEqual({ kind: 'unchanged' });
    expect(
      mergeAnswer(
        { answer: answerOf(A2), entries: [L1, A2] },
        { answer: answerOf(A2), entries: [L1, A2] },
      ),
    ).toEqual({ kind: 'unchanged' });
  });

  it('is a conflict when both changed it since they diverged, to different answers', () => {
    // Both start from the lead's "no" (rev 1); both make a revision 2, on different devices.
    const mine = entry('q1', {
      value: 'na',
      rev: 2,
      at: minute(9),
      device: L,
      before: { value: 'no', note: '' },
    });
    const merged = mergeAnswer(
      { answer: answerOf(mine), entries: [L1, mine] },
      { answer: answerOf(A2), entries: [L1, A2] },
    );
    expect(merged).toEqual({
      kind: 'conflict',
      mine: answerOf(mine),
      theirs: answerOf(A2),
      add: [A2],
    });
  });

  it('is a conflict even when their change is older by the clock: times do not decide', () => {
    const mine = entry('q1', {
      value: 'na',
      rev: 2,
      at: minute(50),
      device: L,
      before: { value: 'no', note: '' },
    });
    const theirs = entry('q1', {
      value: 'yes',
      rev: 2,
      at: minute(2),
      device: A,
      before: { value: 'no', note: '' },
    });
    expect(
      mergeAnswer(
        { answer: answerOf(mine), entries: [L1, mine] },
        { answer: answerOf(theirs), entries: [L1, theirs] },
      ).kind,
    ).toBe('conflict');
  });

  it('unites the histories when both ended on the same value and note (converged)', () => {
    const mine = entry('q1', {
      value: 'yes',
      note: 'Allocation memo, p. 3',
      rev: 2,
      at: minute(8),
      device: L,
      before: { value: 'no', note: '' },
    });
    expect(
      mergeAnswer(
        { answer: answerOf(mine), entries: [L1, mine] },
        { answer: answerOf(A2), entries: [L1, A2] },
      ),
    ).toEqual({ kind: 'converged', add: [A2] });
  });

  it('recognises a typing burst saved further since the last file (same entry, grown)', () => {
    // Merged earlier: the note as it was at 09:05. The burst went on until 09:07 on their laptop.
    const grown = { ...A2, note: 'Allocation memo, p. 3 and p. 4', rev: 3, at: minute(7) };
    expect(
      mergeAnswer(
        { answer: answerOf(A2), entries: [L1, A2] },
        { answer: answerOf(grown), entries: [L1, grown] },
      ),
    ).toEqual({ kind: 'take', reason: 'fast-forward', answer: answerOf(grown), add: [grown] });
  });

  it('reads answers without any history (seeded data) by the answer itself', () => {
    const seeded = answerOf(L1);
    expect(
      mergeAnswer({ answer: seeded, entries: [] }, { answer: answerOf(A2), entries: [A2] }).kind,
    ).toBe('conflict');
    expect(
      mergeAnswer({ answer: seeded, entries: [] }, { answer: answerOf(A2), entries: [L1, A2] })
        .kind,
    ).toBe('take');
  });
});

describe('planning a work file', () => {
  it('adds new cases with their answers and history, each entry saying which file brought it', async () => {
    const theirs = caseWith(2, [entry('q1', { value: 'yes', rev: 1, at: minute(3), device: A })]);
    const file = await workFile([theirs]);
    const plan = planMerge(stateOf([]), [incoming(file)], new Map(), LEAD);
    const filePlan = okPlan(plan.files[0]!);
    expect(filePlan.counts).toMatchObject({
      newCases: 1,
      updatedCases: 0,
      answersTaken: 1,
      historyAdded: 1,
    });
    // A case with an answer is in progress, whatever the file said.
    expect(plan.writes.cases).toEqual([{ ...caseRecord(2), status: 'in-progress' }]);
    expect(plan.writes.answers).toEqual([
      {
        ...answerOf(theirs.history[0]!),
        caseId: 'case-2',
        inspectionId: INSPECTION.id,
        itemId: 'q1',
      },
    ]);
    expect(plan.writes.history).toEqual([
      {
        ...theirs.history[0]!,
        via: 'import',
        source: 'lac-work-ap.json',
        caseId: 'case-2',
        inspectionId: INSPECTION.id,
      },
    ]);
  });

  it('fast-forwards, keeps the answer’s own revision, device and author', async () => {
    const A2 = entry('q1', {
      value: 'yes',
      rev: 2,
      at: minute(5),
      device: A,
      before: { value: 'no', note: '' },
    });
    const state = stateOf([caseWith(1, [L1])]);
    const file = await workFile([caseWith(1, [L1, A2])]);
    const plan = planMerge(state, [incoming(file)], new Map(), LEAD);
    expect(okPlan(plan.files[0]!).counts).toMatchObject({
      updatedCases: 1,
      answersTaken: 1,
      conflicts: 0,
    });
    expect(plan.writes.answers[0]).toMatchObject({
      value: 'yes',
      rev: 2,
      by: 'ap',
      device: A,
      at: minute(5),
    });
    // The case moves on: it has an answer now.
    expect(plan.writes.cases[0]!.status).toBe('in-progress');
  });

  it('plans nothing when the same file is merged again, or a file this device is ahead of', async () => {
    const A2 = entry('q1', {
      value: 'yes',
      rev: 2,
      at: minute(5),
      device: A,
      before: { value: 'no', note: '' },
    });
    const state = stateOf([caseWith(1, [L1])]);
    const file = await workFile([caseWith(1, [L1, A2])]);
    const first = planMerge(state, [incoming(file)], new Map(), LEAD);
    const after = applyWrites(state, first.writes);
    // Recognised by its content hash...
    const again = planMerge(after, [incoming(file, 'renamed.json')], new Map(), LEAD);
    expect(again.files[0]!.status).toBe('already-merged');
    expect(planWritesNothing(again)).toBe(true);
    // ...and, were the hash forgotten, the plan itself finds nothing to do.
    const forgotten = planMerge(
      { ...after, mergedFiles: new Set() },
      [incoming(file)],
      new Map(),
      LEAD,
    );
    expect(forgotten.writes.answers).toEqual([]);
    expect(forgotten.writes.history).toEqual([]);
    expect(forgotten.writes.cases).toEqual([]);
    expect(okPlan(forgotten.files[0]!).counts).toMatchObject({
      unchangedCases: 1,
      updatedCases: 0,
    });
  });

  describe('a true conflict', () => {
    const mine = entry('q1', {
      value: 'na',
      note: 'Not a placement',
      rev: 2,
      at: minute(9),
      device: L,
      before: { value: 'no', note: '' },
    });
    const theirs = entry('q1', {
      value: 'yes',
      note: 'Memo p. 3',
      rev: 2,
      at: minute(5),
      device: A,
      before: { value: 'no', note: '' },
    });
    const state = stateOf([caseWith(1, [L1, mine])]);
    const plan = async (decision?: MergeDecision) => {
      const file = await workFile([caseWith(1, [L1, theirs])]);
      const key = `${file.checksum}|case-1|q1`;
      return planMerge(state, [incoming(file)], new Map(decision ? [[key, decision]] : []), LEAD);
    };

    it('shows both sides: values, notes, authors, devices, times', async () => {
      const p = await plan();
      const file = okPlan(p.files[0]!);
      expect(file.conflicts).toEqual([
        {
          key: expect.stringMatching(/\|case-1\|q1$/),
          fileId: file.fileId,
          fileName: 'lac-work-ap.json',
          caseId: 'case-1',
          caseRef: 'LAC-01-01',
          itemId: 'q1',
          mine: answerOf(mine),
          theirs: answerOf(theirs),
          alreadyOpen: false,
        },
      ]);
    });

    it('keep both for later: the answer here stays, the conflict is recorded as open', async () => {
      const p = await plan('later');
      expect(p.writes.answers).toEqual([]);
      expect(p.writes.history).toEqual([]);
      expect(p.writes.conflicts).toHaveLength(1);
      expect(p.writes.conflicts[0]).toMatchObject({
        status: 'open',
        caseId: 'case-1',
        itemId: 'q1',
        mine: answerOf(mine),
        theirs: answerOf(theirs),
        theirsEntries: [theirs],
        source: 'lac-work-ap.json',
        resolution: null,
      });
      expect(okPlan(p.files[0]!).counts).toMatchObject({
        conflicts: 1,
        keptForLater: 1,
        decided: 0,
      });
    });

    it('keep theirs: their entry arrives, then the decision’s own entry, and the answer is theirs', async () => {
      const p = await plan('theirs');
      expect(p.writes.history.map((h) => [h.value, h.rev, h.device, h.via])).toEqual([
        ['yes', 2, A, 'import'],
        ['yes', 3, L, 'import'],
      ]);
      const decision = p.writes.history[1]!;
      expect(readMergeDecision(decision.source)).toEqual({
        keep: 'theirs',
        fileName: 'lac-work-ap.json',
      });
      expect(decision.before).toEqual({ value: 'na', note: 'Not a placement' });
      expect(p.writes.answers[0]).toMatchObject({
        value: 'yes',
        note: 'Memo p. 3',
        rev: 3,
        by: 'lead',
        device: L,
        at: LEAD.now,
      });
      expect(p.writes.conflicts).toEqual([]);
    });

    it('keep mine: their entry is kept in the history, the answer stays mine', async () => {
      const p = await plan('mine');
      expect(p.writes.answers[0]).toMatchObject({ value: 'na', note: 'Not a placement', rev: 3 });
      expect(readMergeDecision(p.writes.history[1]!.source)?.keep).toBe('mine');
    });

    it('once decided, the same file again (hash forgotten) is no conflict any more', async () => {
      for (const decision of ['mine', 'theirs'] as const) {
        const p = await plan(decision);
        const after = applyWrites(state, p.writes);
        const file = await workFile([caseWith(1, [L1, theirs])]);
        const again = planMerge(
          { ...after, mergedFiles: new Set() },
          [incoming(file)],
          new Map(),
          LEAD,
        );
        expect(okPlan(again.files[0]!).counts.conflicts).toBe(0);
        expect(again.writes.answers).toEqual([]);
      }
    });

    it('kept for later and merged again: the same open conflict, not a second one', async () => {
      const p = await plan('later');
      const after = applyWrites(state, p.writes);
      const file = await workFile([caseWith(1, [L1, theirs])]);
      const again = planMerge(
        { ...after, mergedFiles: new Set() },
        [incoming(file)],
        new Map(),
        LEAD,
      );
      expect(okPlan(again.files[0]!).conflicts[0]!.alreadyOpen).toBe(true);
      expect(again.writes.conflicts).toEqual([]);
    });

    it('resolved later from the list, as a decision during the merge would', async () => {
      const p = await plan('later');
      const after = applyWrites(state, p.writes);
      const open = after.openConflicts[0]!;
      const resolved = resolveOpenConflict(open, after.cases.get('case-1')!, 'theirs', LEAD);
      expect(resolved.answer).toMatchObject({ value: 'yes', rev: 3, device: L });
      expect(resolved.history.map((h) => h.device)).toEqual([A, L]);
      expect(resolved.conflict).toMatchObject({
        status: 'resolved',
        resolution: { keep: 'theirs', by: 'lead' },
      });
    });
  });

  it('a later file from the same inspector that holds this device’s answer supersedes an open conflict', async () => {
    const mine = entry('q1', {
      value: 'na',
      rev: 2,
      at: minute(9),
      device: L,
      before: { value: 'no', note: '' },
    });
    const theirs = entry('q1', {
      value: 'yes',
      rev: 2,
      at: minute(5),
      device: A,
      before: { value: 'no', note: '' },
    });
    const state = stateOf([caseWith(1, [L1, mine])]);
    const first = planMerge(
      state,
      [incoming(await workFile([caseWith(1, [L1, theirs])]))],
      new Map(),
      LEAD,
    );
    const after = applyWrites(state, first.writes);
    expect(after.openConflicts).toHaveLength(1);
    // The inspector received the lead's answer in a new pack (kept it open too), then chose "yes" again.
    const settled = entry('q1', {
      value: 'yes',
      rev: 3,
      at: minute(40),
      device: A,
      before: { value: 'na', note: '' },
    });
    const later = await workFile([caseWith(1, [L1, theirs, mine, settled])], {
      exportedAt: minute(41),
    });
    const second = planMerge(after, [incoming(later, 'later.json')], new Map(), LEAD);
    expect(okPlan(second.files[0]!).counts).toMatchObject({ answersTaken: 1, conflicts: 0 });
    expect(second.writes.conflicts).toEqual([
      expect.objectContaining({
        status: 'resolved',
        resolution: expect.objectContaining({ keep: 'superseded' }),
      }),
    ]);
  });

  describe('case status (#status entries)', () => {
    const done = entry('#status', {
      value: 'complete',
      rev: 0,
      at: minute(20),
      device: A,
      before: { value: 'in-progress', note: '' },
    });
    const A2 = entry('q1', {
      value: 'yes',
      rev: 2,
      at: minute(5),
      device: A,
      before: { value: 'no', note: '' },
    });

    it('takes their completion when this device has not changed the status', async () => {
      const state = stateOf([caseWith(1, [L1])]);
      const file = await workFile([caseWith(1, [L1, A2, done], { status: 'complete' })]);
      const plan = planMerge(state, [incoming(file)], new Map(), LEAD);
      expect(plan.writes.cases[0]!.status).toBe('complete');
      expect(plan.writes.history.map((h) => h.itemId)).toEqual(['q1', '#status']);
    });

    it('completed there and reopened here: a conflict on the case status', async () => {
      const doneHere = entry('#status', {
        value: 'complete',
        rev: 0,
        at: minute(10),
        device: L,
        before: { value: 'in-progress', note: '' },
      });
      const reopened = entry('#status', {
        value: 'in-progress',
        rev: 0,
        at: minute(12),
        device: L,
        before: { value: 'complete', note: '' },
      });
      const state = stateOf([caseWith(1, [L1, doneHere, reopened], { status: 'in-progress' })]);
      const file = await workFile([caseWith(1, [L1, A2, done], { status: 'complete' })]);
      const plan = planMerge(state, [incoming(file)], new Map(), LEAD);
      const conflicts = okPlan(plan.files[0]!).conflicts;
      expect(conflicts.map((c) => [c.itemId, c.mine?.value, c.theirs.value])).toEqual([
        ['#status', 'in-progress', 'complete'],
      ]);
      // Keep theirs: the case is complete again, and the decision is in the history.
      const key = conflicts[0]!.key;
      const decided = planMerge(state, [incoming(file)], new Map([[key, 'theirs']]), LEAD);
      expect(decided.writes.cases[0]!.status).toBe('complete');
      expect(decided.writes.history.at(-1)).toMatchObject({
        itemId: '#status',
        value: 'complete',
        device: L,
      });
    });

    it('a moderated case stays moderated when the file did not know of the moderation', async () => {
      const state = stateOf([caseWith(1, [L1], { status: 'moderated' })]);
      const file = await workFile([caseWith(1, [L1, done], { status: 'complete' })]);
      const plan = planMerge(state, [incoming(file)], new Map(), LEAD);
      expect(plan.writes.cases.every((c) => c.status === 'moderated')).toBe(true);
    });
  });

  describe('a moderation decision that kept the answer (a history entry, no new revision)', () => {
    // ap answered q1 "yes" (revision 2); the lead's moderation decision kept it: an entry at the
    // same revision, before = after, by the lead on the lead's laptop at the decision's moment.
    const A2 = entry('q1', {
      value: 'yes',
      note: 'Memo p. 3',
      rev: 2,
      at: minute(5),
      device: A,
      before: { value: 'no', note: '' },
    });
    const kept = entry('q1', {
      value: 'yes',
      note: 'Memo p. 3',
      rev: 2,
      at: minute(40),
      device: L,
      by: 'lead',
      via: 'moderation',
      source: 'moderation: J. Morgan 2026-03-02: kept the first reading’s answer',
      before: { value: 'yes', note: 'Memo p. 3' },
    });
    /** The lead's laptop: the answer is still ap's revision 2; the history has the decision. */
    const decided = {
      ...caseWith(1, [L1, A2, kept], { status: 'moderated' }),
      answers: { q1: answerOf(A2) },
    };

    it('is a revision of its own: ap’s later edit from the old answer is a conflict', async () => {
      // Made after the decision by ap's clock or before it: clocks decide nothing.
      for (const at of [minute(45), minute(30)]) {
        const A3 = entry('q1', {
          value: 'no',
          rev: 3,
          at,
          device: A,
          before: { value: 'yes', note: 'Memo p. 3' },
        });
        const file = await workFile([caseWith(1, [L1, A2, A3])]);
        const plan = planMerge(stateOf([decided]), [incoming(file)], new Map(), LEAD);
        const filePlan = okPlan(plan.files[0]!);
        expect(filePlan.conflicts.map((c) => [c.itemId, c.mine, c.theirs])).toEqual([
          ['q1', answerOf(A2), answerOf(A3)],
        ]);
        expect(filePlan.counts.answersTaken).toBe(0);
        expect(plan.writes.answers).toEqual([]);
      }
    });

    it('ap’s work from before the decision changes nothing', async () => {
      const file = await workFile([caseWith(1, [L1, A2])]);
      const plan = planMerge(stateOf([decided]), [incoming(file)], new Map(), LEAD);
      expect(okPlan(plan.files[0]!).counts).toMatchObject({ conflicts: 0, unchangedCases: 1 });
      expect(planWritesNothing({ ...plan, writes: { ...plan.writes, files: [] } })).toBe(true);
    });

    it('travels to ap as a moderation decision, and back again changes nothing', async () => {
      // A later pack (or any file from the lead's laptop) brings the entry to ap's laptop:
      // the answer is the same, the history gains the decision, still `via: 'moderation'`.
      const onAp = stateOf([caseWith(1, [L1, A2])]);
      const fromLead = await workFile([decided], {
        from: { inspectorId: 'lead', name: 'R. Okafor', device: L },
      });
      const plan = planMerge(onAp, [incoming(fromLead, 'lead.json')], new Map(), {
        now: minute(50),
        by: 'ap',
        device: A,
      });
      expect(okPlan(plan.files[0]!).conflicts).toEqual([]);
      expect(plan.writes.history).toEqual([
        { ...kept, caseId: 'case-1', inspectionId: INSPECTION.id },
      ]);
      const after = applyWrites(onAp, plan.writes);
      expect(after.cases.get('case-1')!.answers.q1).toEqual(answerOf(A2));
      // ap's work, holding the decision now, changes nothing on the lead's laptop.
      const back = await workFile([after.cases.get('case-1')!], { exportedAt: minute(55) });
      const merged = planMerge(stateOf([decided]), [incoming(back)], new Map(), LEAD);
      expect(merged.writes.answers).toEqual([]);
      expect(merged.writes.history).toEqual([]);
      expect(okPlan(merged.files[0]!).conflicts).toEqual([]);
    });
  });

  describe('files that are refused whole', () => {
    it('another framework version: says which', async () => {
      const file = await workFile([caseWith(1, [])], {
        inspection: {
          id: INSPECTION.id,
          title: INSPECTION.title,
          framework: { id: 'team-test', version: '1.1.0' },
        },
      });
      const plan = planMerge(stateOf([]), [incoming(file)], new Map(), LEAD);
      expect(plan.files[0]).toMatchObject({ status: 'refused' });
      const message = (plan.files[0] as Extract<FilePlan, { status: 'refused' }>).errors[0]!
        .message;
      expect(message).toBe(
        `This file is for ‘${INSPECTION.title}’ (framework team-test@1.1.0); this inspection uses team-test@1.0.0. Only work made for team-test@1.0.0, or for a version this inspection was moved from, can be merged.`,
      );
      expect(planWritesNothing(plan)).toBe(true);
    });

    it('another inspection: says which', async () => {
      const file = await workFile([], {
        inspection: { id: 'other', title: 'Self-audit 2026', framework: INSPECTION.framework },
      });
      const plan = planMerge(stateOf([]), [incoming(file)], new Map(), LEAD);
      const refused = plan.files[0] as Extract<FilePlan, { status: 'refused' }>;
      expect(refused.errors[0]!.message).toMatch(
        /^This file is for ‘Self-audit 2026’ \(framework team-test@1\.0\.0\); this inspection is ‘Looked after/,
      );
    });

    it('a case reference used by a different case here', async () => {
      const state = stateOf([caseWith(1, [])]);
      const file = await workFile([{ ...caseWith(1, []), id: 'case-other' }]);
      const plan = planMerge(state, [incoming(file)], new Map(), LEAD);
      expect(plan.files[0]!.status).toBe('refused');
      expect(planWritesNothing(plan)).toBe(true);
    });

    it('an answer the question does not accept', async () => {
      const bad = caseWith(1, [entry('q1', { value: 'maybe', rev: 1, at: minute(2), device: A })]);
      const plan = planMerge(stateOf([]), [incoming(await workFile([bad]))], new Map(), LEAD);
      expect(plan.files[0]!.status).toBe('refused');
    });

    it('a refused file does not stop the others', async () => {
      const good = await workFile([
        caseWith(3, [entry('q2', { value: 'no', rev: 1, at: minute(2), device: A })]),
      ]);
      const bad = await workFile([], {
        inspection: { id: 'other', title: 'Other', framework: INSPECTION.framework },
        exportedAt: minute(1),
      });
      const plan = planMerge(
        stateOf([]),
        [incoming(bad, 'bad.json'), incoming(good, 'good.json')],
        new Map(),
        LEAD,
      );
      expect(plan.files.map((f) => [f.fileName, f.status])).toEqual([
        ['bad.json', 'refused'],
        ['good.json', 'ok'],
      ]);
      expect(plan.writes.cases.map((c) => c.id)).toEqual(['case-3']);
    });
  });

  it('several files at once: oldest first, each over what the one before left', async () => {
    const A2 = entry('q1', {
      value: 'yes',
      rev: 2,
      at: minute(5),
      device: A,
      before: { value: 'no', note: '' },
    });
    const A3 = entry('q1', {
      value: 'na',
      rev: 3,
      at: minute(25),
      device: A,
      before: { value: 'yes', note: '' },
    });
    const state = stateOf([caseWith(1, [L1])]);
    const older = await workFile([caseWith(1, [L1, A2])], { exportedAt: minute(10) });
    const newer = await workFile([caseWith(1, [L1, A2, A3])], { exportedAt: minute(30) });
    // Chosen newest first: merged oldest first all the same.
    const plan = planMerge(
      state,
      [incoming(newer, 'b.json'), incoming(older, 'a.json')],
      new Map(),
      LEAD,
    );
    expect(plan.files.map((f) => f.fileName)).toEqual(['a.json', 'b.json']);
    expect(plan.writes.answers).toHaveLength(1);
    expect(plan.writes.answers[0]).toMatchObject({ value: 'na', rev: 3 });
    expect(plan.writes.history.map((h) => h.rev)).toEqual([2, 3]);
    expect(plan.writes.files.map((f) => f.fileName)).toEqual(['a.json', 'b.json']);
  });
});
