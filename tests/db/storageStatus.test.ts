/**
 * When the browser is asked to keep this device's data: once per device at a first write, and
 * again in every session at the first answer saved and the first import, never at every save;
 * never when it keeps the data already. The warning follows its last answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAnswer } from '../../src/db/cases/answerWriter';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  forgetPersistenceAsks,
  hideStorageWarning,
  requestPersistence,
  requestPersistenceOnFirstWrite,
  storageWarningShown,
} from '../../src/db/device/storageStatus';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const fixture = inspectionFixture();
const CASE = fixture.cases[0]!.id;
let n = 0;

/** The browser's storage manager: refuses until `grant` is set. */
function browserStorage(grant = false) {
  const state = { persisted: grant, grant };
  const persist = vi.fn(async () => {
    state.persisted = state.grant;
    return state.grant;
  });
  vi.stubGlobal('navigator', {
    storage: { persisted: async () => state.persisted, persist, estimate: async () => ({}) },
  });
  return { state, persist };
}

async function answer(itemId: string, value: string) {
  const outcome = await saveAnswer({
    caseId: CASE,
    itemId,
    patch: { value },
    base: { value: null, note: '', rev: 0 },
    by: 'ap',
    device: 'laptop-1',
  });
  expect(outcome.status).toBe('saved');
  // The ask runs after the save; this session's ask is the same promise.
  await requestPersistenceOnFirstWrite('answer');
}

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`storage-status-${n++}`, TEST_DATA_KEY));
  forgetPersistenceAsks();
  await storeInspectionFixture(database(), fixture);
});
afterEach(() => {
  vi.unstubAllGlobals();
  useDatabase(null);
});

describe('asking the browser to keep the data', () => {
  it('asks again at the first answer and the first import of every session, not at every save', async () => {
    const { persist } = browserStorage(false);
    // A first write of any kind: asked once for this device.
    await requestPersistenceOnFirstWrite();
    expect(persist).toHaveBeenCalledTimes(1);

    await answer('a1', 'yes');
    expect(persist).toHaveBeenCalledTimes(2);
    await answer('a2', 'no');
    expect(persist).toHaveBeenCalledTimes(2);

    await requestPersistenceOnFirstWrite('import');
    expect(persist).toHaveBeenCalledTimes(3);
    await requestPersistenceOnFirstWrite('import');
    expect(persist).toHaveBeenCalledTimes(3);

    // The next session (the app opened again): a first write does not ask again on this
    // device, but the first answer does.
    forgetPersistenceAsks();
    await requestPersistenceOnFirstWrite();
    expect(persist).toHaveBeenCalledTimes(3);
    await answer('a3', 'good');
    expect(persist).toHaveBeenCalledTimes(4);
  });

  it('never asks when the browser keeps the data already', async () => {
    const { persist } = browserStorage(true);
    await answer('a1', 'yes');
    await requestPersistenceOnFirstWrite('import');
    expect(persist).not.toHaveBeenCalled();
    expect(await storageWarningShown()).toBe(false);
  });

  it('warns after a refusal until the browser grants it, or the warning is hidden', async () => {
    const { state } = browserStorage(false);
    expect(await storageWarningShown()).toBe(false); // never asked: nothing to say yet
    await answer('a1', 'yes');
    expect(await storageWarningShown()).toBe(true);

    state.grant = true;
    expect(await requestPersistence()).toBe(true);
    expect(await storageWarningShown()).toBe(false);

    state.grant = false;
    state.persisted = false;
    forgetPersistenceAsks();
    await answer('a2', 'no');
    expect(await storageWarningShown()).toBe(true);
    await hideStorageWarning();
    expect(await storageWarningShown()).toBe(false);
  });
});
