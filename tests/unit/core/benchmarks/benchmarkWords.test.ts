import { describe, expect, it } from 'vitest';
import { createTranslator, type FindingsResult } from '../../../../src/core';
import {
  benchmarkMethodSentence,
  benchmarkWords,
  signedPoints,
} from '../../../../src/core/benchmarks/benchmarkWords';
import {
  compareWithBenchmark,
  compareWithBenchmarks,
} from '../../../../src/core/benchmarks/compareWithBenchmark';
import { loadCatalogue } from '../../../../src/i18n/catalogues';
import { lacBenchmarkAudit } from '../../../fixtures/lacBenchmarkAudit';
import { LAC_BENCHMARKS } from '../../../fixtures/lacBenchmarks';
import { lacFramework } from '../../../fixtures/lacFramework';
import { AuditScenario } from '../../../scenario/auditScenario';

function wordsFor(result: FindingsResult, id: string) {
  const compared = compareWithBenchmarks(result.questions, LAC_BENCHMARKS).get(id);
  if (!compared) throw new Error(`no comparison for ${id}`);
  return benchmarkWords(compared);
}

describe('benchmarkWords', () => {
  const audit = lacBenchmarkAudit().findings();

  it('puts a figure counting the other answers on the audit’s side, quoting the report', () => {
    // 11 of 20 "No" (55%) against 60 − 35 = 25 of 60 (41.7%, 42%): +13.3 points, +13.
    expect(wordsFor(audit, 'alloc-prompt')).toEqual({
      status: 'compared',
      published: '42% (25/60), the other side of the report’s “58%”',
      location: 'Table 1, alloc-prompt',
      audit: '55% (11/20)',
      difference: '+13 points (95% interval −11 to +36)',
      outcome: 'not more than chance would explain',
      significant: false,
      smallBase: false,
      note: null,
    });
  });

  it('gives a range the report’s words allow as a range, with the difference at each end', () => {
    // 18 of 20 (90%) against 37 to 39 of 60 (61.7% to 65%): +25 to +28 points.
    const words = wordsFor(audit, 'safeguarded');
    expect(words).toMatchObject({
      status: 'compared',
      published: 'nearly two-thirds (37–39 of 60)',
      audit: '90% (18/20)',
      difference: '+25 to +28 points (95% interval +2 to +43)',
      outcome: 'more than chance would explain at both ends',
      significant: true,
    });
    expect(words.status === 'compared' && words.note).toContain('nearly two-thirds');
  });

  it('marks a small base and says when there is nothing to compare', () => {
    const small = AuditScenario.withFramework(lacFramework())
      .answer(5, { 'alloc-prompt': 'yes' })
      .answer(3, { 'alloc-prompt': 'no' })
      .findings();
    // 5 of 8 (62.5%, 63%) against 35 of 60 (58.3%): +4.2 points, +4.
    expect(wordsFor(small, 'alloc-prompt')).toMatchObject({
      published: '58% (35/60)',
      audit: '63% (5/8) †',
      difference: '+4 points (95% interval −30 to +31)',
      smallBase: true,
    });
    expect(wordsFor(small, 'reoffended')).toEqual({
      status: 'not-comparable',
      published: '18 of 60 (“18 cases”)',
      location: 'Table 1, reoffended',
      reason: 'not comparable: this audit has no applicable cases',
    });
  });

  it('marks a range the report gives on a small base', () => {
    const figure = LAC_BENCHMARKS.figures.find((f) => f.itemId === 'safeguarded')!;
    const small = { ...figure, base: 8, range: { low: 5, high: 6 } };
    const finding = audit.questions.find((q) => q.itemId === 'safeguarded')!;
    expect(benchmarkWords(compareWithBenchmark(finding, small))).toMatchObject({
      published: 'nearly two-thirds (5–6 of 8 †)',
      audit: '90% (18/20)',
      smallBase: true,
    });
  });

  it('writes points with their sign and states the method', () => {
    expect([signedPoints(-13), signedPoints(0), signedPoints(12)]).toEqual(['−13', '0', '+12']);
    expect(benchmarkMethodSentence()).toContain('this audit’s figure minus the published figure');
    expect(benchmarkMethodSentence()).toContain('Newcombe’s hybrid score interval');
  });
});

describe('benchmarkWords in Welsh', () => {
  const audit = lacBenchmarkAudit().findings();
  const compare = (id: string) => compareWithBenchmarks(audit.questions, LAC_BENCHMARKS).get(id)!;

  it('says the comparison, the range and the method in Welsh, with the same figures', async () => {
    const cy = createTranslator('cy', await loadCatalogue('cy'));
    expect(benchmarkWords(compare('alloc-prompt'), cy)).toMatchObject({
      published: '42% (25/60), ochr arall “58%” yr adroddiad',
      audit: '55% (11/20)',
      difference: '+13 pwynt (cyfwng 95% −11 i +36)',
      outcome: 'dim mwy nag y byddai siawns yn ei egluro',
    });
    const range = benchmarkWords(compare('safeguarded'), cy);
    expect(range).toMatchObject({
      published: 'nearly two-thirds (37–39 o 60)',
      difference: '+25 i +28 pwynt (cyfwng 95% +2 i +43)',
      outcome: 'mwy nag y byddai siawns yn ei egluro ar y ddau ben',
      note: 'Mae geiriau’r adroddiad (“nearly two-thirds”) yn caniatáu 37 i 39 o 60; o gymharu â’r ddau ben, mae’r gwahaniaeth yn fwy nag y byddai siawns yn ei egluro ar y ddau ben.',
    });
    expect(benchmarkMethodSentence(cy)).toContain('cyfwng sgôr hybrid Newcombe');
  });

  it('says why a figure is not compared in Welsh', async () => {
    const cy = createTranslator('cy', await loadCatalogue('cy'));
    const small = AuditScenario.withFramework(lacFramework())
      .answer(5, { 'alloc-prompt': 'yes' })
      .findings();
    const none = compareWithBenchmarks(small.questions, LAC_BENCHMARKS).get('reoffended')!;
    expect(benchmarkWords(none, cy)).toMatchObject({
      published: '18 o 60 (“18 cases”)',
      reason: 'dim modd cymharu: nid oes gan yr archwiliad hwn achosion perthnasol',
    });
  });
});
