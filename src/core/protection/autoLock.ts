/**
 * How many minutes without input before Case Audit locks itself. A person sets their own; a lead
 * can set it for an inspection's devices through the pack. The shortest applies, so neither can
 * leave a device open longer than the other asked.
 */
export const AUTO_LOCK_DEFAULT_MINUTES = 15;
export const AUTO_LOCK_LIMITS: { readonly min: number; readonly max: number } = { min: 1, max: 60 };

function withinLimits(minutes: number): number {
  return Math.min(AUTO_LOCK_LIMITS.max, Math.max(AUTO_LOCK_LIMITS.min, Math.round(minutes)));
}

/** The minutes that apply: the shortest of the person's own (or the default) and every pack's. */
export function effectiveAutoLockMinutes(
  own: number | undefined,
  fromPacks: readonly number[],
): number {
  const mine = own !== undefined && Number.isFinite(own) ? own : AUTO_LOCK_DEFAULT_MINUTES;
  return withinLimits(Math.min(mine, ...fromPacks.filter((n) => Number.isFinite(n))));
}
