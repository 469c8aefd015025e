/**
 * When the space closes (a lock, or the device being erased in this tab or another), every
 * running worker is stopped at once: none keeps the person's space and key open, and an erase
 * never waits for a worker to go idle. Calls then in flight end as aborted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerBridge } from '../../../src/workers/workerBridge';
import { setWorkerSpace } from '../../../src/workers/workerSpace';

/** A worker that never answers, and says whether it was terminated. */
class SilentWorker {
  static made: SilentWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    SilentWorker.made.push(this);
  }
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  SilentWorker.made = [];
});

describe('workers when the space closes', () => {
  it('stops a running worker and aborts its call; a space opened again starts a new one', async () => {
    vi.stubGlobal('Worker', SilentWorker);
    const bridge = workerBridge<{ work: (args: null) => Promise<string> }>({
      start: () => new SilentWorker() as unknown as Worker,
    });
    const key = { personId: 'p1', dataKey: {} as CryptoKey };
    setWorkerSpace(key);
    const call = bridge.call('work', null);
    expect(SilentWorker.made).toHaveLength(1);

    setWorkerSpace(null);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(SilentWorker.made[0]!.terminated).toBe(true);

    setWorkerSpace(key);
    void bridge.call('work', null).catch(() => undefined);
    expect(SilentWorker.made).toHaveLength(2);
    expect(SilentWorker.made[1]!.terminated).toBe(false);
    setWorkerSpace(null);
    expect(SilentWorker.made[1]!.terminated).toBe(true);
  });

  it('leaves workers running while a space is open or opened', () => {
    vi.stubGlobal('Worker', SilentWorker);
    const bridge = workerBridge<{ work: (args: null) => Promise<string> }>({
      start: () => new SilentWorker() as unknown as Worker,
    });
    setWorkerSpace({ personId: 'p1', dataKey: {} as CryptoKey });
    void bridge.call('work', null).catch(() => undefined);
    setWorkerSpace({ personId: 'p2', dataKey: {} as CryptoKey });
    expect(SilentWorker.made[0]!.terminated).toBe(false);
    bridge.stop();
  });
});
