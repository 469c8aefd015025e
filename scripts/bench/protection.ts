/**
 * What protecting the case data costs, in headless Chromium on a real (on-disk) profile. A page
 * of its own (protectionPage/, built by Vite as the app is, into a temporary folder) runs the
 * app's code against a protected database (every record sealed with the data key) and an
 * unprotected one of the same schema (no sealing), in the same browser and the same run; the
 * two are measured in turns so that anything else the machine does weighs on both alike.
 * - Answer commit: a click on a radio → the answer committed, through the case editor and
 *   answer writer the scoring screens use (the app's own `case-audit:answer-commit` measure:
 *   read the case's answer records, write them, the history entry and the case, one
 *   transaction, strict durability), on a case of a 64-question framework already answered
 *   (a note on every third answer), 100 ms between clicks. Target ≤ 1.3× unprotected.
 * - Findings: the 1,000-case inspection (60 questions and 3 profile fields: 63 items a case).
 *   Opening its findings screen (the screen's own component, as its route mounts it, until its
 *   figures are drawn: the cases read, the figures computed in the findings worker, tables and
 *   charts drawn) is what a person waits for: target ≤ 1.3× unprotected. Within it, the read
 *   (cases and answer values) and the read + figures computed are printed on their own with their
 *   ratios: all of protection's cost is there, so that ratio is protection at its largest.
 * - Unlock: the session's own `unlock` (the person's Argon2id parameters read, the passphrase
 *   derived in the key derivation worker, the data key unwrapped, the space opened, the session
 *   unlocked) and the space's database opened, each on a page loaded afresh as the unlock
 *   screen is; the derivation alone beside it, cold (the worker started for it) and warm.
 *   Target ≤ 1.5 s.
 * Run alone: `npm run bench -- protection`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import preact from '@preact/preset-vite';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { plural } from '../../src/core';
import { poCatalogue } from '../vite/poCatalogue';
import { QUICK, sized } from './mode';
import type { Bench, Which } from './protectionPage/page';
import { type BenchRow, launchPersistentChromium, median, ms, percentile } from './support';

const PAGE_ROOT = fileURLToPath(new URL('./protectionPage/', import.meta.url));
/** Answers committed on each database, in blocks taken in turns. */
const ANSWERS = sized(100, 6);
const BLOCK = sized(25, 3);
/** Clicks after opening the case that are not counted (first use of each code path). */
const WARM_UP = sized(2, 1);
const PAUSE_MS = 100;
const CASES = sized(1_000, 20);
const FINDINGS_RUNS = sized(21, 1);
const UNLOCKS = sized(5, 1);
const PASSPHRASE = 'lantern orchard velvet quarry';

type BenchWindow = { bench: Bench };

/** Builds the bench page into a temporary folder; returns it. */
async function buildPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'case-audit-bench-protection-'));
  try {
    await build({
      configFile: false,
      root: PAGE_ROOT,
      logLevel: 'error',
      // The app's message catalogues are PO files, read as vite.config.ts reads them.
      plugins: [preact(), poCatalogue()],
      // The app's styles as vite.config.ts builds them (GOV.UK Frontend's Sass and its old-IE hack).
      css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import'] } } },
      worker: { format: 'es', plugins: () => [poCatalogue()] },
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        cssMinify: 'esbuild',
      },
    });
    return outDir;
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}

async function servePage(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    configFile: false,
    root: PAGE_ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
}

/** Clicks `count` answers in `which`; returns their click → commit times. */
async function answerBlock(page: Page, which: Which, count: number): Promise<number[]> {
  await page.evaluate((w) => (window as unknown as BenchWindow).bench.startAnswering(w), which);
  for (let i = 0; i < WARM_UP + count; i++) {
    if (i === WARM_UP) {
      await page.evaluate(() => (window as unknown as BenchWindow).bench.clearCommits());
    }
    const before = i < WARM_UP ? i : i - WARM_UP;
    // The radio not chosen yet, so that every click is a change.
    await page.click('#answer input:not(:checked)');
    await page.waitForFunction(
      (n) => {
        const { count, problems } = (window as unknown as BenchWindow).bench.commits();
        return count > n || problems.length > 0;
      },
      before,
      { timeout: 30_000 },
    );
    const { problems } = await page.evaluate(() =>
      (window as unknown as BenchWindow).bench.commits(),
    );
    if (problems.length > 0) throw new Error(`an answer was not saved: ${problems.join('; ')}`);
    await page.waitForTimeout(PAUSE_MS);
  }
  return page.evaluate(() => (window as unknown as BenchWindow).bench.commitTimes());
}

