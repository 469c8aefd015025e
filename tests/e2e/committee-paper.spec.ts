/**
 * A council's self-audit to its committee paper, in real Chromium with the network off: 20 of its
 * cases audited with the 2012 thematic framework; each figure beside the published one with its
 * difference; the 2012 report's eight recommendations put in the register, each given its local
 * position, RAG status and an action (kept across a reload); the one-page summary before an
 * inspection; the committee paper filled from the audit and downloaded as PDF and Word, both read
 * back with the recommendations in order.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, expectHeading, openApp } from './support/app';
import { type Session, uncaughtErrors } from './support/browser';
import { download, pdfText } from './support/documents';
import { browserWithLacExample } from './support/reportSeed';

/** The 2012 report's recommendations as the register ships them, in the report's order. */
const SHIPPED = [
  { id: 'dfe-placement-regulations', words: 'The regulations governing a child' },
  { id: 'la-iro-joint-working', words: 'Independent Reviewing Officers ensure' },
  { id: 'la-therapeutic-interventions', words: 'specialist therapeutic interventions' },
  { id: 'lscb-safeguarding-data', words: 'Data is collated, scrutinised' },
  { id: 'yot-information-transfer', words: 'Accurate information about children' },
  { id: 'yot-impact-of-being-looked-after', words: 'take full account of the impact' },
  { id: 'yot-sensitive-enforcement', words: 'The enforcement processes for court orders' },
  { id: 'yot-restorative-justice', words: 'restorative justice measures' },
];

/** What the council records for recommendation `n` (1-based): a position and an action. */
const positionOf = (n: number) => `Local position ${n}: audited in Northshire, March 2027.`;
const actionOf = (n: number) => `Action for recommendation ${n}: report to the board`;

/** Where each of `needles` first appears in `text`, in the order given (-1 when absent). */
const placesIn = (text: string, needles: readonly string[]) => needles.map((n) => text.indexOf(n));

