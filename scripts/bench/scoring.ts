/**
 * Scoring speed, in headless Chromium against the production build, on a real (on-disk)
 * browser profile, the app protected (the inspection seeded into the person's space, every page
 * unlocked as it loads, each answer sealed as it is committed):
 * - a click on an answer → the answer committed in IndexedDB (the case store's transaction,
 *   strict durability), median and p95 over 200 answers, 100 ms apart on a case of the seed-000 framework
 *   (hmip-lac-placed-away-2012, 66 questions and 13 profile fields; a synthetic 80-question one
 *   if that file is missing), beside a bare IndexedDB put of one answer-like record started by
 *   a click in the same browser and run (the floor) and their ratio (target ≤ 1.3×: the answer
 *   commit reads the case's two answer records and writes them, its history entry and the case
 *   in one transaction), and bare puts with strict and with relaxed durability (the cost of
 *   strict);
 * - answering all 300 questions of a synthetic framework by keyboard: the longest main-thread
 *   task (PerformanceObserver "longtask") and the longest input event (Event Timing).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type Framework, plural } from '../../src/core';
import { caseUrl, seedInspection } from '../../tests/e2e/support/scoringSeed';
import { inspectionFixture } from '../../tests/fixtures/inspectionFixture';
import { syntheticFramework } from '../../tests/fixtures/syntheticFramework';
import { openPastGate } from './gate';
import { sized } from './mode';
import {
  type BenchRow,
  launchPersistentChromium,
  median,
  ms,
  percentile,
  serveBuild,
} from './support';

const ANSWERS = sized(200, 6);
/** The keyboard framework: 20 standards of 15 questions. */
const KEYBOARD_STANDARDS = sized(20, 2);
const KEYBOARD_PER_STANDARD = sized(15, 3);
const KEYBOARD_QUESTIONS = KEYBOARD_STANDARDS * KEYBOARD_PER_STANDARD;
/** Between two clicks: far less than any person needs to read the next question. */
const PAUSE_MS = 100;
const SEED_000 = 'audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json';

function realisticFramework(): { framework: Framework; name: string } {
  if (existsSync(SEED_000)) {
    return {
      framework: JSON.parse(readFileSync(SEED_000, 'utf8')) as Framework,
      name: 'seed-000 framework (66 questions, 13 profile fields)',
    };
  }
  return { framework: syntheticFramework(8, 10), name: 'synthetic framework (80 questions)' };
}

/**
 * Clicks answers across the case's standards, moving between them as an inspector does (the
 * "Continue" link), until `count` have been committed; returns the click → commit times.
 */
async function clickAnswers(page: Page, url: string, count: number): Promise<number[]> {
  const first = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLAnchorElement>('a.govuk-task-list__link')]
        .map((a) => a.getAttribute('href')!)
        .find((href) => href.includes('/standards/'))!,
  );
  const times: number[] = [];
  const committed = () =>
    page.evaluate(() => performance.getEntriesByName('case-audit:answer-commit').length);
  for (let pass = 0; times.length < count; pass++) {
    // One document per pass through the case; its measures are read before leaving it.
    await openPastGate(page, `${url}${first}`);
    let clicks = 0;
    for (;;) {
      await page.locator('[data-question]').first().waitFor();
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-question]:not([data-kept])')]
          .filter((b) => b.querySelector('input[type=radio]'))
          .map((b) => b.dataset.question!),
      );
      for (const id of ids) {
        if (times.length + clicks >= count) break;
        // Rules may have hidden the question since the screen opened.
        const radios = page.locator(`[data-question="${id}"]:not([data-kept]) input[type=radio]`);
        if ((await radios.count()) < 2) continue;
        // A different option each pass, so every click is a real change.
        const option = radios.nth(pass % 2 === 0 ? 0 : 1);
        const before = await committed();
        try {
          if (await option.isChecked({ timeout: 1_000 })) continue;
          await option.click({ timeout: 1_000 });
        } catch {
          continue; // hidden by a rule just now
        }
        clicks++;
        await page.waitForFunction(
          (expected) => performance.getEntriesByName('case-audit:answer-commit').length >= expected,
          before + 1,
        );
        // An inspector reads before the next click: let the screen settle, as it would.
        await page.waitForTimeout(PAUSE_MS);
      }
      if (times.length + clicks >= count) break;
      const next = page.locator('a[data-continue]');
      if ((await next.textContent())?.includes('check your answers')) break;
      const title = await page.locator('main h1').first().textContent();
      await next.click();
      await page.waitForFunction(
        (previous) => document.querySelector('main h1')?.textContent !== previous,
        title,
      );
    }
    times.push(
      ...(await page.evaluate(() =>
        performance.getEntriesByName('case-audit:answer-commit').map((e) => e.duration),
      )),
    );
  }
  return times.slice(0, count);
}

