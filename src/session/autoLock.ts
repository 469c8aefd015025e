/**
 * Auto-lock: the session locks after a time without input — keys, pointer, wheel or touch, in
 * this tab or (through the activity pings) in another. The time is the shortest of the person's
 * own setting (15 minutes unless they chose) and what the packs of their inspections set
 * (`autoLockMinutes`, made by the lead: "lock inspectors' devices after"). A lock on idle is the
 * Lock button's: unsaved work is flushed first (the caller's `onIdle`).
 */
import { AUTO_LOCK_DEFAULT_MINUTES, AUTO_LOCK_LIMITS, effectiveAutoLockMinutes } from '../core';
import { packAutoLockMinutes } from '../db/inspections/packAutoLock';
import { observe, type Subscription } from '../db/live';
import { setOwnAutoLock } from '../db/protection/keyring';
import {
  type Clock,
  createIdleTimer,
  createThrottle,
  type IdleTimer,
  systemClock,
} from './idleTimer';
import { sessionState } from './sessionState';
import { tellOtherTabs } from './tabChannel';

/** Input events that count as use. */
export const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
/** At most one "input happened" ping to the other tabs per this many milliseconds. */
export const ACTIVITY_PING_MS = 30_000;
const MINUTE_MS = 60_000;

type Running = {
  readonly personId: string;
  own: number | null;
  fromPacks: readonly number[];
  readonly timer: IdleTimer;
  readonly detach: () => void;
  packs: Subscription | null;
};

let running: Running | null = null;
let clock: Clock = systemClock;

/** Replaces the clock auto-lock counts with (tests); null restores the system's. */
export function useAutoLockClock(replacement: Clock | null): void {
  clock = replacement ?? systemClock;
}

export type AutoLockSettings = {
  /** The person's own setting, or the default when they have not chosen. */
  readonly own: number;
  /** The shortest their inspections' packs set, if any does. */
  readonly fromPacks: number | null;
  /** What applies: the shortest of the two. */
  readonly effective: number;
};

export function autoLockSettings(): AutoLockSettings {
  const own = running?.own ?? AUTO_LOCK_DEFAULT_MINUTES;
  const fromPacks = running?.fromPacks ?? [];
  return {
    own,
    fromPacks: fromPacks.length > 0 ? Math.min(...fromPacks) : null,
    effective: effectiveAutoLockMinutes(running?.own ?? undefined, fromPacks),
  };
}

/** The minutes without input after which the session locks. */
export function autoLockMinutes(): number {
  return autoLockSettings().effective;
}

function applyLimit(): void {
  running?.timer.setLimit(autoLockMinutes() * MINUTE_MS);
}

/** The person's own setting (whole minutes within AUTO_LOCK_LIMITS), kept with their keys. */
export async function setAutoLockMinutes(minutes: number): Promise<void> {
  if (
    !Number.isInteger(minutes) ||
    minutes < AUTO_LOCK_LIMITS.min ||
    minutes > AUTO_LOCK_LIMITS.max
  ) {
    throw new RangeError(
      `Auto-lock must be a whole number of minutes from ${AUTO_LOCK_LIMITS.min} to ${AUTO_LOCK_LIMITS.max}.`,
    );
  }
  const state = sessionState();
  if (state.kind !== 'unlocked') throw new Error('Unlock before changing when Case Audit locks.');
  await setOwnAutoLock(state.person.personId, minutes);
  if (running?.personId === state.person.personId) {
    running.own = minutes;
    applyLimit();
  }
}

/** Listens to input in this page; returns how to stop. */
function listenForInput(timer: IdleTimer): () => void {
  const mayPing = createThrottle(ACTIVITY_PING_MS, () => clock.now());
  const onInput = () => {
    timer.touch();
    if (mayPing()) tellOtherTabs({ type: 'activity' });
  };
  // A laptop that slept past the limit locks as soon as it is looked at again.
  const onVisible = () => {
    if (document.visibilityState === 'visible') timer.check();
  };
  if (typeof window === 'undefined') return () => undefined;
  const options = { capture: true, passive: true } as const;
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, options);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, options);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

/**
 * Starts counting for the person just unlocked. `own` is their own setting (null: the default);
 * the packs' settings are read from their space, and again whenever a pack brings a new one.
 */
export function startAutoLock(personId: string, own: number | null, onIdle: () => void): void {
  stopAutoLock();
  const limit = effectiveAutoLockMinutes(own ?? undefined, []) * MINUTE_MS;
  const timer = createIdleTimer(limit, onIdle, clock);
  const detach = listenForInput(timer);
  const state: Running = { personId, own, fromPacks: [], timer, detach, packs: null };
  running = state;
  const packs = observe(
    packAutoLockMinutes,
    (minutes) => {
      if (running !== state) return;
      state.fromPacks = minutes;
      applyLimit();
    },
    // Unreadable settings leave the person's own in force.
    () => undefined,
  );
  state.packs = packs;
}

/** Input in another tab: counts as input here. */
export function activityElsewhere(): void {
  running?.timer.touch();
}

export function stopAutoLock(): void {
  if (!running) return;
  running.timer.stop();
  running.detach();
  running.packs?.unsubscribe();
  running = null;
}
