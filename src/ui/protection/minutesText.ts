/** Reading a number of minutes typed for auto-lock: whole minutes within the limits. */
import { AUTO_LOCK_LIMITS } from '../../core';
import { t } from '../i18n/translate';

/** Whole minutes within the limits, or null. */
export function readMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= AUTO_LOCK_LIMITS.min && minutes <= AUTO_LOCK_LIMITS.max ? minutes : null;
}

/** Said when the minutes typed are not whole minutes within the limits. */
export function minutesProblem(): string {
  return t('protection', 'Enter a whole number of minutes from {min} to {max}', {
    min: AUTO_LOCK_LIMITS.min,
    max: AUTO_LOCK_LIMITS.max,
  });
}

/** The same, in English, for the pack export screen until it takes `minutesProblem`. */
export const MINUTES_PROBLEM = `Enter a whole number of minutes from ${AUTO_LOCK_LIMITS.min} to ${AUTO_LOCK_LIMITS.max}`;
