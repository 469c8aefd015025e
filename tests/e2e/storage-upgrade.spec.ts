/**
 * Upgrading a device's database in a real browser: a database as version 4 of the schema wrote
 * it (answers one row each, 1,000 cases × 63 answers), opened by today's app, the browser killed
 * (SIGKILL) at several moments while the upgrade runs. Each time the database is either still
 * entirely version 4 or entirely upgraded — never half — and the next start upgrades it and
 * shows every answer.
 *
 * The database is written and inspected without the app: written with the plain IndexedDB API
 * from a page of the app's origin that does not run it, and inspected over the DevTools
 * protocol, which reads a database without opening it at a new version.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticFindingsFixture } from '../fixtures/findingsFixture';
import { syntheticFramework } from '../fixtures/syntheticFramework';
import { readAnswers } from './support/answerRecords';
import { baseUrl } from './support/app';
import { launchKillableBrowser, makeProfileDir, uncaughtErrors } from './support/browser';

const ID = 'insp-upgrade';
const fixture = syntheticFindingsFixture(syntheticFramework(6, 10), { id: ID, caseCount: 1_000 });
const WRITTEN = fixture.answers.length;
const NOTE = 'Seen on page 12 of the case record';
const CHECKED = fixture.cases[0]!;

/**
 * Version 4's stores as Dexie made them (src/db/database.ts, versions 1–4; Dexie keeps version
 * N as IndexedDB version N × 10): key path, auto-increment, and indexes (name → key path).
 */
const VERSION_4: Record<
  string,
  { keyPath: string | string[]; auto?: boolean; indexes: Record<string, string | string[]> }
> = {
  frameworks: { keyPath: 'key', indexes: { id: 'id' } },
  inspections: { keyPath: 'id', indexes: { updatedAt: 'updatedAt' } },
  cases: {
    keyPath: 'id',
    indexes: {
      inspectionId: 'inspectionId',
      '[inspectionId+ref]': ['inspectionId', 'ref'],
      '[inspectionId+inspectorId]': ['inspectionId', 'inspectorId'],
    },
  },
  answers: {
    keyPath: ['caseId', 'itemId'],
    indexes: { caseId: 'caseId', inspectionId: 'inspectionId' },
  },
  answerHistory: {
    keyPath: 'seq',
    auto: true,
    indexes: {
      '[caseId+itemId]': ['caseId', 'itemId'],
      caseId: 'caseId',
      inspectionId: 'inspectionId',
    },
  },
  populationChunks: {
    keyPath: ['inspectionId', 'chunk'],
    indexes: { inspectionId: 'inspectionId' },
  },
  reports: { keyPath: 'inspectionId', indexes: {} },
  moderation: { keyPath: 'id', indexes: { inspectionId: 'inspectionId', caseId: 'caseId' } },
  imports: { keyPath: 'id', indexes: { inspectionId: 'inspectionId' } },
  conflicts: {
    keyPath: 'id',
    indexes: {
      inspectionId: 'inspectionId',
      caseId: 'caseId',
      '[inspectionId+status]': ['inspectionId', 'status'],
    },
  },
  meta: { keyPath: 'key', indexes: {} },
  frameworkDrafts: { keyPath: 'draftId', indexes: { updatedAt: 'updatedAt' } },
};

