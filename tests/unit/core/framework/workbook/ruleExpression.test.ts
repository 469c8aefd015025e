import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../../../src/core';
import { printRuleExpression } from '../../../../../src/core/framework/workbook/printRuleExpression';
import {
  type ItemType,
  parseRuleExpression,
} from '../../../../../src/core/framework/workbook/ruleExpression';

const ITEMS: Record<string, ItemType> = {
  q1: 'question',
  'legal-status': 'profile',
  age: 'profile',
  'referral-date': 'profile',
  'plan-date': 'question',
  not: 'question',
};
const resolve = (id: string) => ITEMS[id];
const hasItem = (id: string) => id in ITEMS;

function parsed(source: string): Condition {
  const result = parseRuleExpression(source, resolve);
  if (result.status !== 'ok') throw new Error(result.problems.join('; '));
  return result.condition;
}

function problems(source: string): string[] {
  const result = parseRuleExpression(source, resolve);
  return result.status === 'ok' ? [] : result.problems;
}

describe('rule expressions, worked examples', () => {
  it.each<[string, Condition]>([
    ["q1 = 'yes'", { question: 'q1', equals: 'yes' }],
    ["q1 != 'no'", { question: 'q1', notEquals: 'no' }],
    ["q1 in ('yes', 'partly')", { question: 'q1', in: ['yes', 'partly'] }],
    ['answered(q1)', { question: 'q1', answered: true }],
    ['unanswered(q1)', { question: 'q1', answered: false }],
    ['age > 15', { profile: 'age', gt: 15 }],
    ['age < 10', { profile: 'age', lt: 10 }],
    ['age = 3', { profile: 'age', equals: 3 }],
    ["age = '3'", { profile: 'age', equals: '3' }],
    ["area = 'blackpool'", { case: 'area', equals: 'blackpool' }],
    ["stratum in ('host', 'home')", { case: 'stratum', in: ['host', 'home'] }],
    [
      'days_after(plan-date, referral-date) > 10',
      { question: 'plan-date', daysAfter: { profile: 'referral-date', gt: 10 } },
    ],
    [
      'working_days_after(plan-date, referral-date) < 10',
      { question: 'plan-date', daysAfter: { profile: 'referral-date', lt: 10, working: true } },
    ],
    [
      'days_after(plan-date, referral-date) > 3 and < 10',
      { question: 'plan-date', daysAfter: { profile: 'referral-date', gt: 3, lt: 10 } },
    ],
    [
      "legal-status in ('eligible', 'relevant') or age > 15",
      {
        any: [
          { profile: 'legal-status', in: ['eligible', 'relevant'] },
          { profile: 'age', gt: 15 },
        ],
      },
    ],
    [
      "q1 = 'yes' and (age > 15 or age < 10)",
      {
        all: [
          { question: 'q1', equals: 'yes' },
          {
            any: [
              { profile: 'age', gt: 15 },
              { profile: 'age', lt: 10 },
            ],
          },
        ],
      },
    ],
    ["not (q1 = 'no')", { not: { question: 'q1', equals: 'no' } }],
    ["q1 = 'it''s'", { question: 'q1', equals: "it's" }],
  ])('%s', (source, condition) => {
    expect(parsed(source)).toEqual(condition);
    expect(printRuleExpression(condition, hasItem)).toBe(source);
  });

  it('binds and tighter than or, as in arithmetic', () => {
    expect(parsed("q1 = 'a' or q1 = 'b' and age > 3")).toEqual({
      any: [
        { question: 'q1', equals: 'a' },
        {
          all: [
            { question: 'q1', equals: 'b' },
            { profile: 'age', gt: 3 },
          ],
        },
      ],
    });
  });

  it('keeps the nesting it was given, so a rule prints and reads back the same', () => {
    const nested: Condition = {
      all: [
        {
          all: [
            { question: 'q1', equals: 'a' },
            { profile: 'age', gt: 3 },
          ],
        },
        {
          not: {
            any: [
              { profile: 'age', lt: 1 },
              { question: 'q1', answered: true },
            ],
          },
        },
      ],
    };
    const text = printRuleExpression(nested, hasItem);
    expect(text).toBe("(q1 = 'a' and age > 3) and not (age < 1 or answered(q1))");
    expect(parsed(text)).toEqual(nested);
  });

  it('reads what Excel types: curly quotes, AND in capitals, == and <>, no spaces', () => {
    expect(parsed('q1 = ‘yes’ AND age>15')).toEqual(parsed("q1 = 'yes' and age > 15"));
    expect(parsed('q1 == "yes"')).toEqual({ question: 'q1', equals: 'yes' });
    expect(parsed("q1 <> 'no'")).toEqual({ question: 'q1', notEquals: 'no' });
  });

  it('lets an item be called "not", and writes the case area as case(area) when an item is called area', () => {
    expect(parsed("not = 'yes'")).toEqual({ question: 'not', equals: 'yes' });
    expect(parsed("not not = 'yes'")).toEqual({ not: { question: 'not', equals: 'yes' } });
    const withArea = (id: string) => id === 'area' || hasItem(id);
    expect(printRuleExpression({ case: 'area', equals: 'x' }, withArea)).toBe("case(area) = 'x'");
    expect(parseRuleExpression("case(area) = 'x'", resolve)).toEqual({
      status: 'ok',
      condition: { case: 'area', equals: 'x' },
    });
  });
});

describe('rule expressions that cannot be read', () => {
  it.each([
    ["q9 = 'yes'", 'no question or profile field "q9" in this framework'],
    ['q1 = yes', "put the answer in quotes: 'yes' (at character 6)"],
    ["q1 = 'yes", 'the quoted text at character 6 has no closing quote'],
    ["(q1 = 'yes'", 'expected a closing ")", found the end of the rule'],
    ["q1 'yes'", `expected =, !=, >, < or in, found "'yes'" at character 4`],
    ["q1 = 'a' q1 = 'b'", 'expected "and", "or" or the end, found "q1" at character 10'],
    ["age > 'ten'", `expected a number, found "'ten'" at character 7`],
    ['q1 = ', 'expected an answer in quotes or a number, found the end of the rule'],
    ["q1 = 'a' & q1 = 'b'", '"&" at character 10 is not understood'],
    [
      'days_after(plan-date, referral-date) = 3',
      'days are compared with > or <, not "=" at character 38',
    ],
  ])('%s', (source, problem) => {
    expect(problems(source)).toEqual([problem]);
  });

  it('names every unknown id, not only the first', () => {
    expect(problems("q8 = 'a' or q9 = 'b'")).toEqual([
      'no question or profile field "q8" in this framework',
      'no question or profile field "q9" in this framework',
    ]);
  });
});
