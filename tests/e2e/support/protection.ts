/**
 * The protection gate in the journeys: the app opens on "Protect the case data on this device"
 * the first time and on "Unlock Case Audit" after every load. Journeys about something else pass
 * it as a person would, with one test inspector and passphrase (`passGateWhenAsked`); journeys
 * about protection drive its screens themselves with the verbs below.
 */
import type { Locator, Page } from 'playwright-core';

/** The test inspector: a passphrase the strength check accepts (three random words and more). */
export const TEST_PERSON = { name: 'Test inspector', passphrase: 'violet tractor harbour nine' };

export type Person = { name: string; passphrase: string };

export const SET_UP_HEADING = 'Protect the case data on this device';
export const RECOVERY_CODE_HEADING = 'Your recovery code';
export const UNLOCK_HEADING = 'Unlock Case Audit';

/** The gate's words in each language the app speaks: the journeys pass it in either. */
const GATE_WORDS = {
  en: {
    setUp: SET_UP_HEADING,
    recoveryCode: RECOVERY_CODE_HEADING,
    unlock: UNLOCK_HEADING,
    name: 'Your name',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    setPassphrase: 'Set passphrase',
    writtenDown: 'I have written down my recovery code',
    continue: 'Continue',
    who: 'Who is using Case Audit?',
    unlockButton: 'Unlock',
  },
  cy: {
    setUp: 'Diogelu data’r achosion ar y ddyfais hon',
    recoveryCode: 'Eich cod adfer',
    unlock: 'Datgloi Archwilio Achosion',
    name: 'Eich enw',
    passphrase: 'Cyfrinymadrodd',
    confirm: 'Cadarnhewch y cyfrinymadrodd',
    setPassphrase: 'Gosod cyfrinymadrodd',
    writtenDown: 'Rwyf wedi ysgrifennu fy nghod adfer',
    continue: 'Parhau',
    who: 'Pwy sy’n defnyddio Archwilio Achosion?',
    unlockButton: 'Datgloi',
  },
} as const;

type GateWords = (typeof GATE_WORDS)[keyof typeof GATE_WORDS];

/** The gate's headings in both languages, as the text of `main h1`. */
export const GATE_HEADING = new RegExp(
  `^\\s*(${Object.values(GATE_WORDS)
    .flatMap((w) => [w.setUp, w.recoveryCode, w.unlock])
    .join('|')})\\s*$`,
);

/** The words of the language the page speaks. */
async function gateWords(page: Page): Promise<GateWords> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  return lang === 'cy' ? GATE_WORDS.cy : GATE_WORDS.en;
}

const gated = new WeakMap<Page, Locator>();

/** Whether the page passes the gate by itself (journeys about something else). */
export function passesGateByItself(page: Page): boolean {
  return gated.has(page);
}

/**
 * Whenever the gate shows before an action or a wait, sets up protection as the person (the
 * test inspector unless said; first use) or unlocks (every later load), then lets the journey go
 * on where it was going.
 */
export async function passGateWhenAsked(page: Page, person: Person = TEST_PERSON): Promise<void> {
  await stopPassingGate(page);
  const gate = page.locator('main h1').filter({ hasText: GATE_HEADING });
  gated.set(page, gate);
  await page.addLocatorHandler(gate, async () => {
    // A journey that has already failed closes the page under the handler: nothing to add.
    await passGate(page, person).catch((error: unknown) => {
      if (!page.isClosed()) throw error;
    });
  });
}

/** From now on the journey takes the gate's steps itself. */
export async function stopPassingGate(page: Page): Promise<void> {
  const gate = gated.get(page);
  if (!gate) return;
  gated.delete(page);
  await page.removeLocatorHandler(gate);
}

/** The text of the page's main heading once one shows. */
async function mainHeading(page: Page, timeout = 60_000): Promise<string> {
  return (await page.locator('main h1').first().textContent({ timeout }))?.trim() ?? '';
}

/** Waits until the main heading is no longer `before` (a step of the gate has been taken). */
async function headingChangedFrom(page: Page, before: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (text) => document.querySelector('main h1')?.textContent?.trim() !== text,
    before,
    { timeout, polling: 50 },
  );
}

/** Takes the gate's steps until the app's own screen shows; returns the recovery code if shown. */
export async function passGate(page: Page, person: Person = TEST_PERSON): Promise<string | null> {
  let recoveryCode: string | null = null;
  for (let step = 0; step < 6; step++) {
    const text = await mainHeading(page);
    const words = await gateWords(page);
    if (text === words.setUp) await fillSetUp(page, person);
    else if (text === words.recoveryCode) recoveryCode = await acknowledgeRecoveryCode(page);
    else if (text === words.unlock) await fillUnlock(page, person);
    else {
      await focusFromTheTop(page);
      return recoveryCode;
    }
    await headingChangedFrom(page, text).catch(async (error: unknown) => {
      const shown = await page
        .locator('.govuk-error-summary')
        .textContent({ timeout: 100 })
        .catch(() => null);
      throw new Error(`the gate did not move on from "${text}": ${shown ?? String(error)}`);
    });
  }
  throw new Error('the gate kept asking');
}

/**
 * Past the gate, the keyboard starts from the top of the page, as on a page just opened (the
 * gate's last button, now gone, would otherwise be where Tab starts from).
 */
async function focusFromTheTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.blur();
    start.remove();
  });
}

/** Fills the set-up screen (or "Add a person to this device") and sets the passphrase. */
export async function fillSetUp(page: Page, person: Person): Promise<void> {
  const words = await gateWords(page);
  await page.getByLabel(words.name).fill(person.name);
  await page.getByLabel(words.passphrase, { exact: true }).fill(person.passphrase);
  await page.getByLabel(words.confirm).fill(person.passphrase);
  await page.getByRole('button', { name: words.setPassphrase }).click();
}

/** Reads the recovery code shown once, says it is written down, and continues. */
export async function acknowledgeRecoveryCode(page: Page): Promise<string> {
  const words = await gateWords(page);
  const code = (await page.locator('#recovery-code').textContent())?.trim() ?? '';
  await page.getByLabel(words.writtenDown).check();
  await page.getByRole('button', { name: words.continue }).click();
  return code;
}

/** Chooses the person when the device has several, types the passphrase and unlocks. */
export async function fillUnlock(page: Page, person: Person): Promise<void> {
  const words = await gateWords(page);
  const who = page.getByRole('group', { name: words.who });
  if ((await who.count()) > 0) await who.getByLabel(person.name, { exact: true }).check();
  await page.getByLabel(words.passphrase, { exact: true }).fill(person.passphrase);
  await page.getByRole('button', { name: words.unlockButton, exact: true }).click();
}

/**
 * Sets up protection on a device's first use, from the set-up screen the app shows then, and
 * returns the recovery code shown once; the app's own screen shows after.
 */
export async function setUpProtection(page: Page, person: Person = TEST_PERSON): Promise<string> {
  await page.locator('main h1').filter({ hasText: SET_UP_HEADING }).waitFor({ timeout: 30_000 });
  const code = await passGate(page, person);
  if (!code) throw new Error('no recovery code was shown');
  return code;
}

/** Unlocks from the unlock screen; the app's own screen shows after. */
export async function unlockAs(page: Page, person: Person = TEST_PERSON): Promise<void> {
  await page.locator('main h1').filter({ hasText: UNLOCK_HEADING }).waitFor({ timeout: 30_000 });
  await passGate(page, person);
}
