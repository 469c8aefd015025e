import { describe, expect, it } from 'vitest';
import { twoWayTables } from '../../../../src/core';
import { findingsFramework } from '../../../fixtures/findingsFixture';
import { AuditScenario } from '../../../scenario/auditScenario';
import { everyKindFramework } from './testFramework';

const framework = everyKindFramework();
const scenario = AuditScenario.withFramework(framework)
  .answer(6, { q1: 'no' }, { area: 'north', stratum: 'host' })
  .answer(4, { q1: 'yes' }, { area: 'north', stratum: 'host' })
  .answer(12, { q1: 'yes' }, { area: 'north', stratum: 'home' })
  .answer(5, { q1: 'no' }, { area: 'south', stratum: 'host' })
  .answer(3, { q1: 'yes' }, { area: 'south', stratum: 'home' });

function shown(f: { count: number; base: number; percentRounded: number | null } | null) {
  if (f === null) return null;
  return f.base === 0 ? '–' : `${f.percentRounded}% (${f.count}/${f.base})`;
}

describe('twoWayTables', () => {
  it('gives each scored question rows by the first dimension, columns by the second, and totals', () => {
    const result = scenario.findings({ breakdownBy: ['area', 'stratum'] });
    const [q1] = twoWayTables(result, framework);
    expect(q1!.itemId).toBe('q1');
    expect(q1!.dimensions.map((d) => d.by)).toEqual(['area', 'stratum']);
    expect(q1!.columns.map((c) => [c.key, c.cases])).toEqual([
      ['host', 15],
      ['home', 15],
    ]);
    expect(q1!.rows.map((r) => [r.key, r.cases, ...r.cells.map(shown), shown(r.total)])).toEqual([
      ['north', 22, '40% (4/10)', '100% (12/12)', '73% (16/22)'],
      ['south', 8, '0% (0/5)', '100% (3/3)', '38% (3/8)'],
    ]);
    expect(q1!.columnTotals.map(shown)).toEqual(['27% (4/15)', '100% (15/15)']);
    expect(shown(q1!.total)).toBe('63% (19/30)');
    // A base under 10 is marked in the cell.
    expect(q1!.rows[1]!.cells.map((c) => c?.smallBase)).toEqual([true, true]);
  });

  it('leaves out totals along a field where one case can be in several groups', () => {
    const needs = findingsFramework();
    const result = AuditScenario.withFramework(needs)
      .answer(3, { alloc: 'yes', needs: ['education', 'health'] }, { area: 'north' })
      .answer(2, { alloc: 'no', needs: ['health'] }, { area: 'south' })
      .findings({ breakdownBy: ['area', 'needs'] });
    const alloc = twoWayTables(result, needs).find((t) => t.itemId === 'alloc')!;
    // Each row's cells count its cases once per need: no row total.
    expect(alloc.rows.map((r) => [r.key, r.cells.map(shown), r.total])).toEqual([
      ['north', ['100% (3/3)', '100% (3/3)'], null],
      ['south', ['–', '0% (0/2)'], null],
    ]);
    // Each need's column counts a case once: its total stands.
    expect(alloc.columnTotals.map(shown)).toEqual(['100% (3/3)', '60% (3/5)']);
    expect(shown(alloc.total)).toBe('60% (3/5)');
  });

  it('gives nothing for a one-way breakdown or none', () => {
    expect(twoWayTables(scenario.findings({ breakdownBy: 'area' }), framework)).toEqual([]);
    expect(twoWayTables(scenario.findings(), framework)).toEqual([]);
  });
});
