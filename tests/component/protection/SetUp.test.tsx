import { screen, waitFor } from '@testing-library/preact';
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

const CODE = '7K3M-Q9XD-AB12-CD34-EF56-GH78-JK9M-NP0Q';

function renderGate(path = '/inspections/abc') {
  return renderAt(
    path,
    <Gate>
      <h1>The screen asked for</h1>
    </Gate>,
  );
}

async function fillSetUp(name: string, passphrase: string, confirm = passphrase) {
  const user = userEvent.setup();
  await screen.findByRole('heading', { name: 'Protect the case data on this device' });
  if (name) await user.type(screen.getByRole('textbox', { name: 'Your name' }), name);
  if (passphrase) await user.type(screen.getByLabelText('Passphrase'), passphrase);
  if (confirm) await user.type(screen.getByLabelText('Confirm passphrase'), confirm);
  await user.click(screen.getByRole('button', { name: 'Set passphrase' }));
  return user;
}

beforeEach(() => {
  resetSession();
  moveSession({ kind: 'no-one', legacyData: false });
});
afterEach(() => {
  vi.mocked(session.setUpPerson).mockReset();
  resetSession();
});

describe('setting up protection', () => {
  it('refuses a short passphrase, saying why', async () => {
    renderGate();
    await fillSetUp('Amira', 'short one');
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Enter a passphrase of at least 12 characters');
    expect(screen.getByLabelText('Passphrase').getAttribute('aria-describedby')).toContain(
      'passphrase-error',
    );
    expect(session.setUpPerson).not.toHaveBeenCalled();
  });

  it('refuses a passphrase people guess first, with advice', async () => {
    renderGate();
    await fillSetUp('Amira', 'password1234');
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('one of the first that people guess');
    expect(document.getElementById('passphrase-advice')?.textContent).toMatch(
      /three or more random words/i,
    );
    expect(session.setUpPerson).not.toHaveBeenCalled();
  });

  it('refuses two passphrases that differ', async () => {
    renderGate();
    await fillSetUp('Amira', GOOD_PASSPHRASE, 'kettle harbour violets');
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The passphrases are not the same');
    expect(document.getElementById('passphrase-confirm-error')?.textContent).toContain(
      'The passphrases are not the same',
    );
    expect(session.setUpPerson).not.toHaveBeenCalled();
  });

  /** The error summary's lines, and the confirmation box's own error (null: none). */
  async function shownErrors() {
    const summary = await screen.findByRole('alert');
    const lines = [...summary.querySelectorAll('li')].map((li) => li.textContent?.trim());
    const confirmError = document.getElementById('passphrase-confirm-error')?.textContent ?? null;
    return { lines, confirmError };
  }

  it.each([
    ['left empty', ''],
    ['typed differently', 'short one too'],
  ])(
    'gives the confirmation no error while the passphrase is refused (confirmation %s)',
    async (_, confirm) => {
      renderGate();
      await fillSetUp('Amira', 'short one', confirm);
      const { lines, confirmError } = await shownErrors();
      expect(lines).toEqual(['Enter a passphrase of at least 12 characters']);
      expect(confirmError).toBeNull();
      expect(
        screen.getByLabelText('Confirm passphrase').getAttribute('aria-describedby'),
      ).toBeNull();
      expect(document.body.textContent).not.toContain('The passphrases are not the same');
      expect(session.setUpPerson).not.toHaveBeenCalled();
    },
  );

  it('asks for the passphrase again when only the confirmation is empty', async () => {
    renderGate();
    await fillSetUp('Amira', GOOD_PASSPHRASE, '');
    const { lines, confirmError } = await shownErrors();
    expect(lines).toEqual(['Confirm your passphrase']);
    expect(confirmError).toContain('Confirm your passphrase');
    expect(document.getElementById('passphrase-error')).toBeNull();
    expect(session.setUpPerson).not.toHaveBeenCalled();
  });

  it('says the passphrases differ, once, when the first is accepted', async () => {
    renderGate();
    await fillSetUp('Amira', GOOD_PASSPHRASE, 'kettle harbour violets');
    const { lines, confirmError } = await shownErrors();
    expect(lines).toEqual(['The passphrases are not the same']);
    expect(confirmError).toContain('The passphrases are not the same');
    expect(document.getElementById('passphrase-error')).toBeNull();
  });

  it('asks for a name, and keeps it out of the browser’s autofill', async () => {
    renderGate();
    await fillSetUp('', GOOD_PASSPHRASE);
    expect((await screen.findByRole('alert')).textContent).toContain('Enter your name');
    expect(screen.getByRole('textbox', { name: 'Your name' }).getAttribute('autocomplete')).toBe(
      'off',
    );
    expect(screen.getByLabelText('Passphrase').getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByLabelText('Passphrase').getAttribute('type')).toBe('password');
  });

  it('shows the recovery code once, before any other screen, until it is written down', async () => {
    const amira = person('Amira');
    vi.mocked(session.setUpPerson).mockImplementation(async () => {
      // The session unlocks before the code comes back, as the real one does.
      moveSession({ kind: 'unlocked', person: amira });
      return { recoveryCode: CODE };
    });
    renderGate();
    const user = await fillSetUp('Amira', GOOD_PASSPHRASE);
    expect(session.setUpPerson).toHaveBeenCalledWith('Amira', GOOD_PASSPHRASE);
    await screen.findByRole('heading', { name: 'Your recovery code' });
    expect(document.getElementById('recovery-code')?.textContent).toBe(CODE);
    expect(screen.queryByText('The screen asked for')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Confirm that you have written down your recovery code',
    );
    expect(screen.queryByText('The screen asked for')).toBeNull();

    await user.click(
      screen.getByRole('checkbox', { name: 'I have written down my recovery code' }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('The screen asked for');
    expect(document.body.textContent).not.toContain(CODE);
    expect(window.location.pathname).toBe('/inspections/abc');
  });

  it('says when the device held inspections from before, which the passphrase will protect', async () => {
    moveSession({ kind: 'no-one', legacyData: true });
    renderGate();
    await screen.findByText(/inspections already on this device will be protected/);
  });

  it('shows the loading message while the session starts, then the set-up', async () => {
    moveSession({ kind: 'checking' });
    renderGate();
    expect(screen.getByRole('status').textContent).toContain('Loading');
    moveSession({ kind: 'no-one', legacyData: false });
    await waitFor(() =>
      screen.getByRole('heading', { name: 'Protect the case data on this device' }),
    );
    expect(session.startSession).toHaveBeenCalled();
  });
});
