/**
 * The journey across devices, in three browser profiles (the lead, A. Patel, J. Morgan),
 * every one offline after its first visit: the lead hands out the inspection in packs; each
 * inspector scores their cases on their own profile and sends their work back; the lead merges
 * it, deciding a deliberate conflict. Then a moderation round across devices: the lead chooses
 * A. Patel's case LAC-01-01 for a second reading by J. Morgan, who did not score it, and exports
 * J. Morgan's pack, which carries the assignment and nothing of the first reading; J. Morgan
 * reads the case blind on their own profile — no first-reading answer or note anywhere they can
 * reach — disagrees on one question, finishes and sends their work; the lead merges it, sees the
 * agreement (per cent and kappa, with their bases) and the disagreement side by side, takes the
 * second reading's answer with a rationale; the findings, their moderation summary and the
 * agreement tables show the result, and the case's history records the decision.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';
import { axeViolations, expectHeading, openApp } from './support/app';
import { uncaughtErrors } from './support/browser';
import { readStore, storedAnswers } from './support/scoringSeed';
import {
  chooseForSecondReading,
  chooseWorkFiles,
  commitMerge,
  completeCase,
  continueToLeadTool,
  type Device,
  decideConflict,
  decideDisagreement,
  dumpDatabase,
  exportMyWork,
  exportPack,
  finishReading,
  importPack,
  loadInspection,
  openModeration,
  openSecondReadings,
  scoreCase,
  secondReadStandard,
  startOfflineDevice,
} from './support/teamJourney';

const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: 'insp-team', caseCount: 4 });
const INSP = fixture.inspection.id;
// LAC-01-01 and LAC-01-03 are A. Patel's; LAC-02-02 and LAC-02-04 are J. Morgan's.
const [C1, C2] = ['insp-team-case-1', 'insp-team-case-2'];
/** A. Patel's evidence notes on LAC-01-01: the first reading J. Morgan must never see. */
const FIRST_NOTES = ['Allocation memo, file p. 3', 'No review recorded'];
const LEAD_NOTE = 'Memo is undated';
const SECOND_NOTE = 'No supervision record on file';

/** A finding's first cell ("50% (1/2) …") on the findings screen. */
async function findingCell(page: Page, itemId: string): Promise<string> {
  const row = page.locator('.ca-findings__table tr').filter({
    has: page.locator('.ca-findings__id', { hasText: new RegExp(`^${itemId}$`) }),
  });
  return ((await row.locator('td').first().textContent()) ?? '').trim();
}

async function openFindings(page: Page): Promise<void> {
  await openApp(page, `/inspections/${INSP}/findings`);
  await expectHeading(page, 'Findings');
  await page.getByText('Based on 2 complete cases of 4').waitFor({ timeout: 30_000 });
}

