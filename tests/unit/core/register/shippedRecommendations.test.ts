/**
 * The 2012 report's recommendations, shipped beside its framework (hmip-lac-placed-away-2012
 * 1.0.1), read against that framework: eight, in the report's order, with nothing recorded yet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegisterFile } from '../../../../src/core/register/readRegisterFile';
import { lacFramework } from '../../../fixtures/lacFramework';

const PATH = 'audit-frameworks/hmip-lac-placed-away-2012/recommendations-1.0.1.json';
const read = loadRegisterFile(readFileSync(PATH, 'utf8'), lacFramework());
if (read.status !== 'ok') throw new Error(JSON.stringify(read.errors));
const file = read.value;

describe('the shipped recommendations of the 2012 report', () => {
  it('are the report’s eight, in its order, addressed as it addresses them', () => {
    expect(file.framework).toEqual({ id: 'hmip-lac-placed-away-2012', version: '1.0.1' });
    expect(file.recommendations.map((r) => [r.id, r.addressee])).toEqual([
      ['dfe-placement-regulations', 'The Department for Education'],
      ['la-iro-joint-working', 'Local authorities'],
      ['la-therapeutic-interventions', 'Local authorities'],
      ['lscb-safeguarding-data', "Local Children's Safeguarding Boards"],
      ['yot-information-transfer', 'Youth Offending Team Managers'],
      ['yot-impact-of-being-looked-after', 'Youth Offending Team Managers'],
      ['yot-sensitive-enforcement', 'Youth Offending Team Managers'],
      ['yot-restorative-justice', 'Youth Offending Team Managers'],
    ]);
  });

  it('keep the Department’s two sub-points in its one recommendation', () => {
    const dfe = file.recommendations[0]!.text;
    expect(dfe).toContain('authorised by a named senior person');
    expect(dfe).toContain('consulted and informed about the likely placement in advance');
  });

  it('come from the report’s Recommendations, with nothing recorded locally', () => {
    for (const r of file.recommendations) {
      expect(r.origin).toEqual({
        kind: 'framework-report',
        document:
          'Looked After Children: An inspection of the work of Youth Offending Teams with children and young people who are looked after and placed away from home (HMI Probation, Ofsted and Estyn, December 2012)',
        location: 'Recommendations',
      });
      expect(r).toMatchObject({
        owner: '',
        localPosition: '',
        rag: null,
        actions: [],
        evidence: [],
        history: [],
      });
    }
  });
});
