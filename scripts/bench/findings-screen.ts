/**
 * The findings screen in headless Chromium against the production build: an inspection seeded
 * into IndexedDB, the screen opened afresh several times, and the screen's own performance
 * measures read back:
 * - `case-audit:findings-render`: the cases read → the figures on screen (computed in the
 *   findings worker, tables and charts drawn). Target under 100 ms for the 60-case example.
 * - `case-audit:findings-load`: reading the cases and answers from IndexedDB (one query per
 *   table) and joining them.
 * Sizes: the 60-case example on the seed-000 framework (hmip-lac-placed-away-2012: 64
 * questions, 13 profile fields), with and without a breakdown by area; and 1,000 cases of a
 * 60-question synthetic framework (63 answers a case). Run alone with
 * `CASE_AUDIT_OUT_DIR=… npx tsx scripts/bench/findings-screen.ts` after a build.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { type Framework, plural } from '../../src/core';
import { seedInspection } from '../../tests/e2e/support/scoringSeed';
import { syntheticFindingsFixture } from '../../tests/fixtures/findingsFixture';
import { syntheticFramework } from '../../tests/fixtures/syntheticFramework';
import { QUICK, sized } from './mode';
import { type BenchRow, launchChromium, median, ms, percentile, serveBuild } from './support';

const SEED_000 = 'audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json';
const RUNS = sized(7, 1);
/** Cases in the large inspection. */
const LARGE = sized(1_000, 20);

/** Six areas, as in seed 000: ten cases each. */
const AREAS = ['north', 'south', 'east', 'west', 'high', 'low'].map((id) => ({
  id,
  name: `${id[0]!.toUpperCase()}${id.slice(1)} YOT`,
}));

type Timing = { render: number; load: number };

/** Opens the screen afresh and reads its measures once the figures are drawn. */
async function openOnce(page: Page, url: string): Promise<Timing> {
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('case-audit:findings-render').length > 0,
    null,
    { timeout: 120_000 },
  );
  return page.evaluate(() => ({
    render: performance.getEntriesByName('case-audit:findings-render').at(-1)!.duration,
    load: performance.getEntriesByName('case-audit:findings-load').at(-1)!.duration,
  }));
}

async function timeScreen(page: Page, url: string, runs = RUNS): Promise<Timing[]> {
  // Warm-up: the browser's caches, as after a first visit.
  if (!QUICK) await openOnce(page, url);
  const timings: Timing[] = [];
  for (let i = 0; i < runs; i++) timings.push(await openOnce(page, url));
  return timings;
}

function rows(
  label: string,
  size: string,
  timings: readonly Timing[],
  target?: string,
): BenchRow[] {
  const render = timings.map((t) => t.render);
  const load = timings.map((t) => t.load);
  return [
    {
      name: `${label}: cases read → figures on screen`,
      size,
      median: ms(median(render)),
      note: `p95 ${ms(percentile(render, 95))}, ${plural(timings.length, 'run')}${target ? `; target ${target}` : ''}`,
    },
    {
      name: `${label}: reading cases and answers`,
      size,
      median: ms(median(load)),
      note: `p95 ${ms(percentile(load, 95))}`,
    },
  ];
}

export async function benchFindingsScreen(): Promise<BenchRow[]> {
  const server = await serveBuild();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('main h1').first().waitFor();

    const lac = JSON.parse(readFileSync(SEED_000, 'utf8')) as Framework;
    const example = syntheticFindingsFixture(lac, {
      id: 'example-60',
      caseCount: 60,
      areas: AREAS,
    });
    await seedInspection(page, example);
    const large = syntheticFindingsFixture(syntheticFramework(4, 15), {
      id: 'large-1000',
      caseCount: LARGE,
      areas: AREAS,
    });
    await seedInspection(page, large);

    const base = `${server.url}/inspections`;
    const items =
      lac.profile.length +
      lac.sections.flatMap((s) => s.standards.flatMap((t) => t.questions)).length;
    return [
      ...rows(
        '60-case example',
        `60 cases × ${items} items`,
        await timeScreen(page, `${base}/example-60/findings`),
        'under 100 ms',
      ),
      ...rows(
        '60-case example by area',
        `60 cases, 6 areas`,
        await timeScreen(page, `${base}/example-60/findings?by=area`),
      ),
      ...rows(
        'Large inspection',
        `${plural(LARGE, 'case')} × 63 items`,
        await timeScreen(page, `${base}/large-1000/findings`, sized(5, 1)),
      ),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./support');
  printTable('Findings screen (production build, headless Chromium)', await benchFindingsScreen());
}
