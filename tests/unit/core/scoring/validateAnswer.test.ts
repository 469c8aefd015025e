import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  answerChoices,
  dateParts,
  indexFramework,
  parseDateAnswer,
  parseNumberAnswer,
  validateAnswer,
} from '../../../../src/core';
import { scoringFramework } from '../../../fixtures/scoringFramework';

const index = indexFramework(scoringFramework());

function check(itemId: string, value: AnswerValue) {
  const result = validateAnswer(index, itemId, value);
  return result.status === 'ok' ? { ok: result.value } : { error: result.errors[0]!.message };
}

describe('answer choices', () => {
  it('offers N/A and not known only where the scale allows them', () => {
    expect(answerChoices(index, 'a1').map((c) => c.label)).toEqual([
      'Yes',
      'No',
      'N/A',
      'Not known',
    ]);
    expect(answerChoices(index, 'a2').map((c) => c.label)).toEqual(['Yes', 'No']);
    expect(answerChoices(index, 'a3').map((c) => c.value)).toEqual([
      'outstanding',
      'good',
      'requires-improvement',
      'inadequate',
      'na',
    ]);
    expect(answerChoices(index, 'age')).toEqual([]);
  });
});

describe('validating an answer', () => {
  it('accepts the option codes a question offers, and refuses the others', () => {
    expect(check('a1', 'na')).toEqual({ ok: 'na' });
    expect(check('a1', 'not_known')).toEqual({ ok: 'not_known' });
    expect(check('a2', 'na')).toEqual({ error: 'Choose one of the answers offered' });
    expect(check('a2', 'not_known')).toEqual({ error: 'Choose one of the answers offered' });
    expect(check('a3', 'not_known')).toEqual({ error: 'Choose one of the answers offered' });
    expect(check('a3', 'maybe')).toEqual({ error: 'Choose one of the answers offered' });
    expect(check('a1', null)).toEqual({ ok: null });
  });

  it('takes several distinct options for a multichoice, or N/A alone', () => {
    expect(check('p2', ['education', 'family'])).toEqual({ ok: ['education', 'family'] });
    expect(check('p2', 'na')).toEqual({ ok: 'na' });
    expect(check('p2', [])).toEqual({ ok: null });
    expect(check('p2', ['education', 'education'])).toEqual({
      error: 'Choose one or more of the answers offered',
    });
    expect(check('p2', ['na'])).toEqual({ error: 'Choose one or more of the answers offered' });
    expect(check('p2', 'not_known')).toEqual({
      error: 'Choose one or more of the answers offered',
    });
  });

  it('holds numbers to their bounds and to whole numbers', () => {
    expect(check('age', 15)).toEqual({ ok: 15 });
    expect(check('age', 10)).toEqual({ ok: 10 });
    expect(check('age', 18)).toEqual({ ok: 18 });
    expect(check('age', 9)).toEqual({ error: 'Enter a whole number from 10 to 18' });
    expect(check('age', 15.5)).toEqual({ error: 'Enter a whole number from 10 to 18' });
    expect(check('p3', -1)).toEqual({ error: 'Enter a whole number of 0 or more' });
    expect(check('age', 'fifteen')).toEqual({ error: 'Enter a number' });
  });

  it('reads typed numbers', () => {
    expect(parseNumberAnswer(index, 'age', ' 16 ')).toEqual({ status: 'ok', value: 16 });
    expect(parseNumberAnswer(index, 'age', '')).toEqual({ status: 'ok', value: null });
    expect(parseNumberAnswer(index, 'p3', '1,200')).toEqual({ status: 'ok', value: 1200 });
    expect(parseNumberAnswer(index, 'age', 'twelve')).toEqual({
      status: 'invalid',
      errors: [{ path: 'age', message: 'Enter a whole number from 10 to 18' }],
    });
  });

  it('accepts only real calendar dates', () => {
    expect(check('r3', '2024-02-29')).toEqual({ ok: '2024-02-29' });
    expect(check('r3', '2023-02-29')).toEqual({ error: 'Enter a real date' });
    expect(check('r3', '2024-06-31')).toEqual({ error: 'Enter a real date' });
    expect(check('r3', '29/02/2024')).toEqual({ error: 'Enter a real date' });
  });

  it('reads the day, month and year boxes of a date', () => {
    const parse = (day: string, month: string, year: string) =>
      parseDateAnswer('r3', { day, month, year });
    expect(parse('3', '3', '2024')).toEqual({ status: 'ok', value: '2024-03-03' });
    expect(parse('', '', '')).toEqual({ status: 'ok', value: null });
    expect(parse('3', '', '2024')).toEqual({
      status: 'invalid',
      errors: [{ path: 'r3', message: 'The date must include a month' }],
    });
    expect(parse('31', '6', '2024').status).toBe('invalid');
    expect(parse('1', '1', '24').status).toBe('invalid');
    expect(dateParts('2024-03-03')).toEqual({ day: '3', month: '3', year: '2024' });
    expect(dateParts(null)).toEqual({ day: '', month: '', year: '' });
  });

  it('clears a blank text answer', () => {
    expect(check('a4', '   ')).toEqual({ ok: null });
    expect(check('a4', 'Thorough')).toEqual({ ok: 'Thorough' });
  });
});
