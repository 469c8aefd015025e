import { describe, expect, it } from 'vitest';
import {
  type CaseWithAnswers,
  checkReportText,
  computeFindings,
  currentFigures,
  findingsCasesOf,
} from '../../../../src/core';
import { printedFigures } from '../../../../src/core/report';
import { judgement, withQuestions } from '../../../fixtures/frameworkBuilder';

const framework = withQuestions([
  judgement('alloc', {
    finding: {
      positive: 'the case was allocated promptly',
      negative: 'the case was not allocated promptly',
    },
  }),
]);

/** 60 cases, `no` of them answered "no" to alloc. */
function cases(no: number): CaseWithAnswers[] {
  return Array.from({ length: 60 }, (_, i) => ({
    id: `c${i}`,
    inspectionId: 'i',
    ref: `LAC-01-${String(i + 1).padStart(2, '0')}`,
    areaId: 'a',
    stratumId: null,
    inspectorId: null,
    status: 'complete' as const,
    role: 'sample' as const,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    answers: {
      alloc: {
        value: i < no ? 'no' : 'yes',
        note: '',
        rev: 1,
        at: '2026-03-02T09:00:00.000Z',
        by: 'ap',
        device: 'd',
      },
    },
  }));
}

describe('figures in report text', () => {
  it('finds figures as the app and as people write them', () => {
    const found = printedFigures(
      'In 38% (23/60) of cases; in over one-third (38%, 23 of 60); and 23 out of 60 again.',
    );
    expect(found.map((f) => [f.percent, f.numerator, f.base])).toEqual([
      ['38', 23, 60],
      ['38', 23, 60],
      [null, 23, 60],
    ]);
  });

  it('flags an inserted sentence whose figure the data no longer gives', () => {
    // Inserted when 23 of 60 cases were not allocated promptly; one more case is "no" now.
    const sentence = computeFindings(framework, findingsCasesOf(cases(23)), {
      sentences: 'negative',
    }).questions[0]!;
    expect(sentence.type === 'proportion' && sentence.sentence).toBe(
      'In over one-third of cases (38%, 23 of 60) the case was not allocated promptly.',
    );
    const now = currentFigures(computeFindings(framework, findingsCasesOf(cases(24)), {}));
    const issues = checkReportText(
      'In over one-third of cases (38% (23/60)) the case was not allocated promptly.',
      now,
      { itemId: 'alloc', side: 'negative' },
    );
    expect(issues.map((i) => i.message)).toContain(
      'This sentence says 38% (23/60) but the data now gives 40% (24/60)',
    );
  });

  it('passes a sentence whose figure still holds', () => {
    const findings = computeFindings(framework, findingsCasesOf(cases(23)), {});
    const f = findings.questions[0]!;
    if (f.type !== 'proportion' || !f.sentenceSide) throw new Error('a proportion with a sentence');
    expect(
      checkReportText(f.sentence!, currentFigures(findings), {
        itemId: 'alloc',
        side: f.sentenceSide,
      }),
    ).toEqual([]);
  });

  it('flags a figure in free text that no finding gives, and words that contradict it', () => {
    const now = currentFigures(computeFindings(framework, findingsCasesOf(cases(23)), {}));
    const issues = checkReportText(
      'In over one-third of cases (24%, 14 of 60) nothing happened.',
      now,
    );
    expect(issues.map((i) => i.kind)).toEqual([
      'words-contradict-figure',
      'unknown-figure',
      'percent-contradicts-counts',
    ]);
  });

  it('leaves counts of other things alone', () => {
    const now = currentFigures(computeFindings(framework, findingsCasesOf(cases(23)), {}));
    expect(checkReportText('We visited 5 of 6 areas.', now)).toEqual([]);
  });
});
