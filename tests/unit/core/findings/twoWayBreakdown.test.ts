import { describe, expect, it } from 'vitest';
import {
  breakdownChoicesOf,
  computeFindings,
  findingsCasesOf,
  type ItemFinding,
  type ProportionFinding,
  parseBreakdownSpec,
} from '../../../../src/core';
import { breakdownSpecText } from '../../../../src/core/findings/breakdownGroups';
import type { FindingsCell } from '../../../../src/core/findings/findingTypes';
import { AuditScenario, makeCase } from '../../../scenario/auditScenario';
import { everyKindFramework } from './testFramework';

function q1(cell: Pick<FindingsCell, 'questions'>): ProportionFinding {
  const found = cell.questions.find((f: ItemFinding) => f.itemId === 'q1');
  if (found?.type !== 'proportion') throw new Error('no q1');
  return found;
}

/** 3 areas × 2 strata; no case in area a2 and stratum home. */
const byAreaAndStratum = AuditScenario.withFramework(everyKindFramework())
  .answer(3, { q1: 'yes' }, { area: 'a1', stratum: 'host' })
  .answer(1, { q1: 'no' }, { area: 'a1', stratum: 'host' })
  .answer(2, { q1: 'no' }, { area: 'a1', stratum: 'home' })
  .answer(9, { q1: 'yes' }, { area: 'a2', stratum: 'host' })
  .answer(3, { q1: 'no' }, { area: 'a2', stratum: 'host' })
  .answer(1, { q1: 'yes' }, { area: 'a3', stratum: 'host' })
  .answer(2, { q1: 'yes' }, { area: 'a3', stratum: 'home' });

describe('computeFindings: a two-way breakdown', () => {
  const result = byAreaAndStratum.findings({ breakdownBy: ['area', 'stratum'] });
  const breakdown = result.breakdown!;

  it('names both dimensions, rows then columns, with their case counts', () => {
    expect(breakdown.by).toBe('area,stratum');
    expect(breakdown.dimensions).toEqual([
      { by: 'area', label: 'Area' },
      { by: 'stratum', label: 'Stratum' },
    ]);
    expect(breakdown.rows!.map((r) => [r.key, r.cases])).toEqual([
      ['a1', 6],
      ['a2', 12],
      ['a3', 3],
    ]);
    expect(breakdown.columns!.map((c) => [c.key, c.cases])).toEqual([
      ['host', 17],
      ['home', 4],
    ]);
    expect(breakdown.note).toBeNull();
  });

  it('gives a cell for every pair, row by row, an empty pair with no cases', () => {
    expect(breakdown.groups.map((g) => [g.key, g.label, g.cases])).toEqual([
      ['a1\u001fhost', 'a1, host', 4],
      ['a1\u001fhome', 'a1, home', 2],
      ['a2\u001fhost', 'a2, host', 12],
      ['a2\u001fhome', 'a2, home', 0],
      ['a3\u001fhost', 'a3, host', 1],
      ['a3\u001fhome', 'a3, home', 2],
    ]);
    expect(breakdown.groups[3]!.keys).toEqual(['a2', 'home']);
    expect(breakdown.groups[3]!.labels).toEqual(['a2', 'home']);
  });

  it('counts each cell’s answers with its base and small-base flag', () => {
    const cells = breakdown.groups.map(q1);
    expect(cells.map((f) => [f.positive, f.base, f.smallBase])).toEqual([
      [3, 4, true],
      [0, 2, true],
      [9, 12, false],
      [0, 0, true],
      [1, 1, true],
      [2, 2, true],
    ]);
    expect(cells[2]!.percent).toBe(75);
    expect(cells[3]!.percent).toBeNull();
    // Every cell states the side of the whole inspection: 15 of 21 were allocated promptly.
    expect([q1(result).positive, q1(result).base]).toEqual([15, 21]);
    expect(cells.map((f) => f.counted?.side)).toEqual(Array(6).fill('positive'));
  });

  it('counts only complete cases on that basis, keeping every pair seen among them', () => {
    const scenario = AuditScenario.withFramework(everyKindFramework())
      .answer(2, { q1: 'yes' }, { area: 'a1', stratum: 'host' })
      .answer(1, { q1: 'no' }, { area: 'a2', stratum: 'home', status: 'in-progress' })
      .answer(1, { q1: 'no' }, { area: 'a2', stratum: 'host' });
    const two = scenario.findings({ breakdownBy: ['area', 'stratum'], completeOnly: true });
    expect(two.breakdown!.groups.map((g) => [g.key, g.cases])).toEqual([
      ['a1\u001fhost', 2],
      ['a2\u001fhost', 1],
    ]);
  });

  it('puts a case in every group of a multichoice profile field, and says so', () => {
    const result = AuditScenario.withFramework(everyKindFramework())
      .answer(2, { q1: 'yes', risks: ['drugs', 'cse'] }, { area: 'n' })
      .answer(1, { q1: 'no', risks: ['drugs'] }, { area: 'n' })
      .answer(1, { q1: 'no' }, { area: 's' })
      .findings({ breakdownBy: ['risks', 'area'] });
    const risks = result.breakdown!;
    expect(risks.dimensions.map((d) => d.label)).toEqual(['Vulnerabilities', 'Area']);
    expect(risks.rows!.map((r) => [r.label, r.cases])).toEqual([
      ['Substance misuse', 3],
      ['Exploitation', 2],
      ['No answer', 1],
    ]);
    expect(risks.groups.map((g) => [g.label, g.cases, q1(g).positive, q1(g).base])).toEqual([
      ['Substance misuse, n', 3, 2, 3],
      ['Substance misuse, s', 0, 0, 0],
      ['Exploitation, n', 2, 2, 2],
      ['Exploitation, s', 0, 0, 0],
      ['No answer, n', 0, 0, 0],
      ['No answer, s', 1, 0, 1],
    ]);
    expect(risks.note).toMatch(/more than one group/);
    expect(q1(result).base).toBe(4);
  });

  it('refuses the same field twice or a field the framework has not', () => {
    const framework = everyKindFramework();
    expect(() => computeFindings(framework, [], { breakdownBy: ['area', 'area'] })).toThrow(
      RangeError,
    );
    expect(() => computeFindings(framework, [], { breakdownBy: ['area', 'q1'] })).toThrow(
      RangeError,
    );
  });
});

