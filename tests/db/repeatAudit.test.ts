import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase, type RegisterRecord } from '../../src/db/database';
import { auditsToCompare, repeatAudit } from '../../src/db/inspections/repeatAudit';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const NOW = () => new Date('2027-01-05T10:00:00.000Z');
const REGISTER: RegisterRecord = {
  inspectionId: 'audit-2025',
  updatedAt: '2026-04-01T09:00:00.000Z',
  recommendations: [{ id: 'rec-1', text: 'Allocate every case within five working days' }],
};

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`repeat-audit-${n++}`, TEST_DATA_KEY));
  const earlier = inspectionFixture({ id: 'audit-2025', caseCount: 4 });
  await storeInspectionFixture(database(), {
    ...earlier,
    inspection: { ...earlier.inspection, kind: 'self-audit', title: 'Placed away 2025' },
  });
  await database().registers.put(REGISTER);
});
afterEach(() => useDatabase(null));

describe('repeating an audit', () => {
  it('makes a new audit with the same settings and no work, and copies the register forward', async () => {
    const outcome = await repeatAudit('audit-2025', { now: NOW, newId: () => 'audit-2026' });
    expect(outcome).toMatchObject({ status: 'saved', registerCopied: true });
    const db = database();
    const [earlier, repeat] = await Promise.all([
      db.inspections.get('audit-2025'),
      db.inspections.get('audit-2026'),
    ]);
    expect(repeat).toMatchObject({
      title: 'Placed away 2025 (repeat)',
      kind: 'self-audit',
      framework: earlier!.framework,
      organisations: earlier!.organisations,
      areas: earlier!.areas,
      strata: earlier!.strata,
      team: earlier!.team,
      sampling: null,
      repeatOf: 'audit-2025',
      createdAt: '2027-01-05T10:00:00.000Z',
    });
    expect(await db.cases.where('inspectionId').equals('audit-2026').count()).toBe(0);
    expect(await db.answerValues.where('inspectionId').equals('audit-2026').count()).toBe(0);
    expect(await db.registers.get('audit-2026')).toEqual({
      ...REGISTER,
      inspectionId: 'audit-2026',
    });
    // The earlier audit keeps its own.
    expect(await db.registers.get('audit-2025')).toEqual(REGISTER);
    expect(await db.cases.where('inspectionId').equals('audit-2025').count()).toBe(4);
  });

  it('copies no register when the earlier audit has none', async () => {
    await database().registers.delete('audit-2025');
    const outcome = await repeatAudit('audit-2025', { now: NOW, newId: () => 'audit-2026' });
    expect(outcome).toMatchObject({ status: 'saved', registerCopied: false });
    expect(await database().registers.get('audit-2026')).toBeUndefined();
  });

  it('says so when the earlier audit is not on this device', async () => {
    expect(await repeatAudit('gone')).toEqual({
      status: 'missing',
      message: 'This inspection is no longer on this device.',
    });
  });

  it('writes nothing when the write fails part-way', async () => {
    // A register row is already kept under the new id: the audit is added, then copying the
    // register fails, and the one transaction takes the audit back out.
    await database().registers.put({ ...REGISTER, inspectionId: 'orphan' });
    const outcome = await repeatAudit('audit-2025', { now: NOW, newId: () => 'orphan' });
    expect(outcome.status).toBe('failed');
    expect(await database().inspections.get('orphan')).toBeUndefined();
  });
});

describe('the audits an audit can be compared with', () => {
  it('lists the others on the same version and picks the one a repeat repeats', async () => {
    await repeatAudit('audit-2025', { now: NOW, newId: () => 'audit-2026' });
    const found = await auditsToCompare('audit-2026');
    expect(found?.audits.map((a) => a.id)).toEqual(['audit-2025']);
    expect(found?.chosen).toBe('audit-2025');
    expect(await auditsToCompare('gone')).toBeNull();
  });
});
