import { describe, expect, it } from 'vitest';
import type { FindingsResult } from '../../../../src/core';
import {
  type AuditComparison,
  compareAudits,
  type QuestionChange,
  type QuestionTrend,
  TREND_METHOD,
} from '../../../../src/core/trend/compareAudits';
import { trendMethodSentence, trendWords } from '../../../../src/core/trend/trendWords';
import { lacFramework } from '../../../fixtures/lacFramework';
import { AuditScenario } from '../../../scenario/auditScenario';

/** A LAC audit: `yes` cases answering "yes" and `no` answering "no" to each question given. */
function audit(answers: Record<string, readonly [yes: number, no: number]>): FindingsResult {
  const scenario = AuditScenario.withFramework(lacFramework());
  const size = Math.max(...Object.values(answers).map(([y, n]) => y + n));
  for (let i = 0; i < size; i++) {
    const values: Record<string, string> = {};
    for (const [id, [yes, no]] of Object.entries(answers)) {
      if (i < yes) values[id] = 'yes';
      else if (i < yes + no) values[id] = 'no';
    }
    scenario.answer(1, values);
  }
  return scenario.findings({ completeOnly: true });
}

function compared(c: AuditComparison): Extract<AuditComparison, { status: 'compared' }> {
  if (c.status !== 'compared') throw new Error(c.problem);
  return c;
}

function question(c: AuditComparison, id: string): QuestionTrend {
  return compared(c).questions.find((q) => q.itemId === id)!;
}

function change(c: AuditComparison, id: string): QuestionChange {
  const q = question(c, id);
  if (q.status !== 'compared') throw new Error(`${id}: ${q.status}`);
  return q;
}