describe('a council’s self-audit to its committee paper, offline', () => {
  let session: Session;
  let inspectionId: string;

  beforeAll(async () => {
    ({ session, inspectionId } = await browserWithLacExample('insp-council', {}, (example) => ({
      ...example,
      inspection: {
        ...example.inspection,
        kind: 'self-audit',
        title: 'Northshire self-audit 2027',
      },
      cases: example.cases.slice(0, 20),
    })));
    await session.context.setOffline(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('sees each figure beside the published one, with its difference', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/findings`);
    await expectHeading(page, 'Findings');
    const main = page.locator('main');
    await main
      .getByText(/^Published: /)
      .first()
      .waitFor({ timeout: 30_000 });
    const text = (await main.textContent()) ?? '';
    expect(text).toContain(
      'This audit: 50% (10/20) · Difference: −12 points (95% interval −35 to +12)',
    );
    expect(await main.getByText(/Difference: [−+]?\d+ points/).count()).toBeGreaterThan(10);
  });

  it('records the local position and an action for each of the 2012 report’s recommendations', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/register`);
    await expectHeading(page, 'Recommendations register');
    await page.getByRole('button', { name: 'Add the framework’s recommendations (8)' }).click();
    await page.getByText('8 recommendations added.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    for (const [i, shipped] of SHIPPED.entries()) {
      const n = i + 1;
      await openApp(page, `/inspections/${inspectionId}/register/${shipped.id}`);
      await expectHeading(page, 'Recommendation');
      await page.getByText(shipped.words, { exact: false }).first().waitFor();
      await page.getByLabel('Owner', { exact: true }).fill(`Owner ${n}`);
      await page.getByLabel('Local position').fill(positionOf(n));
      await page.getByRole('radio', { name: n % 2 === 0 ? 'Green' : 'Amber' }).check();
      await page.getByRole('button', { name: 'Add an action' }).click();
      await page.getByLabel('Action 1: what is to be done').fill(actionOf(n));
      await page.getByLabel('Action 1: owner').fill(`Owner ${n}`);
      // One action already past its date, to be flagged overdue.
      await page.locator('#action-1-due-day').fill(n === 3 ? '1' : '30');
      await page.locator('#action-1-due-month').fill(n === 3 ? '1' : '9');
      await page.locator('#action-1-due-year').fill(n === 3 ? '2020' : '2099');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Saved', { exact: true }).first().waitFor();
      if (n === 3) expect(await axeViolations(page)).toEqual([]);
    }

    // Kept across a reload: every recommendation with its owner, status and open action.
    await page.reload();
    await openApp(page, `/inspections/${inspectionId}/register`);
    await expectHeading(page, 'Recommendations register');
    const table = page.getByRole('table', { name: '8 recommendations' });
    await table.waitFor();
    const rows = (await table.locator('tbody tr').allTextContents()).map((r) => r.trim());
    expect(rows).toHaveLength(8);
    for (const [i, row] of rows.entries()) {
      expect(row).toContain(`Owner ${i + 1}`);
      expect(row).toContain(i % 2 === 1 ? 'Green' : 'Amber');
    }
    expect(rows[2]).toContain('1 overdue');
    expect(rows.filter((r) => r.includes('overdue'))).toHaveLength(1);
    // Filtered by status, kept in the address.
    await page.getByLabel('RAG status').selectOption({ label: 'Green' });
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    await page.waitForURL(/rag=green/);
    await page.getByRole('table', { name: '4 of 8 recommendations' }).waitFor();
  });

  it('sums it up on one page before an inspection: ratings, standards at risk and open actions', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/findings`);
    await page.getByRole('link', { name: /^Ready for inspection/ }).click();
    await expectHeading(page, 'Ready for inspection');
    const main = page.locator('main');
    await main.getByText('Based on 20 complete cases of 20', { exact: false }).waitFor({
      timeout: 30_000,
    });
    await page.getByRole('region', { name: 'The standards most at risk' }).waitFor();
    const actions = page.getByRole('region', { name: 'Open actions' });
    expect((await actions.textContent()) ?? '').toContain('8 open actions, 1 overdue');
    expect(await actions.getByText('Overdue', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Print this page' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The self-audit's report carries the same comparison as a chapter of its own.
    await openApp(page, `/inspections/${inspectionId}/report/preview`);
    await page
      .getByRole('heading', { name: /Our figures beside the published ones$/ })
      .waitFor({ timeout: 30_000 });
  });

  it('downloads the committee paper as PDF and Word, the recommendations in order', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/committee-paper`);
    await expectHeading(page, 'Committee paper');
    await page
      .getByLabel('Committee', { exact: true })
      .fill('Children and Young People’s Committee');
    await page.getByRole('button', { name: 'Fill from the audit' }).click();
    await page.getByLabel('Agenda item').fill('8');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').getByText('Saved', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const positions = SHIPPED.map((_, i) => positionOf(i + 1));
    const pdf = await download(page, 'Download the committee paper (PDF)');
    expect(pdf.name).toMatch(/\.pdf$/);
    const pdfWords = (await pdfText(pdf.path)).join(' ').replace(/\s+/g, ' ');
    expect(pdfWords).toContain('Children and Young People’s Committee');
    const inPdf = placesIn(pdfWords, positions);
    expect(inPdf.every((at) => at >= 0)).toBe(true);
    expect([...inPdf].sort((a, b) => a - b)).toEqual(inPdf);

    const word = await download(page, 'Download the committee paper (Word)');
    expect(word.name).toMatch(/\.docx$/);
    // A valid Word document: a zip with its content types and body, read back.
    const zip = await JSZip.loadAsync(readFileSync(word.path));
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    const inWord = placesIn(
      text,
      SHIPPED.map((s) => s.words),
    );
    expect(inWord.every((at) => at >= 0)).toBe(true);
    expect([...inWord].sort((a, b) => a - b)).toEqual(inWord);
    const actions = placesIn(
      text,
      SHIPPED.map((_, i) => actionOf(i + 1)),
    );
    expect(actions.every((at) => at >= 0)).toBe(true);
    expect(text).toContain('That the Committee notes the local position');
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('prints the paper in Welsh and English in one file, the Welsh first', async () => {
    const { page } = session;
    await openApp(page, `/inspections/${inspectionId}/committee-paper`);
    await expectHeading(page, 'Committee paper');
    await page
      .getByRole('group', { name: 'Language of the paper' })
      .getByLabel('Cymraeg and English (Welsh first)')
      .check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').getByText('Saved', { exact: true }).waitFor();
    // The preview is made again from what is saved: the Welsh edition, then the English.
    await page.locator('[data-paper-preview] article[lang="cy"]').waitFor({ state: 'attached' });
    expect(
      await page
        .locator('[data-paper-preview] article')
        .evaluateAll((articles) => articles.map((a) => a.getAttribute('lang'))),
    ).toEqual(['cy', 'en-GB']);
    expect(await axeViolations(page)).toEqual([]);

    const pdf = await download(page, 'Download the committee paper (PDF)');
    const words = (await pdfText(pdf.path)).join(' ').replace(/\s+/g, ' ');
    const welsh = words.indexOf('Diben yr adroddiad');
    const english = words.indexOf('Purpose of the report');
    expect(welsh).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(welsh);
    expect(words).toContain('Statws RAG');
    expect(words).toContain('Argymhellion a wnaed gan yr arolygiaeth');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
