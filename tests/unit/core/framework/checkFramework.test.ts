import { describe, expect, it } from 'vitest';
import { type Condition, loadFramework, type Standard } from '../../../../src/core';
import { checkFrameworkValue } from '../../../../src/core/framework/loadFramework';
import { judgement, minimalFramework, withQuestions } from '../../../fixtures/frameworkBuilder';
import { richFramework } from './richFramework';

function errorsOf(value: unknown) {
  const result = checkFrameworkValue(value);
  return result.status === 'invalid' ? result.errors : [];
}

const Q = (i: number) => `sections[0].standards[0].questions[${i}]`;

describe('checkFramework', () => {
  it('accepts a minimal framework, and one using every part of the format', () => {
    expect(checkFrameworkValue(minimalFramework()).status).toBe('ok');
    expect(errorsOf(richFramework())).toEqual([]);
  });

  it('names a rule that refers to a later question', () => {
    const framework = withQuestions([
      judgement('q1', { key: true, showWhen: { question: 'q2', equals: 'yes' } }),
      judgement('q2'),
    ]);
    expect(errorsOf(framework)).toEqual([
      {
        path: `${Q(0)}.showWhen.question`,
        message:
          'refers to "q2", which comes later; a rule can only depend on items asked before it',
      },
    ]);
  });

  it('names a profile field whose rule refers to a question (questions come after the profile)', () => {
    const framework = minimalFramework({
      profile: [
        {
          id: 'p1',
          text: 'P?',
          kind: 'choice',
          scale: 'yes-no',
          showWhen: { question: 'q1', answered: true },
        },
      ],
    });
    expect(errorsOf(framework)).toEqual([
      {
        path: 'profile[0].showWhen.question',
        message:
          'refers to "q1", which comes later; a rule can only depend on items asked before it',
      },
    ]);
  });

  it('reports JSON syntax errors with line and column', () => {
    const result = loadFramework('{\n  "id": "x",\n  oops\n}');
    expect(result.status).toBe('invalid');
    if (result.status === 'invalid') expect(result.errors[0]!.message).toMatch(/line 3/);
  });

  describe('duplicate ids', () => {
    it('finds a question id used twice, and a question reusing a profile field id', () => {
      const framework = withQuestions(
        [judgement('q1', { key: true }), judgement('q1'), judgement('age')],
        { profile: [{ id: 'age', text: 'Age', kind: 'number' }] },
      );
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(1)}.id`,
          message: `question or profile field id "q1" is used twice (first at ${Q(0)})`,
        },
        {
          path: `${Q(2)}.id`,
          message: 'question or profile field id "age" is used twice (first at profile[0])',
        },
      ]);
    });

    it('finds duplicate scales, option values, sections, standards, areas and strata', () => {
      const yesNo = minimalFramework().scales[0]!;
      const framework = minimalFramework({
        scales: [
          yesNo,
          {
            id: 'yes-no',
            options: [
              { value: 'a', label: 'A', meaning: 'positive' },
              { value: 'a', label: 'A again', meaning: 'negative' },
            ],
          },
        ],
        sections: [
          {
            id: 's1',
            title: 'One',
            standards: [{ id: 'st1', title: 'A', questions: [judgement('q1', { key: true })] }],
          },
          {
            id: 's1',
            title: 'Two',
            standards: [{ id: 'st1', title: 'B', questions: [judgement('q2', { key: true })] }],
          },
        ],
        areas: [
          { id: 'north', name: 'North' },
          { id: 'north', name: 'North again' },
        ],
        strata: [
          { id: 'host', name: 'Host' },
          { id: 'host', name: 'Host again' },
        ],
      });
      expect(errorsOf(framework)).toEqual([
        { path: 'scales[1].id', message: 'scale id "yes-no" is used twice (first at scales[0])' },
        {
          path: 'scales[1].options[1].id',
          message: 'option value id "a" is used twice (first at scales[1].options[0])',
        },
        {
          path: 'sections[1].id',
          message: 'section id "s1" is used twice (first at sections[0])',
        },
        {
          path: 'sections[1].standards[0].id',
          message: 'standard id "st1" is used twice (first at sections[0].standards[0])',
        },
        { path: 'areas[1].id', message: 'area id "north" is used twice (first at areas[0])' },
        { path: 'strata[1].id', message: 'stratum id "host" is used twice (first at strata[0])' },
      ]);
    });
  });

  describe('references', () => {
    it('finds a rule naming a question or profile field that does not exist', () => {
      const framework = withQuestions([
        judgement('q1', { key: true }),
        judgement('q2', { showWhen: { question: 'nope', equals: 'yes' } }),
        judgement('q3', { showWhen: { any: [{ profile: 'gone', answered: true }] } }),
      ]);
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(1)}.showWhen.question`,
          message: 'refers to a question "nope" that this framework does not have',
        },
        {
          path: `${Q(2)}.showWhen.any[0].profile`,
          message: 'refers to a profile field "gone" that this framework does not have',
        },
      ]);
    });

    it('says to write "profile" when a rule names a profile field as a question', () => {
      const framework = withQuestions(
        [judgement('q1', { key: true, showWhen: { question: 'mappa', equals: 'yes' } })],
        { profile: [{ id: 'mappa', text: 'MAPPA?', kind: 'choice', scale: 'yes-no' }] },
      );
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(0)}.showWhen.question`,
          message: '"mappa" is a profile field: write "profile": "mappa"',
        },
      ]);
    });

    it('finds a question using a scale that does not exist', () => {
      const framework = withQuestions([judgement('q1', { key: true, scale: 'missing' })]);
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(0)}.scale`,
          message: 'refers to a scale "missing" that this framework does not have',
        },
      ]);
    });
  });

  describe('cycles', () => {
    it('names a cycle of two rules once, not as a later reference', () => {
      const framework = withQuestions([
        judgement('q1', { key: true, showWhen: { question: 'q2', equals: 'yes' } }),
        judgement('q2', { showWhen: { question: 'q1', equals: 'yes' } }),
      ]);
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(0)}.showWhen`,
          message: 'rules form a cycle: "q1" → "q2" → "q1"',
        },
      ]);
    });

    it('names a rule that depends on its own question', () => {
      const framework = withQuestions([
        judgement('q1', { key: true, showWhen: { not: { question: 'q1', equals: 'no' } } }),
      ]);
      expect(errorsOf(framework)).toEqual([
        { path: `${Q(0)}.showWhen`, message: 'rules form a cycle: "q1" → "q1"' },
      ]);
    });
  });

  describe('values compared in rules', () => {
    it('finds an option value the referenced question cannot have, in equals and in a list', () => {
      const framework = withQuestions([
        judgement('q1', { key: true }),
        judgement('q2', { showWhen: { question: 'q1', equals: 'maybe' } }),
        judgement('q3', { showWhen: { question: 'q1', in: ['yes', 'Yes'] } }),
      ]);
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(1)}.showWhen.equals`,
          message:
            '"maybe" is not an answer "q1" can have (its scale "yes-no" has: yes, no, na, not_known)',
        },
        {
          path: `${Q(2)}.showWhen.in[1]`,
          message:
            '"Yes" is not an answer "q1" can have (its scale "yes-no" has: yes, no, na, not_known)',
        },
      ]);
    });

    it('refuses N/A in a rule when the scale does not offer it', () => {
      const framework = withQuestions(
        [
          judgement('q1', { key: true }),
          judgement('q2', { showWhen: { question: 'q1', notEquals: 'na' } }),
        ],
        {
          scales: [
            {
              id: 'yes-no',
              options: [
                { value: 'yes', label: 'Yes', meaning: 'positive' },
                { value: 'no', label: 'No', meaning: 'negative' },
              ],
            },
          ],
        },
      );
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(1)}.showWhen.notEquals`,
          message: '"na" is not an answer "q1" can have (its scale "yes-no" has: yes, no)',
        },
      ]);
    });

    it('refuses gt and lt on a question that is not a number', () => {
      const gt: Condition = { question: 'q1', gt: 3 };
      const lt: Condition = { question: 'q1', lt: 3 };
      const framework = withQuestions([
        judgement('q1', { key: true }),
        judgement('q2', { showWhen: gt }),
        judgement('q3', { showWhen: { all: [{ question: 'q1', equals: 'yes' }, lt] } }),
      ]);
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(1)}.showWhen.gt`,
          message: 'compares "q1" as a number, but it is a judgement question',
        },
        {
          path: `${Q(2)}.showWhen.all[1].lt`,
          message: 'compares "q1" as a number, but it is a judgement question',
        },
      ]);
    });
  });

  describe('rating bands', () => {
    const band = (label: string, minPercent: number, maxPercent: number, points: number) => ({
      label,
      minPercent,
      maxPercent,
      rating: label,
      points,
    });
    const rated = (bands: ReturnType<typeof band>[]) =>
      minimalFramework({
        rating: { bands, rounding: 'none', standardRule: 'lowest-key-question' },
      });

    it('finds overlapping bands', () => {
      expect(errorsOf(rated([band('Low', 0, 60, 0), band('High', 50, 100, 1)]))).toEqual([
        {
          path: 'rating.bands[1].minPercent',
          message: 'bands overlap: "Low" runs to 60% but "High" starts at 50%',
        },
      ]);
    });

    it('finds a gap between bands', () => {
      expect(errorsOf(rated([band('Low', 0, 50, 0), band('High', 55, 100, 1)]))).toEqual([
        {
          path: 'rating.bands[1].minPercent',
          message: 'the bands leave a gap between 50% and 55%',
        },
      ]);
    });

    it('finds bands that start above 0% or stop short of 100%', () => {
      expect(errorsOf(rated([band('Low', 10, 50, 0), band('High', 50, 90, 1)]))).toEqual([
        {
          path: 'rating.bands[0].minPercent',
          message: 'the bands leave a gap: nothing covers 0% to 10%',
        },
        {
          path: 'rating.bands[1].maxPercent',
          message: 'the bands leave a gap: nothing covers 90% to 100%',
        },
      ]);
    });

    it('finds a band whose bounds are the wrong way round (bands may be listed in any order)', () => {
      expect(
        errorsOf(
          rated([band('High', 50, 100, 1), band('Empty', 50, 50, 0), band('Low', 0, 50, 0)]),
        ),
      ).toEqual([{ path: 'rating.bands[1]', message: 'minPercent must be below maxPercent' }]);
    });

    it('finds a standard rated from key questions that has none', () => {
      const framework = withQuestions([judgement('q1')], {
        rating: {
          bands: [band('All', 0, 100, 0)],
          rounding: 'none',
          standardRule: 'lowest-key-question',
        },
      });
      expect(errorsOf(framework)).toEqual([
        {
          path: 'sections[0].standards[0].questions',
          message:
            'standard "st1" is rated from its key questions but has none (mark some "key": true, or set "ratedBy")',
        },
      ]);
    });
  });

  describe('overall points bands', () => {
    // richFramework: 4 rated standards × at most 3 points = 12.
    const withOverall = (bands: { minPoints: number; maxPoints: number; rating: string }[]) => {
      const framework = richFramework();
      return {
        ...framework,
        rating: { ...framework.rating!, overall: { rule: 'sum-of-points' as const, bands } },
      };
    };

    it('accepts bands covering 0 to the most points the standards can earn', () => {
      expect(errorsOf(withOverall([{ minPoints: 0, maxPoints: 12, rating: 'Any' }]))).toEqual([]);
    });

    it('finds bands that do not end at the most points the standards can earn', () => {
      expect(
        errorsOf(
          withOverall([
            { minPoints: 0, maxPoints: 6, rating: 'Low' },
            { minPoints: 7, maxPoints: 36, rating: 'High' },
          ]),
        ),
      ).toEqual([
        {
          path: 'rating.overall.bands[1].maxPoints',
          message:
            'the overall bands should end at 12 points (4 rated standards × 3 points), not 36',
        },
      ]);
    });

    it('finds overlaps, gaps, a start above 0 and a band upside down', () => {
      expect(
        errorsOf(
          withOverall([
            { minPoints: 2, maxPoints: 4, rating: 'Low' },
            { minPoints: 4, maxPoints: 6, rating: 'Middle' },
            { minPoints: 9, maxPoints: 12, rating: 'High' },
          ]),
        ),
      ).toEqual([
        {
          path: 'rating.overall.bands[0].minPoints',
          message: 'the overall bands leave a gap: nothing covers 0 to 1 points',
        },
        {
          path: 'rating.overall.bands[1].minPoints',
          message: 'overall bands overlap: "Low" runs to 4 points but "Middle" starts at 4',
        },
        {
          path: 'rating.overall.bands[2].minPoints',
          message: 'the overall bands leave a gap between 6 and 9 points',
        },
      ]);
      expect(
        errorsOf(
          withOverall([
            { minPoints: 0, maxPoints: 12, rating: 'All' },
            { minPoints: 12, maxPoints: 6, rating: 'Odd' },
          ]),
        ),
      ).toEqual([
        { path: 'rating.overall.bands[1]', message: 'minPoints must not be above maxPoints' },
      ]);
    });
  });

  describe('key questions', () => {
    it('finds a key question whose scale has no positive option', () => {
      const framework = withQuestions([judgement('q1', { key: true, scale: 'facts' })], {
        scales: [
          {
            id: 'facts',
            options: [
              { value: 'a', label: 'A', meaning: 'neutral' },
              { value: 'b', label: 'B', meaning: 'negative' },
            ],
          },
        ],
      });
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(0)}.scale`,
          message:
            'key question "q1" uses scale "facts", which has no positive option, so it can never be counted',
        },
      ]);
    });

    it('finds a key question that is a number or a multiple choice', () => {
      const framework = withQuestions([
        { id: 'q1', text: 'How many?', kind: 'number', key: true },
        { id: 'q2', text: 'Which?', kind: 'multichoice', scale: 'yes-no', key: true },
      ]);
      expect(errorsOf(framework)).toEqual([
        {
          path: `${Q(0)}.key`,
          message: 'a key question must be a judgement, rating or choice question, not number',
        },
        {
          path: `${Q(1)}.key`,
          message: 'a key question must be a judgement, rating or choice question, not multichoice',
        },
      ]);
    });
  });

  describe('empty parts', () => {
    it('finds a section with no standards and a standard with no questions', () => {
      const empty: Standard = { id: 'st2', title: 'Empty', questions: [] };
      const framework = minimalFramework({
        sections: [
          {
            id: 's1',
            title: 'One',
            standards: [
              { id: 'st1', title: 'A', questions: [judgement('q1', { key: true })] },
              empty,
            ],
          },
          { id: 's2', title: 'Two', standards: [] },
        ],
      });
      expect(errorsOf(framework)).toEqual([
        {
          path: 'sections[0].standards[1].questions',
          message: 'standard "st2" is empty: it needs at least one question',
        },
        {
          path: 'sections[1].standards',
          message: 'section "s2" is empty: it needs at least one standard',
        },
      ]);
    });

    it('accepts a standard with no questions when the lead rates it', () => {
      const framework = minimalFramework({
        sections: [
          {
            id: 's1',
            title: 'One',
            standards: [
              { id: 'st1', title: 'A', questions: [judgement('q1', { key: true })] },
              { id: 'st2', title: 'Led', ratedBy: 'lead-judgement', questions: [] },
            ],
          },
        ],
      });
      expect(errorsOf(framework)).toEqual([]);
    });
  });
});
