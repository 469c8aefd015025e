/**
 * Whether the database from before protection is there and holds an inspection or a framework
 * being written (the set-up screen says its data will be taken in). Read before anyone unlocks,
 * so without Dexie or the app's schema (the first screen stays small); adopting it
 * (adoptLegacy.ts) opens it with the schema and its upgrades.
 */
import { countRecords, openIfExists } from '../rawIndexedDb';
import { LEGACY_DATABASE } from './databaseNames';

/** `name`: the old database's (tests use their own). */
export async function legacyDataPresent(name: string = LEGACY_DATABASE): Promise<boolean> {
  const legacy = await openIfExists(name);
  if (!legacy) return false;
  try {
    return (
      (await countRecords(legacy, 'inspections')) > 0 ||
      (await countRecords(legacy, 'frameworkDrafts')) > 0
    );
  } finally {
    legacy.close();
  }
}
