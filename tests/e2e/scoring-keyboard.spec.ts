/**
 * Scoring a whole case with the keyboard only, with the network off from the start (after one
 * visit): the case profile, every standard, check your answers, complete; then a reload finds
 * everything there.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { openApp, screenShown, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { startPreview } from './support/globalSetup';
import { caseUrl, seedInspection, storedAnswers, tabTo } from './support/scoringSeed';

const fixture = inspectionFixture();
const CASE = fixture.cases[0]!.id;

describe('scoring a case by keyboard, offline', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof startPreview>>;
  beforeEach(async () => {
    session = await launchBrowser();
    server = await startPreview();
  });
  afterEach(async () => {
    await session.close();
    await server.close().catch(() => undefined);
  });

  it('scores, checks and completes every part of a case without a mouse or a network', async () => {
    const { page, context } = session;
    await openApp(page, '/', server.url);
    await waitForServiceWorker(page);
    await seedInspection(page, fixture);
    await context.setOffline(true);
    await server.close();

    const key = (k: string) => page.keyboard.press(k);
    const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
    // After moving to another screen, focus lands on its heading (as a screen reader user
    // hears it); keys pressed from there on go where the user expects.
    const arrive = async (name: string) => {
      await heading(name);
      await page.waitForFunction(
        (text) =>
          document.activeElement?.tagName === 'H1' && document.activeElement.textContent === text,
        name,
      );
    };
    const saved = (itemId: string) =>
      page.locator(`#${itemId}-status[data-save-state="saved"]`).waitFor();

    await openApp(page, caseUrl(fixture), server.url);
    await heading('Case LAC-01-01');

    // Who is scoring: the case's inspector is already chosen; continue.
    await tabTo(page, (el) => el.label === 'A. Patel');
    await tabTo(page, (el) => el.text === 'Continue');
    await key('Enter');
    await page.getByTestId('scoring-as').waitFor();

    // The profile, the first task.
    await tabTo(page, (el) => el.text === 'Case profile');
    await key('Enter');
    await arrive('Case profile');
    await key('Alt+ArrowDown');
    await page.keyboard.type('15');
    await key('Alt+ArrowDown');
    await key('1'); // Foster care
    await key('Alt+ArrowDown');
    await key('1'); // Subject to MAPPA: yes — the MAPPA standard opens.
    await key('Alt+ArrowDown');
    await page.keyboard.type('3');
    await key('Tab');
    await page.keyboard.type('3');
    await key('Tab');
    await page.keyboard.type('2024');
    await saved('first-seen');
    await saved('age');

    await key('Alt+PageDown');
    await arrive('Assessment');
    await key('Alt+ArrowDown');
    await key('1');
    await tabTo(page, (el) => el.id === 'a1-note');
    await page.keyboard.type('Assessment on file, p. 4');
    await key('Alt+ArrowDown');
    await key('2');
    await key('Alt+ArrowDown');
    await key('n'); // Quality: N/A
    await key('Alt+ArrowDown');
    await page.keyboard.type('Thorough, but late.');
    await saved('a4');
    await saved('a1');

    await key('Alt+PageDown');
    await arrive('Planning');
    await key('Alt+ArrowDown');
    await key('1');
    await key('Alt+ArrowDown');
    await key('1'); // Education
    await key('3'); // Family contact
    await key('Alt+ArrowDown');
    await page.keyboard.type('4');
    await saved('p3');
    await saved('p2');

    await key('Alt+PageDown');
    await arrive('MAPPA work');
    await key('Alt+ArrowDown');
    await key('1');
    await key('Alt+ArrowDown');
    await key('k'); // Not known
    await saved('m2');

    await key('Alt+PageDown');
    await arrive('Reviewing');
    await key('Alt+ArrowDown');
    await key('2'); // Not reviewed on time: the delay question appears.
    await page.locator('[data-question="r2"]').waitFor();
    await key('Alt+ArrowDown');
    await key('1');
    await saved('r2');

    // After the last standard: check your answers.
    await key('Alt+PageDown');
    await arrive('Check your answers');
    expect(await page.getByTestId('check-progress').textContent()).toContain(
      '15 of 16 questions that apply to this case are answered',
    );
    await tabTo(page, (el) => el.text === 'Mark case as complete');
    await key('Enter');
    await page.getByText('Case LAC-01-01 is complete').waitFor();

    // Reload, still offline: everything is there.
    await page.reload();
    await screenShown(page);
    await heading('Check your answers');
    await page.getByText('Case LAC-01-01 is complete').waitFor();
    const stored = await storedAnswers(page, CASE);
    const values = Object.fromEntries(Object.entries(stored).map(([id, a]) => [id, a.value]));
    expect(values).toEqual({
      age: 15,
      'placement-type': 'foster',
      mappa: 'yes',
      'first-seen': '2024-03-03',
      a1: 'yes',
      a2: 'no',
      a3: 'na',
      a4: 'Thorough, but late.',
      p1: 'yes',
      p2: ['education', 'family'],
      p3: 4,
      m1: 'yes',
      m2: 'not_known',
      r1: 'no',
      r2: 'yes',
    });
    expect(stored.a1?.note).toBe('Assessment on file, p. 4');
    // A reload, or leaving for the start page, is a normal exit: nothing to restore.
    expect(await page.getByText(/^Restored your work/).count()).toBe(0);
    await openApp(page, '/', server.url);
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByText(/^Restored your work/).count()).toBe(0);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
