/**
 * Ranking the data's sentences as suggested key findings, on figures worked by hand:
 *
 * | question | key | positive / base | %    | ranked as | areas: North, South, East, West   | gap  |
 * | alloc    | yes | 33/60           | 55   | 35        | —                                 | —    |
 * | risk     | yes | 50/60           | 83.3 | 63.3      | —                                 | —    |
 * | visit    | no  | 30/60           | 50   | 50        | —                                 | —    |
 * | review   | no  | 23/60           | 38.3 | 38.3      | 9/20 45%, 6/15 40%, 7/20 35%, 1/5 | 10   |
 * | contact  | no  | 23/60           | 38.3 | 38.3      | 12/20 60%, 3/15 20%, 8/20 40%, 0/5| 40   |
 * | health   | no  | 1/4 (small)     | 25   | last      | —                                 | —    |
 * | plan     | no  | 0 (no base)     | —    | no sentence: nothing to suggest                | —    |
 *
 * A key question is ranked 20 points lower than its figure: alloc (55%) comes before the 38%
 * figures, risk (83%) stays after visit (50%). Review and contact tie at 38%: contact's 40-point
 * gap between areas puts it first. West's 0 of 5 and 1 of 5 are small bases, left out of the gap
 * (with them contact's would be 60 points). The small base comes last.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator, type ProportionFinding, suggestKeyFindings } from '../../../../src/core';
import type { FindingsCell } from '../../../../src/core/findings/findingTypes';
import { catalogueKey } from '../../../../src/core/i18n/catalogue';

function percentOf(positive: number, base: number): number | null {
  return base === 0 ? null : (positive / base) * 100;
}

function proportion(
  itemId: string,
  positive: number,
  base: number,
  key = false,
): ProportionFinding {
  const percent = percentOf(positive, base);
  const rounded = percent === null ? null : Math.round(percent);
  const option = (
    value: string,
    label: string,
    meaning: 'positive' | 'negative',
    count: number,
  ) => ({
    value,
    label,
    meaning,
    count,
    percent: percentOf(count, base),
    percentRounded: base === 0 ? null : Math.round((count / base) * 100),
    interval: null,
    smallBase: base > 0 && base < 10,
  });
  return {
    type: 'proportion',
    itemId,
    kind: 'judgement',
    standardId: 'std',
    key,
    scored: true,
    notApplicable: 0,
    notKnown: 0,
    unanswered: 0,
    hidden: 0,
    invalid: 0,
    percent,
    percentRounded: rounded,
    interval: null,
    smallBase: base > 0 && base < 10,
    options: [
      option('yes', 'Yes', 'positive', positive),
      option('no', 'No', 'negative', base - positive),
    ],
    positive,
    negative: base - positive,
    neutral: 0,
    base,
    notKnownInBase: false,
    quantifier: base === 0 ? null : 'some',
    sentence:
      base === 0
        ? null
        : `In ${rounded}% of cases (${rounded}%, ${positive} of ${base}) ${itemId} was done.`,
    sentenceSide: base === 0 ? null : 'positive',
    adverse: false,
    counted: null,
  };
}

function area(key: string, questions: ProportionFinding[]): FindingsCell {
  return { key, label: key, cases: 20, profile: [], questions, standards: [], overall: null };
}

const findings = [
  proportion('plan', 0, 0),
  proportion('review', 23, 60),
  proportion('alloc', 33, 60, true),
  proportion('health', 1, 4),
  proportion('visit', 30, 60),
  proportion('contact', 23, 60),
  proportion('risk', 50, 60, true),
];
const areas = [
  area('North', [proportion('review', 9, 20), proportion('contact', 12, 20)]),
  area('South', [proportion('review', 6, 15), proportion('contact', 3, 15)]),
  area('East', [proportion('review', 7, 20), proportion('contact', 8, 20)]),
  area('West', [proportion('review', 1, 5), proportion('contact', 0, 5)]),
];

describe('suggested key findings', () => {
  it('ranks the lowest figures first, key questions lifted, small bases last, each with its reasons', () => {
    const suggestions = suggestKeyFindings(findings, { scope: 'chapter', areas });
    expect(suggestions.map((s) => [s.finding.itemId, s.reasons])).toEqual([
      ['alloc', ['Key question', 'Yes in 55% (33/60)']],
      [
        'contact',
        [
          'Lowest figure in this chapter: Yes in 38% (23/60)',
          'Areas differ by 40 points: 60% (12/20) in North against 20% (3/15) in South',
        ],
      ],
      // A 10-point gap is not worth a reason (under 20 points).
      ['review', ['Yes in 38% (23/60)']],
      ['visit', ['Yes in 50% (30/60)']],
      ['risk', ['Key question', 'Yes in 83% (50/60)']],
      ['health', ['Small base: Yes in 25% (1/4) †']],
    ]);
  });

  it('carries the sentence as it is, with the question and count it states', () => {
    const [first] = suggestKeyFindings(findings, { scope: 'chapter' });
    expect(first).toMatchObject({
      text: 'In 55% of cases (55%, 33 of 60) alloc was done.',
      source: { itemId: 'alloc', side: 'positive' },
    });
  });

  it('breaks a tie by framework order when there is no breakdown by area', () => {
    const order = suggestKeyFindings(findings, { scope: 'chapter' }).map((s) => s.finding.itemId);
    expect(order).toEqual(['alloc', 'review', 'contact', 'visit', 'risk', 'health']);
  });

  it('names the report, not the chapter, for the summary', () => {
    const summary = suggestKeyFindings(findings, { scope: 'summary' });
    expect(summary.find((s) => s.finding.itemId === 'review')?.reasons).toEqual([
      'Lowest figure in the report: Yes in 38% (23/60)',
    ]);
  });

  it('gives no suggestion for a question with no sentence, and none at all from no figures', () => {
    expect(
      suggestKeyFindings(findings, { scope: 'chapter' }).some((s) => s.finding.itemId === 'plan'),
    ).toBe(false);
    expect(suggestKeyFindings([proportion('plan', 0, 0)], { scope: 'chapter' })).toEqual([]);
  });

  it('calls nothing the lowest when every figure stands on a small base', () => {
    const small = suggestKeyFindings([proportion('a', 2, 5), proportion('b', 1, 5)], {
      scope: 'chapter',
    });
    expect(small.map((s) => s.reasons)).toEqual([
      ['Small base: Yes in 20% (1/5) †'],
      ['Small base: Yes in 40% (2/5) †'],
    ]);
  });
});

describe('suggested key findings in Welsh', () => {
  const welsh = createTranslator('cy', {
    [catalogueKey('report.figures', 'Key question')]: 'Cwestiwn allweddol',
    [catalogueKey('report.figures', 'Small base: {figure}')]: 'Sylfaen fach: {figure}',
  });

  it('give their reasons in the editor’s language', () => {
    const suggestions = suggestKeyFindings(findings, { scope: 'chapter' }, welsh);
    const reasons = suggestions.flatMap((s) => s.reasons);
    expect(reasons).toContain('Cwestiwn allweddol');
    expect(reasons).toContain('Sylfaen fach: Yes in 25% (1/4) †');
    expect(reasons).not.toContain('Key question');
  });
});
