import { afterEach, describe, expect, it } from 'vitest';
import { allAnswers, caseAnswers } from '../../src/db/cases/answerStore';
import { loadFindingsCases } from '../../src/db/cases/findingsSource';
import { useDatabase } from '../../src/db/connection';
import type { AnswerRecord } from '../../src/db/database';
import { LegacyCaseAuditDatabase } from '../../src/db/protection/legacyDatabase';
import { LegacyDatabaseV4 } from '../fixtures/legacyDatabaseV4';
import { legacyDevice, writeLegacyDevice } from '../fixtures/legacyDevice';

let n = 0;
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  useDatabase(null);
});

function byKey(a: AnswerRecord, b: AnswerRecord): number {
  const x = `${a.caseId}\u001f${a.itemId}`;
  const y = `${b.caseId}\u001f${b.itemId}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

function open<T extends { close(): void }>(db: T): T {
  opened.push(db);
  return db;
}

/** The raw IndexedDB version and stores of a database, as the browser holds it. */
function rawSchema(name: string): Promise<{ version: number; stores: string[] }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      resolve({ version: db.version, stores: [...db.objectStoreNames].sort() });
      db.close();
    };
    request.onerror = () => reject(request.error);
  });
}

/** The names of a store's indexes, as the browser holds them. */
function rawIndexes(name: string, store: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      resolve([...db.transaction(store).objectStore(store).indexNames].sort());
      db.close();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('upgrading a version-4 database (answers one row each) to version 5', () => {
  const device = legacyDevice(1_000);

  it('keeps every answer, history entry, second reading and conflict of 1,000 cases', async () => {
    const name = `migration-${n++}`;
    await writeLegacyDevice(name, device);
    expect((await rawSchema(name)).version).toBe(40);

    const db = open(new LegacyCaseAuditDatabase(name));
    await db.open();
    // Opened at the newest version, through every upgrade after the fifth.
    expect(db.verno).toBe(7);
    const schema = await rawSchema(name);
    expect(schema.stores).toContain('answerValues');
    expect(schema.stores).not.toContain('answers');

    const answers = await allAnswers(db);
    expect(answers).toHaveLength(device.answers.length);
    expect(answers.sort(byKey)).toEqual([...device.answers].sort(byKey));
    expect(await db.answerHistory.toArray()).toEqual(device.history);
    expect(await db.moderation.toArray()).toEqual(
      [...device.moderation].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const stillOpen = db.conflicts
      .where('[inspectionId+status]')
      .equals([device.inspection.id, 'open']);
    expect(await stillOpen.count()).toBe(
      device.conflicts.filter((c) => c.status === 'open').length,
    );
    expect(await db.conflicts.toArray()).toEqual(
      [...device.conflicts].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(await db.cases.count()).toBe(1_000);
    // Version 6: the case reference is no longer an index (it is sealed in a person's space).
    expect(await rawIndexes(name, 'cases')).toEqual(['[inspectionId+inspectorId]', 'inspectionId']);
    expect(await db.meta.get('device-id')).toEqual({ key: 'device-id', value: 'lead-laptop' });

    // The item called "constructor" is an answer like any other, not an inherited property.
    const first = device.cases[0]!;
    const mine = (await caseAnswers(db, first.id)).find((a) => a.itemId === 'constructor');
    expect(mine).toMatchObject({ value: 'yes', note: 'Kept' });
  }, 120_000);

  it('gives the findings the same answer values as before', async () => {
    const name = `migration-${n++}`;
    await writeLegacyDevice(name, device);
    useDatabase(new LegacyCaseAuditDatabase(name));
    const { cases } = await loadFindingsCases(device.inspection.id);
    expect(cases).toHaveLength(1_000);
    const values = new Map(device.answers.map((a) => [`${a.caseId}\u001f${a.itemId}`, a.value]));
    for (const kase of cases) {
      for (const [itemId, answer] of Object.entries(kase.answers)) {
        expect(answer.value).toEqual(values.get(`${kase.id}\u001f${itemId}`));
      }
    }
    const counted = cases.reduce((sum, c) => sum + Object.keys(c.answers).length, 0);
    expect(counted).toBe(device.answers.length);
  }, 120_000);
});

describe('an upgrade that fails midway', () => {
  const device = legacyDevice(200, 'insp-broken');

  it('leaves version 4 exactly as it was, and the next start upgrades once the row is gone', async () => {
    const name = `migration-broken-${n++}`;
    await writeLegacyDevice(name, device);
    // A row the upgrade cannot move, sorted after every other (array keys come last), so the
    // upgrade has moved every other case when it meets it.
    const legacy = open(new LegacyDatabaseV4(name));
    const broken = { ...device.answers[0]!, caseId: ['not', 'a', 'case'] as unknown as string };
    await legacy.answers.put(broken);
    legacy.close();

    const db = open(new LegacyCaseAuditDatabase(name));
    await expect(db.open()).rejects.toThrow(/cannot be read/);
    db.close();
    expect(await rawSchema(name)).toMatchObject({ version: 40 });
    expect((await rawSchema(name)).stores).not.toContain('answerValues');

    const again = open(new LegacyDatabaseV4(name));
    const rows = await again.answers.toArray();
    expect(rows).toHaveLength(device.answers.length + 1);
    expect(rows.filter((r) => typeof r.caseId === 'string').sort(byKey)).toEqual(
      [...device.answers].sort(byKey),
    );
    expect(await again.answerHistory.count()).toBe(device.history.length);
    await again.answers.delete([broken.caseId, broken.itemId]);
    again.close();

    const next = open(new LegacyCaseAuditDatabase(name));
    await next.open();
    expect((await allAnswers(next)).sort(byKey)).toEqual([...device.answers].sort(byKey));
  }, 120_000);
});
