import { afterEach, describe, expect, it } from 'vitest';
import {
  computeFindings,
  findingsCasesOf,
  joinCasesAndAnswers,
  toFindingsJson,
} from '../../../src/core';
import {
  findingsOffPage,
  findingsOfValuesOffPage,
  stopFindingsWorker,
} from '../../../src/workers/findingsBridge';
import { findingsFixture, findingsFramework } from '../../fixtures/findingsFixture';

const fixture = findingsFixture();
const framework = findingsFramework();
const cases = joinCasesAndAnswers(fixture.cases, fixture.answers).cases;

afterEach(stopFindingsWorker);

describe('findings off the page', () => {
  it('gives the same figures from the answer values alone as from the cases whole', async () => {
    const options = { completeOnly: true, breakdownBy: 'area' } as const;
    const expected = toFindingsJson(computeFindings(framework, findingsCasesOf(cases), options));
    expect(toFindingsJson(await findingsOffPage(framework, cases, options))).toEqual(expected);
    const values = findingsCasesOf(cases);
    expect(toFindingsJson(await findingsOfValuesOffPage(framework, values, options))).toEqual(
      expected,
    );
    // The same values again with other options: counted again from what is held.
    const all = await findingsOfValuesOffPage(framework, values, {});
    expect(all.cases.counted).toBe(computeFindings(framework, values, {}).cases.counted);
  });
});
