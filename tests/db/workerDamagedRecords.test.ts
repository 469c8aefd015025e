/**
 * A record a worker finds damaged is heard of on the page: a worker has its own copy of every
 * module, so its list of damaged records is not the one the page's banner shows. Here the worker
 * side is a second copy of the modules (as a worker would load them), joined to the page's
 * bridge by messages, and reads the same space from the same disk.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeSpace, database, openSpace } from '../../src/db/connection';
import {
  clearDamagedRecords,
  damagedRecords,
  onDamagedRecord,
} from '../../src/db/protection/damagedRecords';
import { spaceName } from '../../src/db/protection/databaseNames';
import { workerBridge } from '../../src/workers/workerBridge';
import type { CallMessage, Handlers, ReplyMessage } from '../../src/workers/workerProtocol';
import { setWorkerSpace } from '../../src/workers/workerSpace';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { flipByte } from './protection/rawDatabase';

const fixture = inspectionFixture({ caseCount: 3 });
const [DAMAGED, ...OTHERS] = fixture.cases;

/** The modules as a worker loads them: its own copies, its own database connection. */
async function workerModules() {
  vi.resetModules();
  const [connection, protocol, space, damaged] = await Promise.all([
    import('../../src/db/connection'),
    import('../../src/workers/workerProtocol'),
    import('../../src/workers/workerSpace'),
    import('../../src/db/protection/damagedRecords'),
  ]);
  return { connection, protocol, space, damaged };
}
type WorkerModules = Awaited<ReturnType<typeof workerModules>>;

/** The worker's handlers, reading the space the worker opened. */
function caseRefsIn(modules: WorkerModules) {
  return {
    caseRefs: async () => (await modules.connection.database().cases.toArray()).map((c) => c.ref),
  } satisfies Handlers;
}

/** A Worker whose messages, copied as the browser copies them, reach the worker's modules. */
function fakeWorker(modules: WorkerModules) {
  const worker = {
    onmessage: null as ((event: MessageEvent<ReplyMessage>) => void) | null,
    onerror: null,
    postMessage(message: CallMessage) {
      setTimeout(() => scope.onmessage?.({ data: message } as MessageEvent<CallMessage>), 0);
    },
    terminate: () => undefined,
  };
  const scope: Parameters<WorkerModules['protocol']['serveHandlers']>[1] = {
    onmessage: null,
    postMessage: (reply) =>
      setTimeout(
        () => worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<ReplyMessage>),
        0,
      ),
  };
  modules.protocol.serveHandlers(caseRefsIn(modules), scope, modules.space.enterWorkerSpace);
  return worker as unknown as Worker;
}

let n = 0;
let personId = '';
let inWorker: WorkerModules;

beforeEach(async () => {
  personId = `person-damaged-${n++}`;
  openSpace(personId, TEST_DATA_KEY);
  await storeInspectionFixture(database(), fixture);
  await flipByte(spaceName(personId), 'cases', DAMAGED!.id);
  clearDamagedRecords();
  setWorkerSpace({ personId, dataKey: TEST_DATA_KEY });
  inWorker = await workerModules();
  vi.stubGlobal('Worker', class {});
});

afterEach(() => {
  inWorker.connection.closeSpace();
  setWorkerSpace(null);
  closeSpace();
  vi.unstubAllGlobals();
  vi.spyOn(console, 'error').mockRestore();
});

describe('damaged records found in a worker', () => {
  it('reach the page, each once, however often the worker meets them', async () => {
    const heard: number[] = [];
    const stop = onDamagedRecord((records) => heard.push(records.length));
    const bridge = workerBridge<ReturnType<typeof caseRefsIn>>({
      start: () => fakeWorker(inWorker),
    });

    const refs = await bridge.call('caseRefs', undefined);
    expect(refs.sort()).toEqual(OTHERS.map((c) => c.ref).sort());
    expect(damagedRecords()).toEqual([{ table: 'cases', key: JSON.stringify(DAMAGED!.id) }]);

    await bridge.call('caseRefs', undefined);
    expect(damagedRecords()).toHaveLength(1);
    expect(heard).toEqual([1]);
    stop();
    bridge.stop();
  });

  it('are heard of again on the page after the page forgot them (another space opened)', async () => {
    const bridge = workerBridge<ReturnType<typeof caseRefsIn>>({
      start: () => fakeWorker(inWorker),
    });
    await bridge.call('caseRefs', undefined);
    clearDamagedRecords();
    await bridge.call('caseRefs', undefined);
    expect(damagedRecords()).toEqual([{ table: 'cases', key: JSON.stringify(DAMAGED!.id) }]);
    bridge.stop();
  });

  it('are reported on the page where the work runs on the page (no workers)', async () => {
    vi.unstubAllGlobals();
    const onPage = { caseRefs: async () => (await database().cases.toArray()).map((c) => c.ref) };
    const bridge = workerBridge<typeof onPage>({ local: async () => onPage });
    expect((await bridge.call('caseRefs', undefined)).sort()).toEqual(
      OTHERS.map((c) => c.ref).sort(),
    );
    expect(damagedRecords()).toEqual([{ table: 'cases', key: JSON.stringify(DAMAGED!.id) }]);
  });
});

describe('a worker once the page locks', () => {
  it('lets go of the space: nothing more is read, nothing found before is kept', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bridge = workerBridge<ReturnType<typeof caseRefsIn>>({
      start: () => fakeWorker(inWorker),
    });
    await bridge.call('caseRefs', undefined);
    expect(inWorker.damaged.damagedRecords()).toHaveLength(1);

    setWorkerSpace(null);
    await expect(bridge.call('caseRefs', undefined)).rejects.toThrow(/^LockedError/);
    expect(inWorker.damaged.damagedRecords()).toEqual([]);

    // The same person unlocks again: the worker opens the space afresh.
    setWorkerSpace({ personId, dataKey: TEST_DATA_KEY });
    clearDamagedRecords();
    await bridge.call('caseRefs', undefined);
    expect(damagedRecords()).toHaveLength(1);
    bridge.stop();
  });
});
