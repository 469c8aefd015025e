import { describe, expect, it } from 'vitest';
import {
  assignedReading,
  type ModerationAssignment,
  type ModerationCase,
  moderationIdOf,
  type SecondReading,
} from '../../../../src/core';
import {
  applyAssignment,
  applySecondReading,
  assignmentSkipped,
  assignmentsFor,
  readingsBy,
} from '../../../../src/core/moderation/readingExchange';

const answer = (value: string, rev: number, at: string) => ({
  value,
  note: '',
  rev,
  at: `2026-03-04T${at}:00.000Z`,
  by: 'jm',
  device: 'laptop-jm',
});

const AT = '2026-03-06T08:00:00.000Z';

const record = (over: Partial<ModerationCase['data']> = {}): ModerationCase => ({
  id: moderationIdOf('case-7'),
  inspectionId: 'insp-1',
  caseId: 'case-7',
  data: {
    ...assignedReading(
      {
        caseRef: 'LAC-03-07',
        firstReaderId: 'ab',
        secondReaderId: 'jm',
        selection: null,
        assignedAt: '2026-03-04T09:00:00.000Z',
        assignedBy: 'lead',
      },
      '2026-03-04T09:00:00.000Z',
    ),
    ...over,
  },
});

const assignment = (over: Partial<ModerationAssignment> = {}): ModerationAssignment => ({
  moderationId: moderationIdOf('case-7'),
  inspectionId: 'insp-1',
  caseId: 'case-7',
  caseRef: 'LAC-03-07',
  secondReaderId: 'jm',
  assignedAt: '2026-03-04T09:00:00.000Z',
  assignedBy: 'lead',
  answers: {},
  finishedAt: null,
  ...over,
});

const reading = (over: Partial<SecondReading> = {}): SecondReading => ({
  moderationId: moderationIdOf('case-7'),
  inspectionId: 'insp-1',
  caseId: 'case-7',
  readerId: 'jm',
  answers: {},
  finishedAt: null,
  ...over,
});

describe('assignmentsFor and readingsBy', () => {
  const finished = { ...record({ status: 'read' }), id: 'x', caseId: 'case-8' };
  const others = { ...record({ secondReaderId: 'kp' }), id: 'y', caseId: 'case-9' };

  it('sends a reader only their unfinished readings, with their own answers', () => {
    const mine = record({ secondReading: { q1: answer('yes', 1, '10:00') } });
    expect(assignmentsFor([mine, finished, others], 'jm')).toEqual([
      assignment({ answers: { q1: answer('yes', 1, '10:00') } }),
    ]);
  });

  it('sends back every reading the reader holds, finished or not', () => {
    expect(readingsBy([record(), finished, others], 'jm').map((r) => r.caseId)).toEqual([
      'case-7',
      'case-8',
    ]);
  });
});

describe('applyAssignment', () => {
  it('leaves out an assignment for another inspection or under another case’s id', () => {
    expect(assignmentSkipped('insp-1', assignment())).toBe(false);
    expect(assignmentSkipped('insp-2', assignment())).toBe(true);
    expect(assignmentSkipped('insp-1', assignment({ caseId: 'case-8' }))).toBe(true);
  });

  it('creates a record without the first reader or the selection', () => {
    const applied = applyAssignment(null, assignment(), AT);
    expect(applied.kind).toBe('added');
    if (applied.kind !== 'added') return;
    expect(applied.record.data).toMatchObject({
      firstReaderId: null,
      selection: null,
      status: 'assigned',
      updatedAt: AT,
    });
  });

  it('keeps a reading finished here, whatever the pack says', () => {
    const held = record({ status: 'read', finishedAt: AT, finishedBy: 'jm' });
    const pack = assignment({ answers: { q1: answer('no', 5, '12:00') } });
    expect(applyAssignment(held, pack, AT)).toEqual({ kind: 'unchanged' });
  });

  it('gives a new reader the pack’s answers, even over a finished reading', () => {
    const held = record({ status: 'read', secondReading: { q1: answer('yes', 3, '10:00') } });
    const applied = applyAssignment(held, assignment({ secondReaderId: 'kp' }), AT);
    expect(applied.kind === 'updated' && applied.record.data).toMatchObject({
      secondReaderId: 'kp',
      secondReading: {},
      updatedAt: AT,
    });
  });

  it('takes the same reader’s newer answers, and changes nothing when none are newer', () => {
    const held = record({ secondReading: { q1: answer('yes', 1, '10:00') } });
    const newer = assignment({ answers: { q1: answer('no', 2, '11:00') } });
    const applied = applyAssignment(held, newer, AT);
    expect(applied.kind === 'updated' && applied.record.data.secondReading).toEqual({
      q1: answer('no', 2, '11:00'),
    });
    expect(applyAssignment(held, assignment(), AT)).toEqual({ kind: 'unchanged' });
  });
});

