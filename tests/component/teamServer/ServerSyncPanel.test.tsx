/**
 * The "Team server" section of an inspection's team-work page, in each state a person meets it:
 * not served (or, unlocked, connected to none), connected by address, unreachable, signed out,
 * signed in before the inspection syncs (the lead puts it on the server; a member starts
 * syncing) and once it syncs (when, how it went, "Sync now").
 * The syncs themselves need the team worker, so they are stubbed; the record they leave is real.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceSync, SignedIn } from '../../../src/core';
import { database, useDatabase } from '../../../src/db/connection';
import { CaseAuditDatabase } from '../../../src/db/database';
import { forgetDeviceId } from '../../../src/db/device/identityStore';
import { saveDeviceSync } from '../../../src/db/sync/deviceSyncStore';
import { keepConnection } from '../../../src/db/sync/teamConnectionStore';
import { setSessionState } from '../../../src/session/sessionState';
import { syncOneNow } from '../../../src/sync/backgroundSync';
import { copyFromServer, putOnServer } from '../../../src/sync/serverSync';
import { dropKeptConnection } from '../../../src/sync/teamConnection';
import { forgetDeviceRoles } from '../../../src/ui/components/InspectionFrame/useDeviceRole';
import { releaseGate } from '../../../src/ui/protection/useSession';
import { ServerSyncPanel } from '../../../src/ui/team/TeamWork/ServerSyncPanel';
import { inspectionFixture, storeInspectionFixture } from '../../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../../fixtures/testDataKey';
import { person } from '../protection/protectionSetup';
import {
  ADMINISTRATOR,
  axeViolations,
  fakeTeamServer,
  HEALTHY,
  INSPECTOR,
  signedInAs,
} from './fakeTeamServer';

vi.mock('../../../src/sync/serverSync', () => ({
  copyFromServer: vi.fn(),
  putOnServer: vi.fn(),
}));
vi.mock('../../../src/sync/backgroundSync', () => ({ syncOneNow: vi.fn() }));

const fixture = inspectionFixture({ id: 'insp-1' });
const { inspection } = fixture;
const NOT_SIGNED_IN = { status: 401, body: { error: 'Sign in to the team server first.' } };
/** Dana, signed in with no role on the server: the lead of the inspection on this device only. */
const LEAD_NOT_ON_SERVER: SignedIn = ADMINISTRATOR;
const LEAD_ON_SERVER: SignedIn = {
  ...ADMINISTRATOR,
  memberships: [{ inspectionId: 'insp-1', title: inspection.title, role: 'lead' }],
};

const synced = (extra: Partial<DeviceSync> = {}): DeviceSync => ({
  seq: 12,
  pendingPush: null,
  syncedAt: '2026-05-04T09:30:00.000Z',
  outcome: { text: 'Sent 2 cases; received 3 cases.', failed: false },
  ...extra,
});

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`server-sync-panel-${n++}`, TEST_DATA_KEY));
  forgetDeviceId();
  forgetDeviceRoles();
  signedInAs(null);
  vi.mocked(copyFromServer).mockReset();
  vi.mocked(putOnServer).mockReset();
  vi.mocked(syncOneNow).mockReset();
  await storeInspectionFixture(database(), fixture);
});
afterEach(() => {
  dropKeptConnection();
  setSessionState({ kind: 'checking' });
  vi.unstubAllGlobals();
  useDatabase(null);
});

const renderPanel = () => render(<ServerSyncPanel inspection={inspection} />);
const section = () => screen.findByRole('region', { name: 'Team server' });

