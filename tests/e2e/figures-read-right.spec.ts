/**
 * No figure that can be read the wrong way round, on the example inspection (60 synthetic
 * cases in six areas), offline: the PDF report marks every figure on a base under 10 and says
 * what each figure counts — a question about an adverse event is never shown with the good
 * outcome's figure unlabelled — and the findings tables wider than the screen say so.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectHeading, openApp, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';

/** Questions of the 2012 framework about adverse events: their "Yes" is the event. */
const ADVERSE = [
  'Had the child been a victim of crime while under the supervision of the YOT?',
  'Had the child gone missing from placement during the period of YOT supervision?',
];

async function loadExample(session: Session): Promise<string> {
  const { page, context } = session;
  await openApp(page, '/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Load an example inspection' }).click();
  await page.getByText('The example inspection was loaded').waitFor();
  await page
    .getByRole('link', { name: /^Example: looked-after children/ })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
  const id = /\/inspections\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on an inspection page: ${page.url()}`);
  return id;
}

async function pdfText(path: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

/** The report's PDF; with checks still open (no key findings chosen yet), made anyway. */
async function downloadPdf(page: Page): Promise<string> {
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Download the report (PDF)' }).click();
  const anyway = page.getByRole('button', { name: 'Make the PDF anyway' });
  if (await anyway.isVisible()) await anyway.click();
  const file = await downloaded;
  const path = join(mkdtempSync(join(tmpdir(), 'case-audit-pdf-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('figures that cannot be read the wrong way round', () => {
  let session: Session;
  afterEach(async () => {
    await session?.close();
  });

  it('marks every small base in the PDF and labels what each figure of an adverse question counts', async () => {
    session = await launchBrowser();
    const { page } = session;
    const id = await loadExample(session);
    await openApp(page, `/inspections/${id}/report/preview`);
    await expectHeading(page, 'Report preview');
    await page.locator('.ca-report').waitFor({ timeout: 30_000 });
    const text = await pdfText(await downloadPdf(page));

    // Every "67% (6/9)" on a base under 10 carries the mark, and there are such figures (by area).
    // (The key under a table, "† Small base: …", may follow a figure: it is not a mark.)
    const figures = [...text.matchAll(/(\d+)% \((\d+)\/(\d+)\)( †(?! Small base))?/g)];
    const small = figures.filter((m) => Number(m[3]) < 10);
    expect(small.length).toBeGreaterThan(10);
    expect(small.filter((m) => m[4] !== ' †').map((m) => m[0])).toEqual([]);
    expect(figures.filter((m) => Number(m[3]) >= 10 && m[4]).map((m) => m[0])).toEqual([]);
    expect(text).toContain('† Small base: fewer than 10 cases.');

    // An adverse question's first figure names what it counts: the event ("Yes").
    for (const question of ADVERSE) {
      const at = text.indexOf(question);
      expect(at, question).toBeGreaterThan(-1);
      const next = /([A-Za-z ]+): \d+% \(\d+\/\d+\)/.exec(text.slice(at + question.length));
      expect(next?.[1]?.trim(), question).toBe('Yes');
    }

    // The sentences the data gives (offered in the report's text, printed once chosen): one on
    // a small base says so.
    await openApp(page, `/inspections/${id}/report`);
    await expectHeading(page, 'Report');
    await page
      .getByRole('button', { name: /^Insert the sentence about/ })
      .first()
      .waitFor({ timeout: 30_000 });
    const offered = (await page.locator('main').textContent()) ?? '';
    const sentences = [...offered.matchAll(/\((\d+)%, (\d+) of (\d+)([^)]*)\)/g)];
    expect(sentences.filter((m) => Number(m[3]) < 10).length).toBeGreaterThan(0);
    expect(
      sentences.filter((m) => Number(m[3]) < 10 && !/ cases?; a small base$/.test(m[4]!)),
    ).toEqual([]);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('says when a findings table is wider than the screen, at 1280 px and at tablet width', async () => {
    for (const width of [1280, 768]) {
      session = await launchBrowser({ viewport: { width, height: 900 } });
      const { page } = session;
      const id = await loadExample(session);
      await openApp(page, `/inspections/${id}/findings?by=area`);
      await expectHeading(page, 'Findings');
      const table = page
        .getByRole('group', { name: /^Transfer of cases and allocation by area$/ })
        .first();
      await table.waitFor();
      const lastHeader = table.locator('thead th').last();
      const fits = await table.evaluate((box) => box.scrollWidth <= box.clientWidth + 1);
      // Six areas never fit a tablet's width.
      if (width === 768) expect(fits).toBe(false);
      const hint = page.getByText(/This table is wider than the screen/).first();
      if (!fits) {
        expect(await hint.isVisible(), `hint at ${width}px`).toBe(true);
        // The hidden columns can be reached from the keyboard.
        await table.focus();
        for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
        // Scrolling by keyboard is animated: wait until it reaches the end.
        await table.evaluate(
          (box) =>
            new Promise<void>((resolve, reject) => {
              const started = Date.now();
              const check = () => {
                if (box.scrollLeft + box.clientWidth >= box.scrollWidth - 1) resolve();
                else if (Date.now() - started > 5_000)
                  reject(new Error('did not scroll to the end'));
                else requestAnimationFrame(check);
              };
              check();
            }),
        );
        const box = await table.boundingBox();
        const last = await lastHeader.boundingBox();
        expect(last!.x + last!.width).toBeLessThanOrEqual(box!.x + box!.width + 2);
        expect(await page.getByText(/scroll back to see the columns on the left/).isVisible()).toBe(
          true,
        );
      } else {
        expect(await hint.count()).toBe(0);
      }
      expect(uncaughtErrors(page)).toEqual([]);
      await session.close();
    }
  });
});