describe('applySecondReading', () => {
  it('says why a reading of an unknown case, or by a former reader, is not taken', () => {
    expect(applySecondReading('insp-1', null, reading(), AT)).toEqual({
      kind: 'skipped',
      skipped: {
        moderationId: moderationIdOf('case-7'),
        caseId: 'case-7',
        reason: 'unknown',
        message: 'No second reading of this case is assigned on this device.',
      },
    });
    const reassigned = applySecondReading(
      'insp-1',
      record({ secondReaderId: 'kp' }),
      reading(),
      AT,
    );
    expect(reassigned.kind === 'skipped' && reassigned.skipped.message).toBe(
      'Case LAC-03-07: this second reading is now assigned to someone else.',
    );
  });

  it('takes no later changes once finished here, and counts the same reading as unchanged', () => {
    const held = record({ status: 'read', secondReading: { q1: answer('yes', 1, '10:00') } });
    const later = reading({ answers: { q1: answer('no', 2, '11:00') } });
    const applied = applySecondReading('insp-1', held, later, AT);
    expect(applied.kind === 'skipped' && applied.skipped).toMatchObject({
      reason: 'finished',
      message:
        'Case LAC-03-07: the second reading was already finished here; later changes are not taken.',
    });
    const same = reading({ answers: { q1: answer('yes', 1, '10:00') } });
    expect(applySecondReading('insp-1', held, same, AT)).toEqual({ kind: 'unchanged' });
  });

  it('merges newer answers and marks the reading read when it arrives finished', () => {
    const finishedAt = '2026-03-05T16:00:00.000Z';
    const applied = applySecondReading('insp-1', record(), reading({ finishedAt }), AT);
    expect(applied.kind === 'merged' && applied.record.data).toMatchObject({
      status: 'read',
      finishedAt,
      finishedBy: 'jm',
      updatedAt: AT,
    });
    expect(applySecondReading('insp-1', record(), reading(), AT)).toEqual({ kind: 'unchanged' });
  });
});

describe('every second reading still to read', () => {
  it('lists each reader’s assigned readings, readers in order, finished ones left out', async () => {
    const { READING } = await import('../../../fixtures/syncFixture');
    const { allAssignments } = await import('../../../../src/core/moderation/readingExchange');
    const other = {
      ...READING,
      id: 'second-reading:case-1',
      caseId: 'case-1',
      data: { ...READING.data, caseRef: 'LAC-01-01', secondReaderId: 'jm' },
    };
    const finished = {
      ...READING,
      id: 'second-reading:case-2',
      caseId: 'case-2',
      data: { ...READING.data, status: 'read' as const, finishedAt: READING.data.assignedAt },
    };
    expect(
      allAssignments([READING, other, finished]).map((a) => [a.caseId, a.secondReaderId]),
    ).toEqual([
      ['case-3', 'ap'],
      ['case-1', 'jm'],
    ]);
  });
});
