/**
 * The protection screens meet the accessibility bar of every screen (axe: WCAG 2.2 A and AA,
 * and best practice): set-up, with its errors, the recovery code, unlock, with its error, and
 * the recovery code's own screen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, expectHeading } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import {
  acknowledgeRecoveryCode,
  fillSetUp,
  RECOVERY_CODE_HEADING,
  SET_UP_HEADING,
  TEST_PERSON,
  UNLOCK_HEADING,
} from './support/protection';

async function noViolations(session: Session, screen: string): Promise<void> {
  expect({ screen, violations: await axeViolations(session.page) }).toEqual({
    screen,
    violations: [],
  });
}

describe('the protection screens', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser({ gate: 'by hand' });
  });
  afterEach(async () => {
    await session.close();
  });

  it('have no accessibility violations, errors shown or not', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/`);
    await expectHeading(page, SET_UP_HEADING, 30_000);
    await noViolations(session, 'set-up');

    // A passphrase too short: the errors and the advice.
    await fillSetUp(page, { name: TEST_PERSON.name, passphrase: 'short' });
    await page.locator('.govuk-error-summary').waitFor();
    await noViolations(session, 'set-up with errors');

    await fillSetUp(page, TEST_PERSON);
    await expectHeading(page, RECOVERY_CODE_HEADING, 30_000);
    await noViolations(session, 'recovery code');
    await acknowledgeRecoveryCode(page);
    await expectHeading(page, 'Inspections', 30_000);

    await page.reload();
    await expectHeading(page, UNLOCK_HEADING, 30_000);
    await noViolations(session, 'unlock');
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase at all');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.locator('.govuk-error-summary').getByText('The passphrase is not right').waitFor({
      timeout: 30_000,
    });
    await noViolations(session, 'unlock with an error');

    await page.getByRole('link', { name: 'Use your recovery code' }).click();
    await expectHeading(page, 'Use your recovery code');
    await noViolations(session, 'use your recovery code');
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
