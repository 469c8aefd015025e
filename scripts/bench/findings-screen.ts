/**
 * The findings screen in headless Chromium against the production build: an inspection seeded
 * into the person's space (sealed, as the app stores it), the screen opened afresh several
 * times, and the screen's own performance measures read back:
 * - `case-audit:findings-render`: the cases read → the figures on screen (computed in the
 *   findings worker, tables and charts drawn). Target under 100 ms for the 60-case example.
 * - `case-audit:findings-load`: reading the cases and answer values from IndexedDB (one query
 *   per table: cases, answer values, second readings) and joining them.
 * - navigation → figures on screen: from the click on "Findings" in the inspection's navigation
 *   (the app already open, as a user moves to findings) to `case-audit:findings-rendered`, so
 *   the route, the read and the computation are all in it. Targets: ≤ 150 ms for 1,000 cases
 *   × 63 answers, ≤ 400 ms for 5,000 × 40.
 * - page load → figures on screen: the same from the start of loading the findings address
 *   afresh (the page's time origin), the app's own start and the unlock included (the
 *   passphrase's key derivation, the space opened), the time the unlock screen waited for the
 *   passphrase to be typed left out.
 * Sizes: the 60-case example on the seed-000 framework (hmip-lac-placed-away-2012: 64
 * questions, 13 profile fields), with and without a breakdown by area; 1,000 cases of a
 * 60-question synthetic framework (63 answers a case); 5,000 cases of a 40-question one (43).
 * The size of each inspection's answers, as read (unsealed), is printed beside it. Run alone with
 * `CASE_AUDIT_OUT_DIR=… npx tsx scripts/bench/findings-screen.ts` after a build.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { type Framework, plural } from '../../src/core';
import { answerRecordsOf } from '../../tests/e2e/support/answerRecords';
import { seedInspection } from '../../tests/e2e/support/scoringSeed';
import { writeSpaceRecords } from '../../tests/e2e/support/sealedSpace';
import { syntheticFindingsFixture } from '../../tests/fixtures/findingsFixture';
import type { InspectionFixture } from '../../tests/fixtures/inspectionFixture';
import { syntheticFramework } from '../../tests/fixtures/syntheticFramework';
import { markGate, openPastGate, timeWaitingForPassphrase } from './gate';
import { QUICK, sized } from './mode';
import { type BenchRow, launchChromium, median, ms, percentile, serveBuild } from './support';

const SEED_000 = 'audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json';
const RUNS = sized(7, 1);
/** Cases in the large inspection. */
const LARGE = sized(1_000, 20);
/** Cases in the national-scale inspection. */
const NATIONAL = sized(5_000, 40);

/** Six areas, as in seed 000: ten cases each. */
const AREAS = ['north', 'south', 'east', 'west', 'high', 'low'].map((id) => ({
  id,
  name: `${id[0]!.toUpperCase()}${id.slice(1)} YOT`,
}));

type Timing = { render: number; load: number; navigation: number; pageLoad: number };

/** Opens the screen afresh (unlocking it) and reads its measures once the figures are drawn. */
async function openOnce(page: Page, url: string): Promise<Timing> {
  await openPastGate(page, url);
  await page.waitForFunction(
    () => performance.getEntriesByName('case-audit:findings-render').length > 0,
    null,
    { timeout: 120_000 },
  );
  const loaded = await page.evaluate(() => ({
    render: performance.getEntriesByName('case-audit:findings-render').at(-1)!.duration,
    load: performance.getEntriesByName('case-audit:findings-load').at(-1)!.duration,
    pageLoad: performance.getEntriesByName('case-audit:findings-rendered')[0]!.startTime,
  }));
  // The page's start counts; the time the unlock screen waited for the passphrase does not.
  const waiting = await timeWaitingForPassphrase(page);
  return {
    ...loaded,
    pageLoad: loaded.pageLoad - waiting,
    navigation: await navigateOnce(page, url),
  };
}

