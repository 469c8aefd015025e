/**
 * Working as a team without a network, in three browser profiles (the lead and two
 * inspectors), every one offline after its first visit: the lead loads the inspection and
 * exports a pack per inspector; each inspector imports theirs, scores and completes cases on the
 * real scoring screens, and exports their work (one with a passphrase); the lead has meanwhile
 * changed one of the same answers; the lead merges both files at once, sees the preview and the
 * conflict, keeps theirs, merges; the findings show the merged answers; merging the same file
 * again changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';
import { axeViolations, expectHeading, openApp } from './support/app';
import { uncaughtErrors } from './support/browser';
import { storedAnswers } from './support/scoringSeed';
import {
  chooseWorkFiles,
  commitMerge,
  completeCase,
  type Device,
  decideConflict,
  dumpDatabase,
  exportMyWork,
  exportPack,
  importPack,
  loadInspection,
  previewRows,
  scoreCase,
  startOfflineDevice,
} from './support/teamJourney';

const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: 'insp-team', caseCount: 4 });
const INSP = fixture.inspection.id;
// LAC-01-01 and LAC-01-03 are A. Patel's; LAC-02-02 and LAC-02-04 are J. Morgan's.
const [C1, C2, C3] = ['insp-team-case-1', 'insp-team-case-2', 'insp-team-case-3'];
const PASSPHRASE = 'harbour lantern otter';

describe('a team merging its work without a network', () => {
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

  it('the lead exports a pack for each inspector', async () => {
    await loadInspection(lead, fixture, 'lead');
    files.apPack = await exportPack(lead.page, INSP, 'A. Patel (inspector)');
    files.jmPack = await exportPack(lead.page, INSP, 'J. Morgan (inspector)');
    expect(files.apPack.name).toMatch(/^team-test-thematic-pack-ap-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
    expect(await axeViolations(lead.page)).toEqual([]);
  });

  it('each inspector imports their pack and scores their cases offline', async () => {
    expect(await importPack(ap.page, files.apPack!.path)).toMatch(/2 new cases/);
    await scoreCase(ap.page, INSP, C1, 'Standard one', {
      q1: { choice: 'Yes', note: 'Allocation memo, file p. 3' },
      q2: { choice: 'Yes' },
      q3: { choice: 'No', note: 'No review recorded' },
    });
    await completeCase(ap.page, INSP, C1);
    await scoreCase(ap.page, INSP, C3, 'Standard one', { q1: { choice: 'No' } });
    expect(await axeViolations(ap.page)).toEqual([]);

    expect(await importPack(jm.page, files.jmPack!.path)).toMatch(/2 new cases/);
    await scoreCase(jm.page, INSP, C2, 'Standard one', {
      q1: { choice: 'No', note: 'Allocated after 3 weeks' },
      q2: { choice: 'Yes' },
      q3: { choice: 'Yes' },
    });
    await completeCase(jm.page, INSP, C2);
  });

  it('each exports their work, one protected by a passphrase', async () => {
    files.apWork = await exportMyWork(ap.page, INSP);
    files.jmWork = await exportMyWork(jm.page, INSP, { passphrase: PASSPHRASE });
    expect(files.apWork.name).toMatch(/^team-test-thematic-work-ap-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
    expect(files.jmWork.name).toMatch(/^team-test-thematic-work-jm-protected-/);
    expect(await axeViolations(jm.page)).toEqual([]);
  });

  it('meanwhile the lead changes one of the same answers', async () => {
    await scoreCase(lead.page, INSP, C1, 'Standard one', {
      q1: { choice: 'No', note: 'Memo is undated' },
    });
  });

  it('the lead merges both files at once, sees the conflict, keeps theirs', async () => {
    const { page } = lead;
    await chooseWorkFiles(page, INSP, [files.apWork!.path, files.jmWork!.path], {
      [files.jmWork!.name]: PASSPHRASE,
    });
    await page.locator('[data-conflict]').first().waitFor();
    const rows = await previewRows(page);
    // File (status), from, new, updated, unchanged, conflicts.
    expect(rows.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      [`${files.apWork!.name}Ready`, '0', '2', '0', '1'],
      // LAC-02-04 was not started: unchanged.
      [`${files.jmWork!.name}Ready`, '0', '1', '1', '0'],
    ]);
    const compare = page.getByRole('table', { name: 'The two versions of this answer' });
    const text = (await compare.textContent()) ?? '';
    for (const seen of [
      'No',
      'Yes',
      'Memo is undated',
      'Allocation memo, file p. 3',
      'R. Okafor',
      'A. Patel',
      'This device',
    ]) {
      expect(text).toContain(seen);
    }
    expect(await axeViolations(page)).toEqual([]);
    const before = await storedAnswers(page, C1);
    expect(before.q1).toMatchObject({ value: 'no' });

    await decideConflict(page, 'LAC-01-01', 'theirs');
    const result = await commitMerge(page, 2);
    expect(result[0]).toContain('2 cases updated, 1 conflict decided');
    expect(result[1]).toContain('1 case updated, 1 case unchanged');
    expect(await storedAnswers(page, C1)).toMatchObject({
      q1: { value: 'yes', note: 'Allocation memo, file p. 3' },
      q3: { value: 'no', note: 'No review recorded' },
    });
    expect(await storedAnswers(page, C2)).toMatchObject({ q1: { value: 'no' } });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the findings reflect the merged answers', async () => {
    const { page } = lead;
    await openApp(page, `/inspections/${INSP}/findings`);
    await expectHeading(page, 'Findings');
    await page.getByText('Based on 2 complete cases of 4').waitFor({ timeout: 30_000 });
    const cells = async (itemId: string) =>
      (
        await page
          .locator('.ca-findings__table tr')
          .filter({ has: page.locator('.ca-findings__id', { hasText: new RegExp(`^${itemId}$`) }) })
          .locator('td')
          .allTextContents()
      ).map((t) => t.trim());
    // q1: yes on LAC-01-01 (their answer, kept), no on LAC-02-02.
    expect((await cells('q1'))[0]).toMatch(/^Yes: 50% \(1\/2\) † small base/);
    expect((await cells('q2'))[0]).toMatch(/^Yes: 100% \(2\/2\) † small base/);
  });

  it('the case history shows where each answer came from and the decision', async () => {
    const { page } = lead;
    await openApp(page, `/inspections/${INSP}/cases/${C1}/history`);
    await expectHeading(page, 'History of changes');
    const table = (await page.locator('.ca-history__table').textContent()) ?? '';
    expect(table).toContain(`Merge decision: kept the answer in ${files.apWork!.name}`);
    expect(table).toContain(`Imported from ${files.apWork!.name}`);
    expect(table).toContain('A. Patel');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('merging the same file again changes nothing', async () => {
    const { page } = lead;
    const before = await dumpDatabase(page);
    await chooseWorkFiles(page, INSP, [files.apWork!.path]);
    await page.getByText('Already merged').waitFor();
    expect(await page.getByRole('button', { name: 'Nothing to merge' }).isDisabled()).toBe(true);
    expect(await dumpDatabase(page)).toBe(before);
    for (const device of [lead, ap, jm]) expect(uncaughtErrors(device.page)).toEqual([]);
  });
});
