import { describe, expect, it } from 'vitest';
import {
  heldForSecondReader,
  type ModerationCase,
  moderationIdOf,
  moderationRecordSchema,
  secondReadingStarted,
} from '../../../../src/core';
import {
  moderationAssignmentSchema,
  secondReadingSchema,
} from '../../../../src/core/moderation/moderationRecord';

const answer = {
  value: 'no',
  note: 'No health assessment on file.',
  rev: 2,
  at: '2026-03-04T11:00:00.000Z',
  by: 'jm',
  device: 'laptop-jm',
};

const assignment = {
  moderationId: moderationIdOf('case-7'),
  inspectionId: 'insp-1',
  caseId: 'case-7',
  caseRef: 'LAC-03-07',
  secondReaderId: 'jm',
  assignedAt: '2026-03-04T09:00:00.000Z',
  assignedBy: 'lead',
  answers: {},
  finishedAt: null,
};

describe('moderation records and exchange files', () => {
  it('names a case’s second reading the same way on every device', () => {
    expect(moderationIdOf('case-7')).toBe('second-reading:case-7');
  });

  it('accepts an assignment, and refuses one that carries anything of the first reading', () => {
    expect(moderationAssignmentSchema.safeParse(assignment).success).toBe(true);
    const leaky = moderationAssignmentSchema.safeParse({
      ...assignment,
      firstReading: { a1: answer },
    });
    expect(leaky.success).toBe(false);
  });

  it('accepts a second reading coming back, with answers keyed by item id', () => {
    const reading = {
      moderationId: assignment.moderationId,
      inspectionId: 'insp-1',
      caseId: 'case-7',
      readerId: 'jm',
      answers: { a1: answer },
      finishedAt: '2026-03-04T12:00:00.000Z',
    };
    expect(secondReadingSchema.safeParse(reading).success).toBe(true);
    expect(
      secondReadingSchema.safeParse({ ...reading, answers: { 'not an id!': answer } }).success,
    ).toBe(false);
  });

  it('requires a rationale for every decision in a stored record', () => {
    const record = {
      id: assignment.moderationId,
      inspectionId: 'insp-1',
      caseId: 'case-7',
      data: {
        caseRef: 'LAC-03-07',
        firstReaderId: 'ap',
        secondReaderId: 'jm',
        status: 'decided',
        selection: null,
        assignedAt: assignment.assignedAt,
        assignedBy: 'lead',
        secondReading: { a1: answer },
        finishedAt: '2026-03-04T12:00:00.000Z',
        finishedBy: 'jm',
        firstReading: { a1: { ...answer, value: 'yes', by: 'ap' } },
        decisions: {
          a1: {
            choice: 'second',
            value: 'no',
            rationale: 'The assessment is not on file.',
            first: 'yes',
            second: 'no',
            by: 'lead',
            at: '2026-03-05T15:00:00.000Z',
          },
        },
        decidedAt: '2026-03-05T15:00:00.000Z',
        updatedAt: '2026-03-05T15:00:00.000Z',
      },
    };
    expect(moderationRecordSchema.safeParse(record).success).toBe(true);
    const blank = structuredClone(record);
    blank.data.decisions.a1.rationale = '   ';
    expect(moderationRecordSchema.safeParse(blank).success).toBe(false);
  });

  it('knows a reading held on its reader’s device, and a reading that has begun', () => {
    const record = (data: Partial<ModerationCase['data']>): ModerationCase => ({
      id: moderationIdOf('case-7'),
      inspectionId: 'insp-1',
      caseId: 'case-7',
      data: {
        caseRef: 'LAC-03-07',
        firstReaderId: 'ap',
        secondReaderId: 'jm',
        status: 'assigned',
        selection: {
          method: 'hand',
          seed: null,
          description: null,
          at: '2026-03-04T09:00:00.000Z',
          by: 'lead',
        },
        assignedAt: '2026-03-04T09:00:00.000Z',
        assignedBy: 'lead',
        secondReading: {},
        finishedAt: null,
        finishedBy: null,
        firstReading: null,
        decisions: {},
        decidedAt: null,
        updatedAt: '2026-03-04T09:00:00.000Z',
        ...data,
      },
    });
    expect(heldForSecondReader(record({}))).toBe(false);
    expect(heldForSecondReader(record({ selection: null }))).toBe(true);
    expect(secondReadingStarted(record({}))).toBe(false);
    expect(secondReadingStarted(record({ secondReading: { a1: answer } }))).toBe(true);
    expect(secondReadingStarted(record({ status: 'read' }))).toBe(true);
  });
});
