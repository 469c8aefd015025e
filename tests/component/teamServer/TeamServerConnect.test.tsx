/**
 * Connecting a copy of the app not served by a team server to one by its address, on the team
 * server screen, once this device is unlocked: the address checked as typed, then asked whether
 * a team server answers there, then the sign-in for that server (a token session), kept in the
 * person's space, and disconnecting. Keyboard only.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDatabase } from '../../../src/db/connection';
import { CaseAuditDatabase } from '../../../src/db/database';
import { keepConnection, keptConnection } from '../../../src/db/sync/teamConnectionStore';
import { setSessionState } from '../../../src/session/sessionState';
import { dropKeptConnection } from '../../../src/sync/teamConnection';
import { downloadFile } from '../../../src/ui/components/downloadFile';
import { releaseGate } from '../../../src/ui/protection/useSession';
import { notBuiltFor } from '../../../src/ui/teamServer/builtFor';
import TeamServer from '../../../src/ui/teamServer/TeamServer/TeamServer';
import { TEST_DATA_KEY } from '../../fixtures/testDataKey';
import { person } from '../protection/protectionSetup';
import {
  ADMINISTRATOR,
  axeViolations,
  fakeTeamServer,
  INSPECTOR,
  signedInAs,
} from './fakeTeamServer';

vi.mock('../../../src/ui/components/downloadFile', () => ({ downloadFile: vi.fn() }));

const SERVER = 'https://caseaudit.example.gov.uk';
const HEALTH_THERE = { status: 200, body: { ok: true, database: 'postgresql' } };

function renderScreen() {
  return render(
    <LocationProvider>
      <TeamServer />
    </LocationProvider>,
  );
}

/** Types the address and presses Enter, keyboard only. */
async function connectWith(typed: string) {
  const user = userEvent.setup();
  const field = await screen.findByLabelText('Team server address');
  field.focus();
  await user.clear(field);
  if (typed) await user.type(field, typed);
  await user.keyboard('{Enter}');
}

let n = 0;
beforeEach(() => {
  releaseGate();
  signedInAs(null);
  useDatabase(new CaseAuditDatabase(`team-connect-${n++}`, TEST_DATA_KEY));
  setSessionState({ kind: 'unlocked', person: person('Sam') });
});
afterEach(() => {
  dropKeptConnection();
  useDatabase(null);
  setSessionState({ kind: 'checking' });
  vi.unstubAllGlobals();
});

