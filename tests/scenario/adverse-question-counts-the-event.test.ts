import { describe, expect, it } from 'vitest';
import { countedText, printedFigure, type Scale } from '../../src/core';
import { question, withQuestions, yesNoScale } from '../fixtures/frameworkBuilder';
import { AuditScenario } from './auditScenario';

/** "Had the child been a victim of crime?": Yes is the adverse answer. */
const adverseYesNo: Scale = {
  id: 'adverse-yes-no',
  options: [
    { value: 'yes', label: 'Yes', meaning: 'negative' },
    { value: 'no', label: 'No', meaning: 'positive' },
  ],
};

const framework = withQuestions(
  [
    question('victim', 'Had the child been a victim of crime while under supervision?', {
      scale: 'adverse-yes-no',
      finding: {
        positive: 'the child had not been a victim of crime during supervision',
        negative: 'the child had been a victim of crime during supervision',
      },
    }),
    question('allocated', 'Was the case allocated promptly?', {
      finding: {
        positive: 'the case was allocated promptly',
        negative: 'the case was not allocated promptly',
      },
    }),
  ],
  { scales: [yesNoScale, adverseYesNo] },
);

describe('a figure says what it counts', () => {
  // 10 of 51 children had been victims: 41 (80%) had not.
  const scenario = AuditScenario.withFramework(framework)
    .answer(10, { victim: 'yes', allocated: 'no' })
    .answer(41, { victim: 'no', allocated: 'yes' });

  it('states the adverse event of an adverse question, never the good outcome unlabelled', () => {
    const victim = scenario.findingFor('victim');
    expect(victim.adverse).toBe(true);
    expect(victim.sentence).toBe(
      'In one-fifth of cases (20%, 10 of 51) the child had been a victim of crime during supervision.',
    );
    expect(victim.counted).toMatchObject({
      side: 'negative',
      count: 10,
      base: 51,
      percentRounded: 20,
      answers: 'Yes',
      statement: 'the child had been a victim of crime during supervision',
    });
    expect(countedText(victim.counted!)).toBe('Yes: 20% (10/51)');
    // The positive share is still there for ratings and exports.
    expect([victim.positive, victim.percentRounded]).toEqual([41, 80]);
  });

  it('states the same side in the row as in the sentence (one figure per row)', () => {
    const allocated = AuditScenario.withFramework(framework)
      .answer(23, { allocated: 'yes' })
      .answer(28, { allocated: 'no' })
      .findingFor('allocated');
    expect(allocated.adverse).toBe(false);
    expect(allocated.sentence).toBe(
      'In over half of cases (55%, 28 of 51) the case was not allocated promptly.',
    );
    expect(countedText(allocated.counted!)).toBe('No: 55% (28/51)');
  });

  it('counts the same side in every group of a breakdown as over all cases', () => {
    const byArea = AuditScenario.withFramework(framework)
      .answer(8, { allocated: 'yes' }, { area: 'a' })
      .answer(2, { allocated: 'no' }, { area: 'a' })
      .answer(1, { allocated: 'yes' }, { area: 'b' })
      .answer(9, { allocated: 'no' }, { area: 'b' })
      .answer(2, { allocated: 'no' }, { area: 'c' })
      .findings({ breakdownBy: 'area' });
    const whole = byArea.questions.find((f) => f.itemId === 'allocated');
    expect(whole?.type === 'proportion' && whole.counted?.side).toBe('negative');
    const sides = byArea.breakdown!.groups.map((g) => {
      const f = g.questions.find((q) => q.itemId === 'allocated');
      return f?.type === 'proportion' ? [g.key, f.counted?.side, f.counted?.count] : null;
    });
    expect(sides).toEqual([
      ['a', 'negative', 2],
      ['b', 'negative', 9],
      ['c', 'negative', 2],
    ]);
  });

  it('marks a small base in the printed figure and in the sentence', () => {
    const one = AuditScenario.withFramework(framework).answer(1, { allocated: 'yes' });
    const allocated = one.findingFor('allocated');
    expect(allocated.sentence).toBe(
      'In all cases (100%, 1 of 1 case; a small base) the case was allocated promptly.',
    );
    expect(countedText(allocated.counted!)).toBe('Yes: 100% (1/1) †');
    expect(printedFigure(0, 0, 1)).toBe('0% (0/1) †');
    expect(printedFigure(38, 23, 60)).toBe('38% (23/60)');
    expect(printedFigure(null, 0, 0)).toBe('no applicable cases');
  });
});
