/**
 * A tampered record: one byte of one case's sealed record flipped in IndexedDB, behind the app's
 * back. The app says records could not be read and how many, shows nothing of that case, keeps
 * showing the other cases, and throws nothing — also when the record was read in a worker.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { expectHeading, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { seedInspection } from './support/scoringSeed';
import { spaceOf, writeSpaceRecords } from './support/sealedSpace';

const fixture = inspectionFixture({ caseCount: 4 });
const [TAMPERED, ...OTHERS] = fixture.cases;

/** Flips one byte of a record's seal in the person's space, with the plain IndexedDB API. */
async function flipSealedByte(page: Page, table: string, key: string): Promise<void> {
  const { database } = await spaceOf(page);
  await page.evaluate(
    async ({ name, table, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const store = db.transaction(table, 'readwrite').objectStore(table);
        const read = store.get(key);
        read.onsuccess = () => {
          const record = read.result as { sealed: Uint8Array };
          const sealed = new Uint8Array(record.sealed);
          sealed[20] = sealed[20]! ^ 0x01;
          const write = store.put({ ...record, sealed });
          write.onsuccess = () => resolve();
          write.onerror = () => reject(write.error);
        };
        read.onerror = () => reject(read.error);
      });
      db.close();
    },
    { name: database, table, key },
  );
}

function damagedWarning(page: Page) {
  return page.getByRole('alert').filter({
    hasText: 'Some records on this device could not be read',
  });
}

describe('a tampered record', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('is reported as damaged and left out, and the other cases still show', async () => {
    const { page } = session;
    await openApp(page, '/');
    await seedInspection(page, fixture, { scorer: 'ap' });
    await openApp(page, `/inspections/${fixture.inspection.id}`);
    for (const kase of fixture.cases) await page.getByText(kase.ref).first().waitFor();

    // One byte of the case's sealed record flipped, with the plain IndexedDB API.
    await flipSealedByte(page, 'cases', TAMPERED!.id);

    await openApp(page, `/inspections/${fixture.inspection.id}`);
    await expectHeading(page, fixture.inspection.title);
    const warning = damagedWarning(page);
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.textContent()).toContain('1 record');
    for (const kase of OTHERS) await page.getByText(kase.ref).first().waitFor();
    expect(await page.getByText(TAMPERED!.ref, { exact: true }).count()).toBe(0);

    // The tampered case's own address says it cannot be read, without crashing.
    await openApp(page, `/inspections/${fixture.inspection.id}/cases/${TAMPERED!.id}`);
    await warning.waitFor({ timeout: 30_000 });
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('is reported on the page when only a worker read it (the report preview)', async () => {
    const { page } = session;
    await openApp(page, '/');
    await seedInspection(page, fixture, { scorer: 'ap' });
    // An answer of one case: on the report preview, only the report worker reads answers.
    await writeSpaceRecords(page, {
      answerValues: [
        { caseId: TAMPERED!.id, inspectionId: fixture.inspection.id, values: { a1: 'yes' } },
      ],
    });
    await flipSealedByte(page, 'answerValues', TAMPERED!.id);

    await openApp(page, `/inspections/${fixture.inspection.id}/report/preview`);
    await expectHeading(page, 'Report preview');
    await page.locator('.ca-report').waitFor({ timeout: 30_000 });
    const warning = damagedWarning(page);
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.textContent()).toContain('1 record');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
