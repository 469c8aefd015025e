import { describe, expect, it } from 'vitest';
import {
  type CaseWithAnswers,
  computeFindings,
  findingsCasesOf,
  joinCasesAndAnswers,
  type ProportionFinding,
} from '../../../../src/core';
import { layoutBars } from '../../../../src/report/charts/chartModel';
import {
  breakdownChart,
  chartText,
  optionsChart,
  proportionChart,
  scaleChart,
  standardChart,
} from '../../../../src/report/charts/findingsCharts';
import { findingsFixture, findingsFramework } from '../../../fixtures/findingsFixture';

const fixture = findingsFixture();
const framework = findingsFramework();
const cases: readonly CaseWithAnswers[] = joinCasesAndAnswers(fixture.cases, fixture.answers).cases;
const result = computeFindings(framework, findingsCasesOf(cases), { completeOnly: true });
const byArea = computeFindings(framework, findingsCasesOf(cases), {
  completeOnly: true,
  breakdownBy: 'area',
  names: { areas: fixture.inspection.areas },
});
const text = (id: string) => `Text of ${id}`;

describe('findings charts', () => {
  it('draws each scored question’s counted figure, as its row and sentence state it: Yes 72% (13/18), No 60% (3/5), small base marked', () => {
    const chart = standardChart(result, { id: 'reviewing', title: 'Reviewing' }, text);
    expect(chart.kind).toBe('proportions');
    expect(chart.title).toBe('Reviewing');
    expect(chart.bars).toEqual([
      {
        label: 'Text of rev',
        percent: (13 * 100) / 18,
        figure: 'Yes: 72% (13/18)',
        smallBase: false,
      },
      { label: 'Text of rev-why', percent: 60, figure: 'No: 60% (3/5) †', smallBase: true },
    ]);
    expect(chart.note).toMatch(/† Small base: fewer than 10 cases/);
  });

  it('leaves out questions without a percentage (text, neutral choices) and keeps a rating scale’s share positive', () => {
    const chart = standardChart(result, { id: 'assessment', title: 'Assessment' });
    expect(chart.bars.map((b) => [b.label, b.figure])).toEqual([
      ['emh', 'Yes: 83% (15/18)'],
      ['quality', 'Outstanding or Good: 50% (9/18)'],
    ]);
    expect(chart.note).toBeUndefined();
  });

  it('writes “no applicable cases” and draws no bar when the base is 0', () => {
    const none = computeFindings(framework, [], {});
    const chart = proportionChart('Empty', none.questions);
    expect(chart.bars[0]).toEqual({
      label: 'alloc',
      percent: null,
      figure: 'no applicable cases',
      smallBase: false,
    });
    expect(
      layoutBars(chart, { width: 100, barHeight: 10, gap: 2, labelWidth: 20, figureWidth: 30 })
        .bars[0]?.barWidth,
    ).toBe(0);
  });

  it('gives each breakdown group its own base: all 56% (9/16), North 50% (4/8), South 63% (5/8)', () => {
    const chart = breakdownChart(byArea, 'alloc', 'Allocated promptly')!;
    expect(chart.bars.map((b) => [b.label, b.figure, b.smallBase])).toEqual([
      ['All cases', 'Yes: 56% (9/16)', false],
      ['North YOT', 'Yes: 50% (4/8) †', true],
      ['South YOT', 'Yes: 63% (5/8) †', true],
    ]);
    expect(breakdownChart(result, 'alloc', 'No breakdown')).toBeNull();
    expect(breakdownChart(byArea, 'summary', 'A text question')).toBeNull();
  });

  it('describes a profile field option by option (male 67% (12/18)) and notes that multichoice counts can exceed n', () => {
    const gender = result.profile.find((f) => f.itemId === 'gender') as ProportionFinding;
    expect(optionsChart('Gender', gender).bars.map((b) => b.figure)).toEqual([
      '67% (12/18)',
      '33% (6/18)',
    ]);
    const needs = result.profile.find((f) => f.itemId === 'needs');
    if (needs?.type !== 'multichoice') throw new Error('needs is multichoice');
    const chart = optionsChart('Needs', needs);
    expect(chart.note).toMatch(/more than the 18 cases/);
    // Education: odd cases 1–17 (9); health: multiples of 3 (6); family: even cases (9).
    expect(chart.bars.map((b) => b.figure)).toEqual(['50% (9/18)', '33% (6/18)', '50% (9/18)']);
  });

  it('stacks a rating scale’s answers with one legend and a fill per option', () => {
    const quality = result.questions.find((f) => f.itemId === 'quality') as ProportionFinding;
    const chart = scaleChart('Quality', [quality]);
    expect(chart.legend).toEqual([
      { label: 'Outstanding', fill: 0 },
      { label: 'Good', fill: 1 },
      { label: 'Requires improvement', fill: 2 },
      { label: 'Inadequate', fill: 3 },
    ]);
    expect(chart.bars[0]?.segments.map((s) => s.count)).toEqual([4, 5, 5, 4]);
    expect(chart.bars[0]?.baseText).toBe('base 18');
  });

  it('puts every figure in the text alternative', () => {
    const chart = breakdownChart(byArea, 'alloc', 'Allocated promptly')!;
    expect(chartText(chart)).toBe(
      'Allocated promptly. All cases: Yes: 56% (9/16); North YOT: Yes: 50% (4/8), small base; South YOT: Yes: 63% (5/8), small base. † Small base: fewer than 10 cases. A figure on so few cases says little on its own. Such bars are hatched.',
    );
  });
});
