import { describe, expect, it } from 'vitest';
import { createTranslator, type FindingsResult, type Question } from '../../../../src/core';
import { compareWithBenchmarks } from '../../../../src/core/benchmarks/compareWithBenchmark';
import { indexFramework } from '../../../../src/core/framework/frameworkItems';
import { evidenceFigureLine } from '../../../../src/core/register/evidenceFigure';
import { loadCatalogue } from '../../../../src/i18n/catalogues';
import { lacBenchmarkAudit } from '../../../fixtures/lacBenchmarkAudit';
import { LAC_BENCHMARKS } from '../../../fixtures/lacBenchmarks';
import { lacFramework } from '../../../fixtures/lacFramework';
import { AuditScenario } from '../../../scenario/auditScenario';

const framework = lacFramework();

function question(id: string): Question {
  const entry = indexFramework(framework).itemById.get(id);
  if (entry?.type !== 'question') throw new Error(`no question ${id}`);
  return entry.item;
}

function line(result: FindingsResult, id: string, withBenchmarks = true): string {
  const finding = result.questions.find((q) => q.itemId === id);
  const compared = withBenchmarks
    ? compareWithBenchmarks(result.questions, LAC_BENCHMARKS).get(id)
    : undefined;
  return evidenceFigureLine(question(id), finding, compared);
}

describe('the evidence line for a question linked to figures', () => {
  const audit = lacBenchmarkAudit().findings();

  it('sets the published figure beside this audit’s, on the side the finding states', () => {
    // 9 of 20 allocated promptly: the finding states the 11 not (55%); the report's 35 of 60
    // allocated promptly is 25 of 60 (41.7%, 42%) not.
    expect(line(audit, 'alloc-prompt')).toBe(
      'The case was not allocated promptly: 42% (25 of 60) published → 55% (11 of 20) in this audit',
    );
  });

  it('gives the range the report’s words allow', () => {
    // 18 of 20 safeguarded (90%) against "nearly two-thirds" of 60: 37 to 39.
    expect(line(audit, 'safeguarded')).toBe(
      'The child had been effectively safeguarded: nearly two-thirds (37–39 of 60) published → 90% (18 of 20) in this audit',
    );
  });

  it('names the question and the answers counted where the framework words no finding', () => {
    // A fact about the case: 12 of 20 "Yes" (60%) against 40 of 60 (66.7%, 67%).
    expect(line(audit, 'emh-factor')).toBe(
      'Were emotional or mental health issues a factor in this case (Yes): 67% (40 of 60) published → 60% (12 of 20) in this audit',
    );
  });

  it('marks a small base', () => {
    const small = AuditScenario.withFramework(framework)
      .answer(5, { 'alloc-prompt': 'yes' })
      .answer(3, { 'alloc-prompt': 'no' })
      .findings();
    // 5 of 8 allocated promptly: 62.5%, printed 63%, on a base under 10; the report's 35 of 60
    // (58.3%) on the same side.
    expect(line(small, 'alloc-prompt')).toBe(
      'The case was allocated promptly: 58% (35 of 60) published → 63% (5 of 8) † in this audit',
    );
  });

  it('gives this audit’s figure alone when no published figure stands beside it', () => {
    // 14 of 20 sent information promptly (70%).
    expect(line(audit, 'info-transfer', false)).toBe(
      'The home YOT sent accurate, up-to-date information promptly: 70% (14 of 20) in this audit (no published figure)',
    );
    const none = AuditScenario.withFramework(framework).answer(2, { reoffended: 'yes' }).findings();
    expect(line(none, 'alloc-prompt', false)).toBe(
      'The case was allocated promptly: no applicable cases in this audit (no published figure)',
    );
  });
});

describe('the evidence line in Welsh', () => {
  it('says the published and this audit’s figures in Welsh, the figures unchanged', async () => {
    const cy = createTranslator('cy', await loadCatalogue('cy'));
    const audit = lacBenchmarkAudit().findings();
    const welsh = (id: string, withBenchmarks = true) =>
      evidenceFigureLine(
        question(id),
        audit.questions.find((q) => q.itemId === id),
        withBenchmarks ? compareWithBenchmarks(audit.questions, LAC_BENCHMARKS).get(id) : undefined,
        cy,
      );
    // The finding's statement is the framework's words; the figures are those of the English.
    expect(welsh('alloc-prompt')).toBe(
      'The case was not allocated promptly: 42% (25 o 60) wedi’i gyhoeddi → 55% (11 o 20) yn yr archwiliad hwn',
    );
    expect(welsh('info-transfer', false)).toBe(
      'The home YOT sent accurate, up-to-date information promptly: 70% (14 o 20) yn yr archwiliad hwn (dim ffigur cyhoeddedig)',
    );
  });
});