function ratioNote(ratio: number, target: number): string {
  return `${ratio.toFixed(2)}× unprotected (target ≤ ${target}×${ratio <= target ? ', met' : ', MISSED'})`;
}

function failedRow(name: string, error: unknown): BenchRow {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return { name, size: '—', median: 'failed', note: message.slice(0, 200) };
}

async function benchCommits(page: Page): Promise<BenchRow[]> {
  const times: Record<Which, number[]> = { protected: [], unprotected: [] };
  for (let block = 0; times.protected.length < ANSWERS; block++) {
    // In turns, each starting first every other time.
    const order: Which[] =
      block % 2 === 0 ? ['unprotected', 'protected'] : ['protected', 'unprotected'];
    for (const which of order) times[which].push(...(await answerBlock(page, which, BLOCK)));
  }
  const plain = median(times.unprotected);
  const sealed = median(times.protected);
  const size = `${plural(times.protected.length, 'answer')} each, 64-question case`;
  return [
    {
      name: 'click → answer committed, protected',
      size,
      median: ms(sealed),
      note: `p95 ${ms(percentile(times.protected, 95))}; ${ratioNote(sealed / plain, 1.3)}`,
    },
    {
      name: 'click → answer committed, unprotected (same run)',
      size,
      median: ms(plain),
      note: `p95 ${ms(percentile(times.unprotected, 95))}`,
    },
  ];
}

async function benchFindings(page: Page): Promise<BenchRow[]> {
  type Opened = Awaited<ReturnType<Bench['openFindings']>>;
  type Shown = Awaited<ReturnType<Bench['openFindingsScreen']>>;
  const runs: Record<Which, Opened[]> = { protected: [], unprotected: [] };
  const screens: Record<Which, Shown[]> = { protected: [], unprotected: [] };
  const open = (which: Which) =>
    page.evaluate((w) => (window as unknown as BenchWindow).bench.openFindings(w), which);
  const show = (which: Which) =>
    page.evaluate((w) => (window as unknown as BenchWindow).bench.openFindingsScreen(w), which);
  // Warm-up: the worker started, the screen's code run and each database read once.
  if (!QUICK) {
    for (const which of ['unprotected', 'protected'] as const) {
      await open(which);
      await show(which);
    }
  }
  for (let i = 0; i < FINDINGS_RUNS; i++) {
    const order: Which[] =
      i % 2 === 0 ? ['unprotected', 'protected'] : ['protected', 'unprotected'];
    for (const which of order) screens[which].push(await show(which));
    for (const which of order) runs[which].push(await open(which));
  }
  const last = runs.protected.at(-1)!;
  const counts = [last.cases, runs.unprotected.at(-1)!.cases];
  counts.push(screens.protected.at(-1)!.cases, screens.unprotected.at(-1)!.cases);
  if (counts.some((n) => n !== CASES)) {
    throw new Error(
      `findings counted ${counts.join(', ')} cases (read protected, unprotected; screen protected, unprotected) of ${CASES}; ${last.damaged} damaged`,
    );
  }
  const size = `${plural(CASES, 'case')} × 63 items, ${plural(FINDINGS_RUNS, 'run')} each`;
  const pair = (
    label: string,
    times: Record<Which, number[]>,
    target: number | null,
  ): BenchRow[] => {
    const sealed = median(times.protected);
    const plain = median(times.unprotected);
    const ratio = sealed / plain;
    return [
      {
        name: `${label}, protected`,
        size,
        median: ms(sealed),
        note: `p95 ${ms(percentile(times.protected, 95))}; ${target === null ? `${ratio.toFixed(2)}× unprotected` : ratioNote(ratio, target)}`,
      },
      {
        name: `${label}, unprotected (same run)`,
        size,
        median: ms(plain),
        note: `p95 ${ms(percentile(times.unprotected, 95))}`,
      },
    ];
  };
  const of = (key: 'read' | 'figures') => ({
    protected: runs.protected.map((r) => r[key]),
    unprotected: runs.unprotected.map((r) => r[key]),
  });
  return [
    ...pair(
      'findings screen opened: mount → figures drawn',
      {
        protected: screens.protected.map((s) => s.shown),
        unprotected: screens.unprotected.map((s) => s.shown),
      },
      1.3,
    ),
    ...pair('within it: cases read + figures computed in the worker', of('figures'), null),
    ...pair('within it: cases and answer values read', of('read'), null),
  ];
}

