/**
 * What a merge state is, worked through from the rows a device holds of an inspection: which
 * framework the merge plans against, each case with its answers and its history in the order it
 * happened, and which arriving cases belong to another inspection.
 */
import { describe, expect, it } from 'vitest';
import {
  arrivingCaseIds,
  buildPackFile,
  type Case,
  earlierFrameworkKeys,
  frameworkForMerge,
  type HistoryEntry,
  type Inspection,
  mergeCaseOf,
  mergeFrameworkKey,
  mergeStateOf,
  packAmong,
} from '../../../../src/core';
import type { MergeStateRows, StoredHistoryRow } from '../../../../src/core/merge/mergeState';
import type { AnswerRow, MergeCase } from '../../../../src/core/merge/mergeTypes';
import { nodeSha256 } from '../../../fixtures/reportFixture';
import {
  answerOf,
  caseRecord,
  entry,
  INSPECTION,
  incoming,
  minute,
  TEAM_FRAMEWORK,
  workFile,
} from '../../../fixtures/teamFixture';

const AP = 'ap-laptop';

/** q1 answered "no", then changed to "yes" with a note; q2 answered once. */
const Q1_FIRST = entry('q1', { value: 'no', rev: 1, at: minute(1), device: AP });
const Q1_THEN = entry('q1', {
  value: 'yes',
  note: 'Plan on file',
  rev: 2,
  at: minute(2),
  device: AP,
  before: { value: 'no', note: '' },
});
const Q2 = entry('q2', { value: 'no', rev: 1, at: minute(3), device: AP });

function answerRow(kase: Case, e: HistoryEntry): AnswerRow {
  return { ...answerOf(e), caseId: kase.id, inspectionId: kase.inspectionId, itemId: e.itemId };
}

function historyRow(kase: Case, e: HistoryEntry, seq?: number): StoredHistoryRow {
  return {
    ...e,
    caseId: kase.id,
    inspectionId: kase.inspectionId,
    ...(seq === undefined ? {} : { seq }),
  };
}

async function packFor(framework = TEAM_FRAMEWORK) {
  return buildPackFile(
    {
      for: { inspectorId: 'ap', name: 'A. Patel' },
      from: { by: 'lead', device: 'lead-laptop' },
      framework,
      inspection: INSPECTION,
      cases: [],
      moderation: [],
    },
    { exportedAt: minute(10), appVersion: '0.1.0' },
    nodeSha256,
  );
}

describe('one case: mergeCaseOf', () => {
  const one = caseRecord(1);

  it('keys the answers by item, without the row fields', () => {
    const kase = mergeCaseOf(one, [answerRow(one, Q1_THEN), answerRow(one, Q2)], []);
    expect(kase.answers).toEqual({ q1: answerOf(Q1_THEN), q2: answerOf(Q2) });
    expect(kase.answers.q1).not.toHaveProperty('caseId');
  });

  it('lets a later row for the same item win', () => {
    const kase = mergeCaseOf(one, [answerRow(one, Q1_FIRST), answerRow(one, Q1_THEN)], []);
    expect(kase.answers).toEqual({ q1: answerOf(Q1_THEN) });
  });

  it('puts the history in the order it happened, by seq, whatever order it was read in', () => {
    const kase = mergeCaseOf(
      one,
      [],
      [historyRow(one, Q2, 3), historyRow(one, Q1_FIRST, 1), historyRow(one, Q1_THEN, 2)],
    );
    expect(kase.history).toEqual([Q1_FIRST, Q1_THEN, Q2]);
  });

  it('keeps history rows without a seq first, in the order they were read', () => {
    const kase = mergeCaseOf(
      one,
      [],
      [historyRow(one, Q2, 1), historyRow(one, Q1_THEN), historyRow(one, Q1_FIRST)],
    );
    expect(kase.history).toEqual([Q1_THEN, Q1_FIRST, Q2]);
  });

  it('keeps the case as it is stored, and leaves the rows read untouched', () => {
    const rows = [historyRow(one, Q1_THEN, 2), historyRow(one, Q1_FIRST, 1)];
    const kase = mergeCaseOf(caseRecord(1, { status: 'complete' }), [], rows);
    expect(kase).toMatchObject({ id: 'case-1', ref: 'LAC-01-01', status: 'complete' });
    expect(rows.map((r) => r.seq)).toEqual([2, 1]);
  });
});

