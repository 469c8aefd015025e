/**
 * Can this browser store data at all? Some private modes have no IndexedDB, or one that fails
 * on first write; the app says so plainly instead of failing later, silently.
 */
import { database } from '../connection';

export type Availability = { available: true } | { available: false; reason: string };

export async function checkStorageAvailable(): Promise<Availability> {
  if (typeof indexedDB === 'undefined') {
    return { available: false, reason: 'This browser does not offer IndexedDB storage.' };
  }
  try {
    const db = database();
    await db.open();
    // A real write: some private modes open the database and then refuse every write.
    await db.meta.put({ key: 'storage.probe', value: Date.now() });
    return { available: true };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { available: false, reason: `The browser refused to open local storage (${detail}).` };
  }
}
