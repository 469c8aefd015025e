/**
 * A copy of an object with one key set, or left out when its value is `undefined`: the
 * framework's format has no empty optional fields, so an emptied one is removed.
 */
export function withKey<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K] | undefined,
): T {
  const next = { ...object };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
