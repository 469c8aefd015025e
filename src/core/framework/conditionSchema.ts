/**
 * Applicability rules (`showWhen`) as data: the shape of one condition. Which items a rule may
 * name, and that it only looks back, are checked in checkRules.ts.
 */
import { z } from 'zod';

import { idSchema, refuseBadCharacters } from './schemaText';

const scalarSchema = z.union([
  z.string().max(200).superRefine(refuseBadCharacters(false)),
  z.number(),
]);

/** Two dates compared: the rule's date is after this one by more than `gt` / fewer than `lt` days. */
export type DaysAfter = {
  question?: string;
  profile?: string;
  gt?: number;
  lt?: number;
  /** Count working days (Monday to Friday; no list of holidays) instead of calendar days. */
  working?: boolean;
};

export const daysAfterSchema = z
  .strictObject({
    question: idSchema.optional(),
    profile: idSchema.optional(),
    gt: z.number().int('must be a whole number of days').optional(),
    lt: z.number().int('must be a whole number of days').optional(),
    working: z.boolean().optional(),
  })
  .superRefine((rule, ctx) => {
    if ((rule.question === undefined) === (rule.profile === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'daysAfter names exactly one "question" or "profile" date to count from',
      });
    }
    if (rule.gt === undefined && rule.lt === undefined) {
      ctx.addIssue({ code: 'custom', message: 'daysAfter needs "gt", "lt" or both' });
    }
  });

/** What a rule may ask of the case itself: where it sits. */
export const CASE_FACTS = ['area', 'stratum'] as const;
export type CaseFact = (typeof CASE_FACTS)[number];

/**
 * An applicability rule. One object holds exactly one form: `all`, `any`, `not`, or a
 * comparison of one question's or profile field's answer. Conditions are data, never code.
 */
export type Condition = {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  question?: string;
  profile?: string;
  /** The case's area or stratum (ids), compared with equals, notEquals or in. */
  case?: CaseFact;
  equals?: string | number;
  notEquals?: string | number;
  in?: (string | number)[];
  answered?: boolean;
  gt?: number;
  lt?: number;
  daysAfter?: DaysAfter;
};

export const COMPARISON_OPERATORS = [
  'equals',
  'notEquals',
  'in',
  'answered',
  'gt',
  'lt',
  'daysAfter',
] as const;

/** The operators a condition on the case's area or stratum may use. */
export const CASE_OPERATORS = ['equals', 'notEquals', 'in'] as const;

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      all: z.array(conditionSchema).min(1).max(50).optional(),
      any: z.array(conditionSchema).min(1).max(50).optional(),
      not: conditionSchema.optional(),
      question: idSchema.optional(),
      profile: idSchema.optional(),
      case: z.enum(CASE_FACTS).optional(),
      equals: scalarSchema.optional(),
      notEquals: scalarSchema.optional(),
      in: z.array(scalarSchema).min(1).max(200).optional(),
      answered: z.boolean().optional(),
      gt: z.number().optional(),
      lt: z.number().optional(),
      daysAfter: daysAfterSchema.optional(),
    })
    .superRefine((rule, ctx) => {
      const combinators = (['all', 'any', 'not'] as const).filter((k) => rule[k] !== undefined);
      const subjects = (['question', 'profile', 'case'] as const).filter(
        (k) => rule[k] !== undefined,
      );
      const operators = COMPARISON_OPERATORS.filter((k) => rule[k] !== undefined);
      if (
        combinators.length > 1 ||
        (combinators.length === 1 && subjects.length + operators.length > 0)
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'a rule must be exactly one of: all, any, not, or a comparison',
        });
        return;
      }
      if (combinators.length === 1) return;
      if (subjects.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: 'a comparison names exactly one "question", "profile" field or "case" fact',
        });
      }
      const [operator] = operators;
      if (
        rule.case !== undefined &&
        operator !== undefined &&
        !(CASE_OPERATORS as readonly string[]).includes(operator)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: [operator],
          message: `the case's ${rule.case} is compared with ${CASE_OPERATORS.join(', ')}, not ${operator}`,
        });
      }
      if (operators.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `a comparison has exactly one operator: ${COMPARISON_OPERATORS.join(', ')}`,
        });
      }
    }),
);
