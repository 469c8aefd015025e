/**
 * A framework written in Excel, end to end in real Chromium: a methodology lead lays out a
 * small workbook from scratch (the five sheets, only the columns it needs), imports it through
 * Frameworks › Import (a mistake first, named by sheet, row and column), downloads it again as
 * a workbook, starts an inspection with it, adds a case and scores it — a rule written as an
 * expression bringing in a question when the answer before it is "No".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { addCaseAndStartScoring, createInspectionWith } from './support/frameworkJourney';
import { storedAnswers } from './support/scoringSeed';

/** The workbook as a lead would type it: a heading row, then one row per thing. */
function leadsWorkbook(ruleForQ3: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const add = (name: string, rows: (string | number | null)[][]) => {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  };
  add('Framework', [
    ['field', 'value'],
    ['id', 'care-leavers-audit'],
    ['version', '1.0.0'],
    ['title', 'Care leavers: pathway plans'],
    ['publishers', 'Northshire Council\nQuality Assurance Team'],
    ['year', 2026],
    ['source citation', 'Written by the Northshire QA team'],
    ['licence', 'Open Government Licence v3.0'],
    ['status', 'draft'],
    ['language', 'en-GB'],
    ['quantifiers', 'fractions'],
  ]);
  add('Questions', [
    ['type', 'id', 'kind', 'text', 'scale', 'key', 'guidance', 'rule'],
    ['profile', 'age', 'number', 'Age at the start of the period', null, null, null, null],
    ['section', 'plans', null, 'Pathway plans', null, null, null, null],
    ['standard', 'planning', null, 'Planning', null, null, null, null],
    [
      'question',
      'q1',
      'judgement',
      'Is there a pathway plan?',
      'yes-no',
      'yes',
      'Look in the plans folder.',
      null,
    ],
    ['question', 'q2', 'judgement', 'Was the young person involved?', 'yes-no', 'yes', null, null],
    ['question', 'q3', 'text', 'Why is there no plan?', null, null, null, ruleForQ3],
  ]);
  add('Scales', [
    ['scale', 'allow not applicable', 'value', 'label', 'meaning'],
    ['yes-no', 'yes', 'yes', 'Yes', 'positive'],
    ['yes-no', null, 'no', 'No', 'negative'],
  ]);
  add('Ratings', [['type', 'value', 'label', 'min', 'max', 'rating', 'points']]);
  add('Lists', [
    ['list', 'id', 'name', 'description'],
    ['area', 'north', 'North team', null],
    ['area', 'south', 'South team', null],
  ]);
  return workbook;
}

async function saveWorkbook(workbook: ExcelJS.Workbook, path: string) {
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

async function checkFile(page: Page, path: string) {
  await openApp(page, '/frameworks');
  await page.getByRole('link', { name: 'Import a framework' }).click();
  await page.getByLabel('Upload a framework file').setInputFiles(path);
  await page.getByRole('button', { name: 'Check the file' }).click();
}

describe('a framework written in a workbook', () => {
  let session: Session;
  let dir: string;
  beforeEach(async () => {
    session = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'case-audit-workbook-'));
  });
  afterEach(async () => {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is imported, downloaded again, and used to score a case', async () => {
    const { page } = session;

    // A mistake in a rule: named by sheet, row and column; nothing added.
    const broken = join(dir, 'broken.xlsx');
    await saveWorkbook(leadsWorkbook("q9 = 'no'"), broken);
    await checkFile(page, broken);
    const summary = page.getByRole('alert');
    await summary
      .getByText(
        'Questions, row 7, column H (rule): no question or profile field "q9" in this framework',
      )
      .waitFor();
    expect({ page: 'import error', violations: await axeViolations(page) }).toEqual({
      page: 'import error',
      violations: [],
    });

    const file = join(dir, 'care-leavers.xlsx');
    await saveWorkbook(leadsWorkbook("q1 = 'no'"), file);
    await checkFile(page, file);
    await page.getByRole('heading', { name: 'The file is a valid framework' }).waitFor();
    expect({ page: 'import confirm', violations: await axeViolations(page) }).toEqual({
      page: 'import confirm',
      violations: [],
    });
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await page.getByText('Framework added to the library').waitFor();

    // Its page offers it back as a workbook, which reads back as the same framework.
    await page.getByRole('link', { name: 'Read Care leavers: pathway plans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Care leavers: pathway plans' }).waitFor();
    expect({ page: 'framework', violations: await axeViolations(page) }).toEqual({
      page: 'framework',
      violations: [],
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a workbook (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('care-leavers-audit-1.0.0.xlsx');
    const downloaded = join(dir, 'downloaded.xlsx');
    await download.saveAs(downloaded);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(
      readFileSync(downloaded) as unknown as Parameters<typeof again.xlsx.load>[0],
    );
    expect(again.worksheets.map((s) => s.name)).toEqual([
      'Framework',
      'Questions',
      'Scales',
      'Ratings',
      'Lists',
    ]);
    expect(again.getWorksheet('Questions')!.getRow(7).getCell(14).value).toBe("q1 = 'no'");

    // An inspection with it, a case in the North team, scored.
    const inspectionId = await createInspectionWith(page, {
      title: 'Pathway plan audit',
      kind: 'Self-audit',
      framework: 'care-leavers-audit@1.0.0',
      firstArea: 'North team',
      member: 'A. Patel',
    });
    const caseId = await addCaseAndStartScoring(page, inspectionId, {
      reference: 'CL-01',
      area: 'North team',
      scorer: 'A. Patel',
    });

    await page.getByRole('link', { name: 'Planning', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Planning' }).waitFor();
    expect(await page.locator('[data-question="q3"]').count()).toBe(0);
    await page
      .locator('[data-question="q1"]')
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await page.locator('#q1-status[data-save-state="saved"]').waitFor();
    // The rule typed in the workbook brings in q3.
    const why = page.locator('[data-question="q3"]');
    await why.waitFor();
    await page
      .locator('[data-question="q2"]')
      .getByRole('radio', { name: 'Yes', exact: true })
      .check();
    await page.locator('#q2-status[data-save-state="saved"]').waitFor();
    await why.getByRole('textbox').first().fill('Plan due next month');
    await why.getByRole('textbox').first().blur();
    await page.locator('#q3-status[data-save-state="saved"]').waitFor();
    expect({ page: 'scoring', violations: await axeViolations(page) }).toEqual({
      page: 'scoring',
      violations: [],
    });

    await expect
      .poll(async () => {
        const answers = await storedAnswers(page, caseId);
        return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.value]));
      })
      .toEqual({ q1: 'no', q2: 'yes', q3: 'Plan due next month' });
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
