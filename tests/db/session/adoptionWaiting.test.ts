/**
 * When the data kept before protection cannot be taken in at unlock (here the device is out of
 * storage space), the person still gets in, the old database is kept as it was, and the screens
 * are told it is waiting; the next unlock takes it in and the warning goes.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '../../../src/db/connection';
import { LegacyCaseAuditDatabase } from '../../../src/db/protection/legacyDatabase';
import { legacyDataWaiting } from '../../../src/session/legacyWaiting';
import { lock } from '../../../src/session/locking';
import { startSession } from '../../../src/session/sessionStart';
import { sessionState } from '../../../src/session/sessionState';
import { closeTabChannel } from '../../../src/session/tabChannel';
import { setUpPerson, unlock } from '../../../src/session/unlocking';
import { inspectionFixture } from '../../fixtures/inspectionFixture';
import { PASSPHRASE, wipeDevice } from './sessionSupport';

const adoption = vi.hoisted(() => ({ failNext: 0 }));

vi.mock('../../../src/db/protection/adoptLegacy', async (original) => {
  const real = await original<typeof import('../../../src/db/protection/adoptLegacy')>();
  return {
    ...real,
    adoptLegacyDatabase: (...args: Parameters<typeof real.adoptLegacyDatabase>) => {
      if (adoption.failNext > 0) {
        adoption.failNext -= 1;
        return Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        );
      }
      return real.adoptLegacyDatabase(...args);
    },
  };
});

afterEach(wipeDevice);
afterAll(closeTabChannel);

describe('data from before protection that cannot be taken in yet', () => {
  it('lets the person in, keeps the old data, says it waits, and takes it in at the next unlock', async () => {
    const { framework, inspection } = inspectionFixture({ id: 'insp-before' });
    const legacy = new LegacyCaseAuditDatabase('case-audit');
    await legacy.frameworks.put(framework);
    await legacy.inspections.put(inspection);
    legacy.close();
    adoption.failNext = 1;

    await startSession();
    await setUpPerson('Amira Khan', PASSPHRASE);
    const state = sessionState();
    if (state.kind !== 'unlocked') throw new Error(`expected unlocked, not ${state.kind}`);
    expect(legacyDataWaiting()).toBe(true);
    expect(await database().inspections.count()).toBe(0);
    const kept = new LegacyCaseAuditDatabase('case-audit');
    expect((await kept.inspections.get('insp-before'))?.title).toBe(inspection.title);
    kept.close();

    await lock('button');
    await startSession();
    expect(await unlock(state.person.personId, PASSPHRASE)).toEqual({ status: 'unlocked' });
    expect(legacyDataWaiting()).toBe(false);
    expect((await database().inspections.get('insp-before'))?.title).toBe(inspection.title);
  });
});
