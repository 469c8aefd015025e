/**
 * Progress counts what is asked: a question whose applicability rule is false for the case is
 * neither shown nor counted, so "0 of 4 questions answered" is said where four are shown.
 * Worked numbers on the built-in frameworks, as inspectors meet them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  caseProgress,
  type Framework,
  indexFramework,
  loadFramework,
} from '../../../../src/core';

function builtIn(id: string): Framework {
  const result = loadFramework(readFileSync(`audit-frameworks/${id}/1.0.0.json`, 'utf8'));
  if (result.status !== 'ok') throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function counts(framework: Framework, answers: Record<string, AnswerValue>) {
  const p = caseProgress(indexFramework(framework), (id) => answers[id]);
  const tasks = Object.fromEntries(
    p.tasks.map((t) => [
      t.task.id,
      `${t.answered} of ${t.applicable} (${t.task.itemIds.length - t.hidden.length} shown)`,
    ]),
  );
  return { whole: `${p.answered} of ${p.applicable}`, tasks };
}

describe('progress counts the questions asked, not every question of the task', () => {
  const lac = builtIn('hmip-lac-placed-away-2012');

  it('counts 4 of the 6 questions of "Transfer of cases" before the answers that open the other 2', () => {
    const fresh = counts(lac, {});
    // The delay question waits for "allocated promptly?" = No; the moves question for a move.
    expect(fresh.tasks.transfer).toBe('0 of 4 (4 shown)');
    expect(fresh.tasks.assessment).toBe('0 of 6 (6 shown)');
    expect(fresh.whole).toBe('0 of 68');

    const delayed = counts(lac, { 'alloc-prompt': 'no' });
    expect(delayed.tasks.transfer).toBe('1 of 5 (5 shown)');
    expect(delayed.whole).toBe('1 of 69');

    const moved = counts(lac, { 'alloc-prompt': 'no', 'moves-during-supervision': 2 });
    expect(moved.tasks.transfer).toBe('1 of 6 (6 shown)');
    expect(moved.tasks.profile).toBe('1 of 13 (13 shown)');
    expect(moved.whole).toBe('2 of 70');
  });

  it('counts 7 of the 9 profile fields of a youth justice case until its type is known', () => {
    const yj = builtIn('hmip-youth-justice-case-supervision');
    const fresh = counts(yj, {});
    expect(fresh.tasks.profile).toBe('0 of 7 (7 shown)');
    expect(fresh.tasks['court-assessment']).toBe('0 of 0 (0 shown)');
    expect(fresh.whole).toBe('0 of 7');

    // A court case: its disposal field and the 12 court questions are asked, no out-of-court one.
    const court = counts(yj, { 'case-type': 'court' });
    expect(court.tasks.profile).toBe('1 of 8 (8 shown)');
    expect(court.tasks['court-assessment']).toBe('0 of 3 (3 shown)');
    expect(court.tasks['ooc-assessment']).toBe('0 of 0 (0 shown)');
    expect(court.whole).toBe('1 of 20');
  });
});
