/**
 * The research extraction at its real size in Chromium: a 5,000-case inspection on the YJB 2010
 * framework, made by the synthetic generator shaped like seed 002, imported as a whole-inspection
 * file, then read offline: findings by area with the research tables, by area and stratum, and a
 * cross-tab with its test, each figure with its base as the engine computes it from the same cases.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  researchExtractionFile,
  yjbExtraction,
} from '../../scripts/datasets/researchExtractionFile';
import {
  type BreakdownSpec,
  codedVariablesByGroup,
  computeCrossTab,
  computeFindings,
  crossTabReading,
  crossTabTitle,
  findingsCasesOf,
  type ItemFinding,
  recordingByGroup,
  scoreGrids,
} from '../../src/core';
import {
  axeViolations,
  baseUrl,
  expectHeading,
  openApp,
  waitForServiceWorker,
} from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';

const CASES = 5000;
const ID = 'yjb-5000';
const ITEM = 'any-cs-contact';
const STANDARD = 'Care history recorded on Asset (convicted sample)';
const FINDINGS = `/inspections/${ID}/findings`;

const data = yjbExtraction({ cases: CASES, inspectionId: ID });
const questions = data.framework.sections.flatMap((s) => s.standards.flatMap((t) => t.questions));
const textOf = (id: string) => questions.find((q) => q.id === id)!.text;
const question = questions.find((q) => q.id === ITEM)!;

/** The engine's findings of the same cases. */
function engineResult(by: BreakdownSpec) {
  return computeFindings(data.framework, findingsCasesOf(data.cases), {
    breakdownBy: by,
    names: { areas: data.inspection.areas, strata: data.inspection.strata },
  });
}

/** The engine's figures for the item in each cell of a breakdown of the same cases. */
function engineCells(by: BreakdownSpec) {
  return engineResult(by).breakdown!.groups.map((g) => ({
    label: g.label,
    finding: g.questions.find((f) => f.itemId === ITEM) as Extract<
      ItemFinding,
      { type: 'proportion' }
    >,
  }));
}

/** Accessibility violations with a node inside `selector`: the part of the page this test adds. */
async function violationsIn(page: Page, selector: string): Promise<string[]> {
  const found: string[] = [];
  for (const v of await axeViolations(page)) {
    for (const node of v.nodes) {
      const inside = await page.evaluate(
        ([target, within]) => document.querySelector(target!)?.closest(within!) != null,
        [node, selector],
      );
      if (inside) found.push(`${v.id}: ${node}`);
    }
  }
  return found;
}

