import { describe, expect, it } from 'vitest';
import { withKind } from '../../../../../src/core/framework/editing/items';
import { removalEffects } from '../../../../../src/core/framework/editing/removal';
import {
  renameItem,
  renameNamed,
  renameOption,
  renameScale,
} from '../../../../../src/core/framework/editing/renames';
import {
  addOption,
  moveOption,
  removeScale,
} from '../../../../../src/core/framework/editing/scales';
import { judgement, minimalFramework, yesNoScale } from '../../../../fixtures/frameworkBuilder';

function withRules() {
  return minimalFramework({
    scales: [yesNoScale],
    areas: [{ id: 'north', name: 'North' }],
    profile: [
      { id: 'mappa', text: 'MAPPA?', kind: 'judgement', scale: 'yes-no' },
      { id: 'referred', text: 'Referred', kind: 'date' },
    ],
    sections: [
      {
        id: 's1',
        title: 'One',
        showWhen: { case: 'area', equals: 'north' },
        standards: [
          {
            id: 'st1',
            title: 'A',
            showWhen: { profile: 'mappa', notEquals: 'no' },
            questions: [
              judgement('q1', { key: true }),
              judgement('q2', {
                showWhen: {
                  any: [
                    { question: 'q1', equals: 'yes' },
                    { profile: 'mappa', in: ['yes', 'no'] },
                  ],
                },
              }),
              {
                id: 'seen',
                text: 'Seen',
                kind: 'date',
                showWhen: { question: 'q1', answered: true },
              },
              {
                id: 'later',
                text: 'Later',
                kind: 'text',
                showWhen: { question: 'seen', daysAfter: { profile: 'referred', gt: 10 } },
              },
            ],
          },
        ],
      },
    ],
  });
}

describe('renaming an id updates every rule that names it', () => {
  it('renames a question and the rules that look at it', () => {
    const f = renameItem(
      withRules(),
      { type: 'question', section: 0, standard: 0, question: 0 },
      'allocated',
    );
    const qs = f.sections[0]!.standards[0]!.questions;
    expect(qs[0]!.id).toBe('allocated');
    expect(qs[1]!.showWhen).toEqual({
      any: [
        { question: 'allocated', equals: 'yes' },
        { profile: 'mappa', in: ['yes', 'no'] },
      ],
    });
    expect(qs[2]!.showWhen).toEqual({ question: 'allocated', answered: true });
  });

  it('renames a profile field in standard rules and in a days-after comparison', () => {
    const f = renameItem(
      renameItem(withRules(), { type: 'profile', at: 0 }, 'mappa-level'),
      { type: 'profile', at: 1 },
      'referral-date',
    );
    expect(f.profile.map((p) => p.id)).toEqual(['mappa-level', 'referral-date']);
    expect(f.sections[0]!.standards[0]!.showWhen).toEqual({
      profile: 'mappa-level',
      notEquals: 'no',
    });
    expect(f.sections[0]!.standards[0]!.questions[3]!.showWhen).toEqual({
      question: 'seen',
      daysAfter: { profile: 'referral-date', gt: 10 },
    });
  });

  it('renames an answer code in the rules that compare items on that scale with it', () => {
    const f = renameOption(withRules(), 0, 1, 'not-at-all');
    expect(f.scales[0]!.options.map((o) => o.value)).toEqual(['yes', 'not-at-all']);
    expect(f.sections[0]!.standards[0]!.showWhen).toEqual({
      profile: 'mappa',
      notEquals: 'not-at-all',
    });
    expect(f.sections[0]!.standards[0]!.questions[1]!.showWhen).toEqual({
      any: [
        { question: 'q1', equals: 'yes' },
        { profile: 'mappa', in: ['yes', 'not-at-all'] },
      ],
    });
  });

  it('renames a scale in the items on it, and an area in rules on the case', () => {
    const f = renameNamed(renameScale(withRules(), 0, 'yn'), 'areas', 0, 'north-east');
    expect(f.profile[0]!.scale).toBe('yn');
    expect(f.sections[0]!.standards[0]!.questions[0]!.scale).toBe('yn');
    expect(f.areas).toEqual([{ id: 'north-east', name: 'North' }]);
    expect(f.sections[0]!.showWhen).toEqual({ case: 'area', equals: 'north-east' });
  });
});

describe('an id typed letter by letter', () => {
  it('never ties two entries together when it passes through another one’s id', () => {
    const q2 = { type: 'question', section: 0, standard: 0, question: 1 } as const;
    // "q2" typed over: "q" and then "q1" (the first question's id) on the way to "q12".
    let f = renameItem(withRules(), q2, 'q');
    f = renameItem(f, q2, 'q1');
    f = renameItem(f, q2, 'q12');
    const qs = f.sections[0]!.standards[0]!.questions;
    expect(qs.map((q) => q.id)).toEqual(['q1', 'q12', 'seen', 'later']);
    expect(qs[2]!.showWhen).toEqual({ question: 'q1', answered: true });
  });
});

describe('what goes with a removal', () => {
  it('counts the standards, questions and rules of a section', () => {
    expect(removalEffects(withRules(), { kind: 'section', section: 0 })).toEqual([
      'Its 1 standard and 4 questions go with it.',
    ]);
  });

  it('names the rules that look at a removed item', () => {
    expect(
      removalEffects(withRules(), { kind: 'question', section: 0, standard: 0, question: 0 }),
    ).toEqual(['What is removed is named in 2 rules, which will need changing.']);
    expect(removalEffects(withRules(), { kind: 'profileField', at: 0 })).toEqual([
      'What is removed is named in 2 rules, which will need changing.',
    ]);
  });

  it('counts the items on a removed scale and the rules comparing with a removed answer', () => {
    expect(removalEffects(withRules(), { kind: 'scale', at: 0 })).toEqual([
      '3 questions or profile fields use it and will need another scale.',
    ]);
    expect(removalEffects(withRules(), { kind: 'option', scale: 0, at: 1 })).toEqual([
      'This answer is named in 2 rules, which will need changing.',
    ]);
    expect(removeScale(withRules(), 0).scales).toEqual([]);
  });
});

describe('scales and kinds', () => {
  it('adds an option with a free code and reorders options', () => {
    const f = addOption(withRules(), 0);
    expect(f.scales[0]!.options[2]).toEqual({ value: 'option-1', label: '', meaning: 'neutral' });
    expect(moveOption(f, 0, 2, 0).scales[0]!.options.map((o) => o.value)).toEqual([
      'option-1',
      'yes',
      'no',
    ]);
  });

  it('drops the fields the new kind may not have', () => {
    const f = withRules();
    const asNumber = withKind({ ...judgement('q9') }, 'number', f.scales);
    expect(asNumber).toEqual({ id: 'q9', text: 'Question q9?', kind: 'number' });
    const asChoice = withKind(
      { id: 'n', text: 'N', kind: 'number', unit: 'days', min: 0 },
      'choice',
      f.scales,
    );
    expect(asChoice).toEqual({ id: 'n', text: 'N', kind: 'choice', scale: 'yes-no' });
  });
});
