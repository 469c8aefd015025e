import { describe, expect, it } from 'vitest';
import { draftProblems } from '../../../../../src/core/framework/editing/draftChecks';
import {
  editorPartOfPath,
  fieldIdCandidates,
  fieldIdOfPath,
  placeInWords,
} from '../../../../../src/core/framework/editing/fieldIds';
import {
  emptyRow,
  hasRuleSubjects,
  ruleSubjects,
} from '../../../../../src/core/framework/editing/ruleBuilder';
import { draftToRule, ruleToDraft } from '../../../../../src/core/framework/editing/ruleConversion';
import { judgement, minimalFramework } from '../../../../fixtures/frameworkBuilder';

const framework = minimalFramework({
  profile: [{ id: 'age', text: 'Age', kind: 'number' }],
  areas: [{ id: 'north', name: 'North' }],
  sections: [
    {
      id: 's1',
      title: 'One',
      standards: [
        { id: 'st1', title: 'A', questions: [judgement('q1'), judgement('q2'), judgement('q3')] },
        { id: 'st2', title: 'B', questions: [judgement('q4')] },
      ],
    },
  ],
});

describe('what a rule may look at', () => {
  it('offers only earlier items, and the case area', () => {
    const keys = (h: Parameters<typeof ruleSubjects>[1]) =>
      ruleSubjects(framework, h).map((s) => s.key);
    expect(keys({ kind: 'question', section: 0, standard: 0, question: 2 })).toEqual([
      'profile:age',
      'question:q1',
      'question:q2',
      'case:area',
    ]);
    expect(keys({ kind: 'standard', section: 0, standard: 1 })).toEqual([
      'profile:age',
      'question:q1',
      'question:q2',
      'question:q3',
      'case:area',
    ]);
    expect(keys({ kind: 'profile', at: 0 })).toEqual(['case:area']);
  });

  it('says whether there is anything to look at, as the list would', () => {
    const bare = minimalFramework({
      sections: [
        {
          id: 's',
          title: 'S',
          standards: [{ id: 't', title: 'T', questions: [judgement('a'), judgement('b')] }],
        },
      ],
    });
    expect(hasRuleSubjects(bare, { kind: 'question', section: 0, standard: 0, question: 0 })).toBe(
      false,
    );
    expect(hasRuleSubjects(bare, { kind: 'question', section: 0, standard: 0, question: 1 })).toBe(
      true,
    );
    expect(hasRuleSubjects(bare, { kind: 'standard', section: 0, standard: 0 })).toBe(false);
    expect(hasRuleSubjects(framework, { kind: 'profile', at: 0 })).toBe(true);
  });

  it('offers the answers of a scaled item, with N/A and not known when its scale allows them', () => {
    const q1 = ruleSubjects(framework, {
      kind: 'question',
      section: 0,
      standard: 0,
      question: 1,
    })[1]!;
    expect(q1.options.map((o) => o.label)).toEqual(['Yes', 'No', 'N/A', 'Not known']);
    expect(q1.tests).toEqual(['is', 'isNot', 'isOneOf', 'answered', 'notAnswered']);
  });
});

describe('choices to a rule and back', () => {
  const numeric = (key: string) => key === 'profile:age';
  it('builds one condition, and several combined with any, under not', () => {
    const row = {
      ...emptyRow(undefined),
      subject: 'question:q1',
      test: 'is' as const,
      value: 'no',
    };
    expect(draftToRule({ combine: 'all', negate: false, rows: [row] }, numeric)).toEqual({
      status: 'ok',
      rule: { question: 'q1', equals: 'no' },
    });
    const age = {
      ...emptyRow(undefined),
      subject: 'profile:age',
      test: 'moreThan' as const,
      value: '15',
    };
    const built = draftToRule({ combine: 'any', negate: true, rows: [row, age] }, numeric);
    expect(built).toEqual({
      status: 'ok',
      rule: {
        not: {
          any: [
            { question: 'q1', equals: 'no' },
            { profile: 'age', gt: 15 },
          ],
        },
      },
    });
    if (built.status === 'ok')
      expect(ruleToDraft(built.rule)).toEqual({ combine: 'any', negate: true, rows: [row, age] });
  });

  it('says what is missing rather than building half a rule', () => {
    const row = { ...emptyRow(undefined), subject: 'question:q1', test: 'isOneOf' as const };
    expect(draftToRule({ combine: 'all', negate: false, rows: [row] }, numeric)).toEqual({
      status: 'incomplete',
      problem: 'Condition 1: choose at least one answer',
    });
  });

  it('builds a days-after comparison and a case area condition', () => {
    const days = {
      ...emptyRow(undefined),
      subject: 'question:seen',
      test: 'daysAfter' as const,
      other: 'profile:referred',
      value: '10',
      compare: 'lt' as const,
      working: true,
    };
    const area = {
      ...emptyRow(undefined),
      subject: 'case:area',
      test: 'isOneOf' as const,
      values: ['north'],
    };
    expect(draftToRule({ combine: 'all', negate: false, rows: [days, area] }, numeric)).toEqual({
      status: 'ok',
      rule: {
        all: [
          { question: 'seen', daysAfter: { profile: 'referred', lt: 10, working: true } },
          { case: 'area', in: ['north'] },
        ],
      },
    });
  });

  it('leaves rules nested deeper than the builder shows to be read in words', () => {
    expect(ruleToDraft({ all: [{ any: [{ question: 'q1', answered: true }] }] })).toBeNull();
  });
});

describe('problems and their fields', () => {
  it('names the field and the part of the editor for a path', () => {
    expect(fieldIdOfPath('sections[0].standards[1].questions[2].text')).toBe(
      'fw-sections-0-standards-1-questions-2-text',
    );
    expect(editorPartOfPath('sections[0].standards[1].questions[2].text')).toEqual({
      part: 'standard',
      section: 0,
      standard: 1,
    });
    expect(editorPartOfPath('sections[0].standards')).toEqual({ part: 'sections' });
    expect(editorPartOfPath('scales[1].options[0].label')).toEqual({ part: 'scales' });
    expect(editorPartOfPath('glossary[0].term')).toEqual({ part: 'lists' });
    expect(editorPartOfPath('title')).toEqual({ part: 'details' });
    expect(fieldIdCandidates('profile[0].showWhen.question')).toEqual([
      'fw-profile-0-showWhen-question',
      'fw-profile-0-showWhen',
      'fw-profile-0',
      'fw-profile',
    ]);
  });

  it('says where a problem is in words', () => {
    expect(placeInWords('sections[0].standards[1].questions[2].text')).toBe(
      'Section 1, standard 2, question 3, text',
    );
    expect(placeInWords('scales[0].options[1].value')).toBe('Scale 1, option 2, value');
    expect(placeInWords('profile[0].showWhen.question')).toBe('Profile field 1, rule, question');
    expect(placeInWords('rating.bands[2].maxPercent')).toBe('Band 3, max percent');
    expect(placeInWords('shortTitle')).toBe('Short title');
  });

  it('checks a draft as an import does', () => {
    const draft = { ...framework, title: '' };
    expect(draftProblems(draft)).toEqual([
      {
        path: 'title',
        place: 'Title',
        message: 'must not be empty',
        fieldId: 'fw-title',
        part: { part: 'details' },
      },
    ]);
    expect(draftProblems(framework)).toEqual([]);
  });
});
