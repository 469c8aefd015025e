import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Inspection } from '../../src/core';
import { caseAnswers } from '../../src/db/cases/answerStore';
import { importAnswers } from '../../src/db/cases/answerWriter';
import { database, useDatabase } from '../../src/db/connection';
import type { ConflictRecord } from '../../src/db/database';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  addCases,
  assignCases,
  casesWithProgress,
  listCases,
} from '../../src/db/inspections/caseListStore';
import {
  caseUsage,
  createInspection,
  deleteInspection,
  inspectionContents,
  updateInspection,
} from '../../src/db/inspections/inspectionStore';
import { replacePopulation } from '../../src/db/inspections/populationStore';
import { draft, storeFramework } from '../fixtures/inspectionSetup';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const at = (iso: string) => () => new Date(iso);
const writer = { by: 'lead', device: 'laptop-1', source: 'cases.csv' };

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`test-inspections-${n++}`, TEST_DATA_KEY));
  await storeFramework(database());
});
afterEach(() => useDatabase(null));

async function created(overrides = {}, id = 'insp-1'): Promise<Inspection> {
  const outcome = await createInspection(draft(overrides), {
    newId: () => id,
    now: at('2026-03-01T09:00:00.000Z'),
  });
  if (outcome.status !== 'saved') throw new Error(JSON.stringify(outcome));
  return outcome.inspection;
}

