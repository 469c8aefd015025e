/**
 * Damage a valid cases spreadsheet at random, as a hand edit or a bad copy-and-paste would:
 * a separator lost or added, a line break inside a row, a cell dropped, a line duplicated, two
 * lines joined, a quote lost or added. Every damaged copy must be refused, or read as the very
 * same cases.
 *
 * What "the same" can honestly mean: a damage inside a quoted text cell (a comma or a line
 * break in a comment) changes only that comment, and is a valid file; so with one damage the
 * cases, their areas, statuses and every coded answer must be unchanged, and only text answers
 * may differ. Two damages can undo each other's cell count within one row (a separator added
 * in the reference and one lost further on), which no reader can tell from a real row; even
 * then the file must never gain or lose a case (two lost quotes would join the rows between
 * them into one comment), nor take an answer for a case reference. A deleted line is not
 * tried: a file one case shorter is still a valid file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  type CaseWithAnswers,
  readCasesCsv,
  writeCasesCsv,
} from '../../src/core';
import { makeCase } from '../scenario/auditScenario';
import { everyKindFramework } from '../unit/core/findings/testFramework';

const framework = everyKindFramework({
  areas: [
    { id: 'north', name: 'North Borough' },
    { id: 'south', name: 'South County' },
  ],
  strata: [
    { id: 'host', name: 'Host' },
    { id: 'home', name: 'Home' },
  ],
});
const context = { inspectionId: 'insp-7', importedAt: '2026-03-02T09:00:00.000Z' };
const ANSWER_CODES = new Set([
  'yes',
  'no',
  'partly',
  'na',
  'not_known',
  'drugs',
  'missing',
  'cse',
  'boy',
  'girl',
]);
const TEXT_ITEMS = new Set(['q6']);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const someOf = (...values: string[]) =>
  fc.subarray(values, { minLength: 1 }).map((chosen): AnswerValue => chosen);

const answersArb = fc.record(
  {
    gender: maybe(fc.constantFrom('boy', 'girl')),
    placements: maybe(fc.integer({ min: 0, max: 12 })),
    risks: maybe(someOf('drugs', 'missing', 'cse')),
    q1: maybe(fc.constantFrom('yes', 'no', 'na')),
    q2: maybe(fc.constantFrom('yes', 'partly', 'no', 'na')),
    q3: maybe(someOf('drugs', 'missing', 'cse')),
    q4: maybe(fc.constantFrom(-3, 0, 2.5, 12, 40)),
    q5: maybe(fc.constantFrom('2026-01-31', '2024-02-29')),
    q6: maybe(
      fc.constantFrom(
        'Seen twice',
        'Seen, twice',
        'He said "fine", then left',
        'two\nlines',
        '=1+1',
      ),
    ),
  },
  { requiredKeys: [] },
);

const casesArb = fc
  .array(
    fc.record({
      answers: answersArb,
      area: fc.constantFrom('north', 'south'),
      stratum: fc.constantFrom('host', 'home', null),
      inspector: fc.constantFrom('ann', null),
      status: fc.constantFrom('complete', 'in-progress', 'not-started') as fc.Arbitrary<
        CaseWithAnswers['status']
      >,
    }),
    { minLength: 3, maxLength: 8 },
  )
  .map((specs) =>
    specs.map((spec, i) => {
      const values = Object.fromEntries(
        Object.entries(spec.answers).filter(([, v]) => v !== undefined),
      ) as Record<string, AnswerValue>;
      return makeCase(i, values, spec);
    }),
  );

const DAMAGES = [
  'delete-separator',
  'insert-separator',
  'insert-line-break',
  'drop-cell',
  'duplicate-line',
  'join-lines',
  'delete-quote',
  'insert-quote',
] as const;
type Damage = { kind: (typeof DAMAGES)[number]; at: number; lineBreak: string };

const damageArb: fc.Arbitrary<Damage> = fc.record({
  kind: fc.constantFrom(...DAMAGES),
  at: fc.nat(),
  lineBreak: fc.constantFrom('\r\n', '\n'),
});

/** Positions of `char` in `text`. */
function positionsOf(text: string, char: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) at.push(i);
  return at;
}

