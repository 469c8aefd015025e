import { act, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearDamagedRecords,
  reportDamagedRecord,
} from '../../../src/db/protection/damagedRecords';
import { setLegacyDataWaiting } from '../../../src/session/legacyWaiting';
import { rememberAskedAddress } from '../../../src/ui/protection/askedAddress';
import ChangePassphrase from '../../../src/ui/protection/ChangePassphrase/ChangePassphrase';
import { DamagedRecordsBanner } from '../../../src/ui/protection/DamagedRecordsBanner';
import { Gate } from '../../../src/ui/protection/Gate';
import { LegacyDataWaitingBanner } from '../../../src/ui/protection/LegacyDataWaitingBanner';
import { ProtectionSettings } from '../../../src/ui/protection/ProtectionSettings';
import * as session from '../../../src/ui/protection/session';
import { GOOD_PASSPHRASE, moveSession, person, renderAt, resetSession } from './protectionSetup';

vi.mock('../../../src/ui/protection/session', async () =>
  (await import('./fakeSession')).fakeSessionModule(),
);
vi.mock('../../../src/ui/protection/sessionGate', async (original) =>
  (await import('./fakeSession')).fakeSessionGate(await original()),
);

const amira = person('Amira');
const CODE = '7K3M-Q9XD-AB12-CD34-EF56-GH78-JK9M-NP0Q';

beforeEach(() => {
  resetSession();
  moveSession({ kind: 'unlocked', person: amira });
});
afterEach(() => {
  vi.clearAllMocks();
  resetSession();
});

describe('changing the passphrase', () => {
  async function change(current: string, next: string, confirm = next) {
    const user = userEvent.setup();
    renderAt('/settings/passphrase', <ChangePassphrase />);
    expect(screen.getByLabelText('Current passphrase').getAttribute('autocomplete')).toBe(
      'current-password',
    );
    if (current) await user.type(screen.getByLabelText('Current passphrase'), current);
    await user.type(screen.getByLabelText('New passphrase'), next);
    await user.type(screen.getByLabelText('Confirm new passphrase'), confirm);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
  }

  it('says when the current passphrase is not right', async () => {
    vi.mocked(session.changePassphrase).mockResolvedValue('wrong');
    await change('not my passphrase', GOOD_PASSPHRASE);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The current passphrase is not right',
    );
    expect(session.changePassphrase).toHaveBeenCalledWith('not my passphrase', GOOD_PASSPHRASE);
  });

  it('refuses a weak new passphrase without asking the session', async () => {
    await change('my old passphrase', 'Amira 2026 Amira');
    expect((await screen.findByRole('alert')).textContent).toContain('your name');
    expect(session.changePassphrase).not.toHaveBeenCalled();
  });

  it('says when it is changed', async () => {
    vi.mocked(session.changePassphrase).mockResolvedValue('changed');
    await change('my old passphrase', GOOD_PASSPHRASE);
    await screen.findByText('Your passphrase has been changed');
  });
});

describe('the recovery code', () => {
  it('sets a new passphrase and opens the screen first asked for', async () => {
    moveSession({ kind: 'locked', people: [amira] });
    rememberAskedAddress('/inspections/abc');
    vi.mocked(session.unlockWithRecoveryCode).mockImplementation(async () => {
      moveSession({ kind: 'unlocked', person: amira });
      return { status: 'unlocked' };
    });
    const user = userEvent.setup();
    renderAt(
      `/recovery-code?person=${amira.personId}`,
      <Gate>
        <h1>Unlocked: the app</h1>
      </Gate>,
    );
    await user.type(await screen.findByRole('textbox', { name: 'Recovery code' }), CODE);
    await user.type(screen.getByLabelText('New passphrase'), GOOD_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm new passphrase'), GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Set new passphrase' }));
    await screen.findByText('Unlocked: the app');
    expect(session.unlockWithRecoveryCode).toHaveBeenCalledWith(
      amira.personId,
      CODE,
      GOOD_PASSPHRASE,
    );
    expect(window.location.pathname).toBe('/inspections/abc');
  });

  it('says when the code is not right', async () => {
    moveSession({ kind: 'locked', people: [amira] });
    vi.mocked(session.unlockWithRecoveryCode).mockResolvedValue({
      status: 'wrong',
      failures: 1,
      nextAttemptAt: null,
    });
    const user = userEvent.setup();
    renderAt(`/recovery-code?person=${amira.personId}`, <Gate>unlocked</Gate>);
    await user.type(await screen.findByRole('textbox', { name: 'Recovery code' }), CODE);
    await user.type(screen.getByLabelText('New passphrase'), GOOD_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm new passphrase'), GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Set new passphrase' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The recovery code is not right',
    );
  });
});

describe('Settings: protection', () => {
  it('saves how soon Case Audit locks, within 1 to 60 minutes', async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    render(<ProtectionSettings onError={onError} />);
    expect(screen.getByRole('heading', { name: 'Protection' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change your passphrase' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Erase this device' })).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Lock after this many minutes without use' });
    expect((field as HTMLInputElement).value).toBe('15');

    await user.clear(field);
    await user.type(field, '90');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onError).toHaveBeenLastCalledWith([
      { text: 'Enter a whole number of minutes from 1 to 60', href: '#auto-lock-minutes' },
    ]);
    expect(session.setAutoLockMinutes).not.toHaveBeenCalled();

    vi.mocked(session.autoLockSettings).mockReturnValue({
      own: 10,
      fromPacks: null,
      effective: 10,
    });
    await user.clear(field);
    await user.type(field, '10');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(session.setAutoLockMinutes).toHaveBeenCalledWith(10));
    await screen.findByText('Case Audit now locks after 10 minutes without use.');
  });
});

describe('damaged records', () => {
  it('says how many records could not be read and are not shown', async () => {
    clearDamagedRecords();
    render(<DamagedRecordsBanner />);
    expect(screen.queryByText(/could not be read/)).toBeNull();
    act(() => {
      reportDamagedRecord('answerDetails', '"a"');
      reportDamagedRecord('cases', '"b"');
    });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Some records on this device could not be read');
    expect(banner.textContent).toContain('Not shown anywhere: 2 records');
    clearDamagedRecords();
  });
});

describe('data from before protection not taken in yet', () => {
  it('says the data is kept but not shown, and how to try again; goes once taken in', async () => {
    setLegacyDataWaiting(false);
    render(<LegacyDataWaitingBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => setLegacyDataWaiting(true));
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('has not been taken in yet, so it is not shown');
    expect(banner.textContent).toContain('It is kept on this device, unchanged.');
    expect(banner.textContent).toContain('lock and unlock to try now');
    act(() => setLegacyDataWaiting(false));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
