/**
 * The additions to the framework format: N/A and not known on number, date and text items,
 * "None of these" and "Other" options, rules on standards, sections, the case's area and
 * stratum and between two dates, and the text every field may hold.
 */
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../../../src/core';
import { checkFrameworkValue, loadFramework } from '../../../../src/core/framework/loadFramework';
import { judgement, minimalFramework, withQuestions } from '../../../fixtures/frameworkBuilder';
import {
  activitiesScale,
  schemaAdditionsFramework,
} from '../../../fixtures/schemaAdditionsFramework';

function errorsOf(value: unknown) {
  const result = checkFrameworkValue(value);
  return result.status === 'invalid' ? result.errors : [];
}

/** A deep copy to break on purpose. */
function copy(): Framework {
  return structuredClone(schemaAdditionsFramework());
}

const Q = (s: number, t: number, q: number) => `sections[${s}].standards[${t}].questions[${q}]`;

describe('a framework using every addition', () => {
  it('is valid, and reads back exactly as written', () => {
    const framework = schemaAdditionsFramework();
    expect(errorsOf(framework)).toEqual([]);
    const text = JSON.stringify(framework, null, 2);
    const loaded = loadFramework(text);
    expect(loaded.status).toBe('ok');
    if (loaded.status === 'ok') expect(loaded.value).toEqual(JSON.parse(text));
  });

  it('records where a duplicate came from', () => {
    const framework = schemaAdditionsFramework({
      basedOn: { id: 'hmip-lac-placed-away-2012', version: '1.0.1', title: 'LAC 2012' },
    });
    expect(errorsOf(framework)).toEqual([]);
  });
});

describe('text fields', () => {
  it('refuses a control character (a NUL in a standard title) and names where it is', () => {
    const framework = copy();
    framework.sections[0]!.standards[0]!.title = 'Engage\u0000ment';
    expect(errorsOf(framework)).toEqual([
      {
        path: 'sections[0].standards[0].title',
        message:
          'must not contain control characters (this field is one line: no tabs or line breaks): found U+0000 at character 7',
      },
    ]);
  });

  it('allows tabs and line breaks in multi-line text only', () => {
    const framework = copy();
    framework.sections[0]!.description = 'First line\n\tindented\r\nthird';
    framework.glossary = [{ term: 'MAPPA', definition: 'Multi-agency\npublic protection' }];
    expect(errorsOf(framework)).toEqual([]);
    framework.sections[0]!.title = 'Work\twith the child';
    framework.scales[1]!.options[0]!.label = 'Educa\ntion';
    expect(errorsOf(framework).map((e) => e.path)).toEqual([
      'scales[1].options[0].label',
      'sections[0].title',
    ]);
  });

  it('refuses DEL, C1 controls and unpaired surrogates, but not emoji', () => {
    const framework = copy();
    framework.title = 'Audit 😀 2026';
    expect(errorsOf(framework)).toEqual([]);
    framework.title = 'Audit \u007f';
    framework.publishers = ['Inspectorate \u0085'];
    framework.sections[0]!.standards[0]!.questions[0]!.text = 'Half \ud83d of a face';
    expect(errorsOf(framework)).toEqual([
      {
        path: 'title',
        message:
          'must not contain control characters (this field is one line: no tabs or line breaks): found U+007F at character 7',
      },
      {
        path: 'publishers[0]',
        message:
          'must not contain control characters (this field is one line: no tabs or line breaks): found U+0085 at character 14',
      },
      {
        path: `${Q(0, 0, 0)}.text`,
        message:
          'must not contain half of a character (an unpaired surrogate, U+D83D) at character 6',
      },
    ]);
  });

  it('refuses two options of one scale whose labels differ only in case and spaces', () => {
    const framework = minimalFramework({
      scales: [
        {
          id: 'yes-no',
          options: [
            { value: 'yes', label: 'Yes', meaning: 'positive' },
            { value: 'yes2', label: '  yes ', meaning: 'positive' },
            { value: 'no', label: 'Not  at all', meaning: 'negative' },
            { value: 'no2', label: 'not at ALL', meaning: 'negative' },
          ],
        },
      ],
    });
    expect(errorsOf(framework)).toEqual([
      {
        path: 'scales[0].options[1].label',
        message:
          'the label "  yes " is the same as option "yes"\'s: two answers a reader could not tell apart',
      },
      {
        path: 'scales[0].options[3].label',
        message:
          'the label "not at ALL" is the same as option "no"\'s: two answers a reader could not tell apart',
      },
    ]);
  });
});

describe('N/A and not known on number, date and text items', () => {
  it('are refused on a scaled question, which says so on its scale', () => {
    const framework = withQuestions([judgement('q1', { key: true, allowNotApplicable: true })]);
    expect(errorsOf(framework)).toEqual([
      {
        path: `${Q(0, 0, 0)}.allowNotApplicable`,
        message:
          'a judgement question offers N/A and "not known" through its scale: set "allowNotApplicable" on the scale',
      },
    ]);
  });
});