describe('compareAudits', () => {
  it('works the known example: 35 of 60 then, 50 of 60 now', () => {
    const c = compareAudits(
      audit({ 'alloc-prompt': [35, 25] }),
      audit({ 'alloc-prompt': [50, 10] }),
    );
    const q = change(c, 'alloc-prompt');
    expect(q).toMatchObject({
      side: 'positive',
      answers: 'Yes',
      earlier: { count: 35, base: 60, percent: 58, smallBase: false },
      current: { count: 50, base: 60, percent: 83, smallBase: false },
      // 83.33 − 58.33 = 25 points; Newcombe(50/60, 35/60) = 0.0876 to 0.3959.
      change: 25,
      interval: { low: 8.8, high: 39.6 },
      significant: true,
      smallBase: false,
    });
    // p̂ = 85/120; SE = 0.082985; z = 0.25 / 0.082985 = 3.0126; p = 0.0026.
    expect(q.test.pooled).toBeCloseTo(85 / 120, 10);
    expect(q.test.standardError).toBeCloseTo(0.083, 3);
    expect(q.test.statistic).toBeCloseTo(3.013, 3);
    expect(q.test.p).toBeCloseTo(0.003, 3);
    expect(compared(c).method).toBe(TREND_METHOD);
    expect(trendWords(q)).toEqual({
      status: 'compared',
      earlier: '58% (35/60)',
      current: '83% (50/60)',
      change: '+25',
      interval: '+9 to +40',
      moreThanChance: 'Yes',
      test: 'z = 3.01, p = 0.003',
      smallBase: false,
    });
  });

  it('finds two identical audits unchanged on every question, and no change more than chance', () => {
    const answers = {
      'alloc-prompt': [35, 25],
      'info-transfer': [12, 48],
      reoffended: [18, 42],
      safeguarded: [60, 0],
      'went-missing': [0, 60],
    } as const;
    const c = compared(compareAudits(audit(answers), audit(answers)));
    const changes = c.questions.filter((q) => q.status === 'compared');
    expect(changes.map((q) => q.itemId).sort()).toEqual(Object.keys(answers).sort());
    for (const q of changes) {
      expect([q.itemId, q.change, q.significant, q.test.statistic, q.test.p]).toEqual([
        q.itemId,
        0,
        false,
        0,
        1,
      ]);
      expect(q.interval.low).toBeLessThanOrEqual(0);
      expect(q.interval.high).toBeGreaterThanOrEqual(0);
      const words = trendWords(q);
      expect(words.status === 'compared' && [words.change, words.moreThanChance]).toEqual([
        '0',
        'No',
      ]);
    }
  });

  it('counts the earlier audit on the answers this audit’s findings state', () => {
    // Now the larger side is "No" (40 of 60), so the findings state it; then 25 of 60 said no.
    const c = compareAudits(
      audit({ 'alloc-prompt': [35, 25] }),
      audit({ 'alloc-prompt': [20, 40] }),
    );
    expect(change(c, 'alloc-prompt')).toMatchObject({
      side: 'negative',
      answers: 'No',
      earlier: { count: 25, base: 60 },
      current: { count: 40, base: 60 },
      change: 25,
      significant: true,
    });
  });

  it('counts the event for an adverse question: a fall in reoffending is a negative change', () => {
    const c = compareAudits(audit({ reoffended: [18, 42] }), audit({ reoffended: [3, 17] }));
    const q = change(c, 'reoffended');
    expect(q).toMatchObject({
      answers: 'Yes',
      earlier: { count: 18, base: 60, percent: 30 },
      current: { count: 3, base: 20, percent: 15 },
      change: -15,
      significant: false,
    });
    expect(trendWords(q)).toMatchObject({ change: '−15', moreThanChance: 'No' });
    expect(q.test.statistic).toBeLessThan(0);
  });

  it('marks a small base on either side', () => {
    const c = compareAudits(audit({ 'alloc-prompt': [35, 25] }), audit({ 'alloc-prompt': [8, 1] }));
    const q = change(c, 'alloc-prompt');
    expect([q.earlier.smallBase, q.current.smallBase, q.smallBase]).toEqual([false, true, true]);
    expect(trendWords(q)).toMatchObject({ earlier: '58% (35/60)', current: '89% (8/9) †' });
  });

  it('says which audit has no applicable cases rather than printing 0%', () => {
    const c = compareAudits(
      audit({ 'alloc-prompt': [35, 25] }),
      audit({ 'alloc-prompt': [50, 10], 'info-transfer': [5, 5] }),
    );
    expect(question(c, 'info-transfer')).toMatchObject({
      status: 'no-cases',
      reason: 'no applicable cases in the earlier audit',
      earlier: { count: 0, base: 0, percent: null },
      current: { count: 5, base: 10, percent: 50 },
    });
    expect(trendWords(question(c, 'info-transfer'))).toEqual({
      status: 'no-cases',
      earlier: 'no applicable cases',
      current: '50% (5/10)',
      reason: 'no applicable cases in the earlier audit',
    });
    expect(question(c, 'joint-csc')).toMatchObject({
      status: 'no-cases',
      reason: 'no applicable cases in either audit',
    });
    const reverse = compareAudits(
      audit({ 'alloc-prompt': [50, 10], 'info-transfer': [5, 5] }),
      audit({ 'alloc-prompt': [35, 25] }),
    );
    expect(question(reverse, 'info-transfer')).toMatchObject({
      status: 'no-cases',
      reason: 'no applicable cases in this audit',
    });
  });

  it('does not compare a question no answer of which counts as positive', () => {
    const c = compareAudits(audit({ 'alloc-prompt': [1, 1] }), audit({ 'alloc-prompt': [1, 1] }));
    expect(question(c, 'emh-factor')).toEqual({
      itemId: 'emh-factor',
      standardId: 'assessment',
      status: 'not-compared',
      reason: 'not compared: no answer to this question counts as positive',
    });
  });

  it('refuses audits on different framework versions, or counting different cases', () => {
    const then = audit({ 'alloc-prompt': [35, 25] });
    const moved: FindingsResult = { ...then, framework: { ...then.framework, version: '9.9.9' } };
    expect(compareAudits(moved, audit({ 'alloc-prompt': [1, 1] }))).toEqual({
      status: 'refused',
      problem:
        'The earlier audit uses hmip-lac-placed-away-2012@9.9.9 and this one hmip-lac-placed-away-2012@1.0.1: only audits on the same framework version can be compared question by question.',
    });
    const all: FindingsResult = { ...then, basis: 'all-cases' };
    expect(compareAudits(all, audit({ 'alloc-prompt': [1, 1] })).status).toBe('refused');
  });

  it('states its method and what each figure counts', () => {
    expect(trendMethodSentence()).toContain(TREND_METHOD);
    expect(trendMethodSentence()).toMatch(/share of cases with the answers shown/);
    expect(trendMethodSentence()).toMatch(/leaves out 0 and the test’s p-value is below 0\.05/);
  });
});