describe('a moderation round across devices, without a network', () => {
  let lead: Device;
  let ap: Device;
  let jm: Device;
  const files: Record<string, { path: string; name: string }> = {};

  beforeAll(async () => {
    lead = await startOfflineDevice('lead');
    ap = await startOfflineDevice('ap');
    jm = await startOfflineDevice('jm');
  });
  afterAll(async () => {
    await Promise.all([lead?.close(), ap?.close(), jm?.close()]);
  });

  it('the lead hands out the inspection; each inspector scores on their own profile and sends their work', async () => {
    await loadInspection(lead, fixture, 'lead');
    files.apPack = await exportPack(lead.page, INSP, 'A. Patel (inspector)');
    files.jmPack = await exportPack(lead.page, INSP, 'J. Morgan (inspector)');

    expect(await importPack(ap.page, files.apPack.path)).toMatch(/2 new cases/);
    await scoreCase(ap.page, INSP, C1, 'Standard one', {
      q1: { choice: 'Yes', note: FIRST_NOTES[0] },
      q2: { choice: 'Yes' },
      q3: { choice: 'No', note: FIRST_NOTES[1] },
    });
    await completeCase(ap.page, INSP, C1);
    files.apWork = await exportMyWork(ap.page, INSP);

    expect(await importPack(jm.page, files.jmPack.path)).toMatch(/2 new cases/);
    await scoreCase(jm.page, INSP, C2, 'Standard one', {
      q1: { choice: 'No' },
      q2: { choice: 'Yes' },
      q3: { choice: 'Yes' },
    });
    await completeCase(jm.page, INSP, C2);
    files.jmWork = await exportMyWork(jm.page, INSP);
  });

  it('the lead merges both, deciding a deliberate conflict', async () => {
    const { page } = lead;
    // Meanwhile the lead changed one of the answers A. Patel gave.
    await scoreCase(page, INSP, C1, 'Standard one', { q1: { choice: 'No', note: LEAD_NOTE } });
    await chooseWorkFiles(page, INSP, [files.apWork!.path, files.jmWork!.path]);
    await page.locator('[data-conflict]').first().waitFor();
    const compare = (await page
      .getByRole('table', { name: 'The two versions of this answer' })
      .textContent()) as string;
    for (const seen of [LEAD_NOTE, FIRST_NOTES[0]!, 'A. Patel', 'This device']) {
      expect(compare).toContain(seen);
    }
    await decideConflict(page, 'LAC-01-01', 'theirs');
    const result = await commitMerge(page, 2);
    expect(result[0]).toContain('1 conflict decided');
    expect(await storedAnswers(page, C1)).toMatchObject({
      q1: { value: 'yes', note: FIRST_NOTES[0] },
      q2: { value: 'yes' },
      q3: { value: 'no', note: FIRST_NOTES[1] },
    });
    await openFindings(page);
    expect(await findingCell(page, 'q2')).toMatch(/^Yes: 100% \(2\/2\) † small base/);
  });

  it('the lead chooses LAC-01-01 for a second reading by J. Morgan and exports their pack: the assignment, blind', async () => {
    const { page } = lead;
    const offered = await chooseForSecondReading(page, INSP, 'LAC-01-01', 'J. Morgan');
    // Never the case's own inspector.
    expect(offered).not.toContain('A. Patel');
    expect(await axeViolations(page)).toEqual([]);
    files.jmPack2 = await exportPack(page, INSP, 'J. Morgan (inspector)');
    const text = readFileSync(files.jmPack2.path, 'utf8');
    for (const note of [...FIRST_NOTES, LEAD_NOTE]) expect(text).not.toContain(note);
    const pack = JSON.parse(text) as {
      cases: { id: string; answers: object; history: unknown[] }[];
      moderation: { caseId: string; secondReaderId: string; answers: object }[];
    };
    expect(pack.moderation).toEqual([
      expect.objectContaining({ caseId: C1, secondReaderId: 'jm', answers: {} }),
    ]);
    expect(pack.cases.find((c) => c.id === C1)).toMatchObject({ answers: {}, history: [] });
  });

  it('J. Morgan imports it and reads the case blind on their own profile, disagreeing once', async () => {
    const { page } = jm;
    expect(await importPack(page, files.jmPack2!.path)).toMatch(/1 new case/);
    await page.getByText(`${files.jmPack2!.name}: 1 second reading to do`).waitFor();
    const before = await secondReadStandard(page, INSP, 'LAC-01-01', 'Standard one', {
      q1: { choice: 'Yes' },
      q2: { choice: 'No', note: SECOND_NOTE },
      q3: { choice: 'No' },
    });
    // Blind: nothing of the first reading on the page before answering.
    expect(before).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await finishReading(page, 'LAC-01-01');
    await page.getByTestId('send-reading').waitFor();
    expect(await page.getByRole('link', { name: 'Compare the two readings' }).count()).toBe(0);
  });

  it('nothing of the first reading is anywhere J. Morgan can reach', async () => {
    const { page } = jm;
    // Not in the database at all: every screen reads from it.
    const stored = await dumpDatabase(page);
    for (const note of [...FIRST_NOTES, LEAD_NOTE]) expect(stored).not.toContain(note);
    expect(await storedAnswers(page, C1)).toEqual({});
    const history = await readStore<{ caseId: string }>(page, 'answerHistory');
    expect(history.filter((h) => h.caseId === C1)).toEqual([]);
    // Nor on any screen: the moderation page, the comparison, the case's own pages, findings.
    await openSecondReadings(page, INSP);
    expect(await page.getByRole('link', { name: /^Compare readings/ }).count()).toBe(0);
    await page
      .locator('tr[data-case="LAC-01-01"]')
      .getByText('Compared on the lead’s device')
      .waitFor();
    // In the case list of everyone (J. Morgan's own cases come first), the case opens its
    // second reading, not its own pages.
    await openApp(page, `/inspections/${INSP}`);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    const link = page.getByRole('link', { name: 'Your second reading: LAC-01-01' });
    expect(await link.getAttribute('href')).toBe(
      `/inspections/${INSP}/moderation/second-readings/${C1}`,
    );
    const screens: [string, string][] = [
      [`/inspections/${INSP}/moderation/cases/${C1}`, 'Two readings compared'],
      // The case's own pages are shut on this device: scoring it here would mix the readings.
      [`/inspections/${INSP}/cases/${C1}`, 'Case LAC-01-01'],
      [`/inspections/${INSP}/cases/${C1}/standards/st1`, 'Case LAC-01-01'],
      [`/inspections/${INSP}/cases/${C1}/check`, 'Case LAC-01-01'],
      [`/inspections/${INSP}/cases/${C1}/history`, 'Case LAC-01-01'],
      [`/inspections/${INSP}/findings`, 'Findings'],
    ];
    for (const [path, heading] of screens) {
      await openApp(page, path);
      // The comparison is a lead's tool: on J. Morgan's device it says so first.
      if (path.includes('/moderation/cases/')) await continueToLeadTool(page, heading);
      await expectHeading(page, heading);
      const body = (await page.locator('main').textContent()) ?? '';
      for (const note of [...FIRST_NOTES, LEAD_NOTE]) expect(body).not.toContain(note);
      if (path.endsWith('/findings')) {
        await page.getByText('1 case you are reading a second time is not counted here').waitFor();
        // Visiting the held case never marks it as work to restore.
        expect(await page.getByText(/^Restored your work/).count()).toBe(0);
      }
      if (path.startsWith(`/inspections/${INSP}/cases/`)) {
        expect(await page.locator('main input, main textarea').count()).toBe(0);
        await page
          .getByRole('link', { name: 'Go to the second reading of case LAC-01-01' })
          .waitFor();
      }
    }
    await openApp(page, `/inspections/${INSP}/moderation/cases/${C1}`);
    await continueToLeadTool(page, 'Two readings compared');
    await page.getByTestId('compared-elsewhere').waitFor();
    expect(await page.getByRole('link', { name: /^Decide the final answer/ }).count()).toBe(0);
    files.jmWork2 = await exportMyWork(page, INSP);
  });

  it('the lead merges J. Morgan’s work and sees the agreement and the disagreement side by side', async () => {
    const { page } = lead;
    await chooseWorkFiles(page, INSP, [files.jmWork2!.path]);
    const result = await commitMerge(page, 1);
    expect(result).toContain(`${files.jmWork2!.name}: 1 second reading merged`);
    // The first reading is untouched by the merge.
    expect((await storedAnswers(page, C1)).q2).toMatchObject({ value: 'yes' });

    await openModeration(page, INSP);
    const overall = page.getByTestId('moderation-overall');
    await overall.waitFor();
    // q1 and q3 agree, q2 does not: 2 of 3 paired answers. Kappa pools the questions' chance
    // agreement: with one case each question has one pair, agreeing by chance exactly when it
    // agrees (q1, q3: 1; q2: 0), so chance is 2/3 too and kappa (2/3 − 2/3) / (1 − 2/3) = 0.
    expect(await overall.locator('dd').allTextContents()).toEqual([
      '1 case',
      '67% (2/3) of paired answers',
      '0.00',
      '1 (0 decided)',
    ]);
    await page.getByRole('link', { name: 'Compare readings of case LAC-01-01' }).click();
    await expectHeading(page, 'Two readings compared');
    await page.getByRole('heading', { name: 'Disagreements' }).waitFor();
    expect(await page.getByTestId('case-agreement').textContent()).toBe(
      '67% (2/3) of paired answers',
    );
    expect(await page.locator('[data-disagreement]').count()).toBe(1);
    const q2 = page.locator('[data-disagreement="q2"]');
    expect(await q2.locator('thead th').allTextContents()).toEqual([
      'First reading (A. Patel)',
      'Second reading (J. Morgan)',
    ]);
    expect(
      await q2
        .locator('[data-reading]')
        .evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-reading'), c.textContent])),
    ).toEqual([
      ['first-value', 'Yes'],
      ['second-value', 'No'],
      ['first-note', 'No note'],
      ['second-note', SECOND_NOTE],
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the lead decides with a rationale; the final findings and agreement figures show it', async () => {
    const { page } = lead;
    await decideDisagreement(
      page,
      'Question q2?',
      'Take the second reading’s answer: No',
      'No supervision record is on the file; the first reading missed it.',
    );
    await page.getByText('case LAC-01-01 is moderated').waitFor();
    expect((await storedAnswers(page, C1)).q2).toMatchObject({ value: 'no', note: SECOND_NOTE });
    const cases = await readStore<{ id: string; status: string }>(page, 'cases');
    expect(cases.find((c) => c.id === C1)?.status).toBe('moderated');

    // The agreement tables: the figures compare the readings as they were, before the decision.
    await openModeration(page, INSP);
    await page.getByRole('link', { name: 'Agreement by question and standard' }).click();
    await expectHeading(page, 'Agreement between readings');
    const row = async (id: string) =>
      (await page.locator(`[data-question="${id}"] td`).allTextContents()).map((t) => t.trim());
    await page.locator('[data-question="q2"]').waitFor();
    expect(await row('q1')).toEqual(['1', '100% (1/1) † small base', 'Not defined', 'None']);
    expect(await row('q2')).toEqual(['1', '0% (0/1) † small base', '0.00', 'None']);
    expect(
      (await page.getByTestId('agreement-overall').locator('dd').allTextContents()).map((t) =>
        t.trim(),
      ),
    ).toEqual(['1 case', '3', '67% (2/3) † small base', '0.00']);

    // The findings use the final answer: q2 is "no" on LAC-01-01 now.
    await openFindings(page);
    expect(await findingCell(page, 'q2')).toMatch(/^Yes: 50% \(1\/2\) † small base/);
    expect(await findingCell(page, 'q1')).toMatch(/^Yes: 50% \(1\/2\) † small base/);
    expect(await page.getByTestId('moderation-summary').textContent()).toBe(
      '1 case (25%) was read a second time by another inspector, without sight of the first reading. The two readings agreed on 67% of answers (kappa 0.00, 3 paired answers); 1 answer was changed after review. So few cases were read twice that these figures say little on their own.',
    );
    expect(await axeViolations(page)).toEqual([]);

    // The case's history records the decision and the moderation.
    await openApp(page, `/inspections/${INSP}/cases/${C1}/history`);
    await expectHeading(page, 'History of changes');
    const table = (await page.locator('.ca-history__table').textContent()) ?? '';
    expect(table).toContain('Moderation decision');
    expect(table).toContain('Moderated: every disagreement decided');
    for (const device of [lead, ap, jm]) expect(uncaughtErrors(device.page)).toEqual([]);
  });
});
