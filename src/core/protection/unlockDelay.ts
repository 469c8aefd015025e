/**
 * How long to wait after failed unlocks before the next try. Three slips are free; then the wait
 * doubles from 5 seconds up to 5 minutes, so guessing at the screen is hopeless while a person
 * who mistypes a few times is barely slowed. (Guessing from a copied profile is slowed by
 * Argon2id instead: this count lives in the same browser and only guards the unlock screen.)
 */
const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 5_000;
export const MAX_UNLOCK_DELAY_MS = 5 * 60_000;

export function unlockDelayMs(failures: number): number {
  if (!Number.isFinite(failures) || failures <= FREE_FAILURES) return 0;
  const doublings = Math.min(Math.floor(failures) - FREE_FAILURES - 1, 16);
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_UNLOCK_DELAY_MS);
}
