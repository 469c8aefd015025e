/**
 * Taking in a device's database from before protection, in a real browser: a database as
 * version 4 of the schema wrote it (answers one row each, 1,000 cases × 63 answers) is found by
 * today's app, which upgrades it and adopts it into the first person's space when protection is
 * set up. The browser is killed (SIGKILL) at several moments while that runs. Each time, the
 * old database is still whole (version 4, or entirely upgraded — never half) or the space holds
 * every case; and the next start (set-up, or unlock if the person was already made) adopts it
 * and shows every answer.
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
import { baseUrl, expectHeading, openApp } from './support/app';
import { launchKillableBrowser, makeProfileDir, uncaughtErrors } from './support/browser';
import { fillSetUp, SET_UP_HEADING, TEST_PERSON } from './support/protection';

const ID = 'insp-upgrade';
const fixture = syntheticFindingsFixture(syntheticFramework(6, 10), { id: ID, caseCount: 1_000 });
const WRITTEN = fixture.answers.length;
const NOTE = 'Seen on page 12 of the case record';
const CHECKED = fixture.cases[0]!;
/** The database from before protection. */
const LEGACY = 'case-audit';

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

/** The names of the origin's databases, read over the DevTools protocol. */
async function databaseNamesOf(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { databaseNames } = await cdp.send('IndexedDB.requestDatabaseNames', {
    securityOrigin: new URL(baseUrl()).origin,
  });
  await cdp.detach();
  return databaseNames;
}

/** A database as it is on disk (null if there is none), read over the DevTools protocol. */
async function storedState(page: Page, databaseName: string): Promise<Stored | null> {
  if (!(await databaseNamesOf(page)).includes(databaseName)) return null;
  const cdp = await page.context().newCDPSession(page);
  const securityOrigin = new URL(baseUrl()).origin;
  await cdp.send('IndexedDB.enable');
  const { databaseWithObjectStores: db } = await cdp.send('IndexedDB.requestDatabase', {
    securityOrigin,
    databaseName,
  });
  const counts: Record<string, number> = {};
  for (const store of db.objectStores) {
    const { entriesCount } = await cdp.send('IndexedDB.getMetadata', {
      securityOrigin,
      databaseName,
      objectStoreName: store.name,
    });
    counts[store.name] = entriesCount;
  }
  await cdp.detach();
  return { version: db.version, counts };
}

type Profile = { legacy: Stored | null; spaceCases: number };

async function profileState(page: Page): Promise<Profile> {
  const space = (await databaseNamesOf(page)).find((n) => n.startsWith('case-audit-space-'));
  const spaceState = space ? await storedState(page, space) : null;
  return { legacy: await storedState(page, LEGACY), spaceCases: spaceState?.counts.cases ?? 0 };
}

/**
 * The databases of a profile, read by a browser that does not run the app: its page goes past
 * the app's service worker to a plain file of the app's origin.
 */