/** From the inspection's page, a click on its "Findings" link → the figures drawn (ms). */
async function navigateOnce(page: Page, url: string): Promise<number> {
  const findings = new URL(url);
  findings.search = '';
  await openPastGate(page, findings.href.replace(/\/findings$/, ''));
  const link = page.locator(`a[href="${findings.pathname}"]`).first();
  await link.waitFor();
  // As a user would: the inspection's page shown and settled (its own reads done) first.
  await page.waitForTimeout(sized(1_500, 0));
  await page.evaluate(() => performance.clearMarks('case-audit:findings-rendered'));
  const start = await link.evaluate((a: HTMLAnchorElement) => {
    const at = performance.now();
    a.click();
    return at;
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('case-audit:findings-rendered').length > 0,
    null,
    { timeout: 120_000 },
  );
  return page.evaluate(
    (from) => performance.getEntriesByName('case-audit:findings-rendered')[0]!.startTime - from,
    start,
  );
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
  const navigation = timings.map((t) => t.navigation);
  const pageLoad = timings.map((t) => t.pageLoad);
  return [
    {
      name: `${label}: navigation → figures on screen`,
      size,
      median: ms(median(navigation)),
      note: `p95 ${ms(percentile(navigation, 95))}, ${plural(timings.length, 'run')}${target ? `; target ${target}` : ''}`,
    },
    {
      name: `${label}: page load → figures on screen, unlock included`,
      size,
      median: ms(median(pageLoad)),
      note: `p95 ${ms(percentile(pageLoad, 95))}; the app's own start and the unlock (key derivation) included, the wait for the passphrase to be typed not`,
    },
    {
      name: `${label}: cases read → figures on screen`,
      size,
      median: ms(median(render)),
      note: `p95 ${ms(percentile(render, 95))}`,
    },
    {
      name: `${label}: reading cases and answer values`,
      size,
      median: ms(median(load)),
      note: `p95 ${ms(percentile(load, 95))}`,
    },
  ];
}

/**
 * Seeds an inspection whose answers are too many to send to the page at once: the cases first,
 * then the answers' records (two a case, as the app stores them) a few hundred cases at a time.
 */
async function seedLarge(page: Page, fixture: InspectionFixture): Promise<void> {
  await seedInspection(page, { ...fixture, answers: [] });
  const { values, details } = answerRecordsOf(fixture.answers);
  const CHUNK = 500;
  for (let i = 0; i < values.length; i += CHUNK) {
    await writeSpaceRecords(page, {
      answerValues: values.slice(i, i + CHUNK),
      answerDetails: details.slice(i, i + CHUNK),
    });
  }
}

/**
 * What an inspection's answers take when read as findings read them (unsealed): the serialised
 * size of its answer values, and of its answer details beside them.
 */
function answersSize(fixture: InspectionFixture): string {
  const { values, details } = answerRecordsOf(fixture.answers);
  const size = (rows: readonly object[]) => rows.reduce((n, r) => n + JSON.stringify(r).length, 0);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `values ${mb(size(values))} (details ${mb(size(details))} more, not read)`;
}

export async function benchFindingsScreen(): Promise<BenchRow[]> {
  const server = await serveBuild();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await markGate(context);
    const page = await context.newPage();
    // Protection set up: the seeds write into the person's space.
    await openPastGate(page, `${server.url}/`);

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
    await seedLarge(page, large);
    const national = syntheticFindingsFixture(syntheticFramework(4, 10), {
      id: 'national-5000',
      caseCount: NATIONAL,
      areas: AREAS,
    });
    await seedLarge(page, national);

    const base = `${server.url}/inspections`;
    const items =
      lac.profile.length +
      lac.sections.flatMap((s) => s.standards.flatMap((t) => t.questions)).length;
    return [
      ...rows(
        '60-case example',
        `60 cases × ${items} items`,
        await timeScreen(page, `${base}/example-60/findings`),
      ),
      ...rows(
        '60-case example by area',
        `60 cases, 6 areas`,
        await timeScreen(page, `${base}/example-60/findings?by=area`),
      ),
      ...rows(
        'Large inspection',
        `${plural(LARGE, 'case')} × 63 items; ${answersSize(large)}`,
        await timeScreen(page, `${base}/large-1000/findings`, sized(5, 1)),
        '≤ 150 ms',
      ),
      ...rows(
        'National inspection',
        `${plural(NATIONAL, 'case')} × 43 items; ${answersSize(national)}`,
        await timeScreen(page, `${base}/national-5000/findings`, sized(5, 1)),
        '≤ 400 ms',
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