/** Writes the version-4 database from a page of the app's origin that does not run the app. */
async function writeVersion4(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/manifest.webmanifest`);
  const answers = fixture.answers.map((a) =>
    a.caseId === CHECKED.id && a.note === '' ? { ...a, note: NOTE } : a,
  );
  await page.evaluate(
    async ({ schema, data }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('case-audit', 40);
        request.onupgradeneeded = () => {
          for (const [name, store] of Object.entries(schema)) {
            const made = request.result.createObjectStore(name, {
              keyPath: store.keyPath,
              autoIncrement: store.auto ?? false,
            });
            for (const [index, keyPath] of Object.entries(store.indexes)) {
              made.createIndex(index, keyPath);
            }
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const stores = ['frameworks', 'inspections', 'cases', 'answers', 'meta'];
        const tx = db.transaction(stores, 'readwrite');
        tx.objectStore('meta').put({ key: `scorer:${data.inspection.id}`, value: 'ap' });
        tx.objectStore('frameworks').put(data.framework);
        tx.objectStore('inspections').put(data.inspection);
        for (const c of data.cases) tx.objectStore('cases').put(c);
        for (const a of data.answers) tx.objectStore('answers').put(a);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    {
      schema: VERSION_4,
      data: {
        framework: fixture.framework,
        inspection: fixture.inspection,
        cases: fixture.cases,
        answers,
      },
    },
  );
}

type Stored = { version: number; counts: Record<string, number> };

/** The database as it is on disk, read over the DevTools protocol (no page script opens it). */
async function storedState(page: Page): Promise<Stored> {
  const cdp = await page.context().newCDPSession(page);
  const securityOrigin = new URL(baseUrl()).origin;
  await cdp.send('IndexedDB.enable');
  const { databaseWithObjectStores: db } = await cdp.send('IndexedDB.requestDatabase', {
    securityOrigin,
    databaseName: 'case-audit',
  });
  const counts: Record<string, number> = {};
  for (const store of db.objectStores) {
    const { entriesCount } = await cdp.send('IndexedDB.getMetadata', {
      securityOrigin,
      databaseName: 'case-audit',
      objectStoreName: store.name,
    });
    counts[store.name] = entriesCount;
  }
  await cdp.detach();
  return { version: db.version, counts };
}

/**
 * The database of a profile, read by a browser that does not run the app: its page goes past
 * the app's service worker to a plain file of the app's origin.
 */
async function inspectProfile(dir: string): Promise<Stored> {
  const session = await launchKillableBrowser(dir);
  try {
    const cdp = await session.page.context().newCDPSession(session.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    await session.page.goto(`${baseUrl()}/manifest.webmanifest`);
    return await storedState(session.page);
  } finally {
    await session.close();
  }
}

/** Either all of version 4 or all of version 5: nothing in between. */
function whole(state: Stored): 'version 4' | 'upgraded' {
  if (state.version === 40) {
    expect(state.counts.answers).toBe(WRITTEN);
    expect(state.counts.answerValues).toBeUndefined();
    return 'version 4';
  }
  expect(state.version).toBe(50);
  expect(state.counts.answers).toBeUndefined();
  expect(state.counts.answerValues).toBe(fixture.cases.length);
  expect(state.counts.answerDetails).toBe(fixture.cases.length);
  expect(state.counts.cases).toBe(fixture.cases.length);
  return 'upgraded';
}

/** Opens the app on a version-4 database; resolves when the upgrade has finished (ms). */
async function timeUpgrade(profile: string): Promise<number> {
  const session = await launchKillableBrowser(profile);
  try {
    await writeVersion4(session.page);
    const start = Date.now();
    await session.page.goto(`${baseUrl()}/inspections/${ID}/findings`);
    await session.page.locator('main h1').first().waitFor({ timeout: 60_000 });
    for (;;) {
      if ((await storedState(session.page)).version === 50) return Date.now() - start;
      await session.page.waitForTimeout(20);
    }
  } finally {
    await session.close();
  }
}

describe('a version-4 database opened by this version of the app', () => {
  const profiles: { dir: string; remove: () => void }[] = [];
  afterAll(() => {
    for (const p of profiles) p.remove();
  });
  const profile = () => {
    const made = makeProfileDir();
    profiles.push(made);
    return made.dir;
  };

  it('is whole after a kill at any moment of its upgrade, and the next start shows every answer', async () => {
    // Killed at `delay` ms after the app is opened: what is on disk then.
    const killAt = async (delay: number) => {
      const dir = profile();
      const session = await launchKillableBrowser(dir);
      await writeVersion4(session.page);
      void session.page.goto(`${baseUrl()}/inspections/${ID}/findings`).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await session.kill();
      return { dir, state: whole(await inspectProfile(dir)) };
    };
    // Kills closing in on the moment the upgrade commits, from both sides: those just before
    // it fall inside the upgrade, which takes a second or more at this size.
    let before = 0;
    let after = await timeUpgrade(profile());
    let killedBefore = '';
    const seen: string[] = [];
    for (let round = 0; round < 6; round++) {
      const delay = Math.round((before + after) / 2);
      const { dir, state } = await killAt(delay);
      seen.push(`${delay} ms: ${state}`);
      if (state === 'version 4') {
        before = delay;
        killedBefore = dir;
      } else after = delay;
    }
    // Said in the run's output, so a reader sees where the kills fell.
    console.log(`after each kill: ${seen.join('; ')}`);
    if (!killedBefore) killedBefore = (await killAt(0)).dir;
    const lastDir = killedBefore;

    // The next start, on a profile killed during its upgrade or before it, upgrades and shows
    // every answer.
    const next = await launchKillableBrowser(lastDir);
    try {
      const { page } = next;
      await page.goto(`${baseUrl()}/inspections/${ID}/cases/${CHECKED.id}/check`);
      await page.getByText(`Evidence: ${NOTE}`).first().waitFor({ timeout: 60_000 });
      expect(whole(await storedState(page))).toBe('upgraded');
      const read = await readAnswers(page);
      expect(read).toHaveLength(WRITTEN);
      const written = new Map(fixture.answers.map((a) => [`${a.caseId}/${a.itemId}`, a.value]));
      for (const a of read) expect(a.value).toEqual(written.get(`${a.caseId}/${a.itemId}`));
      await page.goto(`${baseUrl()}/inspections/${ID}/findings`);
      await page
        .getByText(/1,000 cases/)
        .first()
        .waitFor({ timeout: 60_000 });
      expect(uncaughtErrors(page)).toEqual([]);
    } finally {
      await next.close();
    }
  }, 600_000);
});