describe('"None of these" and "Other" options', () => {
  it('allow at most one of each per scale, never both on one option', () => {
    const framework = copy();
    framework.scales[1] = {
      ...activitiesScale,
      options: [
        ...activitiesScale.options,
        { value: 'nothing', label: 'Nothing', meaning: 'neutral', exclusive: true },
        { value: 'else', label: 'Something else', meaning: 'neutral', other: true },
        { value: 'both', label: 'Both', meaning: 'neutral', other: true, exclusive: true },
      ],
    };
    expect(errorsOf(framework)).toEqual([
      {
        path: 'scales[1].options[4].exclusive',
        message:
          'a scale has at most one "None of these" (exclusive) option; option "none" is already one',
      },
      {
        path: 'scales[1].options[6].exclusive',
        message:
          'a scale has at most one "None of these" (exclusive) option; option "none" is already one',
      },
      {
        path: 'scales[1].options[5].other',
        message:
          'a scale has at most one "Other (please say)" (other) option; option "other" is already one',
      },
      {
        path: 'scales[1].options[6].other',
        message:
          'a scale has at most one "Other (please say)" (other) option; option "other" is already one',
      },
      {
        path: 'scales[1].options[6]',
        message: 'option "both" cannot be both "None of these" (exclusive) and "Other" (other)',
      },
    ]);
  });

  it('belong to multichoice questions only', () => {
    const framework = copy();
    framework.profile.push({
      id: 'main',
      text: 'Main activity',
      kind: 'choice',
      scale: 'activities',
    });
    expect(errorsOf(framework)).toEqual([
      {
        path: 'profile[4].scale',
        message:
          'a choice question cannot use scale "activities": its "None of these" and "Other" options belong to multichoice questions only',
      },
    ]);
  });

  it('keep option codes free of ":" so that "other:Boxing club" reads one way only', () => {
    const framework = copy();
    framework.scales[1]!.options[0]!.value = 'edu:cation';
    expect(errorsOf(framework).map((e) => e.path)).toEqual(['scales[1].options[0].value']);
  });
});

describe('rules on standards and sections', () => {
  it('name only items asked before the questions they govern', () => {
    const framework = copy();
    framework.sections[0]!.standards[1]!.showWhen = { question: 'm1', equals: 'yes' };
    framework.sections[1]!.showWhen = { question: 'h1', answered: true };
    framework.sections[0]!.standards[2]!.showWhen = { question: 'nope', equals: 'yes' };
    expect(errorsOf(framework)).toEqual([
      {
        path: 'sections[0].standards[2].showWhen.question',
        message: 'refers to a question "nope" that this framework does not have',
      },
      {
        path: 'sections[0].standards[1].showWhen.question',
        message:
          'refers to "m1", which comes later; a rule can only depend on items asked before the questions it governs',
      },
      {
        path: 'sections[1].showWhen.question',
        message:
          'refers to "h1", which comes later; a rule can only depend on items asked before the questions it governs',
      },
    ]);
  });
});

describe("rules on the case's area and stratum", () => {
  it('name areas and strata the framework lists', () => {
    const framework = copy();
    framework.sections[0]!.standards[2]!.showWhen = {
      case: 'area',
      in: ['blackpool', 'preston'],
    };
    framework.sections[1]!.showWhen = { case: 'stratum', notEquals: 'away' };
    expect(errorsOf(framework)).toEqual([
      {
        path: 'sections[0].standards[2].showWhen.in[1]',
        message:
          'refers to an area "preston" that this framework does not list (it has: blackpool, leeds)',
      },
      {
        path: 'sections[1].showWhen.notEquals',
        message:
          'refers to a stratum "away" that this framework does not list (it has: host, home)',
      },
    ]);
  });

  it('take any id when the framework lists none, and only equals, notEquals or in', () => {
    const framework = copy();
    delete framework.areas;
    framework.sections[0]!.standards[2]!.showWhen = { case: 'area', equals: 'preston' };
    expect(errorsOf(framework)).toEqual([]);
    framework.sections[0]!.standards[2]!.showWhen = { case: 'area', answered: true };
    expect(errorsOf(framework)).toEqual([
      {
        path: 'sections[0].standards[2].showWhen.answered',
        message: "the case's area is compared with equals, notEquals, in, not answered",
      },
    ]);
  });
});

describe('rules comparing two dates', () => {
  it('compare dates only, counted from an earlier item', () => {
    const framework = copy();
    const e4 = framework.sections[0]!.standards[0]!.questions[3]!;
    e4.showWhen = { question: 'e1', daysAfter: { profile: 'placements', gt: 10 } };
    expect(errorsOf(framework)).toEqual([
      {
        path: `${Q(0, 0, 3)}.showWhen.daysAfter`,
        message: 'counts days after a date, but "e1" is a judgement question, not a date',
      },
      {
        path: `${Q(0, 0, 3)}.showWhen.daysAfter.profile`,
        message: 'counts days after "placements", which is a number question, not a date',
      },
    ]);
    e4.showWhen = { question: 'e3', daysAfter: { question: 'm1', lt: 5 } };
    expect(errorsOf(framework)).toEqual([
      {
        path: `${Q(0, 0, 3)}.showWhen.daysAfter.question`,
        message: 'counts days after "m1", which is a judgement question, not a date',
      },
      {
        path: `${Q(0, 0, 3)}.showWhen.daysAfter.question`,
        message:
          'refers to "m1", which comes later; a rule can only depend on items asked before it',
      },
    ]);
  });

  it('need a limit and one date to count from', () => {
    const framework = copy();
    const e4 = framework.sections[0]!.standards[0]!.questions[3]!;
    e4.showWhen = { question: 'e3', daysAfter: { profile: 'order-start' } };
    expect(errorsOf(framework)).toEqual([
      {
        path: `${Q(0, 0, 3)}.showWhen.daysAfter`,
        message: 'daysAfter needs "gt", "lt" or both',
      },
    ]);
  });
});
