/**
 * A stored answer or history row as a file and a merge hold it: only the answer's or the
 * change's own fields, whatever else the stored row carries. And the cases a file carries, put
 * together from such rows: a blind case travels without its answers and history.
 */
import { describe, expect, it } from 'vitest';
import { answerOf, casesWithAnswers, historyEntryOf } from '../../../../src/core';
import { caseRecord, entry, minute } from '../../../fixtures/teamFixture';

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

describe('casesWithAnswers', () => {
  const rowsOf = (caseId: string) => ({ caseId, inspectionId: 'insp-team' });
  const first = entry('q1', { value: 'no', rev: 1, at: minute(1), device: 'ap-laptop' });
  const second = entry('q1', {
    value: 'yes',
    note: 'Plan on file',
    rev: 2,
    at: minute(2),
    device: 'ap-laptop',
    before: { value: 'no', note: '' },
  });
  const readerEntry = entry('q2', { value: 'yes', rev: 1, at: minute(3), device: 'jm-tablet' });
  const cases = [caseRecord(2), caseRecord(1)];
  const answers = [
    { ...rowsOf('case-1'), itemId: 'q1', ...answerOf(second) },
    { ...rowsOf('case-2'), itemId: 'q2', ...answerOf(readerEntry) },
    { ...rowsOf('case-9'), itemId: 'q1', ...answerOf(second) },
  ];
  // Out of log order, as rows read case by case may come.
  const history = [
    { ...rowsOf('case-1'), seq: 7, ...second },
    { ...rowsOf('case-2'), seq: 8, ...readerEntry },
    { ...rowsOf('case-1'), seq: 3, ...first },
  ];

  it('gives each case, in order of reference, its answers and its history as it happened', () => {
    const out = casesWithAnswers(cases, answers, history);
    expect(out.map((c) => c.ref)).toEqual(['LAC-01-01', 'LAC-01-02']);
    expect(out[0]).toEqual({
      ...caseRecord(1),
      answers: { q1: answerOf(second) },
      history: [historyEntryOf(first), historyEntryOf(second)],
    });
    expect(out[1]?.answers).toEqual({ q2: answerOf(readerEntry) });
  });

  it('leaves out rows of cases it was not given', () => {
    const out = casesWithAnswers(cases, answers, history);
    expect(out.map((c) => c.id)).toEqual(['case-1', 'case-2']);
  });

  it('sends a blind case as its record only: no answers, notes or history', () => {
    const [one, two] = casesWithAnswers(cases, answers, history, new Set(['case-1']));
    expect(one).toEqual({ ...caseRecord(1), answers: {}, history: [] });
    expect(JSON.stringify(one)).not.toContain('Plan on file');
    expect(two?.history).toEqual([historyEntryOf(readerEntry)]);
  });

  it('leaves the rows it was given as they were', () => {
    const before = history.map((row) => row.seq);
    casesWithAnswers(cases, answers, history);
    expect(history.map((row) => row.seq)).toEqual(before);
    expect(cases.map((c) => c.id)).toEqual(['case-2', 'case-1']);
  });
});
