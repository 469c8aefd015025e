/**
 * The team server this person's copy of the app is connected to by its address, and the token
 * of their session there (core's `TeamConnection`), kept in their space under `teamConnection`:
 * sealed with the rest when the device is protected, never in localStorage. None kept, or one
 * that no longer reads (written by another version): the page's own origin.
 */
import { SAME_ORIGIN, type TeamConnection, teamConnectionSchema } from '../../core';
import { database, retrying } from '../connection';

/** Not under `serverSync:`, whose keys are the inspections that sync. */
const KEY = 'teamConnection';

export async function keptConnection(): Promise<TeamConnection> {
  const stored = await database().meta.get(KEY);
  const read = teamConnectionSchema.safeParse(stored?.value);
  return read.success ? read.data : SAME_ORIGIN;
}

/** Keeps `connection`; the page's own origin is kept as nothing at all. */
export async function keepConnection(connection: TeamConnection): Promise<void> {
  const value = teamConnectionSchema.parse(connection);
  await retrying(async (db) => {
    if (value.address === '') await db.meta.delete(KEY);
    else await db.meta.put({ key: KEY, value });
  });
}
