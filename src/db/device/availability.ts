/**
 * Can this browser store data at all? Some private modes have no IndexedDB, or one that fails
 * on first write; the app says so plainly instead of failing later, silently. Asked before
 * anyone unlocks, so it tries a database of its own (holding nothing), deleted afterwards.
 */
import Dexie from 'dexie';

export type Availability = { available: true } | { available: false; reason: string };

const PROBE_DATABASE = 'case-audit-probe';

export async function checkStorageAvailable(): Promise<Availability> {
  if (typeof indexedDB === 'undefined') {
    return { available: false, reason: 'This browser does not offer IndexedDB storage.' };
  }
  const probe = new Dexie(PROBE_DATABASE);
  probe.version(1).stores({ probe: '&key' });
  try {
    await probe.open();
    // A real write: some private modes open the database and then refuse every write.
    await probe.table('probe').put({ key: 'probe', value: Date.now() });
    return { available: true };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { available: false, reason: `The browser refused to open local storage (${detail}).` };
  } finally {
    probe.close();
    await Dexie.delete(PROBE_DATABASE).catch(() => undefined);
  }
}
