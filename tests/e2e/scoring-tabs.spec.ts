/**
 * Two tabs on one case: each sees the other's answers as they are saved, and a change to an
 * answer that the other tab changed meanwhile is reported as a conflict (both versions, who,
 * when), never silently overwritten.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { axeViolations, openApp } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { caseUrl, seedInspection, storedAnswers } from './support/scoringSeed';

const fixture = inspectionFixture();
const CASE = fixture.cases[0]!.id;
const assessment = `${caseUrl(fixture)}/standards/assessment`;

describe('two tabs on one case', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('shows each tab the other’s answers, and reports a conflicting change', async () => {
    const { page: first, context } = session;
    await openApp(first, '/');
    await seedInspection(first, fixture, { scorer: 'ap' });
    await openApp(first, assessment);
    const second = await context.newPage();
    await openApp(second, assessment);

    // A choice in one tab appears in the other.
    await first.locator('[data-question="a2"]').getByRole('radio', { name: 'No' }).check();
    await second
      .locator('[data-question="a2"]')
      .getByRole('radio', { name: 'No', checked: true })
      .waitFor({ timeout: 5_000 });
    await second.locator('#a2-status[data-save-state="saved"]').waitFor();

    // The second tab types a note; before it is saved, the first tab saves a different one.
    await second.locator('#a1-note').fill('Mine: plan seen on p. 9');
    const busy = second.evaluate(() => {
      // Hold the second tab's main thread, as a slow device would, while the first one saves.
      const end = performance.now() + 1_500;
      while (performance.now() < end) {
        // busy
      }
    });
    await first.locator('#a1-note').fill('Theirs: no plan on file');
    await first.locator('#a1-note').blur();
    await first.locator('#a1-status[data-save-state="saved"]').waitFor();
    await busy;

    // Reported, with both versions; nothing overwritten.
    const conflict = second.locator('[data-conflict="a1"]');
    await conflict.waitFor({ timeout: 5_000 });
    expect(await conflict.locator('[data-version="theirs-note"]').textContent()).toBe(
      'Theirs: no plan on file',
    );
    expect(await conflict.locator('[data-version="mine-note"]').textContent()).toBe(
      'Mine: plan seen on p. 9',
    );
    expect(await conflict.textContent()).toContain(
      'This answer was changed in another tab (A. Patel) at',
    );
    expect(await second.locator('#a1-status').textContent()).toBe(
      'Not saved — someone else changed this answer',
    );
    expect((await storedAnswers(second, CASE)).a1?.note).toBe('Theirs: no plan on file');
    expect(await axeViolations(second)).toEqual([]);

    // Keep mine: it is saved, and the first tab shows it.
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await second.locator('#a1-status[data-save-state="saved"]').waitFor();
    await first.waitForFunction(
      () =>
        (document.querySelector('#a1-note') as HTMLTextAreaElement).value ===
        'Mine: plan seen on p. 9',
    );
    expect((await storedAnswers(first, CASE)).a1?.note).toBe('Mine: plan seen on p. 9');
    expect(uncaughtErrors(first)).toEqual([]);
    expect(uncaughtErrors(second)).toEqual([]);
  });
});