type Floor = {
  open: (durability: 'strict' | 'relaxed') => Promise<IDBDatabase>;
  put: (db: IDBDatabase, durability: 'strict' | 'relaxed', i: number) => Promise<void>;
};

/**
 * Installs, in the page, a bare put of a record like an answer in a database of its own. Plain
 * JavaScript text, so that nothing the bench runner adds when it compiles this file reaches the page.
 */
async function installFloor(page: Page): Promise<void> {
  await page.evaluate(`
    window.floor = {
      open: (durability) => new Promise((resolve, reject) => {
        const request = indexedDB.open('bench-floor-' + durability, 1);
        request.onupgradeneeded = () =>
          request.result.createObjectStore('answers', { keyPath: ['caseId', 'itemId'] });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }),
      put: (db, durability, i) => new Promise((resolve, reject) => {
        const tx = db.transaction('answers', 'readwrite', { durability });
        tx.objectStore('answers').put({
          caseId: 'case-1', itemId: 'q' + (i % 80), inspectionId: 'insp-1',
          value: i % 2 === 0 ? 'yes' : 'no', note: '', rev: i + 1,
          at: new Date().toISOString(), by: 'ap', device: '6f1c2a9e-0000-4000-8000-000000000000',
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      }),
    };
  `);
}

/** Bare puts started from script with nothing else going on: the idle floor. */
async function barePuts(
  page: Page,
  durability: 'strict' | 'relaxed',
  count: number,
): Promise<number[]> {
  return page.evaluate(
    async ({ durability, count }) => {
      const { floor } = window as unknown as { floor: Floor };
      const db = await floor.open(durability);
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        await floor.put(db, durability, i);
        times.push(performance.now() - start);
      }
      db.close();
      return times;
    },
    { durability, count },
  );
}

/**
 * Bare puts started by a click on a radio in the same page, as an answer is: the floor for
 * click → commit. (Chromium runs IndexedDB callbacks after the frame that follows an input, so
 * this floor includes waiting for that frame.)
 */
async function clickedPuts(page: Page, count: number): Promise<number[]> {
  await page.evaluate(async () => {
    const { floor } = window as unknown as { floor: Floor };
    const db = await floor.open('strict');
    const box = document.createElement('div');
    for (const id of ['floor-a', 'floor-b']) {
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'floor';
      input.id = id;
      input.setAttribute('aria-label', id);
      box.append(input);
    }
    document.querySelector('main')!.prepend(box);
    let i = 0;
    box.addEventListener('change', (event) => {
      const start = event.timeStamp;
      void floor
        .put(db, 'strict', i++)
        .then(() => performance.measure('bench:floor-commit', { start, end: performance.now() }));
    });
  });
  for (let i = 0; i < count; i++) {
    await page.click(i % 2 === 0 ? '#floor-a' : '#floor-b');
    await page.waitForFunction(
      (n) => performance.getEntriesByName('bench:floor-commit').length >= n,
      i + 1,
    );
    await page.waitForTimeout(PAUSE_MS);
  }
  return page.evaluate(() =>
    performance.getEntriesByName('bench:floor-commit').map((e) => e.duration),
  );
}

