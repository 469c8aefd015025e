/**
 * Locking: after the idle time the app locks by itself, and text typed just before is kept
 * (saved, sealed, before the key is dropped); the screen's content goes, the back button
 * brings none of it back; and Lock in one tab locks every tab of the app at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, expectHeading } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import {
  passGateWhenAsked,
  setUpProtection,
  stopPassingGate,
  TEST_PERSON,
  UNLOCK_HEADING,
  unlockAs,
} from './support/protection';
import { answerWithNote, noteBox, startInspection } from './support/protectionJourney';
import { readSpaceTable } from './support/sealedSpace';

const NOTE = 'Placement plan seen';
const TYPED = ', and the review of 4 May read just before leaving the desk';

describe('locking', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser({ gate: 'by hand' });
  });
  afterEach(async () => {
    await session.close();
  });

  it('locks by itself after the idle time, keeping the text typed just before, and shows none of it again until unlocked', async () => {
    const { page } = session;
    // The page's clock is the test's: fifteen idle minutes pass in a moment.
    await page.clock.install();
    await page.goto(`${baseUrl()}/`);
    await setUpProtection(page);
    await passGateWhenAsked(page);
    const { caseUrl } = await startInspection(page, { title: 'Idle test', reference: 'IDL-01' });
    await answerWithNote(page, caseUrl, NOTE);
    await stopPassingGate(page);

    // Typed, not yet saved (the box still has the focus), then the person walks away.
    await noteBox(page).click();
    await noteBox(page).press('End');
    await page.keyboard.type(TYPED);
    await page.clock.fastForward('16:00');
    await expectHeading(page, UNLOCK_HEADING, 30_000);
    expect(await noteBox(page).count()).toBe(0);
    expect(await page.getByText(NOTE).count()).toBe(0);

    // Nothing of the case comes back with the back button.
    await page.goBack();
    await expectHeading(page, UNLOCK_HEADING, 30_000);
    expect(await page.getByText(NOTE).count()).toBe(0);

    // Unlocked: the case's standard shows the note with everything typed.
    await page.goto(`${baseUrl()}${caseUrl}/standards/transfer`);
    await unlockAs(page);
    await noteBox(page).waitFor({ timeout: 30_000 });
    expect(await noteBox(page).inputValue()).toBe(`${NOTE}${TYPED}`);
    const [details] = await readSpaceTable<{ details: Record<string, { note: string }> }>(
      page,
      'answerDetails',
    );
    expect(Object.values(details!.details).map((d) => d.note)).toContain(`${NOTE}${TYPED}`);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('locks every tab at once when Lock is chosen in one', async () => {
    const { page, context } = session;
    await page.goto(`${baseUrl()}/`);
    await setUpProtection(page);
    await expectHeading(page, 'Inspections');

    const other = await context.newPage();
    await other.goto(`${baseUrl()}/settings`);
    await unlockAs(other, TEST_PERSON);
    await expectHeading(other, 'Settings and about');

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expectHeading(page, UNLOCK_HEADING, 30_000);
    await expectHeading(other, UNLOCK_HEADING, 30_000);
    expect(await other.locator('main').getByText('Settings and about').count()).toBe(0);

    // Each tab unlocks on its own, where it was.
    await unlockAs(other);
    await expectHeading(other, 'Settings and about');
    expect(uncaughtErrors(page)).toEqual([]);
    expect(uncaughtErrors(other)).toEqual([]);
  });
});
