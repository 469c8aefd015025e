import { describe, expect, it } from 'vitest';
import {
  computeFindings,
  findingsCasesOf,
  joinCasesAndAnswers,
  type ProportionFinding,
  toFindingsJson,
} from '../../../src/core';
import { findingsHandlers } from '../../../src/workers/findingsService';
import { findingsFixture, findingsFramework } from '../../fixtures/findingsFixture';

const fixture = findingsFixture();
const framework = findingsFramework();
const cases = joinCasesAndAnswers(fixture.cases, fixture.answers).cases;

describe('the findings worker', () => {
  it('computes from the answer values it is sent, as they arrive: 9 of 16 allocated promptly', () => {
    // What crosses to a worker is a structured clone: plain objects, prototypes and all.
    const data = structuredClone({ framework, cases: findingsCasesOf(cases) });
    const reply = findingsHandlers.compute({
      key: 'fixture',
      data,
      options: { completeOnly: true },
    });
    if (reply.status !== 'ok') throw new Error('no figures');
    const alloc = reply.result.questions.find((f) => f.itemId === 'alloc') as ProportionFinding;
    expect([alloc.positive, alloc.base, alloc.notApplicable, alloc.percentRounded]).toEqual([
      9, 16, 2, 56,
    ]);
    expect(toFindingsJson(reply.result)).toEqual(
      toFindingsJson(computeFindings(framework, findingsCasesOf(cases), { completeOnly: true })),
    );
  });

  it('keeps the cases for later options, and asks for them under another key', () => {
    findingsHandlers.compute({
      key: 'kept',
      data: { framework, cases: findingsCasesOf(cases) },
      options: {},
    });
    const again = findingsHandlers.compute({ key: 'kept', options: { breakdownBy: 'area' } });
    expect(again.status === 'ok' && again.result.breakdown?.groups.map((g) => g.cases)).toEqual([
      10, 10,
    ]);
    expect(findingsHandlers.compute({ key: 'other', options: {} })).toEqual({
      status: 'needs-data',
    });
  });

  it('keeps the classified answers, not the cases: later options count what was sent', () => {
    const sent = findingsCasesOf(cases);
    findingsHandlers.compute({ key: 'classified', data: { framework, cases: sent }, options: {} });
    // The page's copy changes (on the page the handlers share it): the figures do not.
    sent.length = 0;
    const again = findingsHandlers.compute({
      key: 'classified',
      options: { completeOnly: true, breakdownBy: ['area', 'stratum'] },
    });
    if (again.status !== 'ok') throw new Error('no figures');
    const alloc = again.result.questions.find((f) => f.itemId === 'alloc') as ProportionFinding;
    expect([alloc.positive, alloc.base]).toEqual([9, 16]);
    expect(again.result.breakdown?.by).toBe('area,stratum');
  });
});
