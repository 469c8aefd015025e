import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  computeFindings,
  findingsCasesOf,
  type ProportionFinding,
  toFindingsJson,
} from '../../../../src/core';
import { makeCase } from '../../../scenario/auditScenario';
import { everyKindFramework } from './testFramework';

const q2Answer = fc.constantFrom<AnswerValue | undefined>(
  undefined,
  'yes',
  'partly',
  'no',
  'na',
  'not_known',
  '',
);
const q1Answer = fc.constantFrom<AnswerValue | undefined>(
  undefined,
  'yes',
  'no',
  'na',
  'not_known',
  'junk',
);

describe('findings properties', () => {
  it('base = positive + negative + neutral, and every percentage has its base', () => {
    const framework = everyKindFramework();
    fc.assert(
      fc.property(
        fc.array(fc.record({ q1: q1Answer, q2: q2Answer, area: fc.constantFrom('a', 'b', 'c') }), {
          maxLength: 60,
        }),
        (rows) => {
          const cases = rows.map((row, i) => {
            const values: Record<string, AnswerValue> = {};
            if (row.q1 !== undefined) values.q1 = row.q1;
            if (row.q2 !== undefined) values.q2 = row.q2;
            return makeCase(i, values, { area: row.area });
          });
          const result = computeFindings(framework, findingsCasesOf(cases), {
            breakdownBy: 'area',
          });
          const cells = [
            { cases: cases.length, questions: result.questions },
            ...result.breakdown!.groups.map((g) => ({ cases: g.cases, questions: g.questions })),
          ];
          for (const cell of cells) {
            for (const f of cell.questions) {
              if (f.type !== 'proportion') continue;
              const p = f as ProportionFinding;
              expect(p.base).toBe(p.positive + p.negative + p.neutral);
              expect(p.options.reduce((s, o) => s + o.count, 0)).toBe(p.base);
              // Every case is counted once: in the base or in one exclusion.
              expect(
                p.base + p.notApplicable + p.notKnown + p.unanswered + p.hidden + p.invalid,
              ).toBe(cell.cases);
              if (p.percent !== null) expect(p.base).toBeGreaterThan(0);
              if (p.sentence !== null)
                expect(p.sentence).toMatch(/\(\d+%, \d+ of \d+( cases?; a small base)?\)/);
            }
          }
          // Cells add up to the whole.
          const whole = result.questions.find((f) => f.itemId === 'q1') as ProportionFinding;
          const parts = result.breakdown!.groups.map(
            (g) => g.questions.find((f) => f.itemId === 'q1') as ProportionFinding,
          );
          expect(parts.reduce((s, p) => s + p.base, 0)).toBe(whole.base);
          expect(parts.reduce((s, p) => s + p.positive, 0)).toBe(whole.positive);
          for (const q of toFindingsJson(result).questions) {
            if (q.percent !== null) expect(q.base).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
