/**
 * A browser killed during a merge (SIGKILL, as a crash or a power cut would) leaves the
 * database exactly as it was before the merge: the merge is one transaction, and an unfinished
 * transaction is rolled back. A 5,000-case work file is merged and the browser killed at
 * different moments — while the merge reads this device's cases, early in the writing, late in
 * it — then started again on the same profile: every table is as before. Finally the same file
 * merges whole.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkFile, teamFileText } from '../../src/core';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { nodeSha256 } from '../fixtures/reportFixture';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';
import { readAnswers } from './support/answerRecords';
import { openApp } from './support/app';
import { launchKillableBrowser, makeProfileDir, uncaughtErrors } from './support/browser';
import { readStore, seedInspection } from './support/scoringSeed';
import { dumpDatabase } from './support/teamJourney';

const CASES = 5_000;
const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: 'insp-team', caseCount: 0 });

/**
 * When to kill: while the merge reads this device's cases, or once this share of the records is
 * written (as the progress line says it, read in the page so nothing waits on the test).
 */
const MOMENTS: readonly ('reading' | number)[] = ['reading', 0.05, 0.3, 0.6, 0.85];

function describeMoment(moment: 'reading' | number): string {
  return moment === 'reading'
    ? 'while reading this device’s cases'
    : `with ${Math.round(moment * 100)}% or more of the records written`;
}

async function bigWorkFile(dir: string): Promise<string> {
  const at = '2026-03-03T10:00:00.000Z';
  const cases = Array.from({ length: CASES }, (_, i) => {
    const answer = (value: string) => ({
      value,
      note: `Seen on p. ${i % 40}`,
      rev: 1,
      at,
      by: 'ap',
      device: 'ap-laptop',
    });
    const answers = {
      q1: answer(i % 3 === 0 ? 'no' : 'yes'),
      q2: answer('yes'),
      q3: answer(i % 5 === 0 ? 'na' : 'no'),
    };
    return {
      id: `big-${i}`,
      inspectionId: fixture.inspection.id,
      ref: `LAC-09-${String(i).padStart(4, '0')}`,
      areaId: 'north',
      stratumId: 'host',
      inspectorId: 'ap',
      status: 'in-progress' as const,
      role: 'sample' as const,
      createdAt: at,
      updatedAt: at,
      answers,
      history: Object.entries(answers).map(([itemId, a]) => ({
        itemId,
        ...a,
        via: 'edit' as const,
        before: null,
      })),
    };
  });
  const file = await buildWorkFile(
    {
      inspection: {
        id: fixture.inspection.id,
        title: fixture.inspection.title,
        framework: fixture.inspection.framework,
      },
      from: { inspectorId: 'ap', name: 'A. Patel', device: 'ap-laptop' },
      cases,
      moderation: [],
    },
    { exportedAt: at, appVersion: '0.1.0' },
    nodeSha256,
  );
  const path = join(dir, 'lac-work-ap-5000.json');
  writeFileSync(path, teamFileText(file));
  return path;
}

describe('killing the browser during a merge', () => {
  const profile = makeProfileDir();
  afterAll(() => profile.remove());

  it(`leaves the database as it was, over ${MOMENTS.length} kills at different moments`, async () => {
    const path = await bigWorkFile(profile.dir);
    let before: string | null = null;
    const report: string[] = [];
    for (let round = 0; round <= MOMENTS.length; round++) {
      const session = await launchKillableBrowser(profile.dir);
      const { page } = session;
      try {
        await openApp(page, '/');
        if (round === 0) await seedInspection(page, fixture, { scorer: 'lead' });
        else {
          const after = await dumpDatabase(page);
          expect(after, `round ${round}: the database changed`).toBe(before);
          report.push(
            `${round}: killed ${describeMoment(MOMENTS[round - 1]!)}; database as before`,
          );
        }
        await openApp(page, `/inspections/${fixture.inspection.id}/team-work/merge`);
        await page.getByLabel('Work files (.json)').setInputFiles(path);
        await page.getByRole('button', { name: 'Check the files' }).click();
        const merge = page.getByRole('button', { name: 'Merge 1 file' });
        await merge.waitFor({ timeout: 60_000 });
        await page.waitForFunction(() => !document.querySelector('button[disabled]'));
        before = await dumpDatabase(page);
        expect(JSON.parse(before).cases).toEqual([]);
        if (round === MOMENTS.length) {
          // The same file, left to finish: it merges whole.
          await merge.click();
          await page.locator('[data-merge-result]').waitFor({ timeout: 60_000 });
          expect((await readStore(page, 'cases')).length).toBe(CASES);
          expect((await readAnswers(page)).length).toBe(CASES * 3);
          expect(uncaughtErrors(page)).toEqual([]);
          await session.close();
          break;
        }
        const moment = MOMENTS[round]!;
        await merge.click();
        // Watch the progress line in the page; kill as soon as the moment comes.
        const seen = await page.waitForFunction(
          (when: 'reading' | number) => {
            const text = document.querySelector('label[for="merge-progress"]')?.textContent ?? '';
            if (when === 'reading') return /reading this device/.test(text) ? text : false;
            const m = /([\d,]+) of ([\d,]+) records saved/.exec(text);
            if (!m) return false;
            const done = Number(m[1]!.replace(/,/g, ''));
            const total = Number(m[2]!.replace(/,/g, ''));
            // Not all written yet: the transaction cannot have committed.
            return done > 0 && done < total && done >= total * when ? text : false;
          },
          moment,
          { polling: 5, timeout: 60_000 },
        );
        report.push(`${round}: "${await seen.jsonValue()}"`);
        await session.kill();
      } catch (error) {
        await session.kill();
        throw error;
      }
    }
    console.log(`merge kill test (${CASES} cases):\n${report.join('\n')}`);
  }, 300_000);
});
