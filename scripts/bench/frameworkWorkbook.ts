/**
 * Framework workbooks: reading and checking the .xlsx of a 300-question framework (20
 * standards × 15 questions and a profile, tests/fixtures/syntheticFramework.ts) with the
 * library the app uses — what Frameworks › Import does in its worker — as the median of
 * several runs after a warm-up; and the first screen's JavaScript, measured as the app-shell
 * section does, with a check that the spreadsheet library is not part of it (it is loaded only
 * when a workbook is imported or downloaded); and Frameworks › Import checking the same workbook
 * in its worker, in Chromium. Run on its own with
 * `npx tsx scripts/bench/frameworkWorkbook.ts` (the first-screen rows need a build).
 */
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  fillFrameworkWorkbook,
  type LibraryReadWorkbook,
  listQuestions,
  plural,
  readFrameworkWorkbook,
} from '../../src/core';
import { syntheticFramework } from '../../tests/fixtures/syntheticFramework';
import { builtSize, firstScreenFiles } from './appShell';
import { gateScreenShownAt, markGate, openPastGate, SET_UP_SCREEN } from './gate';
import { sized } from './mode';
import { type BenchRow, kb, launchChromium, median, ms, serveBuild, timeRuns } from './support';

async function open(bytes: Uint8Array): Promise<LibraryReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
  return workbook;
}

type Workbook = { bytes: Uint8Array; size: string };

async function syntheticWorkbook(): Promise<Workbook> {
  const [standards, perStandard] = sized([20, 15], [4, 5]);
  const framework = syntheticFramework(standards, perStandard);
  const workbook = new ExcelJS.Workbook();
  fillFrameworkWorkbook(workbook, framework);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const questions = listQuestions(framework).length;
  return { bytes, size: `${plural(questions, 'question')}, ${kb(bytes.length)} .xlsx` };
}

async function readingRows({ bytes, size }: Workbook): Promise<BenchRow[]> {
  let outcome = '';
  const times = await timeRuns(
    async () => {
      const result = await readFrameworkWorkbook(bytes, open);
      outcome = result.status === 'ok' ? 'valid' : `${plural(result.errors.length, 'problem')}`;
    },
    sized(9, 1),
    sized(2, 0),
  );
  return [
    {
      name: 'workbook read and checked (open, sheets → framework, schema and checks)',
      size,
      median: ms(median(times)),
      note: `${outcome}; min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}; target < 1 s`,
    },
  ];
}

/** Frameworks › Import in Chromium: choose the workbook, check it, until it is summarised. */
async function importScreenTimes(page: Page, url: string, bytes: Uint8Array): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < sized(5, 1) + 1; i++) {
    await openPastGate(page, `${url}/frameworks/import`);
    await page.getByLabel('Upload a framework file').setInputFiles({
      name: 'synthetic.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(bytes),
    });
    const start = performance.now();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'The file is a valid framework' }).waitFor();
    if (i > 0) times.push(performance.now() - start); // the first run fetches the library
  }
  return times;
}

/**
 * The first screen, loaded as the app-shell section loads it: no spreadsheet library in it.
 * Then the import screen checking the same workbook in its worker.
 */
async function browserRows(workbook: Workbook): Promise<BenchRow[]> {
  const server = await serveBuild();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await markGate(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    // The first screen on a fresh profile: protection's set-up screen.
    await gateScreenShownAt(page, SET_UP_SCREEN);
    const { js } = await firstScreenFiles(page);
    const library = js.filter((p) => /exceljs|workbook/i.test(p));
    if (library.length > 0) {
      throw new Error(`the first screen loads the spreadsheet library: ${library.join(', ')}`);
    }
    const times = await importScreenTimes(page, server.url, workbook.bytes);
    return [
      {
        name: 'first-screen JavaScript (gzip), set-up screen: spreadsheet library not in it',
        size: plural(js.length, 'file'),
        median: kb(builtSize(js, true)),
        note: 'exceljs is loaded only when a workbook is imported or downloaded',
      },
      {
        name: 'Frameworks › Import: "Check the file" → summary shown (worker)',
        size: workbook.size,
        median: ms(median(times)),
        note: `min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}; library from the cache`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchFrameworkWorkbook(): Promise<BenchRow[]> {
  const workbook = await syntheticWorkbook();
  return [...(await readingRows(workbook)), ...(await browserRows(workbook))];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./support');
  printTable(
    'Framework workbooks (Node; first screen in headless Chromium)',
    await benchFrameworkWorkbook(),
  );
}
