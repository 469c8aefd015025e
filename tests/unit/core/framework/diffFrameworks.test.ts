import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Framework, Question } from '../../../../src/core';
import { answerFit, answerFitCounts } from '../../../../src/core/framework/answerFit';
import { diffFrameworks } from '../../../../src/core/framework/diffFrameworks';
import {
  hmipRating,
  judgement,
  withQuestions,
  yesNoScale,
} from '../../../fixtures/frameworkBuilder';

const builtIn = (id: string, version: string): Framework =>
  JSON.parse(readFileSync(`audit-frameworks/${id}/${version}.json`, 'utf8'));

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);
const entry = (diff: ReturnType<typeof diffFrameworks>, id: string) =>
  diff.changed.find((e) => e.id === id);

describe('the diff of two real built-in versions', () => {
  it('finds the HMIP 2012 1.0.1 a rewording of 1.0.0: nothing added or removed, no answer affected', () => {
    const diff = diffFrameworks(
      builtIn('hmip-lac-placed-away-2012', '1.0.0'),
      builtIn('hmip-lac-placed-away-2012', '1.0.1'),
    );
    expect(diff.from).toBe('hmip-lac-placed-away-2012@1.0.0');
    expect(diff.to).toBe('hmip-lac-placed-away-2012@1.0.1');
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.length).toBeGreaterThan(0);
    expect(diff.changed.every((e) => e.impact === 'patch' && !e.unfit)).toBe(true);
    expect(entry(diff, 'age')).toMatchObject({
      kind: 'profileField',
      changes: ['reworded'],
      details: ['guidance reworded'],
    });
  });

  it('finds nothing between a version and itself', () => {
    const a = builtIn('yjb-case-file-2010', '1.0.1');
    expect(diffFrameworks(a, a)).toMatchObject({ added: [], removed: [], changed: [] });
  });
});

describe('what the diff says of each kind of change', () => {
  const q = (id: string, extra: Partial<Question> = {}) => judgement(id, extra);
  const before = withQuestions([q('q1', { key: true }), q('q2'), q('q3'), q('q4')]);

  it('lists questions added and removed by id', () => {
    const after = withQuestions([q('q1', { key: true }), q('q2'), q('q4'), q('q5')]);
    const diff = diffFrameworks(before, after);
    expect(ids(diff.added)).toEqual(['q5']);
    expect(ids(diff.removed)).toEqual(['q3']);
    expect(diff.removed[0]).toMatchObject({ kind: 'question', impact: 'major', unfit: true });
  });

  it('calls one question moved to the end one move, not a move of every question after it', () => {
    const after = withQuestions([q('q2'), q('q3'), q('q4'), q('q1', { key: true })]);
    const diff = diffFrameworks(before, after);
    expect(diff.changed.map((e) => [e.id, e.changes])).toEqual([['q1', ['moved']]]);
  });

  it('says a question moved to another standard, naming both', () => {
    const after = withQuestions([q('q1', { key: true }), q('q2'), q('q3')], {
      sections: [
        {
          id: 's1',
          title: 'Section one',
          standards: [
            {
              id: 'st1',
              title: 'Standard one',
              questions: [q('q1', { key: true }), q('q2'), q('q3')],
            },
            { id: 'st2', title: 'Standard two', questions: [q('q4')] },
          ],
        },
      ],
    });
    const moved = entry(diffFrameworks(before, after), 'q4');
    expect(moved?.details).toEqual(['moved from ‘Standard one’ to ‘Standard two’']);
  });

  it('tells rewording, rules, the key flag and the kind apart', () => {
    const after = withQuestions([
      q('q1', { text: 'Reworded?' }),
      q('q2', { showWhen: { question: 'q1', equals: 'yes' } }),
      q('q3', { kind: 'choice' }),
      q('q4', { finding: { positive: 'it was', negative: 'it was not' } }),
    ]);
    const diff = diffFrameworks(before, after);
    expect(entry(diff, 'q1')?.changes).toEqual(['reworded', 'key']);
    expect(entry(diff, 'q1')?.details).toEqual(['text reworded', 'no longer a key question']);
    expect(entry(diff, 'q2')?.changes).toEqual(['rule']);
    expect(entry(diff, 'q3')).toMatchObject({ changes: ['kind'], unfit: true });
    expect(entry(diff, 'q4')).toMatchObject({ changes: ['reworded'], impact: 'patch' });
  });

  it('sees no change in writing out a default: required, not key', () => {
    const explicit = withQuestions([
      q('q1', { key: true, required: true }),
      q('q2', { key: false }),
      q('q3'),
      q('q4'),
    ]);
    expect(diffFrameworks(before, explicit).changed).toEqual([]);
  });

  it('describes answer options added, removed, renamed and counted differently', () => {
    const after = {
      ...before,
      scales: [
        {
          ...yesNoScale,
          options: [
            { value: 'y', label: 'Yes', meaning: 'positive' as const },
            { value: 'no', label: 'No', meaning: 'neutral' as const },
            { value: 'partly', label: 'Partly', meaning: 'negative' as const },
          ],
        },
      ],
    };
    const diff = diffFrameworks(before, after);
    expect(entry(diff, 'yes-no')).toMatchObject({
      kind: 'scale',
      changes: ['answers'],
      impact: 'major',
      unfit: true,
    });
    expect(entry(diff, 'q2')?.details).toEqual([
      'answer ‘Partly’ added',
      'answer code ‘yes’ renamed ‘y’',
      'answer ‘No’ now counts as neutral, not negative',
    ]);
  });
});

describe('what a new version does to answers already given', () => {
  const before = withQuestions([judgement('q1', { key: true }), judgement('q2'), judgement('q3')]);
  const after = withQuestions([judgement('q1', { key: true, text: 'Reworded?' })]);
  const diff = diffFrameworks(before, after);

  it('counts the answers to removed questions, across the inspections that gave them', () => {
    const answers = { q1: { a: 30 }, q2: { a: 7, b: 3 }, q3: { b: 2 } };
    expect(answerFitCounts(diff, answers)).toEqual({
      answers: 12,
      inspections: 2,
      items: ['q2', 'q3'],
    });
    expect(answerFit(diff, answers)).toBe('12 answers in 2 inspections would no longer fit');
  });

  it('says one answer and one inspection in the singular', () => {
    expect(answerFit(diff, { q2: { a: 1 } })).toBe('1 answer in 1 inspection would no longer fit');
  });

  it('says when every answer still fits', () => {
    expect(answerFit(diff, { q1: { a: 30 } })).toBe('Every answer already given would still fit');
  });
});

describe('the rating rules in the diff', () => {
  it('says which part of the rating rules changed, as a change of meaning', () => {
    const a = withQuestions([judgement('q1', { key: true })], { rating: hmipRating(1) });
    const b = withQuestions([judgement('q1', { key: true })], { rating: hmipRating(1, 'half-up') });
    const diff = diffFrameworks(a, b);
    expect(diff.changed).toEqual([
      {
        id: 'rating',
        kind: 'ratings',
        changes: ['ratings'],
        details: ['rounding of percentages changed'],
        impact: 'major',
        unfit: false,
      },
    ]);
  });
});
