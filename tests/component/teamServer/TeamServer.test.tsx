import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import TeamServer from '../../../src/ui/teamServer/TeamServer/TeamServer';
import {
  ADMINISTRATOR,
  axeViolations,
  fakeTeamServer,
  HEALTHY,
  INSPECTOR,
  signedInAs,
} from './fakeTeamServer';

const NOT_SIGNED_IN = { status: 401, body: { error: 'Sign in to the team server first.' } };

function renderScreen() {
  return render(
    <LocationProvider>
      <TeamServer />
    </LocationProvider>,
  );
}

async function signInWith(email: string, password: string) {
  const user = userEvent.setup();
  const field = await screen.findByLabelText('Email address');
  await user.clear(field);
  await user.type(field, email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

beforeEach(() => signedInAs(null));
afterEach(() => vi.unstubAllGlobals());

describe('the team server screen', () => {
  it('says plainly when the app was not served by a team server, and what to do', async () => {
    fakeTeamServer({});
    renderScreen();
    await screen.findByText(/was not opened from a team server/);
    expect(screen.getByText(/open the address its administrator gives you/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(document.title).toBe('Team server – Case Audit');
  });

  it('says when the server could not be reached, and tries again', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    renderScreen();
    await screen.findByText(/The team server could not be reached/);
    fakeTeamServer({ ...HEALTHY, 'GET /api/me': NOT_SIGNED_IN });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: 'Sign in' });
  });

  it('signs in, and shows who, their inspections with their role, and Sign out', async () => {
    const server = fakeTeamServer({
      ...HEALTHY,
      'GET /api/me': NOT_SIGNED_IN,
      'POST /api/sign-in': { status: 200, body: INSPECTOR },
      'POST /api/sign-out': { status: 204 },
    });
    renderScreen();
    expect(await axeViolations()).toEqual([]);
    await signInWith('Sam.Reyes@example.org', 'orchard violet tugboat three');
    expect((await screen.findByTestId('team-signed-in-as')).textContent).toBe(
      'Sam Reyes (sam.reyes@example.org)',
    );
    const row = screen.getByRole('row', { name: /Northshire youth justice/ });
    expect(row.textContent).toBe(
      'Northshire youth justiceInspectorUnlock this device to copy it here',
    );
    // Not an administrator: no administration.
    expect(screen.queryByRole('link', { name: 'Download the audit log (CSV)' })).toBeNull();
    expect(await axeViolations()).toEqual([]);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    expect(server.changes().map((s) => `${s.method} ${s.address} ${s.csrf}`)).toEqual([
      'POST /api/sign-in undefined',
      'POST /api/sign-out csrf-sam',
    ]);
  });

  it('says a wrong password plainly, naming the field, with the focus on the summary', async () => {
    fakeTeamServer({
      ...HEALTHY,
      'GET /api/me': NOT_SIGNED_IN,
      'POST /api/sign-in': {
        status: 401,
        body: { error: 'The email address or password is not right.' },
      },
    });
    renderScreen();
    await signInWith('sam.reyes@example.org', 'wrong');
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The email address or password is not right.');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#sign-in-email');
    await waitFor(() => expect(document.activeElement?.className).toContain('govuk-error-summary'));
    expect(document.title).toBe('Error: Team server – Case Audit');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect(await axeViolations()).toEqual([]);
  });

  it('says a disabled account and the wait after too many failures plainly', async () => {
    let refusal = {
      status: 403,
      body: { error: 'This account has been disabled: ask an administrator.' },
      headers: {} as Record<string, string>,
    };
    fakeTeamServer({
      ...HEALTHY,
      'GET /api/me': NOT_SIGNED_IN,
      'POST /api/sign-in': () => refusal,
    });
    renderScreen();
    await signInWith('sam.reyes@example.org', 'orchard violet tugboat three');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This account has been disabled. Ask an administrator to enable it.',
    );
    refusal = {
      status: 429,
      body: { error: 'Too many sign-ins that were not right: try again in 37 seconds.' },
      headers: { 'retry-after': '37' },
    };
    await signInWith('sam.reyes@example.org', 'again');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Too many sign-ins were not right. Wait 37 seconds, then try again.',
      ),
    );
  });

  it('gives an administrator the accounts, the inspections and the audit log', async () => {
    fakeTeamServer({ ...HEALTHY });
    signedInAs(ADMINISTRATOR);
    renderScreen();
    expect(
      screen.getByRole('link', { name: 'Accounts on the team server' }).getAttribute('href'),
    ).toBe('/team/accounts');
    expect(screen.getByRole('link', { name: 'Inspections on the team server' })).toBeTruthy();
    const log = screen.getByRole('link', { name: 'Download the audit log (CSV)' });
    expect(log.getAttribute('href')).toBe('/api/audit.csv');
    expect(screen.getByText(/You have no role in an inspection/)).toBeTruthy();
  });
});
