/**
 * A stored answer or history row as a file and a merge hold it: only the answer's or the
 * change's own fields, whatever else the stored row carries.
 */
import { describe, expect, it } from 'vitest';
import { answerOf, historyEntryOf } from '../../../../src/core';
import { entry, minute } from '../../../fixtures/teamFixture';

const stored = {
  caseId: 'case-1',
  inspectionId: 'insp-team',
  seq: 12,
  ...entry('q1', {
    value: 'yes',
    note: 'Plan on file',
    rev: 2,
    at: minute(2),
    device: 'ap-laptop',
    before: { value: 'no', note: '' },
  }),
};

describe('answerOf', () => {
  it('keeps the value, note, revision, moment, person and device only', () => {
    expect(answerOf(stored)).toEqual({
      value: 'yes',
      note: 'Plan on file',
      rev: 2,
      at: minute(2),
      by: 'ap',
      device: 'ap-laptop',
    });
  });
});

describe('historyEntryOf', () => {
  it('keeps the item, the answer, how it came and what it was before', () => {
    expect(historyEntryOf(stored)).toEqual({
      itemId: 'q1',
      value: 'yes',
      note: 'Plan on file',
      rev: 2,
      at: minute(2),
      by: 'ap',
      device: 'ap-laptop',
      via: 'edit',
      before: { value: 'no', note: '' },
    });
  });

  it('names the source of an imported change', () => {
    const imported = { ...stored, via: 'import' as const, source: 'lac-work-ap.json' };
    expect(historyEntryOf(imported)).toMatchObject({ via: 'import', source: 'lac-work-ap.json' });
  });

  it('leaves out a source and a before the row does not have', () => {
    const { before: _b, ...older } = stored;
    const entry = historyEntryOf(older);
    expect(entry).not.toHaveProperty('source');
    expect(entry).not.toHaveProperty('before');
  });
});
