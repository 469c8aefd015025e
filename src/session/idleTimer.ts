/**
 * The idle timer behind auto-lock: told of every input, it calls `onIdle` once no input has come
 * for the limit. One timeout at a time, set for the earliest moment the limit could be reached
 * and checked again when it fires, so input costs a number written, not a timer reset. Plain
 * `setTimeout` and `Date.now` (replaceable), so a test's fake clock drives it.
 */
export type Clock = {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type IdleTimer = {
  /** Input now: the limit counts again from here. */
  touch(): void;
  /** Whether the limit has passed without input (checked at once, as after a sleeping laptop wakes). */
  check(): void;
  /** A new limit, counted from the last input. */
  setLimit(ms: number): void;
  stop(): void;
};

export function createIdleTimer(
  limitMs: number,
  onIdle: () => void,
  clock: Clock = systemClock,
): IdleTimer {
  let limit = limitMs;
  let last = clock.now();
  let handle: unknown = null;
  let stopped = false;

  const schedule = () => {
    if (handle !== null) clock.clearTimeout(handle);
    handle = null;
    if (stopped) return;
    handle = clock.setTimeout(check, Math.max(0, last + limit - clock.now()));
  };
  function check() {
    if (stopped) return;
    if (clock.now() - last >= limit) {
      stopped = true;
      if (handle !== null) clock.clearTimeout(handle);
      handle = null;
      onIdle();
    } else schedule();
  }
  schedule();
  return {
    touch() {
      last = clock.now();
    },
    check,
    setLimit(ms) {
      limit = ms;
      schedule();
    },
    stop() {
      stopped = true;
      if (handle !== null) clock.clearTimeout(handle);
      handle = null;
    },
  };
}

/**
 * A gate that opens at most once per interval: input in one tab tells the others it happened,
 * but not on every key.
 */
export function createThrottle(
  intervalMs: number,
  now: () => number = () => Date.now(),
): () => boolean {
  let lastOpened = Number.NEGATIVE_INFINITY;
  return () => {
    const t = now();
    if (t - lastOpened < intervalMs) return false;
    lastOpened = t;
    return true;
  };
}
