/**
 * The team server a person is connected to by its address, kept in their space: read back after
 * a reload, the token a sign-in gives and a 401 takes away kept as they happen, the page's own
 * origin kept as nothing, and nothing of it left on the page once they lock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { syncedInspectionIds } from '../../src/db/sync/deviceSyncStore';
import { keepConnection, keptConnection } from '../../src/db/sync/teamConnectionStore';
import {
  connectTo,
  disconnect,
  dropKeptConnection,
  loadKeptConnection,
} from '../../src/sync/teamConnection';
import { connectionNow, setConnection } from '../../src/teamClient/teamClient';
import { devices, on } from '../fixtures/teamDb';

const SERVER = 'https://caseaudit.example.gov.uk';

afterEach(() => {
  dropKeptConnection();
  vi.unstubAllGlobals();
  useDatabase(null);
});

/** Lets the writes the connection's changes started finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the team server connection kept on the device', () => {
  it('is the page’s own origin until one is kept, and is not an inspection that syncs', async () => {
    on(devices().ap);
    expect(await keptConnection()).toEqual({ address: '' });
    await keepConnection({ address: SERVER, token: 'tok-1' });
    expect(await keptConnection()).toEqual({ address: SERVER, token: 'tok-1' });
    expect(await syncedInspectionIds()).toEqual([]);
    await keepConnection({ address: '' });
    expect(await keptConnection()).toEqual({ address: '' });
  });

  it('is loaded on unlocking, every change kept, and dropped from the page on locking', async () => {
    const db = on(devices().ap);
    await connectTo(SERVER);
    await settled();
    expect(await keptConnection()).toEqual({ address: SERVER });

    setConnection({ address: SERVER, token: 'tok-2' }); // a sign-in
    await settled();
    expect(await keptConnection()).toEqual({ address: SERVER, token: 'tok-2' });

    dropKeptConnection(); // locking
    expect(connectionNow()).toEqual({ address: '' });
    expect(await keptConnection()).toEqual({ address: SERVER, token: 'tok-2' });

    expect(await loadKeptConnection()).toEqual({ address: SERVER, token: 'tok-2' });
    expect(connectionNow()).toEqual({ address: SERVER, token: 'tok-2' });
    expect(await db.meta.get('teamConnection')).toBeDefined();
  });

  it('signs out and forgets the server on disconnecting', async () => {
    on(devices().ap);
    await keepConnection({ address: SERVER, token: 'tok-3' });
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    await disconnect();
    await settled();
    expect(fetch).toHaveBeenCalledWith(`${SERVER}/api/sign-out`, expect.anything());
    expect(connectionNow()).toEqual({ address: '' });
    expect(await keptConnection()).toEqual({ address: '' });
  });
});