describe('the framework a merge plans against: frameworkForMerge', () => {
  it('is the one the inspection is pinned to, when it is on this device', () => {
    expect(mergeFrameworkKey(INSPECTION, null)).toBe('team-test@1.0.0');
    expect(frameworkForMerge(INSPECTION, null, TEAM_FRAMEWORK)).toEqual({
      status: 'ok',
      framework: TEAM_FRAMEWORK,
      frameworkOnDevice: true,
    });
  });

  it('refuses when the pinned framework is not on this device, even if a pack brings one', async () => {
    expect(frameworkForMerge(INSPECTION, await packFor(), null)).toEqual({
      status: 'refused',
      message:
        'The framework this inspection is pinned to (team-test@1.0.0) is not on this device.',
    });
  });

  it("takes the pack's framework for an inspection the pack brings", async () => {
    const pack = await packFor();
    expect(mergeFrameworkKey(null, pack)).toBe('team-test@1.0.0');
    expect(frameworkForMerge(null, pack, null)).toEqual({
      status: 'ok',
      framework: pack.framework,
      frameworkOnDevice: false,
    });
  });

  it("takes this device's copy when it is the same as the pack's", async () => {
    const copy = structuredClone(TEAM_FRAMEWORK);
    expect(frameworkForMerge(null, await packFor(), copy)).toEqual({
      status: 'ok',
      framework: copy,
      frameworkOnDevice: true,
    });
  });

  it('refuses a pack whose framework differs from the one here under the same version', async () => {
    const altered = { ...TEAM_FRAMEWORK, title: 'Altered after publishing' };
    const chosen = frameworkForMerge(null, await packFor(), altered);
    expect(chosen).toEqual({
      status: 'refused',
      message:
        'This device has a different framework under the same name and version (team-test@1.0.0). A published version never changes, so one of the two has been altered: check which is right before importing.',
    });
  });

  it('refuses when neither the inspection nor a pack is here', () => {
    expect(mergeFrameworkKey(null, null)).toBeNull();
    expect(frameworkForMerge(null, null, null)).toEqual({
      status: 'refused',
      message: 'This inspection is not on this device.',
    });
  });

  it('finds the pack among the files, first one first', async () => {
    const work = incoming(await workFile([]));
    const pack = await packFor();
    expect(packAmong([work])).toBeNull();
    expect(packAmong([work, { id: pack.checksum, name: 'pack.json', file: pack }])).toBe(pack);
  });
});

describe('the rows storage looks up', () => {
  it("looks up only the arriving cases that are not among the inspection's, once each", async () => {
    const answered: MergeCase = { ...caseRecord(2), answers: {}, history: [] };
    const files = [
      incoming(await workFile([{ ...caseRecord(1), answers: {}, history: [] }, answered])),
      incoming(await workFile([answered, { ...caseRecord(3), answers: {}, history: [] }])),
    ];
    expect(arrivingCaseIds(files, [caseRecord(1)])).toEqual(['case-2', 'case-3']);
  });

  it('looks up the versions the inspection moved from', () => {
    const moved: Inspection = {
      ...INSPECTION,
      frameworkMoves: [
        {
          from: 'team-test@0.9.0',
          to: 'team-test@1.0.0',
          mapping: { items: {}, codes: {} },
          movedAt: minute(4),
          by: 'lead',
        },
      ],
    };
    expect(earlierFrameworkKeys(moved)).toEqual(['team-test@0.9.0']);
    expect(earlierFrameworkKeys(INSPECTION)).toEqual([]);
    expect(earlierFrameworkKeys(null)).toEqual([]);
  });
});

describe('the whole state: mergeStateOf', () => {
  const one = caseRecord(1);
  const two = caseRecord(2, { status: 'in-progress' });
  const rows: MergeStateRows = {
    inspectionId: INSPECTION.id,
    inspection: INSPECTION,
    framework: TEAM_FRAMEWORK,
    frameworkOnDevice: true,
    cases: [one, two],
    answers: [answerRow(two, Q2), answerRow(one, Q1_THEN), answerRow(caseRecord(9), Q2)],
    history: [
      historyRow(two, Q2, 3),
      historyRow(one, Q1_THEN, 2),
      historyRow(one, Q1_FIRST, 1),
      historyRow(caseRecord(9), Q2, 4),
    ],
    arriving: [
      undefined,
      caseRecord(7, { inspectionId: 'insp-other' }),
      caseRecord(8),
      caseRecord(6, { inspectionId: 'insp-other' }),
    ],
    openConflicts: [],
    mergedFiles: ['hash-a', 'hash-b'],
    earlierFrameworks: [undefined, { key: 'team-test@0.9.0', framework: TEAM_FRAMEWORK }],
  };

  it('holds each case with its own answers and history, in the order the cases were read', () => {
    const state = mergeStateOf(rows);
    expect([...state.cases.keys()]).toEqual(['case-1', 'case-2']);
    expect(state.cases.get('case-1')).toEqual({
      ...one,
      answers: { q1: answerOf(Q1_THEN) },
      history: [Q1_FIRST, Q1_THEN],
    });
    expect(state.cases.get('case-2')).toEqual({
      ...two,
      answers: { q2: answerOf(Q2) },
      history: [Q2],
    });
  });

  it('leaves out answers and history of cases it was not given', () => {
    expect(mergeStateOf(rows).cases.has('case-9')).toBe(false);
  });

  it('names as foreign only arriving cases stored under another inspection', () => {
    expect([...mergeStateOf(rows).foreignCaseIds]).toEqual(['case-7', 'case-6']);
  });

  it('carries the framework, merged files and earlier frameworks found', () => {
    const state = mergeStateOf(rows);
    expect(state.inspection).toBe(INSPECTION);
    expect(state.framework).toBe(TEAM_FRAMEWORK);
    expect(state.frameworkOnDevice).toBe(true);
    expect(state.mergedFiles).toEqual(new Set(['hash-a', 'hash-b']));
    expect(state.earlierFrameworks).toEqual(new Map([['team-test@0.9.0', TEAM_FRAMEWORK]]));
  });

  it('is an empty state for an inspection a pack brings', () => {
    const state = mergeStateOf({
      ...rows,
      inspection: null,
      frameworkOnDevice: false,
      cases: [],
      answers: [],
      history: [],
      arriving: [],
      mergedFiles: [],
      earlierFrameworks: [],
    });
    expect(state.cases.size).toBe(0);
    expect(state.foreignCaseIds.size).toBe(0);
    expect(state.earlierFrameworks?.size).toBe(0);
  });
});
