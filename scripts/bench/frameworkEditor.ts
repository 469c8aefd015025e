/**
 * The framework editor, in headless Chromium against the production build: a keystroke in a
 * 300-question draft until the checks' result is shown. Each keystroke alternately empties a
 * question's text (a problem appears in the summary) and types it again (the problem goes);
 * the checks run once typing pauses. Reported per run: the longest main-thread task
 * (PerformanceObserver "longtask", which sees tasks of 50 ms or more), the longest input event
 * (Event Timing) and the checks' own time (they run in a worker); the median over runs.
 */
import type { Page } from 'playwright-core';
import { type Framework, plural } from '../../src/core';
import { writeSpaceRecords } from '../../tests/e2e/support/sealedSpace';
import { syntheticFramework } from '../../tests/fixtures/syntheticFramework';
import { openPastGate } from './gate';
import { sized } from './mode';
import { type BenchRow, launchChromium, median, ms, serveBuild } from './support';

const RUNS = sized(5, 1);
const KEYSTROKES = sized(10, 2);
const STANDARDS = sized(20, 2);
const PER_STANDARD = sized(15, 3);
const DRAFT_ID = 'bench-draft';
const FIELD = '#fw-sections-0-standards-0-questions-0-text';

/** The draft, in the bench person's space as the editor stores it (drafts are not sealed). */
async function seedDraft(page: Page, framework: Framework): Promise<void> {
  const at = new Date().toISOString();
  await writeSpaceRecords(page, {
    frameworkDrafts: [{ draftId: DRAFT_ID, framework, revision: 1, createdAt: at, updatedAt: at }],
  });
}

type Run = { longTask: number; longestEvent: number; checks: number };

/** Keystrokes, each followed by a pause long enough for the checks to run and show. */
async function keystrokes(page: Page): Promise<Run> {
  await page.evaluate(() => {
    const w = window as unknown as { benchTasks: number[]; benchEvents: number[] };
    w.benchTasks = [];
    w.benchEvents = [];
    performance.clearMeasures('case-audit:draft-checks');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.benchTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.benchEvents.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const text = await page.inputValue(FIELD);
  await page.focus(FIELD);
  for (let i = 0; i < KEYSTROKES; i++) {
    if (i % 2 === 0) {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.getByTestId('draft-problems').waitFor();
    } else {
      await page.keyboard.insertText(text);
      await page.getByTestId('draft-problems').waitFor({ state: 'detached' });
    }
    await page.waitForTimeout(100);
  }
  // Everything typed is stored before the next run loads the draft again.
  await page
    .getByTestId('draft-save-state')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  return page.evaluate(() => {
    const w = window as unknown as { benchTasks: number[]; benchEvents: number[] };
    const checks = performance.getEntriesByName('case-audit:draft-checks').map((e) => e.duration);
    return {
      longTask: Math.max(0, ...w.benchTasks),
      longestEvent: Math.max(0, ...w.benchEvents),
      checks: Math.max(0, ...checks),
    };
  });
}

export async function benchFrameworkEditor(): Promise<BenchRow[]> {
  const server = await serveBuild();
  const browser = await launchChromium();
  const questions = STANDARDS * PER_STANDARD;
  try {
    const page = await browser.newPage();
    await openPastGate(page, `${server.url}/frameworks`);
    // The library listed: the app has opened (and made) the person's space.
    await page.getByRole('table').first().waitFor();
    await seedDraft(page, syntheticFramework(STANDARDS, PER_STANDARD));
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      await openPastGate(
        page,
        `${server.url}/frameworks/drafts/${DRAFT_ID}/sections/0/standards/0`,
      );
      await page.locator(FIELD).waitFor();
      runs.push(await keystrokes(page));
    }
    const size = `${plural(questions, 'question')}, ${plural(RUNS, 'run')} of ${plural(KEYSTROKES, 'keystroke')}`;
    return [
      {
        name: 'keystroke → checks shown: longest main-thread task',
        size,
        median: ms(median(runs.map((r) => r.longTask))),
        note: 'long tasks are those of 50 ms or more; 0 ms: none; target no task of 50 ms or more',
      },
      {
        name: 'keystroke → checks shown: longest input event',
        size,
        median: ms(median(runs.map((r) => r.longestEvent))),
        note: 'events of 16 ms or more are seen; 0 ms: none',
      },
      {
        name: 'the checks on the draft (in a worker, off the page), longest',
        size,
        median: ms(median(runs.map((r) => r.checks))),
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
