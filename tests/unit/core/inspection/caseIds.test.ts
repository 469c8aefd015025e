import { describe, expect, it } from 'vitest';
import {
  caseHere,
  caseIdMoves,
  embedsReference,
  seededCaseIds,
} from '../../../../src/core/inspection/caseIds';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('case ids made from the reference (earlier versions)', () => {
  it('are recognised in both forms, and only for the case’s own inspection and reference', () => {
    const at = { inspectionId: 'insp-1', ref: 'LAC-06-04' };
    expect(embedsReference({ ...at, id: 'insp-1-LAC-06-04' })).toBe(true);
    expect(embedsReference({ ...at, id: 'insp-1/LAC-06-04' })).toBe(true);
    expect(embedsReference({ ...at, id: 'insp-2-LAC-06-04' })).toBe(false);
    expect(embedsReference({ ...at, id: 'insp-1-LAC-06-05' })).toBe(false);
    expect(embedsReference({ ...at, id: '0b7c1f9e-2d1a-4c55-9a0e-51a4c1d2e3f4' })).toBe(false);
  });

  it('each get a new id; other ids stay', () => {
    let n = 0;
    const moves = caseIdMoves(
      [
        { id: 'i-LAC-01-01', inspectionId: 'i', ref: 'LAC-01-01' },
        { id: 'i/LAC-01-02', inspectionId: 'i', ref: 'LAC-01-02' },
        { id: 'random-1', inspectionId: 'i', ref: 'LAC-01-03' },
      ],
      () => `new-${++n}`,
    );
    expect([...moves]).toEqual([
      ['i-LAC-01-01', 'new-1'],
      ['i/LAC-01-02', 'new-2'],
    ]);
  });
});

describe('which case here a case in a file is', () => {
  const ids = new Set(['x1', 'x2']);
  const refs = new Map([
    ['lac-01-01', 'x1'],
    ['lac-01-02', 'x2'],
  ]);

  it('is the case with its id', () => {
    expect(caseHere({ id: 'x2', inspectionId: 'i', ref: 'LAC-01-01' }, ids, refs)).toBe('x2');
  });

  it('is, for an id made from the reference, the case here with that reference', () => {
    expect(caseHere({ id: 'i-LAC-01-02', inspectionId: 'i', ref: 'LAC-01-02' }, ids, refs)).toBe(
      'x2',
    );
    expect(caseHere({ id: 'i/LAC-01-01', inspectionId: 'i', ref: 'LAC-01-01' }, ids, refs)).toBe(
      'x1',
    );
  });

  it('is none for a random id not here, even with a reference used here (a different case)', () => {
    expect(caseHere({ id: 'y9', inspectionId: 'i', ref: 'LAC-01-01' }, ids, refs)).toBeNull();
    expect(caseHere({ id: 'i-LAC-01-03', inspectionId: 'i', ref: 'LAC-01-03' }, ids, refs)).toBe(
      null,
    );
  });
});

describe('seeded case ids', () => {
  it('look like random UUIDs, differ from each other, and repeat for the same key', () => {
    const a = seededCaseIds('insp-1');
    const first = Array.from({ length: 200 }, a);
    expect(first.every((id) => UUID.test(id))).toBe(true);
    expect(new Set(first).size).toBe(200);
    const b = seededCaseIds('insp-1');
    expect(Array.from({ length: 200 }, b)).toEqual(first);
    expect(seededCaseIds('insp-2')()).not.toBe(first[0]);
  });
});