async function inspectProfile(dir: string): Promise<Profile> {
  const session = await launchKillableBrowser(dir, { gate: 'by hand' });
  try {
    const cdp = await session.page.context().newCDPSession(session.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    await session.page.goto(`${baseUrl()}/manifest.webmanifest`);
    return await profileState(session.page);
  } finally {
    await session.close();
  }
}

/**
 * Never half: the old database all of version 4 or all upgraded, and not yet adopted; or every
 * case in the person's space.
 */
function whole(state: Profile): 'not adopted' | 'adopted' {
  if (state.spaceCases > 0 || state.legacy === null) {
    expect(state.spaceCases).toBe(fixture.cases.length);
    return 'adopted';
  }
  const legacy = state.legacy;
  if (legacy.version === 40) {
    expect(legacy.counts.answers).toBe(WRITTEN);
    expect(legacy.counts.answerValues).toBeUndefined();
  } else {
    expect(legacy.version).toBeGreaterThanOrEqual(50);
    expect(legacy.counts.answers).toBeUndefined();
    expect(legacy.counts.answerValues).toBe(fixture.cases.length);
    expect(legacy.counts.answerDetails).toBe(fixture.cases.length);
  }
  expect(legacy.counts.cases).toBe(fixture.cases.length);
  return 'not adopted';
}

/** Opens the app on a version-4 database and sets up protection: the page, set-up just asked. */
async function startSetUp(page: Page): Promise<void> {
  await writeVersion4(page);
  await page.goto(`${baseUrl()}/inspections/${ID}/findings`);
  await expectHeading(page, SET_UP_HEADING, 60_000);
  await fillSetUp(page, TEST_PERSON);
}

/** How long from "Set passphrase" until the old database is adopted and gone (ms). */
async function timeAdoption(profile: string): Promise<number> {
  const session = await launchKillableBrowser(profile, { gate: 'by hand' });
  try {
    await startSetUp(session.page);
    const start = Date.now();
    for (;;) {
      // Only the names: reading a database over the protocol fails while the app upgrades it.
      if (!(await databaseNamesOf(session.page)).includes(LEGACY)) return Date.now() - start;
      await session.page.waitForTimeout(20);
    }
  } finally {
    await session.close();
  }
}

describe('a version-4 database found by this version of the app', () => {
  const profiles: { dir: string; remove: () => void }[] = [];
  afterAll(() => {
    for (const p of profiles) p.remove();
  });
  const profile = () => {
    const made = makeProfileDir();
    profiles.push(made);
    return made.dir;
  };

  // In 2 of 5 full runs on a busy 2-core machine the next start had not shown the adopted case
  // after 60 s, with the old database still whole each time; the cause is not yet found (the
  // config runs a failed journey once more).
  it('is whole after a kill at any moment of its adoption at set-up, and the next start shows every answer', {
    timeout: 600_000,
  }, async () => {
    // Killed at `delay` ms after "Set passphrase": what is on disk then.
    const killAt = async (delay: number) => {
      const dir = profile();
      const session = await launchKillableBrowser(dir, { gate: 'by hand' });
      await startSetUp(session.page);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await session.kill();
      return { dir, state: whole(await inspectProfile(dir)) };
    };
    // Kills closing in on the moment the adoption commits, from both sides: those just before
    // it fall inside the upgrade and the copy, which take a second or more at this size.
    let before = 0;
    let after = await timeAdoption(profile());
    let killedBefore = '';
    const seen: string[] = [];
    for (let round = 0; round < 5; round++) {
      const delay = Math.round((before + after) / 2);
      const { dir, state } = await killAt(delay);
      seen.push(`${delay} ms: ${state}`);
      if (state === 'not adopted') {
        before = delay;
        killedBefore = dir;
      } else after = delay;
    }
    // Said in the run's output, so a reader sees where the kills fell.
    console.log(`after each kill: ${seen.join('; ')}`);
    if (!killedBefore) killedBefore = (await killAt(0)).dir;

    // The next start, on a profile killed before the adoption committed, passes the gate (set-up
    // again, or unlock if the person was made), adopts the old database and shows every answer.
    const next = await launchKillableBrowser(killedBefore);
    try {
      const { page } = next;
      const said: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') said.push(m.text());
      });
      await openApp(page, `/inspections/${ID}/cases/${CHECKED.id}/check`);
      await page
        .getByText(`Evidence: ${NOTE}`)
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(async (error: unknown) => {
          // What the page showed and said, so a failure here can be read from the run's output.
          const shown = (
            (await page
              .locator('main')
              .textContent()
              .catch(() => '')) ?? ''
          ).slice(0, 600);
          const state = JSON.stringify(await profileState(page).catch(() => null));
          throw new Error(
            `${String(error)}\nshown: ${shown}\nstored: ${state}\nsaid: ${said.join(' | ')}`,
          );
        });
      expect(whole(await profileState(page))).toBe('adopted');
      expect(await storedState(page, LEGACY)).toBeNull();
      const read = await readAnswers(page);
      expect(read).toHaveLength(WRITTEN);
      const written = new Map(fixture.answers.map((a) => [`${a.caseId}/${a.itemId}`, a.value]));
      for (const a of read) expect(a.value).toEqual(written.get(`${a.caseId}/${a.itemId}`));
      await openApp(page, `/inspections/${ID}/findings`);
      await page
        .getByText(/1,000 cases/)
        .first()
        .waitFor({ timeout: 60_000 });
      expect(uncaughtErrors(page)).toEqual([]);
    } finally {
      await next.close();
    }
  });
});