describe('connecting to a team server by its address', () => {
  it('offers the form when this page was not served by a team server', async () => {
    fakeTeamServer({});
    renderScreen();
    const field = await screen.findByLabelText('Team server address');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Connect to a team server');
    expect(field.getAttribute('autocomplete')).toBe('off');
    expect(field.getAttribute('aria-describedby')).toBe('team-server-address-hint');
    expect(screen.getByText('For example, https://caseaudit.example.gov.uk')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Connect to a team server – Case Audit'));
    expect(await axeViolations()).toEqual([]);
  });

  it('asks for an address, then for https://, in the summary and beside the field', async () => {
    const server = fakeTeamServer({});
    renderScreen();
    await connectWith('');
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Enter the team server’s address');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#team-server-address');
    await waitFor(() => expect(document.activeElement?.className).toContain('govuk-error-summary'));
    expect(document.title).toBe('Error: Connect to a team server – Case Audit');

    await connectWith('http://caseaudit.example.gov.uk');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Enter an address starting with https:// (http:// only for this computer, localhost)',
      ),
    );
    expect(screen.getByLabelText('Team server address').getAttribute('aria-describedby')).toBe(
      'team-server-address-hint team-server-address-error',
    );
    expect(await axeViolations()).toEqual([]);
    // Nothing was asked of any server but the page's own.
    expect(server.sent.map((s) => s.address)).toEqual(['/api/health']);
  });

  it('says when no team server answers at the address', async () => {
    fakeTeamServer({
      [`GET ${SERVER}/api/health`]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderScreen();
    await connectWith(SERVER);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        `No team server answered at ${SERVER}: check the address and the network`,
      ),
    );
    expect(await keptConnection()).toEqual({ address: '' });
  });

  it('connects, signs in with a token session kept on the device, and disconnects', async () => {
    const server = fakeTeamServer({
      [`GET ${SERVER}/api/health`]: HEALTH_THERE,
      [`POST ${SERVER}/api/sign-in`]: { status: 200, body: { ...INSPECTOR, sessionToken: 'tok' } },
      [`POST ${SERVER}/api/sign-out`]: { status: 204 },
    });
    renderScreen();
    await connectWith('  HTTPS://CaseAudit.example.gov.uk/team ');
    await screen.findByText(new RegExp(`Sign in to the team server at ${SERVER} with`));
    expect(await keptConnection()).toEqual({ address: SERVER });
    expect(await axeViolations()).toEqual([]);

    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Email address'));
    await user.keyboard('sam.reyes@example.org');
    await user.tab();
    await user.keyboard('orchard violet tugboat three{Enter}');
    expect((await screen.findByTestId('team-signed-in-as')).textContent).toBe(
      'Sam Reyes (sam.reyes@example.org)',
    );
    expect(screen.getByText('Connected to').nextElementSibling?.textContent).toBe(SERVER);
    await waitFor(async () =>
      expect(await keptConnection()).toEqual({ address: SERVER, token: 'tok' }),
    );
    const signIn = server.sent.find((s) => s.address === `${SERVER}/api/sign-in`);
    expect(signIn).toMatchObject({ credentials: 'omit', csrf: undefined });
    expect(signIn?.body).toEqual({
      email: 'sam.reyes@example.org',
      password: 'orchard violet tugboat three',
      session: 'token',
    });

    const disconnect = screen.getByRole('button', { name: `Disconnect from ${SERVER}` });
    disconnect.focus();
    await user.keyboard('{Enter}');
    await screen.findByLabelText('Team server address');
    expect(server.changes().map((s) => `${s.method} ${s.address} ${s.authorization}`)).toEqual([
      `POST ${SERVER}/api/sign-in undefined`,
      `POST ${SERVER}/api/sign-out Bearer tok`,
    ]);
    await waitFor(async () => expect(await keptConnection()).toEqual({ address: '' }));
  });

  it('uses the connection kept on the device: signed in again with its token', async () => {
    await keepConnection({ address: SERVER, token: 'tok-kept' });
    const server = fakeTeamServer({
      [`GET ${SERVER}/api/health`]: HEALTH_THERE,
      [`GET ${SERVER}/api/me`]: { status: 200, body: INSPECTOR },
    });
    renderScreen();
    await screen.findByTestId('team-signed-in-as');
    expect(server.sent.at(-1)).toMatchObject({
      address: `${SERVER}/api/me`,
      authorization: 'Bearer tok-kept',
    });
    expect(screen.getByRole('button', { name: `Disconnect from ${SERVER}` })).toBeTruthy();
  });

  it('gives an administrator the audit log from that server with the session’s token', async () => {
    await keepConnection({ address: SERVER, token: 'tok-admin' });
    const csv =
      'seq,at,account_email,action\r\n1,2026-12-07T09:00:00.000Z,dana@example.org,sign-in\r\n';
    const server = fakeTeamServer({
      [`GET ${SERVER}/api/health`]: HEALTH_THERE,
      [`GET ${SERVER}/api/me`]: { status: 200, body: ADMINISTRATOR },
      [`GET ${SERVER}/api/audit.csv`]: { status: 200, text: csv },
    });
    renderScreen();
    const download = await screen.findByRole('button', { name: 'Download the audit log (CSV)' });
    download.focus();
    await userEvent.setup().keyboard('{Enter}');
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    const [name, blob] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(name).toMatch(/^case-audit-server-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await blob.text()).toBe(csv);
    expect(server.sent.at(-1)).toMatchObject({
      address: `${SERVER}/api/audit.csv`,
      authorization: 'Bearer tok-admin',
    });
  });
});

describe('the team servers a build may reach', () => {
  it('is any without the build’s policy, else those it was built for', () => {
    expect(notBuiltFor(SERVER, null)).toBeNull();
    expect(notBuiltFor(SERVER, [SERVER])).toBeNull();
    expect(notBuiltFor(SERVER, [])).toBe(
      `This copy of Case Audit was set up to connect to no team server at another address: ask whoever runs it to add ${SERVER}`,
    );
    expect(notBuiltFor(SERVER, ['http://localhost:4180'])).toBe(
      `This copy of Case Audit can connect only to http://localhost:4180: ask whoever runs it to add ${SERVER}`,
    );
  });
});
