/**
 * One edit laid over the answer stored now, worked through: an inspector's screen saw an
 * answer (`base`), changed a field (`patch`), and meanwhile someone else may have saved.
 */
import { describe, expect, it } from 'vitest';
import {
  type AnswerSnapshot,
  editClashes,
  mergeAnswerEdit,
  NO_ANSWER,
  sameValue,
} from '../../../../src/core';

const seen: AnswerSnapshot = { value: 'yes', note: 'Plan on file', rev: 3 };

describe('an edit of an answer nobody else touched', () => {
  it('writes the changed value one revision on, keeping the note', () => {
    expect(mergeAnswerEdit(seen, { value: 'no' }, seen)).toEqual({
      kind: 'write',
      answer: { value: 'no', note: 'Plan on file', rev: 4 },
    });
  });

  it('writes the changed note, keeping the value', () => {
    expect(mergeAnswerEdit(seen, { note: 'Plan out of date' }, seen)).toEqual({
      kind: 'write',
      answer: { value: 'yes', note: 'Plan out of date', rev: 4 },
    });
  });

  it('writes nothing when the answer already says it', () => {
    expect(mergeAnswerEdit(seen, { value: 'yes' }, seen)).toEqual({ kind: 'unchanged' });
    expect(mergeAnswerEdit(seen, { value: 'yes', note: 'Plan on file' }, seen)).toEqual({
      kind: 'unchanged',
    });
  });

  it('records clearing an answer as a change', () => {
    expect(mergeAnswerEdit(seen, { value: null }, seen)).toEqual({
      kind: 'write',
      answer: { value: null, note: 'Plan on file', rev: 4 },
    });
  });

  it('compares lists item by item', () => {
    const chosen: AnswerSnapshot = { value: ['a', 'b'], note: '', rev: 1 };
    expect(mergeAnswerEdit(chosen, { value: ['a', 'b'] }, chosen)).toEqual({ kind: 'unchanged' });
    expect(mergeAnswerEdit(chosen, { value: ['b', 'a'] }, chosen)).toEqual({
      kind: 'write',
      answer: { value: ['b', 'a'], note: '', rev: 2 },
    });
  });
});

describe('the first answer to a question', () => {
  it('is revision 1', () => {
    expect(mergeAnswerEdit(undefined, { value: 'yes' }, NO_ANSWER)).toEqual({
      kind: 'write',
      answer: { value: 'yes', note: '', rev: 1 },
    });
  });

  it('records nothing when it clears what was never answered', () => {
    expect(mergeAnswerEdit(undefined, { value: null }, NO_ANSWER)).toEqual({ kind: 'blank' });
    expect(mergeAnswerEdit(undefined, { note: '' }, NO_ANSWER)).toEqual({ kind: 'blank' });
  });

  it('records a note typed before any answer is chosen', () => {
    expect(mergeAnswerEdit(undefined, { note: 'Read the plan' }, NO_ANSWER)).toEqual({
      kind: 'write',
      answer: { value: null, note: 'Read the plan', rev: 1 },
    });
  });
});

describe('an edit after someone else saved', () => {
  // Another tab changed the answer since this screen looked at revision 3.
  const theirValue: AnswerSnapshot = { value: 'partly', note: 'Plan on file', rev: 4 };
  const theirNote: AnswerSnapshot = { value: 'yes', note: 'Plan signed', rev: 4 };

  it('is a conflict when both changed the value, differently', () => {
    expect(mergeAnswerEdit(theirValue, { value: 'no' }, seen)).toEqual({ kind: 'conflict' });
    expect(editClashes(theirValue, { value: 'no' }, seen)).toBe(true);
  });

  it('is a conflict when both changed the note, differently', () => {
    expect(mergeAnswerEdit(theirNote, { note: 'No plan' }, seen)).toEqual({ kind: 'conflict' });
  });

  it('merges a change to the other field over theirs', () => {
    // They changed the note; this screen chose a value: both are kept, one revision on from theirs.
    expect(mergeAnswerEdit(theirNote, { value: 'no' }, seen)).toEqual({
      kind: 'write',
      answer: { value: 'no', note: 'Plan signed', rev: 5 },
    });
    expect(editClashes(theirNote, { value: 'no' }, seen)).toBe(false);
  });

  it('is no conflict when both made the same change', () => {
    expect(mergeAnswerEdit(theirValue, { value: 'partly' }, seen)).toEqual({ kind: 'unchanged' });
  });

  it('is no conflict when the screen already saw their revision', () => {
    expect(mergeAnswerEdit(theirValue, { value: 'no' }, theirValue)).toEqual({
      kind: 'write',
      answer: { value: 'no', note: 'Plan on file', rev: 5 },
    });
  });
});

describe('sameValue', () => {
  it('treats an absent answer as no answer', () => {
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue('yes', 'yes')).toBe(true);
    expect(sameValue(2, '2')).toBe(false);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    expect(sameValue([], null)).toBe(false);
  });
});
