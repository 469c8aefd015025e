import { act, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Gate } from '../../../src/ui/protection/Gate';
import * as session from '../../../src/ui/protection/session';
import { GOOD_PASSPHRASE, moveSession, person, renderAt, resetSession } from './protectionSetup';

vi.mock('../../../src/ui/protection/session', async () =>
  (await import('./fakeSession')).fakeSessionModule(),
);
vi.mock('../../../src/ui/protection/sessionGate', async (original) =>
  (await import('./fakeSession')).fakeSessionGate(await original()),
);

const amira = person('Amira');
const bea = person('Bea');

function renderGate(path = '/inspections/abc/cases/xyz') {
  return renderAt(
    path,
    <Gate>
      <h1>The screen asked for</h1>
    </Gate>,
  );
}

async function submitPassphrase(passphrase: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Passphrase'), passphrase);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
  return user;
}

beforeEach(() => {
  resetSession();
  moveSession({ kind: 'locked', people: [amira] });
});
afterEach(() => {
  vi.mocked(session.unlock).mockReset();
  vi.useRealTimers();
  resetSession();
});

describe('unlocking', () => {
  it('shows the unlock screen in place of the address asked for, then that screen once unlocked', async () => {
    vi.mocked(session.unlock).mockImplementation(async () => {
      moveSession({ kind: 'unlocked', person: amira });
      return { status: 'unlocked' };
    });
    renderGate();
    await screen.findByRole('heading', { name: 'Unlock Case Audit' });
    expect(screen.queryByText('The screen asked for')).toBeNull();
    // One person: no choice to make.
    expect(screen.queryByRole('group', { name: 'Who is using Case Audit?' })).toBeNull();
    const field = screen.getByLabelText('Passphrase');
    expect(field.getAttribute('autocomplete')).toBe('current-password');
    await submitPassphrase(GOOD_PASSPHRASE);
    expect(session.unlock).toHaveBeenCalledWith(amira.personId, GOOD_PASSPHRASE);
    await screen.findByText('The screen asked for');
    expect(window.location.pathname).toBe('/inspections/abc/cases/xyz');
  });

  it('says a wrong passphrase is not right, and keeps the field and what was typed', async () => {
    vi.mocked(session.unlock).mockResolvedValue({
      status: 'wrong',
      failures: 1,
      nextAttemptAt: null,
    });
    renderGate();
    await submitPassphrase('kettle harbour violey');
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The passphrase is not right');
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement;
    expect(document.getElementById('passphrase-error')?.textContent).toContain(
      'The passphrase is not right',
    );
    expect(field.value).toBe('kettle harbour violey');
    expect(screen.getByRole('heading', { name: 'Unlock Case Audit' })).toBeTruthy();
    expect(screen.queryByText('The screen asked for')).toBeNull();
  });

  it('says to wait after repeated failures', async () => {
    vi.mocked(session.unlock).mockImplementation(async () => ({
      status: 'wrong',
      failures: 4,
      nextAttemptAt: new Date(Date.now() + 5_000).toISOString(),
    }));
    renderGate();
    await submitPassphrase('kettle harbour violey');
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The passphrase is not right');
    expect(summary.textContent).toContain('Wait 5 seconds before trying again');
  });

  it('counts the wait down, second by second, and drops it once over', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00.000Z') });
    moveSession({
      kind: 'locked',
      people: [person('Amira', { failures: 5, nextAttemptAt: '2026-03-01T10:00:03.000Z' })],
    });
    renderGate();
    await vi.waitFor(() => {
      if (!document.getElementById('passphrase-error')) throw new Error('not yet');
    });
    const error = () => document.getElementById('passphrase-error')?.textContent ?? '';
    expect(error()).toContain('Wait 3 seconds before trying again');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(error()).toContain('Wait 2 seconds before trying again');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(error()).toContain('Wait 1 second before trying again');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(document.getElementById('passphrase-error')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks who is using Case Audit when several people share the device', async () => {
    moveSession({ kind: 'locked', people: [amira, bea] });
    vi.mocked(session.unlock).mockResolvedValue({
      status: 'wrong',
      failures: 1,
      nextAttemptAt: null,
    });
    renderGate();
    const group = await screen.findByRole('group', { name: 'Who is using Case Audit?' });
    expect(group.querySelectorAll('input[type=radio]')).toHaveLength(2);
    const user = await submitPassphrase(GOOD_PASSPHRASE);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Choose who is using Case Audit',
    );
    expect(session.unlock).not.toHaveBeenCalled();

    await user.click(screen.getByRole('radio', { name: 'Bea' }));
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(session.unlock).toHaveBeenCalledWith(bea.personId, GOOD_PASSPHRASE));
  });

  it('offers to unlock with this device only to a person who set it up', async () => {
    const { unmount } = renderGate();
    await screen.findByRole('heading', { name: 'Unlock Case Audit' });
    expect(screen.queryByRole('button', { name: 'Unlock with this device' })).toBeNull();
    unmount();
    moveSession({ kind: 'locked', people: [person('Amira', { deviceUnlock: true })] });
    renderGate();
    await screen.findByRole('button', { name: 'Unlock with this device' });
  });

  it('offers the recovery code and adding a person', async () => {
    renderGate();
    const recovery = await screen.findByRole('link', { name: 'Use your recovery code' });
    expect(recovery.getAttribute('href')).toBe(`/recovery-code?person=${amira.personId}`);
    expect(
      screen.getByRole('link', { name: 'Add a person to this device' }).getAttribute('href'),
    ).toBe('/add-person');
  });

  it('shows the recovery screen at its own address while locked', async () => {
    renderGate(`/recovery-code?person=${amira.personId}`);
    await screen.findByRole('heading', { name: 'Use your recovery code' });
    expect(screen.getByRole('textbox', { name: 'Recovery code' })).toBeTruthy();
    expect(screen.getByLabelText('New passphrase').getAttribute('autocomplete')).toBe(
      'new-password',
    );
    expect(screen.getByLabelText('Confirm new passphrase')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set new passphrase' })).toBeTruthy();
  });

  it('after the recovery code, opens the address first asked for', async () => {
    vi.mocked(session.unlockWithRecoveryCode).mockImplementation(async () => {
      moveSession({ kind: 'unlocked', person: amira });
      return { status: 'unlocked' };
    });
    renderGate('/inspections/abc/cases/xyz');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Use your recovery code' }));
    await user.type(
      await screen.findByRole('textbox', { name: 'Recovery code' }),
      '7K3M-Q9XD-AB12-CD34-EF56-GH78-JK9M-NP0Q',
    );
    await user.type(screen.getByLabelText('New passphrase'), GOOD_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm new passphrase'), GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Set new passphrase' }));
    await screen.findByText('The screen asked for');
    expect(window.location.pathname).toBe('/inspections/abc/cases/xyz');
  });

  it('adds a person at its own address while locked', async () => {
    renderGate('/add-person');
    await screen.findByRole('heading', { name: 'Add a person to this device' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'amira');
    await user.type(screen.getByLabelText('Passphrase'), GOOD_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), GOOD_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Set passphrase' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Someone called amira already uses this device',
    );
    expect(session.addPerson).not.toHaveBeenCalled();
  });
});
