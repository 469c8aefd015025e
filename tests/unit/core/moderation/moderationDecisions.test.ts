/** The lead's decisions on two readings, and what may still change about a second reading. */
import { describe, expect, it } from 'vitest';
import { indexFramework, type ModerationCase, moderationIdOf } from '../../../../src/core';
import {
  decisionSource,
  finalAnswer,
  withDecisions,
} from '../../../../src/core/moderation/moderationDecisions';
import {
  assignedReading,
  readerChangeProblem,
  withdrawalProblem,
} from '../../../../src/core/moderation/moderationRecord';
import { judgement, withQuestions } from '../../../fixtures/frameworkBuilder';

const AT = '2026-03-05T15:00:00.000Z';
const answer = { value: 'no', note: '', rev: 1, at: AT, by: 'jm', device: 'laptop-jm' };

const assigned = assignedReading(
  {
    caseRef: 'LAC-03-07',
    firstReaderId: 'ap',
    secondReaderId: 'jm',
    selection: { method: 'hand', seed: null, description: null, at: AT, by: 'ro' },
    assignedAt: AT,
    assignedBy: 'ro',
  },
  AT,
);
const record = (data: Partial<ModerationCase['data']> = {}): ModerationCase => ({
  id: moderationIdOf('case-7'),
  inspectionId: 'insp-1',
  caseId: 'case-7',
  data: { ...assigned, ...data },
});

describe('a second reading just assigned', () => {
  it('has nothing answered, finished or decided', () => {
    expect(assigned).toMatchObject({
      status: 'assigned',
      secondReading: {},
      finishedAt: null,
      finishedBy: null,
      firstReading: null,
      decisions: {},
      decidedAt: null,
      updatedAt: AT,
    });
  });

  it('can go to another reader until it starts, never to the case’s inspector', () => {
    expect(readerChangeProblem(record(), 'ro')).toBeNull();
    expect(readerChangeProblem(record(), 'ap')).toBe(
      'The second reader cannot be the case’s inspector',
    );
    expect(readerChangeProblem(record({ secondReading: { q1: answer } }), 'ro')).toBe(
      'This second reading has been started, so its reader cannot change',
    );
  });

  it('can be withdrawn until it is finished', () => {
    expect(withdrawalProblem(record({ secondReading: { q1: answer } }))).toBeNull();
    expect(withdrawalProblem(record({ status: 'read' }))).toBe(
      'This second reading is finished, so it stays in the moderation record',
    );
  });
});

describe('deciding', () => {
  const index = indexFramework(withQuestions([judgement('q1'), judgement('q2')]));
  const difference = { itemId: 'q1', first: 'yes', second: 'no' };

  it('makes final the first reading’s answer, the second’s, or another the item accepts', () => {
    expect(finalAnswer(index, difference, 'first', undefined)).toEqual({
      value: 'yes',
      errors: [],
    });
    expect(finalAnswer(index, difference, 'second', 'yes')).toEqual({ value: 'no', errors: [] });
    expect(finalAnswer(index, difference, 'other', 'na')).toEqual({ value: 'na', errors: [] });
    expect(finalAnswer(index, difference, 'other', undefined).errors).toEqual([
      { path: 'value', message: 'Choose the final answer' },
    ]);
    expect(finalAnswer(index, difference, 'other', 'perhaps').errors).toHaveLength(1);
  });

  it('decides the record once every difference has a decision, keeping the first reading', () => {
    const decision = {
      choice: 'second' as const,
      value: 'no',
      rationale: 'Not on file.',
      first: 'yes',
      second: 'no',
      by: 'ro',
      at: AT,
    };
    const read = { ...assigned, status: 'read' as const };
    const first = { q1: { ...answer, value: 'yes', by: 'ap' } };
    const differences = [{ itemId: 'q1' }, { itemId: 'q2' }];
    const once = withDecisions(read, first, { q1: decision }, differences, AT);
    expect(once.allDecided).toBe(false);
    expect(once.data).toMatchObject({ status: 'read', decidedAt: null, firstReading: first });
    const later = '2026-03-06T10:00:00.000Z';
    const both = withDecisions(
      once.data,
      first,
      { q1: decision, q2: decision },
      differences,
      later,
    );
    expect(both.allDecided).toBe(true);
    expect(both.data).toMatchObject({ status: 'decided', decidedAt: later, updatedAt: later });
  });

  it('names the moderation round in the case’s history, and the decision for an answer', () => {
    expect(decisionSource('J. Morgan', AT)).toBe('moderation: J. Morgan 2026-03-05');
    expect(decisionSource('J. Morgan', AT, 'first')).toBe(
      'moderation: J. Morgan 2026-03-05: kept the first reading’s answer',
    );
  });
});
