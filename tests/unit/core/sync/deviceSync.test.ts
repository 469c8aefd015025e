/** What a device keeps about syncing: a waiting push is retried under its own id, once. */
import { describe, expect, it } from 'vitest';
import { deviceSyncSchema, newDeviceSync, pushIdFor } from '../../../../src/core/sync/deviceSync';

const WAITING = '0f4c2a1e-3b5d-4e6f-8a7b-9c0d1e2f3a4b';

describe('a device’s sync record', () => {
  it('starts at the sequence number of its first copy, with nothing waiting', () => {
    expect(newDeviceSync(42)).toEqual({
      seq: 42,
      pendingPush: null,
      syncedAt: null,
      outcome: null,
    });
    expect(deviceSyncSchema.safeParse(newDeviceSync(42)).success).toBe(true);
  });

  it('pushes the same work again under the waiting push’s id, and new work under a new one', () => {
    const sync = { ...newDeviceSync(7), pendingPush: { pushId: WAITING, checksum: 'abc' } };
    const fresh = () => 'new-id';
    expect(pushIdFor(sync, 'abc', fresh)).toBe(WAITING);
    expect(pushIdFor(sync, 'def', fresh)).toBe('new-id');
    expect(pushIdFor(newDeviceSync(7), 'abc', fresh)).toBe('new-id');
  });

  it('refuses a record that is not one (another version wrote it)', () => {
    expect(deviceSyncSchema.safeParse({ seq: -1, pendingPush: null }).success).toBe(false);
  });
});
