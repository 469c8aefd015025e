import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import TeamAccounts from '../../../src/ui/teamServer/TeamAccounts/TeamAccounts';
import {
  ADMINISTRATOR,
  axeViolations,
  DANA,
  fakeTeamServer,
  HEALTHY,
  INSPECTOR,
  SAM,
  signedInAs,
} from './fakeTeamServer';

function renderScreen() {
  return render(
    <LocationProvider>
      <TeamAccounts />
    </LocationProvider>,
  );
}

beforeEach(() => signedInAs(ADMINISTRATOR));
afterEach(() => vi.unstubAllGlobals());

describe('the accounts', () => {
  it('lists the accounts, and disables one only once confirmed', async () => {
    let sam = SAM;
    const server = fakeTeamServer({
      ...HEALTHY,
      'GET /api/accounts': () => ({ status: 200, body: [DANA, sam] }),
      'PATCH /api/accounts/acc-2': (sent) => {
        sam = { ...sam, ...(sent.body as { disabled?: boolean; administrator?: boolean }) };
        return { status: 200, body: sam };
      },
    });
    renderScreen();
    const row = await screen.findByRole('row', { name: /Sam Reyes/ });
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'Sam Reyes',
      'sam.reyes@example.org',
      'No',
      'Active',
      'Disable Sam ReyesMake administrator Sam Reyes',
    ]);
    expect(await axeViolations()).toEqual([]);

    const user = userEvent.setup();
    await user.click(within(row).getByRole('button', { name: /^Disable\s*Sam Reyes$/ }));
    const confirm = screen.getByTestId('disable-confirm');
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Disable Sam Reyes’s account?'),
    );
    expect(confirm.textContent).toContain('They are signed out on every device at once');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(server.changes()).toEqual([]);

    await user.click(within(row).getByRole('button', { name: /^Disable\s*Sam Reyes$/ }));
    await user.click(screen.getByRole('button', { name: 'Disable the account' }));
    await screen.findByText('Sam Reyes’s account is disabled.');
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Sam Reyes/ }).textContent).toContain('Disabled'),
    );
    expect(server.changes().map((s) => [s.body, s.csrf])).toEqual([
      [{ disabled: true }, 'csrf-admin'],
    ]);

    await user.click(screen.getByRole('button', { name: /^Enable\s*Sam Reyes$/ }));
    await screen.findByText('Sam Reyes’s account is enabled.');
    expect(server.changes()[1]!.body).toEqual({ disabled: false });

    await user.click(screen.getByRole('button', { name: /^Make administrator\s*Sam Reyes$/ }));
    await screen.findByText('Sam Reyes is now an administrator of the team server.');
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Sam Reyes/ }).textContent).toContain('Yes'),
    );
    await user.click(screen.getByRole('button', { name: /^Remove as administrator\s*Sam Reyes$/ }));
    await screen.findByText('Sam Reyes is no longer an administrator of the team server.');
    expect(
      server
        .changes()
        .slice(2)
        .map((s) => s.body),
    ).toEqual([{ administrator: true }, { administrator: false }]);
  });

  it('says why the last administrator cannot be disabled', async () => {
    fakeTeamServer({
      ...HEALTHY,
      'GET /api/accounts': { status: 200, body: [DANA] },
      'PATCH /api/accounts/acc-1': {
        status: 409,
        body: { error: 'This is the only administrator who can sign in: make another first.' },
      },
    });
    renderScreen();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Disable\s*Dana Okafor$/ }));
    await user.click(screen.getByRole('button', { name: 'Disable the account' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This is the only administrator who can sign in: make another first.',
    );
  });

  it('adds an account, and names the field when the email address is taken', async () => {
    let taken = true;
    const server = fakeTeamServer({
      ...HEALTHY,
      'GET /api/accounts': { status: 200, body: [DANA] },
      'POST /api/accounts': () =>
        taken
          ? {
              status: 409,
              body: {
                error: 'email: an account with this email address exists already',
                problems: [
                  { path: 'email', message: 'an account with this email address exists already' },
                ],
              },
            }
          : { status: 201, body: SAM },
    });
    renderScreen();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Name'), 'Sam Reyes');
    await user.type(screen.getByLabelText('Email address'), 'sam.reyes@example.org');
    await user.type(screen.getByLabelText('Password'), 'orchard violet tugboat three');
    await user.click(screen.getByLabelText('Administrator'));
    await user.click(screen.getByRole('button', { name: 'Add the account' }));
    const link = within(await screen.findByRole('alert')).getByRole('link');
    expect([link.getAttribute('href'), link.textContent]).toEqual([
      '#account-email',
      'An account with this email address exists already',
    ]);
    expect(server.changes()[0]!.body).toEqual({
      name: 'Sam Reyes',
      email: 'sam.reyes@example.org',
      password: 'orchard violet tugboat three',
      administrator: true,
    });

    taken = false;
    await user.click(screen.getByRole('button', { name: 'Add the account' }));
    await screen.findByText('An account for Sam Reyes is added.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  it('is for administrators only', async () => {
    signedInAs(INSPECTOR);
    fakeTeamServer(HEALTHY);
    renderScreen();
    expect(
      screen.getByText('Only an administrator of the team server can manage accounts.'),
    ).toBeTruthy();
  });

  it('asks to sign in first when no one is', async () => {
    signedInAs(null);
    fakeTeamServer({
      ...HEALTHY,
      'GET /api/me': { status: 401, body: { error: 'Sign in to the team server first.' } },
    });
    renderScreen();
    await screen.findByText(/You are not signed in to the team server/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Accounts');
  });
});
