/**
 * The idle timer behind auto-lock, on a fake clock: it fires once the limit has passed without
 * input, input counts again from then, a shorter limit applies at once, and a page that slept
 * past the limit locks as soon as it is looked at. The throttle keeps other tabs' pings to one
 * per interval.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, createThrottle } from '../../../src/session/idleTimer';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 9, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the idle timer', () => {
  it('fires once, when the limit has passed without input', () => {
    const onIdle = vi.fn();
    createIdleTimer(15 * MINUTE, onIdle);
    vi.advanceTimersByTime(15 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts again from the last input', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(15 * MINUTE, onIdle);
    vi.advanceTimersByTime(10 * MINUTE);
    timer.touch();
    vi.advanceTimersByTime(14 * MINUTE);
    timer.touch();
    vi.advanceTimersByTime(14 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('applies a shorter limit at once, counted from the last input', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(15 * MINUTE, onIdle);
    vi.advanceTimersByTime(3 * MINUTE);
    timer.touch();
    vi.advanceTimersByTime(4 * MINUTE);
    timer.setLimit(5 * MINUTE);
    vi.advanceTimersByTime(MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('fires at once when checked after the page slept past the limit', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(5 * MINUTE, onIdle, {
      now: () => Date.now(),
      // A sleeping laptop: timers do not run.
      setTimeout: () => 0,
      clearTimeout: () => undefined,
    });
    vi.setSystemTime(Date.now() + 6 * MINUTE);
    timer.check();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never fires once stopped', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer(MINUTE, onIdle);
    timer.stop();
    vi.advanceTimersByTime(10 * MINUTE);
    timer.check();
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('the activity throttle', () => {
  it('opens at most once per interval', () => {
    const mayPing = createThrottle(30_000);
    expect(mayPing()).toBe(true);
    vi.advanceTimersByTime(29_999);
    expect(mayPing()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(mayPing()).toBe(true);
    expect(mayPing()).toBe(false);
  });
});
