/**
 * Who may see what in a pack: an inspector gets their own cases and the cases they second-read,
 * the second-read ones blind; the pack for everyone carries every case and no second readings.
 */
import { describe, expect, it } from 'vitest';
import {
  answerOf,
  casesWithAnswers,
  type ModerationAssignment,
  moderationIdOf,
  packScope,
} from '../../../../src/core';
import { caseRecord, entry, INSPECTION, minute } from '../../../fixtures/teamFixture';

// A. Patel inspects cases 1 and 2, J. Moss case 3, nobody case 4 yet.
const cases = [
  caseRecord(1),
  caseRecord(2),
  caseRecord(3, { inspectorId: 'jm' }),
  caseRecord(4, { inspectorId: null }),
];

function secondReading(caseId: string, secondReaderId: string): ModerationAssignment {
  return {
    moderationId: moderationIdOf(caseId),
    inspectionId: INSPECTION.id,
    caseId,
    caseRef: cases.find((c) => c.id === caseId)?.ref ?? caseId,
    secondReaderId,
    assignedAt: minute(10),
    assignedBy: 'lead',
    answers: {},
    finishedAt: null,
  };
}

// J. Moss second-reads case 1; A. Patel second-reads case 3.
const readings = [secondReading('case-1', 'jm'), secondReading('case-3', 'ap')];

describe('packScope', () => {
  it('gives an inspector only their own cases when they second-read none', () => {
    const scope = packScope(cases, [], 'ap');
    expect([...scope.caseIds]).toEqual(['case-1', 'case-2']);
    expect(scope.blind.size).toBe(0);
    expect(scope.assignments).toEqual([]);
  });

  it('adds the cases they second-read, blind, with their own second readings only', () => {
    const scope = packScope(cases, readings, 'jm');
    expect([...scope.caseIds]).toEqual(['case-1', 'case-3']);
    expect([...scope.blind]).toEqual(['case-1']);
    expect(scope.assignments).toEqual([secondReading('case-1', 'jm')]);
  });

  it('does not blind a case they inspect themselves', () => {
    const scope = packScope(cases, [secondReading('case-2', 'ap')], 'ap');
    expect([...scope.caseIds]).toEqual(['case-1', 'case-2']);
    expect(scope.blind.size).toBe(0);
  });

  it('gives the pack for everyone every case, none blind, and no second readings', () => {
    const scope = packScope(cases, readings, null);
    expect([...scope.caseIds]).toEqual(['case-1', 'case-2', 'case-3', 'case-4']);
    expect(scope.blind.size).toBe(0);
    expect(scope.assignments).toEqual([]);
  });

  it('sends a case they second-read without its answers, notes or history; their own with', () => {
    const first = entry('q1', {
      value: 'yes',
      note: 'Plan on file',
      rev: 1,
      at: minute(1),
      device: 'ap-laptop',
    });
    const own = entry('q1', { value: 'no', rev: 1, at: minute(2), device: 'jm-tablet', by: 'jm' });
    const rows = (caseId: string) => ({ caseId, inspectionId: INSPECTION.id });
    const scope = packScope(cases, readings, 'jm');
    const carried = casesWithAnswers(
      cases.filter((c) => scope.caseIds.has(c.id)),
      [
        { ...rows('case-1'), itemId: 'q1', ...answerOf(first) },
        { ...rows('case-3'), itemId: 'q1', ...answerOf(own) },
      ],
      [
        { ...rows('case-1'), seq: 1, ...first },
        { ...rows('case-3'), seq: 2, ...own },
      ],
      scope.blind,
    );
    expect(carried.map((c) => [c.id, Object.keys(c.answers), c.history.length])).toEqual([
      ['case-1', [], 0],
      ['case-3', ['q1'], 1],
    ]);
    expect(JSON.stringify(carried)).not.toContain('Plan on file');
  });
});
