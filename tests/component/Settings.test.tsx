import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  deviceId,
  forgetDeviceId,
  knownDeviceNames,
  thisDeviceName,
} from '../../src/db/device/identityStore';
import Settings from '../../src/ui/settings/Settings/Settings';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

function mockStorage(persisted: boolean) {
  vi.stubGlobal('navigator', {
    ...navigator,
    storage: {
      persisted: async () => persisted,
      persist: async () => false,
      estimate: async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 }),
    },
  });
}

let n = 0;
beforeEach(() => {
  useDatabase(new CaseAuditDatabase(`settings-${n++}`, TEST_DATA_KEY));
  forgetDeviceId();
});
afterEach(() => {
  vi.unstubAllGlobals();
  useDatabase(null);
});

describe('Settings', () => {
  it('warns plainly when storage is not persistent, and shows space used and available', async () => {
    mockStorage(false);
    render(<Settings />);
    await waitFor(() => screen.getByText(/Storage is not persistent/));
    expect(screen.getByTestId('storage-persisted').textContent).toMatch(/^No/);
    expect(screen.getByTestId('storage-used').textContent).toBe('3.0 MB');
    expect(screen.getByTestId('storage-available').textContent).toBe('2.0 GB');
    expect(screen.getByRole('button', { name: 'Ask the browser to keep this data' })).toBeTruthy();
  });

  it('does not warn when storage is persistent', async () => {
    mockStorage(true);
    render(<Settings />);
    await waitFor(() => screen.getByTestId('storage-persisted'));
    expect(screen.getByTestId('storage-persisted').textContent).toMatch(/^Yes/);
    expect(screen.queryByText(/Storage is not persistent/)).toBeNull();
  });

  it('names this device, so its work is shown by that name elsewhere', async () => {
    mockStorage(true);
    const user = userEvent.setup();
    const view = render(<Settings />);
    const field = await screen.findByRole('textbox', { name: 'Name of this device' });
    const here = await deviceId();
    await waitFor(() =>
      expect(document.getElementById('device-name-hint')?.textContent).toContain(here.slice(0, 8)),
    );
    await user.type(field, 'Amira’s laptop');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    await screen.findByText('This device is now called “Amira’s laptop”.');
    expect(await thisDeviceName()).toBe('Amira’s laptop');
    expect(await knownDeviceNames()).toEqual({ [here]: 'Amira’s laptop' });

    // Remembered on the device: the next visit shows it.
    view.unmount();
    render(<Settings />);
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: 'Name of this device' }) as HTMLInputElement).value,
      ).toBe('Amira’s laptop'),
    );
  });

  it('refuses a name too long to show, saying so', async () => {
    mockStorage(true);
    const user = userEvent.setup();
    render(<Settings />);
    const field = await screen.findByRole('textbox', { name: 'Name of this device' });
    await user.type(field, 'x'.repeat(61));
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Enter a name of 60 characters or fewer');
    expect(await thisDeviceName()).toBeNull();
  });
});