/** Answers every question of every standard by keyboard; returns the longest task and event. */
async function scoreByKeyboard(
  page: Page,
  url: string,
  standards: number,
): Promise<{ longTask: number; longTasks: number; longestEvent: number; answered: number }> {
  await openPastGate(page, `${url}/standards/standard-1`);
  await page.locator('[data-question]').first().waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { tasks: number[]; events: number[] };
    w.tasks = [];
    w.events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.tasks.push(e.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.events.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  let answered = 0;
  for (let standard = 1; standard <= standards; standard++) {
    const title = (await page.locator('main h1').first().textContent()) ?? '';
    await page.keyboard.press('Alt+ArrowDown');
    for (;;) {
      const onQuestion = await page.evaluate(
        () => document.activeElement?.closest('[data-question]') != null,
      );
      if (!onQuestion) break;
      // "No" on every fourth answer opens some of the rule-bound questions.
      await page.keyboard.press(answered % 4 === 3 ? '2' : '1');
      answered++;
      await page.keyboard.press('Alt+ArrowDown');
    }
    await page.keyboard.press('Alt+PageDown');
    // Arrived when the new screen's heading has focus, as the app moves it there.
    await page.waitForFunction((previous) => {
      const h1 = document.querySelector('main h1');
      return h1?.textContent !== previous && document.activeElement === h1;
    }, title);
  }
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.waitForTimeout(500);
  const { tasks, events } = await page.evaluate(() => {
    const w = window as unknown as { tasks: number[]; events: number[] };
    return { tasks: w.tasks, events: w.events };
  });
  return {
    longTask: Math.max(0, ...tasks),
    longTasks: tasks.length,
    longestEvent: Math.max(0, ...events),
    answered,
  };
}

export async function benchScoring(): Promise<BenchRow[]> {
  const server = await serveBuild();
  const { context, close } = await launchPersistentChromium('case-audit-bench-');
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Protection set up: the seeds write into the person's space.
    await openPastGate(page, `${server.url}/`);

    const { framework, name } = realisticFramework();
    const realistic = inspectionFixture({ framework, id: 'bench-realistic', caseCount: 1 });
    await seedInspection(page, realistic, { scorer: 'ap' });
    await openPastGate(page, `${server.url}${caseUrl(realistic)}`);
    await page.locator('a.govuk-task-list__link').first().waitFor();
    const app = await clickAnswers(page, server.url, ANSWERS);
    await installFloor(page);
    const clicked = await clickedPuts(page, ANSWERS);
    const strict = await barePuts(page, 'strict', ANSWERS);
    const relaxed = await barePuts(page, 'relaxed', ANSWERS);

    const large = inspectionFixture({
      framework: syntheticFramework(KEYBOARD_STANDARDS, KEYBOARD_PER_STANDARD),
      id: 'bench-large',
      caseCount: 1,
    });
    await seedInspection(page, large, { scorer: 'ap' });
    const keyboard = await scoreByKeyboard(
      page,
      `${server.url}${caseUrl(large)}`,
      KEYBOARD_STANDARDS,
    );

    const floor = median(clicked);
    return [
      {
        name: `click → answer committed (app, ${name})`,
        size: plural(app.length, 'answer'),
        median: ms(median(app)),
        note: `p95 ${ms(percentile(app, 95))}; ${(median(app) / floor).toFixed(2)}× the click floor (target ≤ 1.3×)`,
      },
      {
        name: 'click → bare IndexedDB put committed (floor)',
        size: plural(clicked.length, 'put'),
        median: ms(floor),
        note: `p95 ${ms(percentile(clicked, 95))}; includes Chromium's wait for the frame after an input`,
      },
      {
        name: 'bare IndexedDB put, no input, strict durability',
        size: plural(strict.length, 'put'),
        median: ms(median(strict)),
        note: `p95 ${ms(percentile(strict, 95))}`,
      },
      {
        name: 'bare IndexedDB put, no input, relaxed durability',
        size: plural(relaxed.length, 'put'),
        median: ms(median(relaxed)),
        note: `p95 ${ms(percentile(relaxed, 95))}; strict costs ${ms(median(strict) - median(relaxed))} at the median, ${ms(percentile(strict, 95) - percentile(relaxed, 95))} at p95`,
      },
      {
        name: `keyboard scoring, ${KEYBOARD_QUESTIONS}-question framework: longest main-thread task`,
        size: `${plural(keyboard.answered, 'answer')} (${plural(KEYBOARD_QUESTIONS, 'question')})`,
        median: keyboard.longTasks === 0 ? 'none ≥ 50 ms' : ms(keyboard.longTask),
        note: `${keyboard.longTasks} long task(s); longest input event ${ms(keyboard.longestEvent)}; target no task over 50 ms`,
      },
    ];
  } finally {
    await close();
    await server.close();
  }
}
