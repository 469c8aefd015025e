// @vitest-environment-options {"url": "http://127.0.0.1:4173/settings"}
/**
 * Case Audit opened at a bare IP address (as `vite preview --host 127.0.0.1` serves it):
 * WebAuthn refuses an IP address, so Settings says what would work instead of offering a set-up
 * that can only fail, even where the browser and authenticator could.
 */
import { render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeviceUnlockSettings } from '../../../src/ui/protection/DeviceUnlockSettings';
import { type FakeAuthenticator, installFakeAuthenticator } from '../../fixtures/fakeAuthenticator';
import { moveSession, person, resetSession } from './protectionSetup';

let authenticator: FakeAuthenticator;

beforeEach(() => {
  authenticator = installFakeAuthenticator();
  moveSession({ kind: 'unlocked', person: person('Amira Khan') });
});
afterEach(() => {
  authenticator.restore();
  resetSession();
});

describe('unlock with this device at an IP address', () => {
  it('says it needs Case Audit opened at a name, and offers no set-up', async () => {
    expect(window.location.hostname).toBe('127.0.0.1');
    render(<DeviceUnlockSettings />);
    const message = await screen.findByText(
      /works only when Case Audit is opened at a name, such as localhost/,
    );
    expect(message.textContent).toContain('Case Audit is open at an IP address (127.0.0.1)');
    expect(message.textContent).toContain('Keep using your passphrase here');
    expect(screen.queryByRole('button', { name: 'Set up unlock with this device' })).toBeNull();
    expect(screen.queryByLabelText('Your passphrase')).toBeNull();
    expect(screen.queryByText(/cannot unlock Case Audit by itself/)).toBeNull();
  });
});
