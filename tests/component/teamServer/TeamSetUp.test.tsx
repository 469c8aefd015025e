import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signedInNow } from '../../../src/teamClient/teamClient';
import TeamSetUp from '../../../src/ui/teamServer/TeamSetUp/TeamSetUp';
import { ADMINISTRATOR, axeViolations, fakeTeamServer, signedInAs } from './fakeTeamServer';

const NEEDED = { 'GET /api/setup': { status: 200, body: { needed: true } } };

function renderAt(hash: string) {
  window.history.replaceState(null, '', `/team/set-up${hash}`);
  return render(
    <LocationProvider>
      <TeamSetUp />
    </LocationProvider>,
  );
}

async function fill(fields: Record<string, string>) {
  const user = userEvent.setup();
  for (const [label, value] of Object.entries(fields)) {
    const field = await screen.findByLabelText(label);
    await user.clear(field);
    if (value) await user.type(field, value);
  }
  await user.click(screen.getByRole('button', { name: 'Create the administrator' }));
}

const DANA = {
  Name: 'Dana Okafor',
  'Email address': 'dana.okafor@example.org',
  Password: 'copper lantern meadow seven',
  'Confirm password': 'copper lantern meadow seven',
};

beforeEach(() => signedInAs(null));
afterEach(() => vi.unstubAllGlobals());

describe('creating the first administrator', () => {
  it('sends the token from the address’s fragment, then goes to the team server signed in', async () => {
    const server = fakeTeamServer({
      ...NEEDED,
      'POST /api/setup': { status: 201, body: ADMINISTRATOR },
    });
    renderAt('#tok-42');
    await screen.findByRole('heading', { name: 'Create the first administrator' });
    // The token is kept in memory, not in the address bar or the browser's history.
    expect(window.location.hash).toBe('');
    expect(await axeViolations()).toEqual([]);
    await fill(DANA);
    await waitFor(() => expect(window.location.pathname).toBe('/team'));
    expect(server.changes()[0]!.body).toEqual({
      token: 'tok-42',
      name: 'Dana Okafor',
      email: 'dana.okafor@example.org',
      password: 'copper lantern meadow seven',
    });
    expect(signedInNow()).toEqual(ADMINISTRATOR);
  });

  it('refuses two passwords that differ before sending, naming the field', async () => {
    const server = fakeTeamServer(NEEDED);
    renderAt('#tok-42');
    await fill({ ...DANA, 'Confirm password': 'copper lantern meadow eight' });
    const summary = await screen.findByRole('alert');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe(
      '#administrator-password-confirm',
    );
    expect(summary.textContent).toContain('The two passwords are not the same');
    expect(server.changes()).toEqual([]);
    await waitFor(() =>
      expect(document.title).toBe('Error: Create the first administrator – Case Audit'),
    );
  });

  it('shows the server’s problems beside the fields they name', async () => {
    fakeTeamServer({
      ...NEEDED,
      'POST /api/setup': {
        status: 400,
        body: {
          error: 'email: Enter an email address in the right format, like name@example.org',
          problems: [
            {
              path: 'email',
              message: 'Enter an email address in the right format, like name@example.org',
            },
            { path: 'name', message: 'Enter a name' },
          ],
        },
      },
    });
    renderAt('#tok-42');
    await fill({ ...DANA, Name: '', 'Email address': 'dana' });
    const links = [...(await screen.findByRole('alert')).querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#administrator-email', 'Enter an email address in the right format, like name@example.org'],
      ['#administrator-name', 'Enter a name'],
    ]);
    expect(document.getElementById('administrator-name-error')?.textContent).toBe(
      'Error: Enter a name',
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('says when the link has no code, or an administrator exists already', async () => {
    fakeTeamServer(NEEDED);
    const view = renderAt('');
    await screen.findByText(/This address is missing the set-up code/);
    view.unmount();
    fakeTeamServer({ 'GET /api/setup': { status: 200, body: { needed: false } } });
    renderAt('#tok-42');
    await screen.findByText(/The team server has an administrator already/);
    expect(screen.queryByRole('button', { name: 'Create the administrator' })).toBeNull();
  });
});
