/**
 * The people database, "case-audit-people", through Dexie: the keyring's (keyring.ts) way to
 * read and write people's records. The unlock screen's list reads it without Dexie (people.ts).
 */
import Dexie, { type Table } from 'dexie';
import { PEOPLE_DATABASE } from './databaseNames';
import type { StoredPerson } from './people';

class PeopleDatabase extends Dexie {
  people!: Table<StoredPerson, string>;

  constructor() {
    // Strict durability: a new passphrase reported as set is on disk (src/db/database.ts).
    super(PEOPLE_DATABASE, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ people: 'personId' });
  }
}

let opened: PeopleDatabase | null = null;

export function peopleDatabase(): PeopleDatabase {
  opened ??= new PeopleDatabase();
  return opened;
}

/** Closes it (before the database is deleted); the next use opens it again. */
export function closePeopleDatabase(): void {
  opened?.close();
  opened = null;
}
