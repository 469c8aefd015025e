import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildExampleInspection,
  type CaseWithAnswers,
  type ConflictRecord,
  emptyReportDraft,
  moderationIdOf,
} from '../../../src/core';
import { CaseAuditDatabase } from '../../../src/db/database';
import { adoptLegacyDatabase } from '../../../src/db/protection/adoptLegacy';
import { LegacyCaseAuditDatabase } from '../../../src/db/protection/legacyDatabase';
import { legacyDataPresent } from '../../../src/db/protection/legacyPresence';
import { lacFramework } from '../../fixtures/lacFramework';
import { LegacyDatabaseV4 } from '../../fixtures/legacyDatabaseV4';
import { TEST_DATA_KEY } from '../../fixtures/testDataKey';

const INSPECTION = 'insp-old';
const NOW = '2026-03-10T10:00:00.000Z';
let n = 0;
const opened: Dexie[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The example inspection as earlier versions stored it: each case's id made from its reference. */
function oldExample(): CaseWithAnswers[] {
  const { cases } = buildExampleInspection(lacFramework(), { inspectionId: INSPECTION, now: NOW });
  return cases.map((c) => ({ ...c, id: `${INSPECTION}-${c.ref}` }));
}

/**
 * Writes a device's data as an earlier version did (schema version 4, one row per answer): the
 * example inspection with old ids, a second reading, conflicts, a report draft with a case
 * example, a merged file and a marker of an open case.
 */
async function writeOldDevice(name: string): Promise<CaseWithAnswers[]> {
  const framework = lacFramework();
  const example = buildExampleInspection(framework, { inspectionId: INSPECTION, now: NOW });
  const cases = oldExample();
  const [first, second] = cases as [CaseWithAnswers, CaseWithAnswers];
  const db = new LegacyDatabaseV4(name);
  await db.transaction('rw', db.tables, async () => {
    await db.inspections.put(example.inspection);
    await db.cases.bulkPut(cases.map(({ answers: _a, ...c }) => c));
    const rows = cases.flatMap((c) =>
      Object.entries(c.answers).map(([itemId, a]) => ({
        ...a,
        caseId: c.id,
        inspectionId: INSPECTION,
        itemId,
      })),
    );
    await db.answers.bulkPut(rows);
    await db.answerHistory.bulkAdd(
      rows.map((r) => ({ ...r, via: 'import' as const, source: 'example data', before: null })),
    );
    const [itemId, answer] = Object.entries(first.answers)[0]!;
    await db.moderation.put({
      id: moderationIdOf(first.id),
      inspectionId: INSPECTION,
      caseId: first.id,
      data: { caseRef: first.ref, secondReading: { [itemId]: answer } },
    });
    const conflict: ConflictRecord = {
      id: `${second.id}|${itemId}|file-0123456789ab`,
      inspectionId: INSPECTION,
      caseId: second.id,
      itemId,
      status: 'open',
      mine: answer,
      theirs: { ...answer, note: 'Read differently', rev: answer.rev + 1 },
      theirsEntries: [],
      source: 'work-jm.json',
      fileId: 'file-0123456789abcdef',
      detectedAt: NOW,
      resolution: null,
    };
    await db.conflicts.put(conflict);
    await db.reports.put({
      inspectionId: INSPECTION,
      updatedAt: NOW,
      draft: {
        ...emptyReportDraft(),
        examples: [
          {
            id: 'ex-1',
            kind: 'case',
            title: 'Planning',
            caseRef: second.ref,
            areaId: null,
            sectionId: null,
            text: 'A distinctive example text',
          },
        ],
      },
    });
    await db.imports.put({
      id: 'file-0123456789abcdef',
      inspectionId: INSPECTION,
      fileName: 'work-jm.json',
      importedAt: NOW,
      summary: { kind: 'work', counts: { newCases: 0 } },
    });
    await db.meta.put({
      key: 'open-case:token-1',
      value: { token: 'token-1', caseId: first.id, inspectionId: INSPECTION, ref: first.ref },
    });
    await db.meta.put({ key: 'device.id', value: 'lead-laptop' });
  });
  db.close();
  return cases;
}

function space(): CaseAuditDatabase {
  const db = new CaseAuditDatabase(`adopt-space-${n++}`, TEST_DATA_KEY);
  opened.push(db);
  return db;
}

const refs = oldExample().map((c) => c.ref);
const holdsARef = (id: unknown) => refs.some((ref) => String(id).includes(ref));

describe('adopting the data from before protection', () => {
  it('says whether there is any', async () => {
    const name = `adopt-legacy-${n++}`;
    expect(await legacyDataPresent(name)).toBe(false);
    // Asking made no database.
    expect(await Dexie.exists(name)).toBe(false);
    await writeOldDevice(name);
    expect(await legacyDataPresent(name)).toBe(true);
  });

  it('brings every answer, note, history entry and record over, under random case ids', async () => {
    const name = `adopt-legacy-${n++}`;
    const before = await writeOldDevice(name);
    const target = space();
    let made = 0;
    const outcome = await adoptLegacyDatabase(target, {
      legacyName: name,
      newId: () => `00000000-0000-4000-8000-${String(++made).padStart(12, '0')}`,
    });
    expect(outcome).toEqual({ inspections: 1, cases: 60 });

    const cases = await target.cases.toArray();
    expect(cases).toHaveLength(60);
    const idOf = new Map(cases.map((c) => [c.ref, c.id]));
    for (const c of cases) expect(holdsARef(c.id), c.id).toBe(false);

    const values = new Map((await target.answerValues.toArray()).map((r) => [r.caseId, r]));
    const details = new Map((await target.answerDetails.toArray()).map((r) => [r.caseId, r]));
    const history = await target.answerHistory.toArray();
    for (const old of before) {
      const id = idOf.get(old.ref)!;
      const expected = Object.fromEntries(
        Object.entries(old.answers).map(([item, a]) => [item, a.value]),
      );
      expect(values.get(id)?.values ?? {}).toEqual(expected);
      for (const [item, a] of Object.entries(old.answers)) {
        expect(details.get(id)?.details[item]?.note).toBe(a.note);
      }
      expect(history.filter((h) => h.caseId === id)).toHaveLength(Object.keys(old.answers).length);
    }
    expect(history.every((h) => !holdsARef(h.caseId))).toBe(true);

    const [first, second] = before as [CaseWithAnswers, CaseWithAnswers];
    const moderation = await target.moderation.toArray();
    expect(moderation).toMatchObject([
      { id: moderationIdOf(idOf.get(first.ref)!), caseId: idOf.get(first.ref) },
    ]);
    const conflicts = await target.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.caseId).toBe(idOf.get(second.ref));
    expect(conflicts[0]!.id.startsWith(`${idOf.get(second.ref)}|`)).toBe(true);
    expect(holdsARef(conflicts[0]!.id)).toBe(false);

    const report = await target.reports.get(INSPECTION);
    expect(JSON.stringify(report?.draft)).toContain('A distinctive example text');
    expect((await target.imports.toArray()).map((r) => r.fileName)).toEqual(['work-jm.json']);
    expect((await target.meta.get('open-case:token-1'))?.value).toMatchObject({
      caseId: idOf.get(first.ref),
    });
    expect((await target.meta.get('device.id'))?.value).toBe('lead-laptop');

    // The old database is gone once the space holds everything.
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('never copies twice: after a copy whose deletion was cut short, the next attempt only deletes', async () => {
    const name = `adopt-legacy-${n++}`;
    await writeOldDevice(name);
    const target = space();
    await adoptLegacyDatabase(target, { legacyName: name });
    // The browser killed after the copy committed, before the old database was deleted.
    await writeOldDevice(name);
    expect(await legacyDataPresent(name)).toBe(true);
    expect(await adoptLegacyDatabase(target, { legacyName: name })).toEqual({
      inspections: 0,
      cases: 0,
    });
    expect(await target.cases.count()).toBe(60);
    expect(await target.moderation.count()).toBe(1);
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('leaves the old database as it was when the copy fails part-way, to be adopted again', async () => {
    const name = `adopt-legacy-${n++}`;
    await writeOldDevice(name);
    const failing = space();
    // The last table written refuses: everything written before it in the transaction goes.
    failing.use({
      stack: 'dbcore',
      name: 'fail-history',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (tableName !== 'answerHistory') return table;
          return { ...table, mutate: () => Promise.reject(new Error('disk full')) };
        },
      }),
    });
    await expect(adoptLegacyDatabase(failing, { legacyName: name })).rejects.toThrow();
    expect(await failing.cases.count()).toBe(0);
    expect(await failing.inspections.count()).toBe(0);

    expect(await Dexie.exists(name)).toBe(true);
    const legacy = new LegacyCaseAuditDatabase(name);
    opened.push(legacy);
    expect(await legacy.cases.count()).toBe(60);
    expect(await legacy.answerHistory.count()).toBeGreaterThan(0);
    legacy.close();

    const target = space();
    expect(await adoptLegacyDatabase(target, { legacyName: name })).toEqual({
      inspections: 1,
      cases: 60,
    });
    expect(await target.cases.count()).toBe(60);
    expect(await Dexie.exists(name)).toBe(false);
  });
});