async function benchUnlock(page: Page, url: string): Promise<BenchRow[]> {
  const personId = await page.evaluate(
    (passphrase) => (window as unknown as BenchWindow).bench.setUpBenchPerson(passphrase),
    PASSPHRASE,
  );
  type Timing = Awaited<ReturnType<Bench['unlockBenchPerson']>>;
  const timings: Timing[] = [];
  for (let i = 0; i < UNLOCKS; i++) {
    // A page loaded afresh, as the unlock screen is: the worker and its WebAssembly start cold.
    await openPage(page, url);
    const timing = await page.evaluate(
      ({ id, passphrase }) =>
        (window as unknown as BenchWindow).bench.unlockBenchPerson(id, passphrase),
      { id: personId, passphrase: PASSPHRASE },
    );
    if (timing.status !== 'unlocked') throw new Error(`unlock said ${timing.status}`);
    timings.push(timing);
  }
  const total = median(timings.map((t) => t.total));
  const p = timings[0]!.parameters!;
  const parameters = `Argon2id m=${p.memoryKiB} KiB (${(p.memoryKiB / 1024).toFixed(0)} MiB), t=${p.iterations}, p=${p.parallelism}`;
  return [
    {
      name: 'unlock: passphrase → space open, key derivation included',
      size: `${plural(timings.length, 'unlock')}, page loaded afresh each`,
      median: ms(total),
      note: `max ${ms(Math.max(...timings.map((t) => t.total)))}; target ≤ 1,500 ms${total <= 1_500 ? ', met' : ', MISSED'}; ${parameters}`,
    },
    {
      name: 'unlock: Argon2id derivation in the worker alone',
      size: parameters,
      median: ms(median(timings.map((t) => t.derivation))),
      note: 'included in the line above; the worker and its WebAssembly started for it',
    },
    {
      name: 'unlock: the same derivation again, the worker already running',
      size: parameters,
      median: ms(median(timings.map((t) => t.warmDerivation))),
      note: 'Argon2id alone: not part of an unlock',
    },
  ];
}

/** Prepares both databases and runs each part, whatever became of the one before. */
async function measure(page: Page, url: string): Promise<BenchRow[]> {
  await openPage(page, url);
  const prepared = await page.evaluate(
    (n) => (window as unknown as BenchWindow).bench.prepare(n),
    CASES,
  );
  const rows: BenchRow[] = [
    {
      name: 'protected database: case records stored sealed',
      size: 'read past the sealing, straight from IndexedDB',
      median: prepared.sealed ? 'yes' : 'NO',
      note: prepared.sealed ? '' : 'the protected figures below measure no protection',
    },
  ];
  for (const [name, part] of [
    ['answer commit', () => benchCommits(page)],
    ['findings', () => benchFindings(page)],
    ['unlock', () => benchUnlock(page, url)],
  ] as const) {
    try {
      rows.push(...(await part()));
    } catch (error) {
      rows.push(failedRow(name, error));
    }
  }
  return rows;
}

export async function benchProtection(): Promise<BenchRow[]> {
  const outDir = await buildPage();
  try {
    const server = await servePage(outDir);
    try {
      const { context, close } = await launchPersistentChromium('case-audit-bench-protection-');
      try {
        return await measure(context.pages()[0] ?? (await context.newPage()), server.url);
      } finally {
        await close();
      }
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./support');
  printTable('Protection (headless Chromium)', await benchProtection());
}
