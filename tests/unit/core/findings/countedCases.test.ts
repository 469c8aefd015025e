import { describe, expect, it } from 'vitest';
import {
  type Answer,
  type Case,
  countsInFindings,
  joinCasesAndAnswers,
} from '../../../../src/core';

const AT = '2026-03-02T09:00:00.000Z';

function caseRow(id: string, ref: string, role: Case['role'], status: Case['status']): Case {
  return {
    id,
    inspectionId: 'insp-1',
    ref,
    areaId: 'north',
    stratumId: null,
    inspectorId: 'ap',
    status,
    role,
    createdAt: AT,
    updatedAt: AT,
  };
}

function answer(caseId: string, itemId: string, value: Answer['value']) {
  return {
    caseId,
    inspectionId: 'insp-1',
    itemId,
    value,
    note: '',
    rev: 1,
    at: AT,
    by: 'ap',
    device: 'd',
  };
}

describe('which cases the findings count', () => {
  it('counts every sampled case, and a reserve only once someone has started it', () => {
    expect(countsInFindings({ role: 'sample', status: 'not-started' })).toBe(true);
    expect(countsInFindings({ role: 'reserve', status: 'not-started' })).toBe(false);
    expect(countsInFindings({ role: 'reserve', status: 'in-progress' })).toBe(true);
    expect(countsInFindings({ role: 'reserve', status: 'complete' })).toBe(true);
  });

  it('joins 5 cases and their answers into 3 counted, 1 unused reserve and 1 held for a second reading', () => {
    const found = joinCasesAndAnswers(
      [
        caseRow('c10', 'LAC-01-10', 'sample', 'complete'),
        caseRow('c2', 'LAC-01-2', 'sample', 'not-started'),
        caseRow('r1', 'LAC-09-01', 'reserve', 'not-started'),
        caseRow('r2', 'LAC-09-02', 'reserve', 'in-progress'),
        caseRow('held', 'LAC-01-05', 'sample', 'in-progress'),
      ],
      [
        answer('c10', 'alloc', 'yes'),
        answer('c10', 'emh', 'no'),
        answer('r1', 'alloc', 'no'),
        answer('held', 'alloc', 'no'),
        answer('r2', 'alloc', 'na'),
      ],
      new Set(['held']),
    );
    expect([found.unusedReserves, found.heldForSecondReading]).toEqual([1, 1]);
    // In order of reference, numbers by value: LAC-01-2 before LAC-01-10.
    expect(found.cases.map((c) => c.ref)).toEqual(['LAC-01-2', 'LAC-01-10', 'LAC-09-02']);
    const [second, tenth, reserve] = found.cases;
    expect(Object.keys(second!.answers)).toEqual([]);
    expect([tenth!.answers.alloc?.value, tenth!.answers.emh?.value]).toEqual(['yes', 'no']);
    expect(reserve!.answers.alloc?.value).toBe('na');
    // No prototype: an item called "constructor" reads as unanswered.
    expect(tenth!.answers.constructor).toBeUndefined();
  });
});
