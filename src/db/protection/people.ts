/**
 * The list of people the unlock screen offers: what the first screen reads before anyone has
 * unlocked, read without Dexie (rawIndexedDb.ts). Apart from the keyring (keyring.ts), which
 * checks every record in full, wrapped keys included, before it unwraps or rewrites anything,
 * through the people database (peopleDatabase.ts): those load with unlocking.
 */
import { readAll } from '../rawIndexedDb';
import { PEOPLE_DATABASE } from './databaseNames';

export type PersonSummary = {
  personId: string;
  name: string;
  createdAt: string;
  deviceUnlock: boolean;
  failures: number;
  nextAttemptAt: string | null;
  /** The person's own auto-lock setting, when they chose one. */
  ownAutoLockMinutes?: number;
};

/** A person's record as stored; keyring.ts holds its full schema. */
export type StoredPerson = {
  personId: string;
  name: string;
  createdAt: string;
  keys: unknown[];
  failures: number;
  nextAttemptAt: string | null;
  autoLockMinutes?: number | undefined;
};

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * What the unlock screen shows of a stored record; null when it is not a person record. Only
 * the listed fields are read: whether a wrapped key opens anything is the keyring's to check.
 */
function summaryOf(value: unknown): PersonSummary | null {
  const person = value as Partial<StoredPerson> | null;
  if (
    !person ||
    !isText(person.personId) ||
    !isText(person.name) ||
    person.name === '' ||
    !isText(person.createdAt) ||
    typeof person.failures !== 'number' ||
    !(person.nextAttemptAt === null || isText(person.nextAttemptAt)) ||
    !Array.isArray(person.keys)
  ) {
    return null;
  }
  const device = person.keys.some((key) => (key as { method?: unknown })?.method === 'device');
  return {
    personId: person.personId,
    name: person.name,
    createdAt: person.createdAt,
    deviceUnlock: device,
    failures: person.failures,
    nextAttemptAt: person.nextAttemptAt,
    ...(typeof person.autoLockMinutes === 'number'
      ? { ownAutoLockMinutes: person.autoLockMinutes }
      : {}),
  };
}

/** The people on this device, by name. */
export async function listPeople(): Promise<PersonSummary[]> {
  const people = (await readAll(PEOPLE_DATABASE, 'people')).flatMap((value) => {
    const person = summaryOf(value);
    return person ? [person] : [];
  });
  return people.sort(
    (a, b) => a.name.localeCompare(b.name, 'en-GB') || a.createdAt.localeCompare(b.createdAt),
  );
}