describe('computeFindings: a one-way breakdown names its dimension', () => {
  it('gives dimensions for one field, and no rows or columns', () => {
    const breakdown = byAreaAndStratum.findings({ breakdownBy: 'stratum' }).breakdown!;
    expect(breakdown.by).toBe('stratum');
    expect(breakdown.dimensions).toEqual([{ by: 'stratum', label: 'Stratum' }]);
    expect(breakdown.groups.map((g) => [g.key, g.cases])).toEqual([
      ['host', 17],
      ['home', 4],
    ]);
    expect(breakdown.rows).toBeUndefined();
  });

  it('breaks down by inspection, in the order the inspections were chosen', () => {
    const cases = findingsCasesOf([
      makeCase(0, { q1: 'yes' }),
      makeCase(1, { q1: 'no' }),
      makeCase(2, { q1: 'yes' }),
    ]).map((kase, i) => ({ ...kase, inspectionId: i === 1 ? 'cardiff' : 'wrexham' }));
    const result = computeFindings(everyKindFramework(), cases, {
      breakdownBy: 'inspection',
      names: {
        inspections: [
          { id: 'cardiff', name: 'Cardiff' },
          { id: 'wrexham', name: 'Wrexham' },
        ],
      },
    });
    expect(result.breakdown!.groups.map((g) => [g.label, g.cases, q1(g).positive])).toEqual([
      ['Cardiff', 1, 0],
      ['Wrexham', 2, 2],
    ]);
    expect(result.breakdown!.dimensions).toEqual([{ by: 'inspection', label: 'Inspection' }]);
  });
});

describe('breakdown choices and specs', () => {
  it('offers inspection only when asked', () => {
    const framework = everyKindFramework();
    expect(breakdownChoicesOf(framework).map((c) => c.by)).not.toContain('inspection');
    expect(breakdownChoicesOf(framework, { inspections: true }).map((c) => c.by)).toEqual([
      'area',
      'stratum',
      'inspector',
      'inspection',
      'gender',
      'placements',
      'risks',
    ]);
  });

  it('reads one or two different fields from text and writes them back', () => {
    expect(parseBreakdownSpec('area')).toBe('area');
    expect(parseBreakdownSpec(' area , stratum ')).toEqual(['area', 'stratum']);
    expect(parseBreakdownSpec('area,area')).toBeNull();
    expect(parseBreakdownSpec('')).toBeNull();
    expect(parseBreakdownSpec('area,')).toBeNull();
    expect(parseBreakdownSpec('area,stratum,inspector')).toBeNull();
    expect(breakdownSpecText(['area', 'stratum'])).toBe('area,stratum');
    expect(breakdownSpecText('risks')).toBe('risks');
  });
});
