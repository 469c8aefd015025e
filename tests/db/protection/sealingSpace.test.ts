/**
 * A person's space: opened with their data key, closed when Case Audit locks, and no database
 * at all in between.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeSpace,
  database,
  LockedError,
  openSpace,
  useDatabase,
} from '../../../src/db/connection';
import { damagedRecords, reportDamagedRecord } from '../../../src/db/protection/damagedRecords';
import { TEST_DATA_KEY } from '../../fixtures/testDataKey';
import { rawRecords, rawText } from './rawDatabase';

let n = 0;
afterEach(() => useDatabase(null));

describe('a person’s space', () => {
  it('is no database at all until it is opened: reads and writes are refused as locked', () => {
    useDatabase(null);
    expect(() => database()).toThrow(LockedError);
    expect(() => database()).toThrow(/locked/);
  });

  it('opens under the person’s id, seals what is written, and reads it again after a lock', async () => {
    const person = `person-${n++}`;
    const db = openSpace(person, TEST_DATA_KEY);
    expect(db.name).toBe(`case-audit-space-${person}`);
    expect(database()).toBe(db);
    await database().meta.put({ key: 'device.name', value: 'Amira’s laptop' });
    expect(rawText(await rawRecords(db.name))).not.toContain('Amira');

    reportDamagedRecord('meta', '"x"');
    closeSpace();
    expect(() => database()).toThrow(LockedError);
    expect(damagedRecords()).toEqual([]);

    openSpace(person, TEST_DATA_KEY);
    expect(await database().meta.get('device.name')).toEqual({
      key: 'device.name',
      value: 'Amira’s laptop',
    });
  });

  it('opening another person’s space closes the first', async () => {
    const first = openSpace(`person-${n++}`, TEST_DATA_KEY);
    await first.open();
    const second = openSpace(`person-${n++}`, TEST_DATA_KEY);
    expect(first.isOpen()).toBe(false);
    expect(database()).toBe(second);
  });
});
