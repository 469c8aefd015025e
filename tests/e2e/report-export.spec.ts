/**
 * Reports and exports, as a lead uses them, in real Chromium against the production build: the
 * example inspection; report text written in the editor; the preview; the PDF made with the
 * network off, its text read back (title, methodology, figures that match the engine, "Page 1
 * of N" from the second page) and its pages drawn to PNG for a person to look at; the news
 * report as one self-contained HTML file, read from disk with no request, axe-clean, with the
 * PDF's figures; the same report as a Word document (Heading 1–3 styles, a contents field,
 * tables with header rows, charts as pictures with alternative text, the PDF's figures); the news release written beside how it reads and downloaded as a one-page PDF; the inspection file imported into a
 * fresh browser profile giving identical findings; the cases spreadsheet read by
 * `case-audit findings` giving the app's figures; axe on the three screens.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import {
  type Answer,
  type CaseWithAnswers,
  computeFindings,
  type Framework,
  findingsCasesOf,
  type Inspection,
  toFindingsJson,
} from '../../src/core';
import type { FindingsJson } from '../../src/core/findings/findingsJson';
import { readAnswers } from './support/answerRecords';
import { axeViolations, baseUrl, expectHeading, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { download, figuresIn, pdfText, renderPages } from './support/documents';
import { browserWithLacExample, LAC_FRAMEWORK_FILE } from './support/reportSeed';
import { readStore } from './support/scoringSeed';

const FRAMEWORK_FILE = LAC_FRAMEWORK_FILE;
const ARTIFACTS = 'tests/e2e/.artifacts/report';

/** The inspection's findings as the app computes them, from what is stored in the page. */
async function storedFindings(page: Page, completeOnly: boolean): Promise<FindingsJson> {
  const [inspection] = await readStore<Inspection>(page, 'inspections');
  const framework = JSON.parse(readFileSync(FRAMEWORK_FILE, 'utf8')) as Framework;
  const cases = await readStore<Omit<CaseWithAnswers, 'answers'>>(page, 'cases');
  const answers = await readAnswers<Answer & { caseId: string; itemId: string }>(page);
  const byCase = new Map(cases.map((c) => [c.id, { ...c, answers: {} as Record<string, Answer> }]));
  for (const a of answers) {
    const { caseId, itemId, ...answer } = a;
    const kase = byCase.get(caseId);
    if (kase) kase.answers[itemId] = answer as Answer;
  }
  const sorted = [...byCase.values()].sort((a, b) =>
    a.ref.localeCompare(b.ref, 'en-GB', { numeric: true }),
  );
  return toFindingsJson(
    computeFindings(framework, findingsCasesOf(sorted), {
      completeOnly,
      names: { areas: inspection!.areas, strata: inspection!.strata },
      ratingOverrides: inspection!.ratingOverrides,
    }),
  );
}

