/**
 * Pure list edits every part of the framework editor shares: each returns a new list and leaves
 * the one given unchanged, so a draft held by the autosave is never changed under it.
 */

/** The list with the entry at `from` moved to `to` (both clamped to the list). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [entry] = out.splice(from, 1);
  out.splice(target, 0, entry as T);
  return out;
}

/** The list without the entry at `at`. */
export function without<T>(list: readonly T[], at: number): T[] {
  return list.filter((_, i) => i !== at);
}

/** The list with `entry` inserted at `at` (at the end when `at` is past it or absent). */
export function inserted<T>(list: readonly T[], entry: T, at = list.length): T[] {
  const out = [...list];
  out.splice(Math.max(0, Math.min(out.length, at)), 0, entry);
  return out;
}

/** The list with the entry at `at` replaced by what `change` makes of it. */
export function replaced<T>(list: readonly T[], at: number, change: (entry: T) => T): T[] {
  return list.map((entry, i) => (i === at ? change(entry) : entry));
}

/** An id not yet taken: `question-1`, `question-2`, … */
export function uniqueId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}
