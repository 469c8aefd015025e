/**
 * The report in the inspectorate's look, as a lead sets it up in real Chromium: the template and
 * numbered paragraphs, a logo chosen from a file (a bad file refused), acknowledgements and the
 * team credited from the inspection's team — kept across a reload — then the preview, the PDF
 * (logo on the cover with no page number, acknowledgements first, "1.1" paragraphs, numbered
 * tables and their list), the HTML file (axe-clean with its logo, every list entry linking to
 * its table or figure), another template changing the cover and the numbering, and the news
 * release as a Word file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBytes } from '../fixtures/pngImage';
import { axeViolations, expectHeading, openApp } from './support/app';
import { type Session, uncaughtErrors } from './support/browser';
import { download, pdfText, renderPages } from './support/documents';
import { browserWithLacExample } from './support/reportSeed';

const ARTIFACTS = 'tests/e2e/.artifacts/report-look';

/** Whether the PDF's first page draws an image (the logo), read with pdf.js. */
async function firstPageHasImage(path: string): Promise<boolean> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 })
    .promise;
  const operators = await (await pdf.getPage(1)).getOperatorList();
  return operators.fnArray.includes(pdfjs.OPS.paintImageXObject);
}

describe('the report in the inspectorate’s look', () => {
  let session: Session;
  let inspectionId: string;

  beforeAll(async () => {
    ({ session, inspectionId } = await browserWithLacExample('insp-look'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('sets the template, the logo, acknowledgements and the team, kept across a reload', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/report`);
    await expectHeading(page, 'Report');
    const look = page.getByRole('region', { name: 'Look and credits' });
    // A thematic inspection starts from HMIP's template, which numbers paragraphs.
    expect(await look.getByLabel('HMIP thematic inspection').isChecked()).toBe(true);
    expect(await look.getByLabel(/^Number paragraphs/).isChecked()).toBe(true);

    // A file that is not an image is refused, naming the field; nothing is kept.
    const dir = mkdtempSync(join(tmpdir(), 'case-audit-logo-'));
    writeFileSync(join(dir, 'notes.png'), 'these are notes, not a picture');
    await look.getByLabel('Logo for the cover (optional)').setInputFiles(join(dir, 'notes.png'));
    await page.getByText('The logo must be a PNG or JPEG image').first().waitFor();

    writeFileSync(join(dir, 'logo.png'), pngBytes(360, 120));
    await look.getByLabel('Logo for the cover (optional)').setInputFiles(join(dir, 'logo.png'));
    await look.getByLabel('Text alternative for the logo').fill('HM Inspectorate of Probation');
    await look.getByRole('button', { name: 'Use this logo' }).click();
    await look.getByRole('button', { name: 'Remove the logo' }).waitFor();

    await look
      .getByRole('textbox', { name: /^Acknowledgements/ })
      .fill('We are grateful to the youth offending teams in the six areas for their help.');
    await look.getByRole('button', { name: 'Fill from the inspection’s team' }).click();
    // A key finding for the summary, which the news release lists too.
    await page
      .getByRole('region', { name: 'Foreword and summary' })
      .getByRole('button', { name: /^Insert the sentence about/ })
      .first()
      .click();
    await look.getByRole('textbox', { name: 'Role' }).first().blur();
    await page.locator('[data-save-state="saved"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expectHeading(page, 'Report');
    const again = page.getByRole('region', { name: 'Look and credits' });
    await again.getByRole('img', { name: 'HM Inspectorate of Probation' }).waitFor();
    expect(await again.getByRole('textbox', { name: /^Acknowledgements/ }).inputValue()).toContain(
      'grateful to the youth offending teams',
    );
    expect(await again.getByRole('textbox', { name: 'Role' }).first().inputValue()).toBe(
      'Lead inspector',
    );
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('previews and prints it: logo on the cover, acknowledgements first, numbered paragraphs and tables', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/report/preview`);
    await page.locator('.ca-report').waitFor({ timeout: 30_000 });
    const report = page.locator('.ca-report');
    await report.getByRole('img', { name: 'HM Inspectorate of Probation' }).waitFor();
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('List of tables');
    expect(text).toContain('The inspection team');
    expect(await report.locator('.paragraph-number').first().textContent()).toBe('1.1');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Download the report (PDF)' }).click();
    const pdf = await download(page, 'Make the PDF anyway');
    await page.locator('[data-pdf-done]').waitFor();
    const pages = await pdfText(pdf.path);
    expect(pages[0]).not.toMatch(/Page \d+ of/);
    expect(await firstPageHasImage(pdf.path)).toBe(true);
    const all = pages.join('\n');
    // Acknowledgements come before the foreword and summary, as in the inspectorate's reports.
    expect(all.indexOf('grateful to the youth offending teams')).toBeLessThan(
      all.indexOf('Summary', all.indexOf('List of figures')),
    );
    expect(all).toContain('Lead inspector');
    expect(all).toMatch(/List of tables[\s\S]*Table 1: /);
    expect(all).toMatch(
      /Figure 1: Transfer of cases and allocation: cases giving the answer counted/,
    );
    expect(all).toMatch(/1\.1\s+This inspection read case files/);
    expect(all).toMatch(/1\.2\s+The sample was 60 cases/);
    await renderPages(session, pdf.path, [1, 2, 3], ARTIFACTS);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('makes the HTML file with its logo inside, every list entry linking to its table or figure', async () => {
    const { page, context } = session;
    await openApp(page, `/inspections/${inspectionId}/report/preview`);
    await page.locator('.ca-report').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Download the report (HTML)' }).click();
    const html = await download(page, 'Make the HTML file anyway');
    const reader = await context.newPage();
    const requests: string[] = [];
    reader.on('request', (r) => {
      if (!/^(file|data):/.test(r.url())) requests.push(r.url());
    });
    await reader.goto(`file://${html.path}`);
    expect(requests).toEqual([]);
    await reader.getByRole('img', { name: 'HM Inspectorate of Probation' }).waitFor();
    const links = await reader
      .locator('nav.list-of a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(await reader.locator(href).count()).toBe(1);
    expect(await axeViolations(reader)).toEqual([]);
    await reader.close();
  });

  it('changes the cover and the numbering with another template', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/report`);
    const look = page.getByRole('region', { name: 'Look and credits' });
    await look.getByLabel('CSSIW national inspection').check();
    expect(await look.getByLabel(/^Number paragraphs/).isChecked()).toBe(false);
    await page.locator('[data-save-state="saved"]').waitFor();
    await openApp(page, `/inspections/${inspectionId}/report/preview`);
    const report = page.locator('.ca-report');
    await report.getByText(/^National inspection by /).waitFor({ timeout: 30_000 });
    expect(await report.locator('.paragraph-number').count()).toBe(0);
  });

  it('downloads the news release as a Word file', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/report/release`);
    await expectHeading(page, 'News release');
    await page
      .locator('[data-release]')
      .getByText(/Inspectors visited six areas/)
      .waitFor({ timeout: 30_000 });
    const word = await download(page, 'Download the news release (Word)');
    expect(word.name).toMatch(/^lac-2012-thematic-news-release-\d{4}-\d{2}-\d{2}\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(word.path));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('Inspectors found that:');
    expect(text).toContain('(93%, 56 of 60)');
    expect(text).toContain('Ends');
    expect(text).toContain('Inspectors visited six areas and assessed 60 cases');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