function pick<T>(list: readonly T[], at: number): T | undefined {
  return list.length === 0 ? undefined : list[at % list.length];
}

function damage(text: string, { kind, at, lineBreak }: Damage): string {
  const anywhere = at % (text.length + 1);
  switch (kind) {
    case 'delete-separator':
    case 'delete-quote': {
      const i = pick(positionsOf(text, kind === 'delete-quote' ? '"' : ','), at);
      return i === undefined ? text : text.slice(0, i) + text.slice(i + 1);
    }
    case 'insert-separator':
      return `${text.slice(0, anywhere)},${text.slice(anywhere)}`;
    case 'insert-quote':
      return `${text.slice(0, anywhere)}"${text.slice(anywhere)}`;
    case 'insert-line-break':
      return text.slice(0, anywhere) + lineBreak + text.slice(anywhere);
    case 'drop-cell': {
      // A separator and the cell after it, up to the next separator or line end.
      const i = pick(positionsOf(text, ','), at);
      if (i === undefined) return text;
      const end = text.slice(i + 1).search(/[,\r\n]/);
      return text.slice(0, i) + (end < 0 ? '' : text.slice(i + 1 + end));
    }
    case 'duplicate-line': {
      const lines = text.split('\r\n');
      const i = at % Math.max(1, lines.length - 1);
      return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join('\r\n');
    }
    case 'join-lines': {
      const i = pick(positionsOf(text, '\r\n'), at);
      return i === undefined ? text : text.slice(0, i) + text.slice(i + 2);
    }
  }
}

/** A case as far as a damage must leave it alone: all but its text answers. */
function codedPart(kase: CaseWithAnswers) {
  return {
    ref: kase.ref,
    areaId: kase.areaId,
    stratumId: kase.stratumId,
    inspectorId: kase.inspectorId,
    status: kase.status,
    answers: Object.fromEntries(
      Object.entries(kase.answers)
        .filter(([id]) => !TEXT_ITEMS.has(id))
        .map(([id, answer]) => [id, answer.value]),
    ),
  };
}

describe('a damaged cases spreadsheet', () => {
  it('is refused, or read as the same cases with the same coded answers, after one damage', () => {
    fc.assert(
      fc.property(casesArb, damageArb, (cases, hurt) => {
        const text = writeCasesCsv(framework, cases);
        const damaged = damage(text, hurt);
        const result = readCasesCsv(damaged, framework, context);
        if (result.status === 'invalid') return;
        expect(result.value.map(codedPart)).toEqual(cases.map(codedPart));
      }),
      { numRuns: 300 },
    );
  });

  it('never gains or loses a case, nor reads an answer as a reference, after two damages', () => {
    fc.assert(
      fc.property(casesArb, damageArb, damageArb, (cases, first, second) => {
        const damaged = damage(damage(writeCasesCsv(framework, cases), first), second);
        const result = readCasesCsv(damaged, framework, context);
        if (result.status === 'invalid') return;
        expect(result.value).toHaveLength(cases.length);
        expect(result.value.filter((c) => ANSWER_CODES.has(c.ref.toLowerCase()))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is mostly refused: the damages tried are ones a reader can see', () => {
    let refused = 0;
    fc.assert(
      fc.property(casesArb, damageArb, (cases, hurt) => {
        const result = readCasesCsv(
          damage(writeCasesCsv(framework, cases), hurt),
          framework,
          context,
        );
        if (result.status === 'invalid') refused++;
      }),
      { numRuns: 200, seed: 19 },
    );
    // The rest fell inside a quoted comment, or on an edge where a line break adds a blank line.
    expect(refused).toBeGreaterThan(120);
  });
});
