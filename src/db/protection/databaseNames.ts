/**
 * The names of this device's IndexedDB databases. Apart from the keyring so that opening a
 * person's space (on the first screen's path) does not load the keyring and its validation.
 */

/** The people on this device and their wrapped keys (src/db/protection/keyring.ts). */
export const PEOPLE_DATABASE = 'case-audit-people';
/** The database from before protection; adopted into the first person's space, then deleted. */
export const LEGACY_DATABASE = 'case-audit';
export const SPACE_PREFIX = 'case-audit-space-';

/** The IndexedDB name of a person's space. */
export function spaceName(personId: string): string {
  return `${SPACE_PREFIX}${personId}`;
}
