import { describe, expect, it } from 'vitest';
import type { ReadingAnswers } from '../../../../src/core';
import { mergeReadingAnswers, readingValues } from '../../../../src/core/moderation/readingAnswers';

const answer = (value: string | null, rev: number, at: string, note = '') => ({
  value,
  note,
  rev,
  at: `2026-03-04T${at}:00.000Z`,
  by: 'jm',
  device: 'laptop-jm',
});

describe('readingValues', () => {
  it('keeps only the value of each answer, by item id', () => {
    const values = readingValues({
      q1: answer('yes', 1, '09:00', 'Seen on the plan'),
      q2: answer(null, 2, '09:05'),
    });
    expect({ ...values }).toEqual({ q1: 'yes', q2: null });
  });

  it('reads an item called "constructor" as unanswered until it is answered', () => {
    expect(readingValues({}).constructor).toBeUndefined();
  });
});

describe('mergeReadingAnswers', () => {
  const stored: ReadingAnswers = {
    q1: answer('yes', 2, '10:00'),
    q2: answer('no', 1, '10:00'),
  };

  it('takes an incoming answer with a higher rev, and keeps items only one side has', () => {
    const incoming = { q1: answer('no', 3, '09:00'), q3: answer('yes', 1, '09:30') };
    expect(mergeReadingAnswers(stored, incoming)).toEqual({
      q1: answer('no', 3, '09:00'),
      q2: answer('no', 1, '10:00'),
      q3: answer('yes', 1, '09:30'),
    });
  });

  it('at equal revs takes the later one: 10:30 over 10:00, never 09:00', () => {
    expect(mergeReadingAnswers(stored, { q2: answer('yes', 1, '10:30') })?.q2?.value).toBe('yes');
    expect(mergeReadingAnswers(stored, { q2: answer('yes', 1, '09:00') })).toBeNull();
  });

  it('changes nothing (null) for an older answer or the same one again', () => {
    expect(mergeReadingAnswers(stored, { q1: answer('no', 1, '11:00') })).toBeNull();
    expect(mergeReadingAnswers(stored, { ...stored })).toBeNull();
    expect(mergeReadingAnswers(stored, {})).toBeNull();
  });
});