describe('creating an inspection', () => {
  it('stores it pinned to the framework version, with no sample yet', async () => {
    const inspection = await created({ title: '  Placed away from home  ' });
    expect(inspection).toMatchObject({
      id: 'insp-1',
      title: 'Placed away from home',
      framework: { id: 'setup-test', version: '1.0.0' },
      sampling: null,
      example: false,
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(await database().inspections.get('insp-1')).toEqual(inspection);
  });

  it('refuses a draft with every problem named, and stores nothing', async () => {
    const outcome = await createInspection(
      draft({
        title: ' ',
        areas: [
          { id: 'a', name: 'Leeds' },
          { id: 'b', name: ' leeds ' },
        ],
        team: [{ id: 'ap', name: 'A. Patel', role: 'inspector' }],
        fieldwork: { start: '2026-03-06', end: '2026-03-02' },
      }),
    );
    expect(outcome).toEqual({
      status: 'invalid',
      errors: [
        { path: 'title', message: 'Enter a title for the inspection' },
        {
          path: 'areas[1].name',
          message: 'Area 2 has the same name as area 1 (leeds): give each its own name',
        },
        {
          path: 'team',
          message: 'Make at least one team member the lead (who runs the fieldwork)',
        },
        {
          path: 'fieldwork.end',
          message: 'The fieldwork end date must be the same as or after the start date',
        },
      ],
    });
    expect(await database().inspections.count()).toBe(0);
  });

  it('needs at least one area', async () => {
    const outcome = await createInspection(draft({ areas: [] }));
    expect(outcome.status === 'invalid' && outcome.errors).toEqual([
      { path: 'areas', message: 'Add at least one area (a site, service or team)' },
    ]);
  });

  it('refuses a framework version that is not on this device', async () => {
    const outcome = await createInspection(
      draft({ framework: { id: 'setup-test', version: '9.9.9' } }),
    );
    expect(outcome.status === 'invalid' && outcome.errors[0]?.path).toBe('framework');
    expect(await database().inspections.count()).toBe(0);
  });
});

describe('changing an inspection', () => {
  it('never changes the pinned framework version', async () => {
    await created();
    const outcome = await updateInspection(
      'insp-1',
      draft({ framework: { id: 'setup-test', version: '2.0.0' } }),
    );
    expect(outcome).toEqual({
      status: 'invalid',
      errors: [
        {
          path: 'framework',
          message:
            'This inspection is pinned to setup-test@1.0.0; to move it to another version, use Move to another version in its settings',
        },
      ],
    });
    expect((await database().inspections.get('insp-1'))?.framework.version).toBe('1.0.0');
  });

  it('refuses to remove an area, stratum or member that cases use, saying how many', async () => {
    const inspection = await created();
    await addCases(
      'insp-1',
      [
        { ref: 'LAC-01-01', areaId: 'north', stratumId: 'host', inspectorId: 'ap' },
        { ref: 'LAC-01-02', areaId: 'north', stratumId: 'host', inspectorId: null },
      ],
      writer,
    );
    const outcome = await updateInspection(
      'insp-1',
      draft({
        areas: inspection.areas.filter((a) => a.id !== 'north'),
        strata: inspection.strata.filter((s) => s.id !== 'host'),
        team: inspection.team.filter((m) => m.id !== 'ap'),
      }),
    );
    expect(outcome.status === 'invalid' && outcome.errors.map((e) => e.message)).toEqual([
      'Northtown cannot be removed: 2 cases are in this area',
      'Host cannot be removed: 2 cases are in this stratum',
      'A. Patel cannot be removed: 1 case is assigned to them. Assign it to someone else first',
    ]);
    const usage = await caseUsage('insp-1');
    expect(usage.byArea.get('north')).toBe(2);
  });

  it('renames and removes unused rows, keeping the ids cases refer to', async () => {
    await created();
    const outcome = await updateInspection(
      'insp-1',
      draft({
        areas: [
          { id: 'north', name: 'North Town YOT' },
          { id: 'south', name: 'Southvale' },
        ],
      }),
      at('2026-03-03T10:00:00.000Z'),
    );
    expect(outcome.status === 'saved' && outcome.inspection.areas).toEqual([
      { id: 'north', name: 'North Town YOT' },
      { id: 'south', name: 'Southvale' },
    ]);
    expect(outcome.status === 'saved' && outcome.inspection.updatedAt).toBe(
      '2026-03-03T10:00:00.000Z',
    );
  });
});

describe('adding cases', () => {
  it('writes the cases and their profile answers, with history via import, in one go', async () => {
    await created();
    const outcome = await addCases(
      'insp-1',
      [
        {
          ref: 'LAC-01-07',
          areaId: 'north',
          stratumId: 'host',
          inspectorId: null,
          profile: { age: 15, gender: 'female' },
        },
      ],
      { ...writer, newId: () => 'case-1', now: at('2026-03-02T09:00:00.000Z') },
    );
    expect(outcome).toEqual({ status: 'saved', created: 1, skipped: [] });
    expect(await database().cases.get('case-1')).toMatchObject({
      ref: 'LAC-01-07',
      status: 'not-started',
      role: 'sample',
    });
    const answers = await caseAnswers(database(), 'case-1');
    expect(answers.map((a) => [a.itemId, a.value, a.rev, a.by])).toEqual([
      ['age', 15, 1, 'lead'],
      ['gender', 'female', 1, 'lead'],
    ]);
    const history = await database().answerHistory.where('caseId').equals('case-1').toArray();
    expect(history.map((h) => [h.itemId, h.via, h.source])).toEqual([
      ['age', 'import', 'cases.csv'],
      ['gender', 'import', 'cases.csv'],
    ]);
  });

  it('refuses the whole list when a reference is already a case (in any letter case)', async () => {
    await created();
    await addCases(
      'insp-1',
      [{ ref: 'LAC-01-07', areaId: 'north', stratumId: 'host', inspectorId: null }],
      writer,
    );
    const again = await addCases(
      'insp-1',
      [
        { ref: 'LAC-01-08', areaId: 'north', stratumId: 'host', inspectorId: null },
        { ref: 'lac-01-07', areaId: 'north', stratumId: 'host', inspectorId: null },
      ],
      writer,
    );
    expect(again).toEqual({ status: 'duplicates', refs: ['lac-01-07'] });
    expect((await listCases('insp-1')).map((c) => c.ref)).toEqual(['LAC-01-07']);
  });

  it('skips cases already there when asked, so importing a list twice makes no duplicates', async () => {
    await created();
    const list = [
      { ref: 'LAC-01-07', areaId: 'north', stratumId: 'host', inspectorId: null },
      { ref: 'LAC-02-01', areaId: 'south', stratumId: 'home', inspectorId: null },
    ];
    await addCases('insp-1', list, writer);
    const again = await addCases('insp-1', list, { ...writer, skipExisting: true });
    expect(again).toEqual({ status: 'saved', created: 0, skipped: ['LAC-01-07', 'LAC-02-01'] });
    expect(await database().cases.count()).toBe(2);
  });

  it('stores nothing when any case is placed outside the inspection', async () => {
    await created();
    const outcome = await addCases(
      'insp-1',
      [
        { ref: 'LAC-01-07', areaId: 'north', stratumId: 'host', inspectorId: null },
        { ref: 'LAC-09-01', areaId: 'atlantis', stratumId: null, inspectorId: null },
      ],
      writer,
    );
    expect(outcome.status).toBe('invalid');
    expect(await database().cases.count()).toBe(0);
  });

  it('shows each case with its progress: applicable items answered', async () => {
    await created();
    await addCases(
      'insp-1',
      [
        {
          ref: 'LAC-01-07',
          areaId: 'north',
          stratumId: 'host',
          inspectorId: null,
          profile: { age: 15 },
        },
      ],
      writer,
    );
    const [row] = await casesWithProgress('insp-1');
    // Three profile fields and the minimal framework's one question: 1 of 4 answered.
    expect(row && [row.answered, row.applicable]).toEqual([1, 4]);
  });
});

describe('assigning cases', () => {
  it('assigns in one transaction, only cases of this inspection, and refuses a stranger', async () => {
    await created();
    await created({ title: 'Another' }, 'insp-2');
    await addCases(
      'insp-1',
      [
        { ref: 'LAC-01-01', areaId: 'north', stratumId: 'host', inspectorId: null },
        { ref: 'LAC-01-02', areaId: 'north', stratumId: 'home', inspectorId: null },
      ],
      {
        ...writer,
        newId: (() => {
          let i = 0;
          return () => `a-${++i}`;
        })(),
      },
    );
    await addCases(
      'insp-2',
      [{ ref: 'LAC-01-01', areaId: 'north', stratumId: 'host', inspectorId: null }],
      { ...writer, newId: () => 'b-1' },
    );
    const outcome = await assignCases('insp-1', [
      { caseId: 'a-1', inspectorId: 'ap' },
      { caseId: 'a-2', inspectorId: 'ap' },
      { caseId: 'b-1', inspectorId: 'ap' },
    ]);
    expect(outcome).toEqual({ status: 'saved', changed: 2 });
    expect((await database().cases.get('b-1'))?.inspectorId).toBeNull();
    expect(await assignCases('insp-1', [{ caseId: 'a-1', inspectorId: 'zz' }])).toMatchObject({
      status: 'invalid',
    });
    expect((await database().cases.get('a-1'))?.inspectorId).toBe('ap');
  });
});

describe('deleting an inspection', () => {
  async function filled(id: string) {
    await created({}, id);
    let i = 0;
    await addCases(
      id,
      [
        {
          ref: 'LAC-01-01',
          areaId: 'north',
          stratumId: 'host',
          inspectorId: null,
          profile: { age: 12 },
        },
        {
          ref: 'LAC-01-09',
          areaId: 'north',
          stratumId: 'host',
          inspectorId: null,
          role: 'reserve',
        },
      ],
      { ...writer, newId: () => `${id}-case-${++i}` },
    );
    await importAnswers(
      [
        {
          caseId: `${id}-case-1`,
          inspectionId: id,
          itemId: 'q1',
          value: 'yes',
          note: 'seen',
          at: '2026-03-02T10:00:00.000Z',
          by: 'ap',
          device: 'd',
        },
      ],
      { via: 'import' },
    );
    await replacePopulation(
      id,
      [{ ref: 'LAC-01-01', areaId: 'north', stratumId: 'host', profile: {}, row: 2 }],
      { fileName: 'p.csv' },
    );
    const db = database();
    await db.reports.put({ inspectionId: id, updatedAt: '2026-03-02T10:00:00.000Z', draft: {} });
    await db.moderation.put({ id: `${id}-m`, inspectionId: id, caseId: `${id}-case-1`, data: {} });
    await db.imports.put({
      id: `${id}-file`,
      inspectionId: id,
      fileName: 'x.json',
      importedAt: '2026-03-02T10:00:00.000Z',
      summary: {},
    });
    await db.meta.put({ key: `scorer:${id}`, value: 'ap' });
    // A conflict left open by a merge (only its keys matter here).
    await db.conflicts.put({
      id: `${id}-conflict`,
      inspectionId: id,
      caseId: `${id}-case-1`,
      status: 'open',
    } as unknown as ConflictRecord);
  }

  it('removes the inspection and everything of it, and nothing of any other', async () => {
    await filled('insp-1');
    await filled('insp-2');
    expect(await inspectionContents('insp-1')).toEqual({
      cases: 2,
      reserves: 1,
      answers: 2,
      history: 2,
      population: 1,
      reports: 1,
      moderation: 1,
      imports: 1,
    });
    const outcome = await deleteInspection('insp-1');
    expect(outcome.status).toBe('deleted');
    expect(await inspectionContents('insp-1')).toEqual({
      cases: 0,
      reserves: 0,
      answers: 0,
      history: 0,
      population: 0,
      reports: 0,
      moderation: 0,
      imports: 0,
    });
    const db = database();
    expect(await db.inspections.get('insp-1')).toBeUndefined();
    expect(await db.meta.get('scorer:insp-1')).toBeUndefined();
    expect(await db.meta.get('population:insp-1')).toBeUndefined();
    expect(await db.conflicts.where('inspectionId').equals('insp-1').count()).toBe(0);
    expect(await db.conflicts.where('inspectionId').equals('insp-2').count()).toBe(1);
    expect(await inspectionContents('insp-2')).toEqual({
      cases: 2,
      reserves: 1,
      answers: 2,
      history: 2,
      population: 1,
      reports: 1,
      moderation: 1,
      imports: 1,
    });
    expect(await db.meta.get('scorer:insp-2')).toBeDefined();
  });

  it('says so when the inspection is already gone', async () => {
    expect((await deleteInspection('nothing-here')).status).toBe('missing');
  });
});
