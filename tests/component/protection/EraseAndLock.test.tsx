import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Erase from '../../../src/ui/protection/Erase/Erase';
import * as session from '../../../src/ui/protection/session';
import { Layout } from '../../../src/ui/shell/Layout/Layout';
import { moveSession, person, renderAt, resetSession } from './protectionSetup';

vi.mock('../../../src/ui/protection/session', async () =>
  (await import('./fakeSession')).fakeSessionModule(),
);
vi.mock('../../../src/ui/protection/sessionGate', async (original) =>
  (await import('./fakeSession')).fakeSessionGate(await original()),
);

const amira = person('Amira');

beforeEach(() => {
  resetSession();
  moveSession({ kind: 'unlocked', person: amira });
});
afterEach(() => {
  vi.mocked(session.eraseThisDevice).mockReset();
  vi.mocked(session.lock).mockClear();
  resetSession();
});

describe('erasing this device', () => {
  it('warns first, and erases only once ERASE is typed', async () => {
    const user = userEvent.setup();
    vi.mocked(session.eraseThisDevice).mockResolvedValue(undefined);
    renderAt('/erase-this-device', <Erase />);
    expect(screen.getByRole('heading', { name: 'Erase this device' })).toBeTruthy();
    expect(document.querySelector('.govuk-warning-text')?.textContent).toMatch(/cannot be undone/);
    const button = screen.getByRole('button', { name: 'Erase this device' });

    await user.click(button);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Type ERASE in capital letters to confirm',
    );
    await user.type(screen.getByRole('textbox', { name: 'Type ERASE to confirm' }), 'erase');
    await user.click(button);
    expect(session.eraseThisDevice).not.toHaveBeenCalled();

    const field = screen.getByRole('textbox', { name: 'Type ERASE to confirm' });
    await user.clear(field);
    await user.type(field, 'ERASE');
    await user.click(button);
    await waitFor(() => expect(session.eraseThisDevice).toHaveBeenCalledTimes(1));
    // The page is loaded afresh where the set-up screen says the erase is done.
    expect(window.location.pathname + window.location.search).toBe('/?erased');
  });
});

describe('the Lock button', () => {
  function renderLayout() {
    return renderAt(
      '/inspections',
      <Layout>
        <h1>Page</h1>
      </Layout>,
    );
  }

  it('is in the header while unlocked, and locks from the keyboard', async () => {
    const user = userEvent.setup();
    renderLayout();
    const button = screen.getByRole('button', { name: 'Lock' });
    button.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(session.lock).toHaveBeenCalledWith('button'));
  });

  it('is not there while locked', () => {
    moveSession({ kind: 'locked', people: [amira] });
    renderLayout();
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
  });
});