describe('the team server section of the team-work page', () => {
  it('shows nothing when the app was not opened from a team server', async () => {
    const server = fakeTeamServer({});
    const { container } = renderPanel();
    await waitFor(() => expect(server.sent.map((s) => s.address)).toContain('/api/health'));
    // Asked once and answered: still nothing, rather than a heading with nothing under it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.innerHTML).toBe('');
  });

  it('shows nothing on an unlocked device connected to no team server, and syncs with one it is', async () => {
    releaseGate();
    setSessionState({ kind: 'unlocked', person: person('Dana') });
    const server = fakeTeamServer({});
    const { container, unmount } = renderPanel();
    await waitFor(() => expect(server.sent.map((s) => s.address)).toContain('/api/health'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.innerHTML).toBe('');
    unmount();

    const there = 'https://caseaudit.example.gov.uk';
    await keepConnection({ address: there, token: 'tok-dana' });
    dropKeptConnection(); // as after locking and unlocking: read again from the device
    fakeTeamServer({
      [`GET ${there}/api/health`]: HEALTHY['GET /api/health'],
      [`GET ${there}/api/me`]: { status: 200, body: LEAD_NOT_ON_SERVER },
    });
    renderPanel();
    await waitFor(async () =>
      expect((await section()).textContent).toContain('Put this inspection on the team server'),
    );
  });

  it('says when the team server cannot be reached, and that work stays on this device', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    renderPanel();
    expect((await section()).textContent).toContain(
      'The team server cannot be reached. Work stays on this device and is sent when it can be.',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks a person who is signed out to sign in on the team page', async () => {
    fakeTeamServer({ ...HEALTHY, 'GET /api/me': NOT_SIGNED_IN });
    renderPanel();
    const link = await screen.findByRole('link', { name: 'Sign in to the team server' });
    expect(link.getAttribute('href')).toBe('/team');
    expect((await section()).textContent).toContain('to sync this inspection with your team');
    expect(await axeViolations()).toEqual([]);
  });

  it('lets the lead put an inspection the server does not hold on it', async () => {
    fakeTeamServer({ ...HEALTHY, 'GET /api/me': { status: 200, body: LEAD_ON_SERVER } });
    signedInAs(LEAD_NOT_ON_SERVER);
    vi.mocked(putOnServer).mockImplementation(async (put) => {
      await saveDeviceSync(
        put.id,
        synced({ outcome: { text: 'Put 6 cases on the team server.', failed: false } }),
      );
      return { status: 'synced', sent: 6, received: 0 };
    });
    renderPanel();
    const put = await screen.findByRole('button', {
      name: 'Put this inspection on the team server',
    });
    expect(screen.getByText(/you are its lead there/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start syncing' })).toBeNull();
    expect(await axeViolations()).toEqual([]);

    await userEvent.setup().click(put);
    await screen.findByText('Put 6 cases on the team server.');
    expect(vi.mocked(putOnServer).mock.calls[0]?.[0].id).toBe('insp-1');
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Put this inspection on the team server' })).toBe(
      null,
    );
  });

  it('tells someone on an inspector’s device to ask the lead for a role', async () => {
    fakeTeamServer({ ...HEALTHY });
    signedInAs(LEAD_NOT_ON_SERVER);
    // A pack made on the lead's laptop, opened here: this is an inspector's device.
    await database().imports.add({
      id: 'pack-hash',
      inspectionId: 'insp-1',
      fileName: 'lac-pack-ap.json',
      importedAt: '2026-03-02T09:00:00.000Z',
      summary: { kind: 'pack', device: 'lead-laptop' },
    });
    renderPanel();
    await screen.findByText(/Ask its lead to give you a role in it/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lets a member of the inspection on the server start syncing it', async () => {
    fakeTeamServer({ ...HEALTHY, 'GET /api/me': { status: 200, body: INSPECTOR } });
    signedInAs(INSPECTOR);
    vi.mocked(copyFromServer).mockImplementation(async (copied) => {
      await saveDeviceSync(
        copied.id,
        synced({ outcome: { text: 'Copied 6 cases.', failed: false } }),
      );
      return { status: 'synced', sent: 0, received: 6 };
    });
    renderPanel();
    const start = await screen.findByRole('button', { name: 'Start syncing' });
    expect(screen.queryByRole('button', { name: 'Put this inspection on the team server' })).toBe(
      null,
    );
    expect(await axeViolations()).toEqual([]);

    await userEvent.setup().click(start);
    await screen.findByText('Copied 6 cases.');
    expect(vi.mocked(copyFromServer).mock.calls[0]?.[0].id).toBe('insp-1');
  });

  it('says why starting failed, and keeps the button to try again', async () => {
    fakeTeamServer({ ...HEALTHY });
    signedInAs(INSPECTOR);
    vi.mocked(copyFromServer).mockResolvedValue({
      status: 'failed',
      message: 'The team server did not answer.',
    });
    renderPanel();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Start syncing' }));
    const failed = await screen.findByText(/The team server did not answer\./);
    expect(failed.textContent).toBe(
      'Not synced: The team server did not answer. Your work is kept on this device and sent at the next sync.',
    );
    expect(screen.getByRole('button', { name: 'Start syncing' })).toHaveProperty('disabled', false);
  });

  it('shows when a synced inspection last synced, how that went, and Sync now', async () => {
    fakeTeamServer({ ...HEALTHY, 'GET /api/me': { status: 200, body: INSPECTOR } });
    signedInAs(INSPECTOR);
    await saveDeviceSync('insp-1', synced());
    vi.mocked(syncOneNow).mockImplementation(async (id) => {
      await saveDeviceSync(
        id,
        synced({
          syncedAt: '2026-05-04T10:00:00.000Z',
          outcome: { text: 'Sent 1 case; received 0 cases.', failed: false },
        }),
      );
      return { status: 'synced', sent: 1, received: 0 };
    });
    renderPanel();
    const region = await section();
    await waitFor(() =>
      expect(region.textContent).toMatch(/Last synced 4 May 2026 at \d\d:\d\d\./),
    );
    expect(screen.getByText('Sent 2 cases; received 3 cases.')).toBeTruthy();
    expect(region.textContent).not.toContain('Not synced');
    expect(screen.queryByRole('button', { name: 'Start syncing' })).toBeNull();
    expect(await axeViolations()).toEqual([]);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sync now' }));
    await screen.findByText('Sent 1 case; received 0 cases.');
    expect(vi.mocked(syncOneNow).mock.calls[0]?.[0]).toBe('insp-1');
    await waitFor(() =>
      expect(screen.getByRole('status').getAttribute('data-sync-finished')).toBe('1'),
    );
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says "Not yet synced" before the first sync finishes', async () => {
    fakeTeamServer({ ...HEALTHY });
    signedInAs(INSPECTOR);
    await saveDeviceSync('insp-1', synced({ syncedAt: null, outcome: null }));
    renderPanel();
    await screen.findByText(/Not synced yet\./);
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
  });

  it('shows a failed last sync as not synced, with the work kept on this device', async () => {
    fakeTeamServer({ ...HEALTHY });
    signedInAs(INSPECTOR);
    const failing = { text: 'The team server did not answer.', failed: true };
    await saveDeviceSync('insp-1', synced({ outcome: failing }));
    vi.mocked(syncOneNow).mockImplementation(async (id) => {
      await saveDeviceSync(id, synced({ outcome: failing }));
      return { status: 'failed', message: failing.text };
    });
    renderPanel();
    const failed = await screen.findByText(/The team server did not answer\./);
    expect(failed.textContent).toBe(
      'Not synced: The team server did not answer. Your work is kept on this device and sent at the next sync.',
    );
    expect(failed.querySelector('strong')?.textContent).toBe('Not synced: ');
    expect((await section()).textContent).toMatch(/Last synced 4 May 2026 at \d\d:\d\d\./);
    expect(await axeViolations()).toEqual([]);

    // Syncing again fails the same way: said once, not twice.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() =>
      expect(screen.getByRole('status').getAttribute('data-sync-finished')).toBe('1'),
    );
    expect(screen.getAllByText(/The team server did not answer\./)).toHaveLength(1);
  });
});
