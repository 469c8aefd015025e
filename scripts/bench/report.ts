/**
 * Making the report PDF, in headless Chromium against the production build: from the click on
 * "Download the report (PDF)" on the preview to the PDF handed to the download, including
 * starting the report worker and loading the PDF library (a fresh page each run), for the
 * seed-000 inspection (60 cases) and for a 1,000-case one (the same cases repeated across
 * references); and the longest main-thread task meanwhile (PerformanceObserver "longtask"): the
 * page must stay responsive while the worker draws.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  buildLacExample,
  type CaseWithAnswers,
  type Framework,
  type Inspection,
  plural,
} from '../../src/core';
import { answerRecordsOf } from '../../tests/e2e/support/answerRecords';
import { seedCases } from '../../tests/e2e/support/reportSeed';
import { writeSpaceRecords } from '../../tests/e2e/support/sealedSpace';
import { BENCH_PERSON, passGateWhenAsked } from './gate';
import { sized } from './mode';
import { type BenchRow, launchChromium, median, ms, serveBuild } from './support';

const FRAMEWORK = 'audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json';
const RUNS = sized(3, 1);
/** The inspections timed, by cases, with the target for each. */
const SIZES: readonly (readonly [number, string])[] = sized(
  [
    [60, '≤ 3 s'],
    [1000, '≤ 15 s'],
  ],
  [[10, '≤ 3 s']],
);

function inspectionOf(caseCount: number) {
  const framework = JSON.parse(readFileSync(FRAMEWORK, 'utf8')) as Framework;
  const base = buildLacExample(framework, {
    inspectionId: `bench-${caseCount}`,
    now: '2026-03-09T09:00:00.000Z',
    fieldwork: { start: '2026-03-02', end: '2026-03-06' },
  });
  const cases: CaseWithAnswers[] = Array.from({ length: caseCount }, (_, i) => {
    const from = base.cases[i % base.cases.length]!;
    const copy = Math.floor(i / base.cases.length);
    const ref = copy === 0 ? from.ref : `${from.ref}-${copy}`;
    return { ...from, id: `${from.id}-${copy}`, ref };
  });
  return { inspection: base.inspection, cases };
}

/**
 * The inspection written into the person's space as tests/e2e/support/reportSeed.ts writes it,
 * a few cases at a time: sealing a 1,000-case inspection's answers and history at once in the
 * bench's own process would take more memory than it has.
 */
async function seedInChunks(
  page: Page,
  url: string,
  inspection: Inspection,
  cases: readonly CaseWithAnswers[],
): Promise<void> {
  const CHUNK = 50;
  await seedCases(page, inspection, cases.slice(0, CHUNK), url);
  for (let i = CHUNK; i < cases.length; i += CHUNK) {
    const rows = cases.slice(i, i + CHUNK).map(({ answers, ...kase }) => {
      const answerRows = Object.entries(answers).map(([itemId, a]) => ({
        ...a,
        caseId: kase.id,
        inspectionId: kase.inspectionId,
        itemId,
      }));
      return { kase, answers: answerRows, records: answerRecordsOf(answerRows) };
    });
    await writeSpaceRecords(page, {
      cases: rows.map((row) => row.kase),
      answerValues: rows.flatMap((row) => row.records.values),
      answerDetails: rows.flatMap((row) => row.records.details),
      answerHistory: rows.flatMap((row) =>
        row.answers.map((a) => ({ ...a, via: 'import', source: 'test data', before: null })),
      ),
    });
  }
}

/** One PDF: ms from the click that makes it to the download, and the longest main-thread task meanwhile. */
async function onePdf(page: Page, url: string, inspectionId: string) {
  await page.goto(`${url}/inspections/${inspectionId}/report/preview`);
  await page.locator('.ca-report').waitFor({ timeout: 120_000 });
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  // The report has open checks (no key findings chosen): the lead is asked once, and the time
  // runs from "Make the PDF anyway", the click that makes it.
  await page.getByRole('button', { name: 'Download the report (PDF)' }).click();
  const anyway = page.getByRole('button', { name: 'Make the PDF anyway' });
  await anyway.waitFor({ timeout: 30_000 });
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    anyway.click(),
  ]);
  const elapsed = Date.now() - start;
  await download.delete();
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  return { elapsed, longest };
}

export async function benchReport(): Promise<BenchRow[]> {
  const server = await serveBuild();
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const [size, target] of SIZES) {
      const context = await browser.newContext({
        acceptDownloads: true,
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      // The seed opens the app as the journeys do, expecting the gate to be passed by itself.
      await passGateWhenAsked(page, BENCH_PERSON);
      const { inspection, cases } = inspectionOf(size);
      await seedInChunks(page, server.url, inspection, cases);
      const times: number[] = [];
      const longest: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await onePdf(page, server.url, inspection.id);
        times.push(result.elapsed);
        longest.push(result.longest);
      }
      rows.push({
        name: 'report PDF, click to download (worker start and PDF library load included)',
        size: plural(size, 'case'),
        median: ms(median(times)),
        note: `target ${target}; runs ${times.map((t) => ms(t)).join(', ')}`,
      });
      rows.push({
        name: 'longest main-thread task while the PDF is made',
        size: plural(size, 'case'),
        median: ms(median(longest)),
        note: `target none over 100 ms; worst ${ms(Math.max(...longest))}`,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
