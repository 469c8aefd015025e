/**
 * Records that could not be unsealed: tampered with, moved to another id, or sealed with
 * another key. They are never shown as data and never thrown into a screen; the sealing
 * middleware leaves them out and reports them here, and a screen says how many are not shown.
 */

export type DamagedRecord = { readonly table: string; readonly key: string };

const found: DamagedRecord[] = [];
const seen = new Set<string>();
const listeners = new Set<(records: readonly DamagedRecord[]) => void>();

/** Every record found damaged since the space was opened, each once. */
export function damagedRecords(): readonly DamagedRecord[] {
  return found.slice();
}

/** Called with the whole list whenever a newly damaged record is found; returns the unsubscribe. */
export function onDamagedRecord(listener: (records: readonly DamagedRecord[]) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Notes a record that failed to unseal (the sealing middleware's only way to report it). */
export function reportDamagedRecord(table: string, key: string): void {
  const id = `${table}\n${key}`;
  if (seen.has(id)) return;
  seen.add(id);
  found.push({ table, key });
  const snapshot = damagedRecords();
  for (const listener of listeners) listener(snapshot);
}

/** Forgets what was found: a space closed, or another opened. */
export function clearDamagedRecords(): void {
  found.length = 0;
  seen.clear();
  const snapshot = damagedRecords();
  for (const listener of listeners) listener(snapshot);
}
