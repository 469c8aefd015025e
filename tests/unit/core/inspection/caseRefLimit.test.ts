/** One limit for a case reference, wherever one is taken: a case, a case list, a second reading, a spreadsheet. */
import { describe, expect, it } from 'vitest';
import { populationEntrySchema } from '../../../../src/core/caseList/populationEntry';
import { caseRefProblem } from '../../../../src/core/exchange/caseReference';
import {
  CASE_REF_MAX_LENGTH,
  caseRefSchema,
} from '../../../../src/core/inspection/inspectionSchema';
import { moderationAssignmentSchema } from '../../../../src/core/moderation/moderationRecord';

const longest = `LAC-${'1'.repeat(56)}`;
const tooLong = `${longest}2`;

describe('the case reference limit', () => {
  it('is 60 characters: LAC- and 56 digits fit, one more does not', () => {
    expect(CASE_REF_MAX_LENGTH).toBe(60);
    expect(longest).toHaveLength(60);
    expect(caseRefSchema.safeParse(longest).success).toBe(true);
    expect(caseRefSchema.safeParse(tooLong).success).toBe(false);
  });

  it('is the same for a case list entry and a second reading as for a case', () => {
    const entry = (ref: string) => ({ ref, areaId: 'north', stratumId: null, profile: {}, row: 2 });
    expect(populationEntrySchema.safeParse(entry(longest)).success).toBe(true);
    expect(populationEntrySchema.safeParse(entry(tooLong)).success).toBe(false);
    const assignment = (caseRef: string) => ({
      moderationId: 'second-reading:c1',
      inspectionId: 'insp-1',
      caseId: 'c1',
      caseRef,
      secondReaderId: 'jm',
      assignedAt: '2026-03-04T09:00:00.000Z',
      assignedBy: 'ro',
      answers: {},
      finishedAt: null,
    });
    expect(moderationAssignmentSchema.safeParse(assignment(longest)).success).toBe(true);
    expect(moderationAssignmentSchema.safeParse(assignment(tooLong)).success).toBe(false);
  });

  it('is the one the cases spreadsheet names', () => {
    expect(caseRefProblem(longest, new Set())).toBeNull();
    expect(caseRefProblem(tooLong, new Set())).toBe('is longer than 60 characters');
  });
});
