/**
 * Workers read the unlocked person's space: the page sends the space with every call, and a
 * worker opens it before the call runs; without it, a worker has no database and says so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeSpace, database, openSpace } from '../../src/db/connection';
import { workerBridge } from '../../src/workers/workerBridge';
import {
  type CallMessage,
  type ReplyMessage,
  serveHandlers,
} from '../../src/workers/workerProtocol';
import { enterWorkerSpace, setWorkerSpace } from '../../src/workers/workerSpace';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const handlers = {
  note: async () => (await database().meta.get('note'))?.value,
};

afterEach(() => {
  setWorkerSpace(null);
  closeSpace();
  vi.unstubAllGlobals();
  vi.spyOn(console, 'error').mockRestore();
});

/** A worker's side, as its entry file wires it, and what it replies. */
function workerSide(enter?: typeof enterWorkerSpace) {
  const replies: ReplyMessage[] = [];
  const scope: Parameters<typeof serveHandlers>[1] = {
    onmessage: null,
    postMessage: (message) => replies.push(message),
  };
  serveHandlers(handlers, scope, enter);
  const send = (message: CallMessage) =>
    scope.onmessage?.({ data: message } as MessageEvent<CallMessage>);
  return { replies, send };
}

describe('the space in a worker', () => {
  it('opens the space a call names before running it', async () => {
    openSpace('person-w', TEST_DATA_KEY);
    await database().meta.put({ key: 'note', value: 'sealed in the space' });
    closeSpace();
    const worker = workerSide(enterWorkerSpace);
    worker.send({
      id: 1,
      name: 'note',
      args: null,
      space: { personId: 'person-w', dataKey: TEST_DATA_KEY },
    });
    await vi.waitFor(() =>
      expect(worker.replies).toEqual([{ id: 1, kind: 'result', value: 'sealed in the space' }]),
    );
  });

  it('has no database without a space', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const worker = workerSide();
    worker.send({ id: 1, name: 'note', args: null });
    await vi.waitFor(() => expect(worker.replies[0]).toMatchObject({ kind: 'error' }));
    expect(worker.replies[0]).toMatchObject({ message: expect.stringMatching(/^LockedError/) });
  });

  it('the page sends the unlocked space with every call', async () => {
    const sent: CallMessage[] = [];
    const fake = {
      onmessage: null as ((event: MessageEvent<ReplyMessage>) => void) | null,
      onerror: null,
      postMessage(message: CallMessage) {
        sent.push(message);
        queueMicrotask(() =>
          fake.onmessage?.({
            data: { id: message.id, kind: 'result', value: 'done' },
          } as MessageEvent<ReplyMessage>),
        );
      },
      terminate: () => undefined,
    };
    vi.stubGlobal('Worker', class {});
    const bridge = workerBridge<typeof handlers>({ start: () => fake as unknown as Worker });
    const space = { personId: 'person-w', dataKey: TEST_DATA_KEY };
    setWorkerSpace(space);
    expect(await bridge.call('note', null)).toBe('done');
    expect(sent[0]?.space).toEqual(space);
    bridge.stop();
  });
});