async function texts(selector: Locator): Promise<string[]> {
  return (await selector.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('a 5,000-case research extraction, offline', () => {
  let session: Session;
  let file: string;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'case-audit-research-')), 'yjb-5000.json');
    writeFileSync(
      file,
      JSON.stringify(await researchExtractionFile({ cases: CASES, inspectionId: ID })),
    );
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports the file, then shows findings by area, by area and stratum, and a cross-tab, with their bases', async () => {
    const { page, context } = session;
    await openApp(page, '/');
    await waitForServiceWorker(page);

    await openApp(page, '/inspections/open-file');
    await expectHeading(page, 'Open a Case Audit file');
    await page.getByLabel('Case Audit file (.json)').setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: 'Import the inspection' }).click({ timeout: 60_000 });
    await page.getByText('The inspection was imported').waitFor({ timeout: 90_000 });

    await context.setOffline(true);
    await page.goto(`${baseUrl()}${FINDINGS}`);
    await expectHeading(page, 'Findings', 60_000);

    // By area, chosen as a user would: each area's cell is the engine's figure with its base.
    await page.getByLabel('Break down by').selectOption({ label: 'Area' });
    await page.getByRole('button', { name: 'Show these findings' }).click();
    const byArea = page.getByRole('group', { name: `${STANDARD} by area` });
    await byArea.waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).search).toBe('?by=area');
    const row = byArea
      .locator('tbody tr')
      .filter({ has: page.locator('.ca-findings__id', { hasText: new RegExp(`^${ITEM}$`) }) });
    const cells = await texts(row.locator('td'));
    const areas = engineCells('area');
    expect(areas).toHaveLength(14);
    for (const { label, finding } of areas) {
      const c = finding.counted!;
      expect(cells).toContainEqual(
        expect.stringContaining(`${c.percentRounded}% (${c.count}/${c.base})`),
      );
      expect(cells.some((t) => t.endsWith(`${ITEM}, ${label}`))).toBe(true);
    }

    // The research tables: recording by area (Table 2.3's shape) and the 0–4 score grid.
    const research = engineResult('area');
    await page.getByLabel('Question', { exact: true }).selectOption({ label: question.text });
    const recording = page.getByRole('group', { name: `Recording of ${question.text} by area` });
    const area8 = recordingByGroup(research, ITEM).rows[7]!;
    expect(
      await texts(
        recording
          .locator('tbody tr')
          .filter({ has: page.getByRole('rowheader', { name: 'Area 8', exact: true }) })
          .locator('th, td'),
      ),
    ).toEqual([
      'Area 8',
      area8.cases.toLocaleString('en-GB'),
      area8.notRecorded.toLocaleString('en-GB'),
      `${area8.percentRecorded}%`,
      area8.recorded.toLocaleString('en-GB'),
    ]);
    const thinking = scoreGrids(data.framework, research)[0]!.rows[9]!;
    const grid = page.getByRole('group', { name: 'Scores: The 12 core elements of Asset' });
    const thinkingRow = grid.locator('tbody tr').filter({ hasText: 'Thinking and behaviour' });
    expect((await texts(thinkingRow.locator('td')))[5]).toBe(
      `${thinking.high.percent}% (${thinking.high.count}/${thinking.high.base})`,
    );
    // Coded answers by area, drawn when opened: custodial disposals in area 8, with the base.
    const coded = codedVariablesByGroup(research);
    await page.getByText(`Coded answers by area (${coded.variables.length} questions)`).click();
    const disposal = coded.variables.find((v) => v.itemId === 'disposal')!;
    const custodial = disposal.options.find((o) => o.value === 'custodial')!.groups[7]!;
    const disposalTable = page.getByRole('group', { name: `${textOf('disposal')} by area` });
    const custodialRow = disposalTable
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: 'Custodial', exact: true }) });
    expect((await texts(custodialRow.locator('td')))[8]).toBe(
      `${custodial.percent}% (${custodial.count}/${custodial.base})`,
    );
    expect(await violationsIn(page, '#research-tables')).toEqual([]);

    // By area and stratum: a table per question, each cell with its own base.
    await page.goto(`${baseUrl()}${FINDINGS}?by=area,stratum`);
    await expectHeading(page, 'Findings', 60_000);
    const twoWay = page.getByRole('group', {
      name: `${question.text} by area and stratum`,
    });
    await twoWay.waitFor({ timeout: 60_000 });
    const cell = engineCells(['area', 'stratum']).find(
      (g) => g.label === 'Area 8, Pre-court outcome',
    )!;
    expect(cell.finding.base).toBeGreaterThan(0);
    const area8Row = twoWay
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: /^Area 8\b/ }) });
    const columns = await texts(twoWay.locator('thead th'));
    const preCourt = columns.findIndex((t) => t.startsWith('Pre-court outcome'));
    expect(preCourt).toBeGreaterThan(0);
    const shown = (await texts(area8Row.locator('td')))[preCourt - 1]!;
    expect(shown).toMatch(new RegExp(`^\\d+% \\(\\d+/${cell.finding.base}\\)`));

    // A cross-tab of disposal against any contact, offline: the table and its test line, as
    // the engine computes them from the same cases.
    await page.getByRole('link', { name: /^Cross-tab: two questions/ }).click();
    await page.getByLabel('Rows', { exact: true }).selectOption('disposal');
    await page.getByLabel('Columns', { exact: true }).selectOption(ITEM);
    await page.getByRole('button', { name: 'Show the cross-tab' }).click();
    const crossTab = computeCrossTab(data.framework, findingsCasesOf(data.cases), {
      rows: 'disposal',
      cols: ITEM,
      completeOnly: true,
      names: { areas: data.inspection.areas, strata: data.inspection.strata },
    });
    const table = page.getByRole('group', { name: crossTabTitle(crossTab) });
    await table.waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).search).toBe(`?rows=disposal&cols=${ITEM}`);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    const testLine = crossTabReading(crossTab).lines[0]!;
    expect(testLine).toMatch(/degrees of freedom, p/);
    await page.getByText(testLine, { exact: true }).waitFor();

    expect(uncaughtErrors(page)).toEqual([]);
  });
});
