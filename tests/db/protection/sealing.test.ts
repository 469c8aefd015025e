/**
 * A person's space as it lies on the disk: every record of case content sealed with the data
 * key, read here straight from IndexedDB (past Dexie and the sealing middleware), as someone
 * who copied the browser's profile would read it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyReportDraft, NO_ANSWER } from '../../../src/core';
import { saveAnswer } from '../../../src/db/cases/answerWriter';
import { answersOf, getCase, historyOf } from '../../../src/db/cases/caseReads';
import { useDatabase } from '../../../src/db/connection';
import { CaseAuditDatabase } from '../../../src/db/database';
import { loadReportDraft, saveReportDraft } from '../../../src/db/inspections/reportStore';
import {
  clearDamagedRecords,
  damagedRecords,
  onDamagedRecord,
} from '../../../src/db/protection/damagedRecords';
import { inspectionFixture, storeInspectionFixture } from '../../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../../fixtures/testDataKey';
import { flipByte, rawRecords, rawText, replaceRaw } from './rawDatabase';

const REFERENCE = 'ZQX-0042-KESTREL';
const NOTE = 'Kestrel feather seen on the placement plan 9931';
const REPORT = 'Marmalade summary of the fieldwork 7781';
const TITLE = 'Harbourside thematic inspection of placements';

let n = 0;
let name = '';
let db: CaseAuditDatabase;
const fixture = inspectionFixture();
const stored = {
  ...fixture,
  inspection: { ...fixture.inspection, title: TITLE },
  cases: fixture.cases.map((c, i) => (i === 0 ? { ...c, ref: REFERENCE } : c)),
};
const CASE = stored.cases[0]!.id;
const OTHER = stored.cases[1]!.id;

beforeEach(async () => {
  name = `sealing-${n++}`;
  db = new CaseAuditDatabase(name, TEST_DATA_KEY);
  useDatabase(db);
  clearDamagedRecords();
  await storeInspectionFixture(db, stored);
});
afterEach(() => useDatabase(null));

async function scoreWithNote(): Promise<void> {
  const outcome = await saveAnswer({
    caseId: CASE,
    itemId: 'a1',
    patch: { value: 'yes', note: NOTE },
    base: NO_ANSWER,
    by: 'ap',
    device: 'tablet-1',
  });
  expect(outcome.status).toBe('saved');
}

describe('what lies on the disk', () => {
  it('holds no case reference, note, report text or inspection name, while the app reads them all', async () => {
    await scoreWithNote();
    expect(
      (await saveReportDraft(fixture.inspection.id, { ...emptyReportDraft(), summary: REPORT }))
        .status,
    ).toBe('saved');

    const raw = await rawRecords(name);
    const text = rawText(raw);
    for (const secret of [REFERENCE, NOTE, REPORT, TITLE, 'A. Patel']) {
      expect(text).not.toContain(secret);
    }
    // Only keys and indexed fields stay readable beside the sealed record.
    for (const record of raw.get('cases') ?? []) {
      expect(Object.keys(record).sort()).toEqual(['id', 'inspectionId', 'inspectorId', 'sealed']);
    }
    for (const record of raw.get('answerDetails') ?? []) {
      expect(Object.keys(record).sort()).toEqual(['caseId', 'inspectionId', 'sealed']);
    }
    // Framework content is public and stays readable.
    expect(JSON.stringify(raw.get('frameworks'))).toContain(fixture.framework.title);

    expect((await getCase(CASE))?.ref).toBe(REFERENCE);
    expect((await answersOf(CASE)).get('a1')).toMatchObject({ value: 'yes', note: NOTE });
    const report = await loadReportDraft(fixture.inspection.id);
    expect(report.status === 'ok' && report.draft.summary).toBe(REPORT);
  });

  it('seals a record afresh on every write: the same record twice is two different ciphertexts', async () => {
    await db.meta.put({ key: 'same', value: 'the same value' });
    const first = (await rawRecords(name)).get('meta')?.find((r) => r.key === 'same')?.sealed;
    await db.meta.put({ key: 'same', value: 'the same value' });
    const second = (await rawRecords(name)).get('meta')?.find((r) => r.key === 'same')?.sealed;
    expect(first).toBeInstanceOf(Uint8Array);
    expect(second).toBeInstanceOf(Uint8Array);
    const a = first as Uint8Array;
    const b = second as Uint8Array;
    expect(Buffer.from(a.slice(0, 12)).equals(Buffer.from(b.slice(0, 12)))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(await db.meta.get('same')).toEqual({ key: 'same', value: 'the same value' });
  });
});

describe('a record changed on the disk', () => {
  it('with a flipped byte is reported as damaged and not shown, and nothing throws', async () => {
    const heard: number[] = [];
    const stop = onDamagedRecord((records) => heard.push(records.length));
    await flipByte(name, 'cases', CASE);

    expect(await getCase(CASE)).toBeUndefined();
    const listed = await db.cases.where('inspectionId').equals(fixture.inspection.id).toArray();
    expect(listed.map((c) => c.id)).toEqual(stored.cases.slice(1).map((c) => c.id));
    expect(damagedRecords()).toEqual([{ table: 'cases', key: JSON.stringify(CASE) }]);
    expect(heard).toEqual([1]);
    stop();
  });

  it('copied over another record (moved to another id) fails to unseal', async () => {
    const raw = (await rawRecords(name)).get('cases') ?? [];
    const mine = raw.find((r) => r.id === CASE);
    await replaceRaw(name, 'cases', { ...mine, id: OTHER });

    expect(await db.cases.get(OTHER)).toBeUndefined();
    expect((await db.cases.get(CASE))?.ref).toBe(REFERENCE);
    expect(damagedRecords()).toEqual([{ table: 'cases', key: JSON.stringify(OTHER) }]);
  });

  it('with a readable field changed (moved to another inspection) is not shown', async () => {
    const raw = (await rawRecords(name)).get('cases') ?? [];
    await replaceRaw(name, 'cases', { ...raw.find((r) => r.id === CASE), inspectionId: 'insp-2' });
    expect(await db.cases.where('inspectionId').equals('insp-2').toArray()).toEqual([]);
    expect(damagedRecords()).toEqual([{ table: 'cases', key: JSON.stringify(CASE) }]);
  });

  it('written in plain text by someone else is not shown', async () => {
    await replaceRaw(name, 'reports', {
      inspectionId: fixture.inspection.id,
      updatedAt: '2026-03-02T09:00:00.000Z',
      draft: { ...emptyReportDraft(), summary: 'Planted' },
    });
    const report = await loadReportDraft(fixture.inspection.id);
    expect(report).toMatchObject({ status: 'ok', updatedAt: null });
    expect(damagedRecords()).toEqual([
      { table: 'reports', key: JSON.stringify(fixture.inspection.id) },
    ]);
  });

  it('sealed with another person’s key is not shown', async () => {
    const otherKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    db.close();
    const other = new CaseAuditDatabase(name, otherKey);
    useDatabase(other);
    expect(await other.cases.toArray()).toEqual([]);
    expect(await other.frameworks.count()).toBe(1);
    expect(damagedRecords()).toHaveLength(stored.cases.length);
  });
});

describe('reading and writing through the seal', () => {
  it('keeps a transaction open across many reads and writes in turn', async () => {
    await db.transaction('rw', db.meta, async () => {
      for (let i = 0; i < 25; i++) {
        const before = await db.meta.get('counter');
        await db.meta.put({ key: 'counter', value: ((before?.value as number) ?? 0) + 1 });
      }
    });
    expect(await db.meta.get('counter')).toEqual({ key: 'counter', value: 25 });
  });

  it('saves answers through the answer writer as before, with their history keyed in order', async () => {
    await scoreWithNote();
    const second = await saveAnswer({
      caseId: CASE,
      itemId: 'a2',
      patch: { value: 'no' },
      base: NO_ANSWER,
      by: 'ap',
      device: 'tablet-1',
    });
    expect(second.status).toBe('saved');
    const history = (await historyOf(CASE)).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    expect(history.map((h) => [h.seq, h.itemId])).toEqual([
      [1, 'a1'],
      [2, 'a2'],
    ]);
    const raw = (await rawRecords(name)).get('answerHistory') ?? [];
    expect(raw.map((r) => r.seq)).toEqual([1, 2]);
    expect(rawText(new Map([['answerHistory', raw]]))).not.toContain(NOTE);
  });

  it('gives history entries added at once in one transaction keys of their own', async () => {
    const entry = (i: number) => ({
      caseId: CASE,
      inspectionId: fixture.inspection.id,
      itemId: `a${i}`,
      value: 'yes',
      note: '',
      rev: 1,
      at: '2026-03-03T10:00:00.000Z',
      by: 'ap',
      device: 'tablet-1',
      via: 'edit' as const,
    });
    await db.transaction('rw', db.answerHistory, async () => {
      await Promise.all([
        db.answerHistory.add(entry(1)),
        db.answerHistory.bulkAdd([entry(2), entry(3)]),
        db.answerHistory.add(entry(4)),
      ]);
    });
    const all = await db.answerHistory.toArray();
    expect(all.map((h) => h.seq)).toEqual([1, 2, 3, 4]);
    expect(new Set(all.map((h) => h.itemId))).toEqual(new Set(['a1', 'a2', 'a3', 'a4']));
  });

  it('refuses a cursor with values on a sealed table with a clear error, and allows one on keys', async () => {
    await expect(db.cases.each(() => undefined)).rejects.toMatchObject({
      name: 'SealedCursorError',
      message: expect.stringContaining('toArray()'),
    });
    expect(await db.cases.toCollection().primaryKeys()).toHaveLength(stored.cases.length);
    let frameworks = 0;
    await db.frameworks.each(() => {
      frameworks++;
    });
    expect(frameworks).toBe(1);
  });
});
