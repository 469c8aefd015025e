/**
 * "Unlock with this device" as a person meets it: set up from Settings with the passphrase, then
 * one button on the unlock screen opens Case Audit; a wrong passphrase, a cancelled prompt, a
 * browser that cannot, and an authenticator without the PRF extension each get a plain message,
 * never a crash. The session and keyring are real (fake-indexeddb); the authenticator behind
 * `navigator.credentials` is a stand-in.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { enrolDevice } from '../../src/session/deviceUnlock';
import { lock } from '../../src/session/locking';
import { startSession } from '../../src/session/sessionStart';
import { sessionState } from '../../src/session/sessionState';
import { closeTabChannel } from '../../src/session/tabChannel';
import { setUpPerson } from '../../src/session/unlocking';
import { DeviceUnlockButton } from '../../src/ui/protection/DeviceUnlockButton';
import { DeviceUnlockSettings } from '../../src/ui/protection/DeviceUnlockSettings';
import { PASSPHRASE, wipeDevice } from '../db/session/sessionSupport';
import {
  type AuthenticatorOptions,
  type FakeAuthenticator,
  installFakeAuthenticator,
} from '../fixtures/fakeAuthenticator';

let authenticator: FakeAuthenticator | null = null;

function withAuthenticator(options: AuthenticatorOptions = {}): FakeAuthenticator {
  authenticator = installFakeAuthenticator(options);
  return authenticator;
}

afterEach(async () => {
  authenticator?.restore();
  authenticator = null;
  await wipeDevice();
});
afterAll(closeTabChannel);

async function unlockedAmira(): Promise<string> {
  await setUpPerson('Amira Khan', PASSPHRASE);
  const state = sessionState();
  if (state.kind !== 'unlocked') throw new Error('expected unlocked');
  return state.person.personId;
}

/** The locked device's people, as the unlock screen gets them. */
async function lockedPerson() {
  await lock('button');
  await startSession();
  const state = sessionState();
  if (state.kind !== 'locked' || !state.people[0]) throw new Error('expected locked');
  return state.people[0];
}

async function setUpFromSettings(passphrase: string) {
  const user = userEvent.setup();
  render(<DeviceUnlockSettings />);
  const button = await screen.findByRole('button', { name: 'Set up unlock with this device' });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  if (passphrase) await user.type(screen.getByLabelText('Your passphrase'), passphrase);
  await user.click(button);
  return user;
}

describe('setting up unlock with this device', () => {
  it('sets it up with the passphrase, then offers to turn it off', async () => {
    withAuthenticator();
    await unlockedAmira();
    const user = await setUpFromSettings(PASSPHRASE);
    await screen.findByText(/Unlock with this device is set up/);
    const off = screen.getByRole('button', { name: 'Turn off unlock with this device' });
    expect(screen.queryByLabelText('Your passphrase')).toBeNull();

    await user.click(off);
    await screen.findByText(/Unlock with this device is turned off/);
    expect(screen.getByRole('button', { name: 'Set up unlock with this device' })).toBeTruthy();
  });

  it('says when the passphrase is missing or not right, and sets nothing up', async () => {
    withAuthenticator();
    await unlockedAmira();
    const user = await setUpFromSettings('');
    expect(screen.getByRole('link', { name: 'Enter your passphrase' })).toBeTruthy();
    // The summary takes focus after paint; typing before then would land in the summary.
    const summary = document.querySelector('.govuk-error-summary');
    await waitFor(() => expect(document.activeElement).toBe(summary));

    await user.type(screen.getByLabelText('Your passphrase'), 'not the passphrase at all');
    await user.click(screen.getByRole('button', { name: 'Set up unlock with this device' }));
    await screen.findByRole('link', { name: 'The passphrase is not right' });
    expect(document.getElementById('device-unlock-passphrase-error')?.textContent).toContain(
      'The passphrase is not right',
    );
    expect(screen.queryByRole('button', { name: 'Turn off unlock with this device' })).toBeNull();
  });

  it('says so when the person cancels the device’s prompt', async () => {
    withAuthenticator({ refuse: 'NotAllowedError' });
    await unlockedAmira();
    await setUpFromSettings(PASSPHRASE);
    await screen.findByText(/Setting up unlock with this device was cancelled or took too long/);
    expect(screen.getByRole('button', { name: 'Set up unlock with this device' })).toBeTruthy();
  });

  it('says so when the authenticator cannot keep a key (no PRF extension)', async () => {
    withAuthenticator({ prf: 'none' });
    await unlockedAmira();
    await setUpFromSettings(PASSPHRASE);
    await screen.findByText(/cannot keep a key for Case Audit in this browser/);
  });

  it('explains, and offers no set-up, where the browser cannot unlock by itself', async () => {
    await unlockedAmira();
    render(<DeviceUnlockSettings />);
    await screen.findByText(/This browser or device cannot unlock Case Audit by itself/);
    expect(screen.queryByRole('button', { name: 'Set up unlock with this device' })).toBeNull();
  });
});

describe('the unlock screen’s button', () => {
  it('unlocks with the device, no passphrase typed', async () => {
    withAuthenticator();
    const personId = await unlockedAmira();
    await enrolDevice(personId, PASSPHRASE);
    const person = await lockedPerson();
    expect(person.deviceUnlock).toBe(true);
    render(<DeviceUnlockButton person={person} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Unlock with this device' }));
    await waitFor(() => expect(sessionState().kind).toBe('unlocked'));
  });

  it('says when unlocking was cancelled, and stays locked', async () => {
    const fake = withAuthenticator();
    const personId = await unlockedAmira();
    await enrolDevice(personId, PASSPHRASE);
    const person = await lockedPerson();
    fake.options.refuse = 'NotAllowedError';
    render(<DeviceUnlockButton person={person} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Unlock with this device' }));
    const message = await screen.findByRole('alert');
    expect(message.textContent).toContain('Unlocking with this device was cancelled');
    expect(message.textContent).toContain('enter your passphrase');
    expect(sessionState().kind).toBe('locked');
  });

  it('hands the message to the screen’s error summary when asked', async () => {
    withAuthenticator();
    const personId = await unlockedAmira();
    await enrolDevice(personId, PASSPHRASE);
    const person = await lockedPerson();
    // A browser without WebAuthn now (another browser on the same profile, say).
    authenticator?.restore();
    authenticator = null;
    const errors: unknown[] = [];
    render(<DeviceUnlockButton person={person} onError={(error) => errors.push(error)} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Unlock with this device' }));
    await waitFor(() =>
      expect(errors.at(-1)).toEqual({ text: expect.any(String), href: '#device-unlock' }),
    );
    expect((errors.at(-1) as { text: string }).text).toMatch(
      /This browser cannot unlock Case Audit/,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