describe('reports and exports', () => {
  let session: Session;
  let inspectionId: string;
  /** The figures the report's PDF prints, for the other renderings to match. */
  let pdfFigures: string[] = [];

  beforeAll(async () => {
    // The seed-000 cases in the framework's own six YOTs (so the command line, which knows the
    // framework's areas only, reads the spreadsheet), most complete, some still being read.
    ({ session, inspectionId } = await browserWithLacExample('insp-lac', {
      unfinished: { inProgress: 7, notStarted: 2 },
    }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('writes report text beside the figures, saved as it is typed', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/report`);
    await expectHeading(page, 'Report');
    await page
      .getByRole('textbox', { name: 'Summary' })
      .fill('Work with these children was often good, but joint working was weak.');
    // The summary's first suggested key finding, and a chapter's: chosen, never dumped.
    await page
      .getByRole('region', { name: 'Foreword and summary' })
      .getByRole('button', { name: /^Insert the sentence about/ })
      .first()
      .click();
    const chapter = page.getByRole('region', { name: /^Chapter: Youth offending work/ });
    await chapter
      .getByRole('button', { name: /^Insert the sentence about/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Add a recommendation' }).click();
    await page.getByRole('textbox', { name: 'Addressed to' }).fill('Local authorities');
    await page
      .getByRole('textbox', { name: 'What they should ensure' })
      .fill('each placement outside the area is authorised by a named senior person');
    await page.getByRole('textbox', { name: 'What they should ensure' }).blur();
    await page.locator('[data-save-state="saved"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('previews the report and makes the PDF with the network off', async () => {
    const { page, context } = session;
    await openApp(page, `/inspections/${inspectionId}/report/preview`);
    await expectHeading(page, 'Report preview');
    await page.locator('.ca-report').waitFor({ timeout: 30_000 });
    expect(await page.locator('.ca-report').textContent()).toContain(
      'Work with these children was often good',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Chapters without chosen key findings are checks: the PDF is made once the lead says so.
    expect(await page.locator('.ca-report').textContent()).toContain(
      'No key findings chosen for this chapter',
    );
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Download the report (PDF)' }).click();
    const pdf = await download(page, 'Make the PDF anyway');
    await context.setOffline(false);
    expect(pdf.name).toMatch(/^lac-2012-thematic-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    await page.locator('[data-pdf-done]').waitFor();

    const pages = await pdfText(pdf.path);
    const all = pages.join('\n');
    pdfFigures = figuresIn(all);
    const [inspection] = await readStore<Inspection>(page, 'inspections');
    // The cover carries no page number; the next page is the second of the whole.
    expect(pages[0]).not.toMatch(/Page \d+ of/);
    expect(pages[1]).toContain(`Page 2 of ${pages.length}`);
    expect(all).toContain(inspection!.title.split(' ').slice(0, 3).join(' '));
    expect(all).toContain('The sample was 60 cases in 6 areas');
    expect(all).toContain('Local authorities should ensure that:');
    expect(all).not.toContain('No key findings chosen');
    // Figures as the engine gives them (complete cases, as the preview counts by default).
    const findings = await storedFindings(page, true);
    // Each row states the figure its sentence states: "(38%, 23 of 60)" prints as "38% (23/60)".
    const figures = findings.questions
      .map((q) => (q.sentence ? /\((\d+)%, (\d+) of (\d+)\)/.exec(q.sentence) : null))
      .filter((m): m is RegExpExecArray => m !== null)
      .slice(0, 8)
      .map(([, percent, count, base]) => `${percent}% (${count}/${base})`);
    expect(figures).toHaveLength(8);
    for (const figure of figures) expect(all).toContain(figure);

    const pngs = await renderPages(session, pdf.path, [1, 2, 3, 4, 5, 10], ARTIFACTS);
    expect(pngs).toHaveLength(6);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('makes the same report as one accessible HTML file, with the PDF’s figures', async () => {
    const { page, context } = session;
    await openApp(page, `/inspections/${inspectionId}/report/preview`);
    await page.locator('.ca-report').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Download the report (HTML)' }).click();
    const html = await download(page, 'Make the HTML file anyway');
    expect(html.name).toMatch(/^lac-2012-thematic-report-\d{4}-\d{2}-\d{2}\.html$/);
    // Read on its own, from the file, with no network: nothing it needs is elsewhere.
    const reader = await context.newPage();
    const requests: string[] = [];
    reader.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await reader.goto(`file://${html.path}`);
    expect(requests).toEqual([]);
    expect(await reader.locator('html').getAttribute('lang')).toBe('en-GB');
    expect(await reader.locator('script').count()).toBe(0);
    expect(await reader.locator('h1').count()).toBe(1);
    expect(await axeViolations(reader)).toEqual([]);
    // Playwright's innerText (the text as laid out, cells apart), not the DOM property.
    // biome-ignore lint/performance/useDomNodeTextContent: see above
    const text = await reader.locator('body').innerText();
    expect(text).not.toContain('No key findings chosen');
    expect(pdfFigures.length).toBeGreaterThan(20);
    expect(figuresIn(text)).toEqual(pdfFigures);
    await reader.close();
  });

  it('makes the same report as a Word document, with heading styles and the PDF’s figures', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/report/preview`);
    await page.locator('.ca-report').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Download the report (Word)' }).click();
    const word = await download(page, 'Make the Word file anyway');
    expect(word.name).toMatch(/^lac-2012-thematic-report-\d{4}-\d{2}-\d{2}\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(word.path));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    for (const style of ['Heading1', 'Heading2', 'Heading3']) {
      expect(styles).toContain(`w:styleId="${style}"`);
    }
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toMatch(/<w:instrText[^>]*>[^<]*TOC/);
    expect(xml).toContain('<w:tblHeader/>');
    // Charts are pictures with their figures as alternative text.
    const altTexts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(altTexts.length).toBeGreaterThan(0);
    const [picture] = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(picture).toMatch(/\.png$/);
    // Kept for a person to look at, beside the PDF's pages.
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(
      join(ARTIFACTS, 'word-chart-1.png'),
      await zip.file(picture ?? '')!.async('nodebuffer'),
    );
    const text = xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&');
    expect(text).not.toContain('No key findings chosen');
    expect(figuresIn([text, ...altTexts].join('\n'))).toEqual(pdfFigures);
  });

  it('writes the news release beside how it reads, and downloads it as a one-page PDF', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/report/release`);
    await expectHeading(page, 'News release');
    const release = page.locator('[data-release]');
    await release.getByText(/Inspectors visited six areas/).waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Headline' }).fill('Moves can hamper rehabilitation');
    await page.getByLabel('Date issued').fill('2026-12-17');
    await page.getByLabel('Day', { exact: true }).fill('2026-12-18');
    await page.getByLabel('Time', { exact: true }).fill('00:01');
    await page.getByLabel('Who is quoted').fill('Chief Inspector, A. Example');
    await page.getByRole('textbox', { name: 'Quote', exact: true }).fill('They need stability.');
    await page.getByRole('textbox', { name: 'Quote', exact: true }).blur();
    await page.locator('[data-save-state="saved"]').waitFor();
    await release.getByText('MOVES CAN HAMPER REHABILITATION').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const pdf = await download(page, 'Download the news release (PDF)');
    expect(pdf.name).toMatch(/^lac-2012-thematic-news-release-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pages = await pdfText(pdf.path);
    expect(pages).toHaveLength(1);
    for (const part of [
      '17 December 2026',
      'EMBARGOED: NOT FOR USE UNTIL 00:01, FRIDAY, 18 DECEMBER 2026',
      'MOVES CAN HAMPER REHABILITATION',
      'Inspectors found that:',
      'Chief Inspector, A. Example, said:',
      '- Ends -',
      '1. Inspectors visited six areas and assessed 60 cases, ten in each area',
    ]) {
      expect(pages[0]).toContain(part);
    }
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('exports the cases spreadsheet, which the command line reads to the same figures', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/export`);
    await expectHeading(page, 'Exports');
    expect(await axeViolations(page)).toEqual([]);
    const csv = await download(page, 'Download the cases');
    expect(csv.name).toMatch(/^lac-2012-thematic-cases-\d{4}-\d{2}-\d{2}\.csv$/);
    const out: string[] = [];
    const code = await main(['findings', '--framework', FRAMEWORK_FILE, '--cases', csv.path], {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      readText: async (p) => readFileSync(p, 'utf8'),
    });
    expect(code, out.slice(0, 5).join('\n')).toBe(0);
    const cli = JSON.parse(out.join('\n')) as FindingsJson;
    // Both count complete cases unless asked otherwise: 51 of the 60 (9 are unfinished).
    const app = await storedFindings(page, true);
    expect(cli.questions).toEqual(app.questions);
    expect(cli.profile).toEqual(app.profile);
    expect([cli.basis, cli.cases, cli.casesExcluded]).toEqual(['complete-cases', 51, 9]);

    const findingsCsv = await download(page, 'Download the findings table');
    expect(findingsCsv.name).toMatch(/^lac-2012-thematic-findings-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync(findingsCsv.path, 'utf8').split('\r\n')[0]).toMatch(
      /^question_id,option,counted,breakdown,group,numerator,base,percent/,
    );
  });

  it('moves the whole inspection to a fresh browser profile with identical findings', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/export`);
    const file = await download(page, 'Download the whole inspection');
    expect(file.name).toMatch(/^lac-2012-thematic-all-data-\d{4}-\d{2}-\d{2}\.json$/);
    const before = await storedFindings(page, false);
    const history = (await readStore(page, 'answerHistory')).length;

    const other = await launchBrowser();
    try {
      const importFile = async (path: string) => {
        await openApp(other.page, '/inspections/open-file', baseUrl());
        await expectHeading(other.page, 'Open a Case Audit file');
        await other.page.getByLabel('Case Audit file (.json)').setInputFiles(path);
        await other.page.getByRole('button', { name: 'Check the file' }).click();
        await other.page.getByRole('button', { name: 'Import the inspection' }).click();
      };
      await importFile(file.path);
      await other.page.getByText('The inspection was imported').waitFor();
      expect(await storedFindings(other.page, false)).toEqual(before);
      expect((await readStore(other.page, 'answerHistory')).length).toBe(history);
      const [draft] = await readStore<{ draft: { summary: string } }>(other.page, 'reports');
      expect(draft?.draft.summary).toContain('Work with these children was often good');

      // The same file again is refused: the inspection is already there.
      await importFile(file.path);
      await other.page.getByText(/already has this inspection/).waitFor();

      // A changed file is refused for what it is.
      const changed = join(mkdtempSync(join(tmpdir(), 'case-audit-changed-')), 'changed.json');
      writeFileSync(
        changed,
        readFileSync(file.path, 'utf8').replace('"complete"', '"in-progress"'),
      );
      await importFile(changed);
      await other.page.getByText(/has been changed since it was exported/).waitFor();
      expect(uncaughtErrors(other.page)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
