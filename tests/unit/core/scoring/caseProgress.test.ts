import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  caseProgress,
  indexFramework,
  statusOnceAnswered,
  type TaskProgress,
  taskNeighbours,
} from '../../../../src/core';
import { checkFrameworkValue } from '../../../../src/core/framework/loadFramework';
import { scoringFramework } from '../../../fixtures/scoringFramework';

const index = indexFramework(scoringFramework());

function progress(answers: Record<string, AnswerValue>) {
  return caseProgress(index, (id) => answers[id]);
}

function summary(task: TaskProgress) {
  return {
    state: task.state,
    answered: task.answered,
    applicable: task.applicable,
    missing: task.requiredMissing,
  };
}

function byId(answers: Record<string, AnswerValue>) {
  return Object.fromEntries(progress(answers).tasks.map((t) => [t.task.id, t]));
}

describe('case progress', () => {
  it('uses a valid framework', () => {
    expect(checkFrameworkValue(scoringFramework()).status).toBe('ok');
  });

  it('lists the profile first, then every standard, with what is left to do', () => {
    const p = progress({});
    expect(p.tasks.map((t) => t.task.id)).toEqual([
      'profile',
      'assessment',
      'planning',
      'mappa-work',
      'reviewing',
    ]);
    const tasks = byId({});
    // Profile: age, placement type and MAPPA are required; the date first seen is optional.
    expect(summary(tasks.profile!)).toEqual({
      state: 'not-started',
      answered: 0,
      applicable: 4,
      missing: ['age', 'placement-type', 'mappa'],
    });
    expect(summary(tasks.assessment!)).toEqual({
      state: 'not-started',
      answered: 0,
      applicable: 4,
      missing: ['a1', 'a2', 'a3'],
    });
    // r2 is asked only if r1 is "no": not yet.
    expect(summary(tasks.reviewing!)).toEqual({
      state: 'not-started',
      answered: 0,
      applicable: 2,
      missing: ['r1'],
    });
    // 4 + 4 + 3 + 0 + 2 applicable; 3 + 3 + 3 + 0 + 1 required missing.
    expect(p.applicable).toBe(13);
    expect(p.answered).toBe(0);
    expect(p.requiredMissing).toHaveLength(10);
    expect(p.canComplete).toBe(false);
  });

  it('says a standard cannot start yet while the profile answer that decides it is missing', () => {
    const mappa = byId({})['mappa-work']!;
    expect(mappa.state).toBe('cannot-start-yet');
    expect(mappa.waitingOn).toEqual(['mappa']);
    expect(mappa.applicable).toBe(0);
  });

  it('says a standard is not asked once the profile rules it out, also when not known', () => {
    expect(byId({ mappa: 'no' })['mappa-work']!.state).toBe('not-asked');
    expect(byId({ mappa: 'not_known' })['mappa-work']!.state).toBe('not-asked');
    const asked = byId({ mappa: 'yes' })['mappa-work']!;
    expect(summary(asked)).toEqual({
      state: 'not-started',
      answered: 0,
      applicable: 2,
      missing: ['m1', 'm2'],
    });
  });

  it('goes from one standard to the next that asks something, skipping those not asked', () => {
    const around = (answers: Record<string, AnswerValue>, id: string) => {
      const all = progress(answers);
      const { previous, next } = taskNeighbours(all, all.tasks.find((t) => t.task.id === id)!);
      return [previous?.id, next?.id];
    };
    expect(around({ mappa: 'no' }, 'planning')).toEqual(['assessment', 'reviewing']);
    expect(around({ mappa: 'yes' }, 'planning')).toEqual(['assessment', 'mappa-work']);
    expect(around({ mappa: 'yes' }, 'reviewing')).toEqual(['mappa-work', undefined]);
    // A standard not asked is still reachable from itself.
    expect(around({ mappa: 'no' }, 'mappa-work')).toEqual(['planning', 'reviewing']);
  });

  it('moves a standard from in progress to completed as required questions are answered', () => {
    expect(byId({ r1: 'no' }).reviewing!.state).toBe('in-progress');
    // "No" opens r2, which is required: 1 of 3 applicable answered.
    expect(summary(byId({ r1: 'no' }).reviewing!)).toEqual({
      state: 'in-progress',
      answered: 1,
      applicable: 3,
      missing: ['r2'],
    });
    // The optional date can stay blank.
    expect(byId({ r1: 'no', r2: 'yes' }).reviewing!.state).toBe('completed');
  });

  it('keeps an answer whose question stops applying, without counting it', () => {
    const tasks = byId({ r1: 'yes', r2: 'no' });
    expect(tasks.reviewing!.kept).toEqual(['r2']);
    expect(tasks.reviewing!.hidden).toEqual(['r2']);
    expect(summary(tasks.reviewing!)).toEqual({
      state: 'completed',
      answered: 1,
      applicable: 2,
      missing: [],
    });
  });

  it('counts N/A and not known as answers', () => {
    expect(summary(byId({ a1: 'na', a2: 'no', a3: 'na' }).assessment!)).toEqual({
      state: 'completed',
      answered: 3,
      applicable: 4,
      missing: [],
    });
  });

  it('lets a case be completed when no applicable required question is unanswered', () => {
    const answers: Record<string, AnswerValue> = {
      age: 15,
      'placement-type': 'foster',
      mappa: 'no',
      a1: 'yes',
      a2: 'yes',
      a3: 'good',
      p1: 'yes',
      p2: ['education'],
      p3: 4,
      r1: 'yes',
    };
    const p = progress(answers);
    expect(p.canComplete).toBe(true);
    // 13 applicable before; MAPPA "no" keeps m1, m2 hidden; r2 stays hidden: 13 applicable.
    expect(p.applicable).toBe(13);
    expect(p.answered).toBe(10);
    expect(progress({ ...answers, p3: null }).requiredMissing).toEqual(['p3']);
    expect(progress({ ...answers, mappa: 'yes' }).requiredMissing).toEqual(['m1', 'm2']);
  });
});

describe('statusOnceAnswered', () => {
  it('starts a case not started once it has an answer, and leaves every other status', () => {
    expect(statusOnceAnswered('not-started', true)).toBe('in-progress');
    expect(statusOnceAnswered('not-started', false)).toBe('not-started');
    expect(statusOnceAnswered('complete', true)).toBe('complete');
    expect(statusOnceAnswered('moderated', true)).toBe('moderated');
  });
});
