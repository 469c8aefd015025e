/**
 * A conflict kept for later, shown with the answer here now: the lead decides over what this
 * device holds today, which may have changed since the merge kept the conflict.
 */
import { describe, expect, it } from 'vitest';
import { type Answer, type ConflictRecord, conflictNow } from '../../../../src/core';
import { caseRecord, INSPECTION, minute } from '../../../fixtures/teamFixture';

const MINE: Answer = {
  value: 'yes',
  note: 'Plan on file',
  rev: 2,
  at: minute(2),
  by: 'lead',
  device: 'lead-laptop',
};
const THEIRS: Answer = {
  value: 'no',
  note: 'No plan found',
  rev: 2,
  at: minute(3),
  by: 'ap',
  device: 'ap-laptop',
};

function conflict(itemId: string, mine: Answer | null = MINE): ConflictRecord {
  return {
    id: `file-1|case-1|${itemId}`,
    inspectionId: INSPECTION.id,
    caseId: 'case-1',
    itemId,
    status: 'open',
    mine,
    theirs: THEIRS,
    theirsEntries: [],
    source: 'lac-work-ap.json',
    fileId: 'file-1',
    detectedAt: minute(30),
    resolution: null,
  };
}

describe('a conflict over an answer', () => {
  it('shows the answer stored now, changed since the conflict was kept', () => {
    const now: Answer = { ...MINE, value: 'partly', rev: 3, at: minute(40) };
    const row = { ...now, caseId: 'case-1', inspectionId: INSPECTION.id, itemId: 'q1' };
    expect(conflictNow(conflict('q1'), caseRecord(1), row)).toEqual({
      ...conflict('q1'),
      current: now,
    });
  });

  it('shows no answer when there is none here now', () => {
    expect(conflictNow(conflict('q1'), caseRecord(1), undefined).current).toBeNull();
  });
});

describe("a conflict over the case's status", () => {
  const status = conflict('#status', { ...MINE, value: 'in-progress' });

  it("carries the case's status now in the answer kept as mine", () => {
    expect(conflictNow(status, caseRecord(1, { status: 'complete' }), undefined).current).toEqual({
      ...MINE,
      value: 'complete',
    });
  });

  it('keeps mine as it was when the case is no longer here', () => {
    expect(conflictNow(status, undefined, undefined).current).toEqual({
      ...MINE,
      value: 'in-progress',
    });
  });

  it('shows no answer when the conflict kept none as mine', () => {
    expect(conflictNow(conflict('#status', null), caseRecord(1), undefined).current).toBeNull();
  });
});
