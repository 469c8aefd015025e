/**
 * Setting up fieldwork in the production build, in headless Chromium, as a lead would: a
 * 50,000-row population list chosen through the import screen's file input, checked and stored
 * (until the "stored" banner shows), then a 6 × (5 host + 5 home) stratified sample drawn on
 * the sample screen (until the result shows). Medians of several runs after a warm-up, and the
 * longest main-thread task seen during each run (the page must stay responsive: parsing,
 * checking, storing and drawing run in a worker).
 * Run on its own with `npx tsx scripts/bench/inspections.ts` (after a build).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { plural } from '../../src/core';
import { openPastGate } from './gate';
import { sized } from './mode';
import { type BenchRow, launchChromium, median, ms, serveBuild } from './support';

const ROWS = sized(50_000, 600);
const RUNS = sized(5, 1);
const WARMUP = sized(1, 0);
const AREAS = [
  'Blackpool',
  'Halton & Warrington',
  'Shropshire, Telford & Wrekin',
  'Somerset',
  'West London',
  'Wrexham',
];

/** Synthetic population: references like LAC-03-00007, six areas, host and home, an age. */
function populationCsv(rows: number): Buffer {
  const lines = ['Case ref,YOT,Host or home,Age'];
  for (let i = 0; i < rows; i++) {
    const a = i % AREAS.length;
    const ref = `LAC-${String(a + 1).padStart(2, '0')}-${String(i + 1).padStart(5, '0')}`;
    const stratum = Math.floor(i / AREAS.length) % 2 === 0 ? 'host' : 'home';
    lines.push(`${ref},"${AREAS[a]}",${stratum},${10 + (i % 9)}`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * Watches the page's main thread from now on: the longest task the browser reports (only
 * tasks of 50 ms or more are reported), and the longest gap between the turns of a 0 ms timer
 * loop, which is what a user's click or keypress would wait for.
 */
/** Plain JavaScript, so the bundler adds no helpers the page lacks. */
const WATCH_MAIN_THREAD = `(() => {
  const old = window.__watch;
  if (old) { old.observer.disconnect(); clearTimeout(old.timer); }
  const watch = { longest: 0, gap: 0, observer: null, timer: 0 };
  watch.observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watch.longest = Math.max(watch.longest, entry.duration);
  });
  watch.observer.observe({ type: 'longtask' });
  let last = performance.now();
  function tick() {
    const now = performance.now();
    watch.gap = Math.max(watch.gap, now - last);
    last = now;
    watch.timer = setTimeout(tick, 0);
  }
  tick();
  window.__watch = watch;
})()`;

async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate(WATCH_MAIN_THREAD);
}

async function mainThread(page: Page): Promise<{ longest: number; gap: number }> {
  return page.evaluate(`(() => {
    const watch = window.__watch;
    watch.observer.disconnect();
    clearTimeout(watch.timer);
    return { longest: watch.longest, gap: watch.gap };
  })()`);
}

async function createInspection(page: Page, url: string): Promise<string> {
  await openPastGate(page, `${url}/inspections/new`);
  await page.getByLabel('Title').fill('Bench: placed away from home');
  await page.getByLabel('Thematic inspection').check();
  await page.getByLabel('Framework').selectOption('hmip-lac-placed-away-2012@1.0.1');
  await page.getByLabel('Team member 1: name or initials').fill('R. Okafor');
  await page.getByRole('button', { name: 'Create the inspection' }).click();
  // The form's own address, /inspections/new, has the same shape: wait until it is left.
  await page.waitForURL(
    (url) => /^\/inspections\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
  );
  return new URL(page.url()).pathname.split('/').pop()!;
}

type Blocking = { longest: number; gap: number };
type Run = { importMs: number; drawMs: number; importThread: Blocking; drawThread: Blocking };

async function run(page: Page, url: string, id: string, file: Buffer): Promise<Run> {
  await openPastGate(page, `${url}/inspections/${id}/import`);
  await page.getByLabel('Upload a case list').waitFor();
  const start = performance.now();
  await page
    .getByLabel('Upload a case list')
    .setInputFiles({ name: 'population.csv', mimeType: 'text/csv', buffer: file });
  // Watched from here: handing the file over the DevTools protocol (a person would pick it in
  // the browser's file dialog) holds up the page by itself.
  await watchMainThread(page);
  await page.getByRole('button', { name: 'Upload and check' }).click();
  await page.getByLabel('A population to sample from').check();
  await page.getByRole('button', { name: 'Check the list' }).click();
  await page.getByRole('heading', { name: 'The list is ready to import' }).waitFor();
  const replace = page.getByLabel('Replace the stored population list');
  if (await replace.count()) await replace.check();
  await page.getByRole('button', { name: /^Store the population of/ }).click();
  await page
    .getByText(`The population list of ${plural(ROWS, 'case')} is stored`, {
      exact: true,
    })
    .waitFor({ timeout: 60_000 });
  const importMs = performance.now() - start;
  const importThread = await mainThread(page);

  await page.getByRole('link', { name: 'Draw the sample from this population' }).click();
  await page.getByLabel('The same number in every cell').fill('5');
  await page.getByRole('button', { name: 'Fill in every cell' }).click();
  await watchMainThread(page);
  const drawStart = performance.now();
  await page.getByRole('button', { name: 'Draw the sample' }).click();
  await page.getByRole('heading', { name: 'Sample drawn: 60 cases' }).waitFor();
  const drawMs = performance.now() - drawStart;
  return { importMs, drawMs, importThread, drawThread: await mainThread(page) };
}

export async function benchInspections(): Promise<BenchRow[]> {
  const server = await serveBuild();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const id = await createInspection(page, server.url);
    const file = populationCsv(ROWS);
    const runs: Run[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const result = await run(page, server.url, id, file);
      if (i >= WARMUP) runs.push(result);
    }
    const size = `${ROWS.toLocaleString('en-GB')} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB`;
    const blocking = (pick: (r: Run) => Blocking) => {
      const gaps = runs.map((r) => pick(r).gap);
      const longest = Math.max(...runs.map((r) => pick(r).longest));
      return (
        `main thread: longest pause ${ms(median(gaps))} (max ${ms(Math.max(...gaps))}), ` +
        (longest > 0 ? `longest task ${ms(longest)}` : 'no task of 50 ms or more')
      );
    };
    return [
      {
        name: 'Import a population list (choose file → stored)',
        size,
        median: ms(median(runs.map((r) => r.importMs))),
        note: `${plural(RUNS, 'run')}; parse, check and store in a worker; ${blocking((r) => r.importThread)}`,
      },
      {
        name: 'Draw 6 × (5 host + 5 home) from it (click → result)',
        size: plural(ROWS, 'case'),
        median: ms(median(runs.map((r) => r.drawMs))),
        note: `${plural(RUNS, 'run')}; read and draw in the worker; ${blocking((r) => r.drawThread)}`,
      },
      {
        name: 'Import + draw',
        size,
        median: ms(median(runs.map((r) => r.importMs + r.drawMs))),
        note: 'target ≤ 3 s',
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await benchInspections()) {
    console.log(
      `${row.name.padEnd(54)} ${row.size.padEnd(22)} ${row.median.padStart(10)}  ${row.note ?? ''}`,
    );
  }
}
