/**
 * The recommendations register on the device: one recommendation saved at a time with its
 * history, refused whole with the place named; started from the framework's shipped
 * recommendations and imported from a file, merged by id so neither adds twice; exported; a
 * recommendation deleted; and the register and committee paper deleted with their inspection.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCommitteePaperDraft, type RegisterRecommendation } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { deleteInspection } from '../../src/db/inspections/inspectionStore';
import {
  addFrameworkRecommendations,
  deleteRecommendation,
  exportRegister,
  importRegisterFile,
  loadRegister,
  saveRecommendation,
} from '../../src/db/register/registerStore';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { lacFramework } from '../fixtures/lacFramework';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const ID = 'self-1';
const at = (iso: string) => () => new Date(iso);

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`register-store-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(
    database(),
    inspectionFixture({ id: ID, framework: lacFramework() }),
  );
});
afterEach(() => useDatabase(null));

function local(id: string, more: Partial<RegisterRecommendation> = {}): RegisterRecommendation {
  return {
    id,
    origin: { kind: 'local', document: 'Service improvement plan', location: 'Priority 2' },
    addressee: 'Youth Offending Team Managers',
    text: 'Every looked-after child placed here is allocated within five working days.',
    owner: '',
    localPosition: '',
    rag: null,
    actions: [],
    evidence: [],
    history: [],
    ...more,
  };
}

async function stored(): Promise<readonly RegisterRecommendation[]> {
  const register = await loadRegister(ID);
  if (register.status !== 'ok') throw new Error('the register does not read');
  return register.recommendations;
}

describe('saving one recommendation', () => {
  it('adds a new one, then records each change with who and when', async () => {
    const first = await saveRecommendation(ID, local('r1'), 'J. Patel', at('2026-03-02T10:00:00Z'));
    expect(first.status).toBe('saved');
    const changed = local('r1', {
      owner: 'S. Khan',
      rag: 'amber',
      actions: [
        {
          id: 'a1',
          text: 'Audit allocation monthly',
          owner: '',
          dueDate: '2026-04-30',
          doneOn: null,
        },
      ],
    });
    const second = await saveRecommendation(ID, changed, 'S. Khan', at('2026-03-03T09:30:00Z'));
    expect(second.status === 'saved' && second.at).toBe('2026-03-03T09:30:00.000Z');
    const [saved] = await stored();
    expect(saved?.owner).toBe('S. Khan');
    expect(saved?.history).toEqual([
      { at: '2026-03-02T10:00:00.000Z', by: 'J. Patel', what: 'Recommendation added' },
      { at: '2026-03-03T09:30:00.000Z', by: 'S. Khan', what: 'Owner: none → S. Khan' },
      { at: '2026-03-03T09:30:00.000Z', by: 'S. Khan', what: 'RAG status: Not assessed → Amber' },
      {
        at: '2026-03-03T09:30:00.000Z',
        by: 'S. Khan',
        what: 'Action added: Audit allocation monthly',
      },
    ]);
  });

  it('refuses invalid input whole, naming the place, and stores nothing', async () => {
    const outcome = await saveRecommendation(
      ID,
      local('r1', {
        owner: 'S. Khan',
        evidence: [{ id: 'e1', text: 'Audit', itemId: 'no-such-question' }],
        actions: [{ id: 'a1', text: ' ', owner: '', dueDate: null, doneOn: null }],
      }),
      'S. Khan',
    );
    expect(outcome.status === 'invalid' && outcome.errors.map((e) => e.path)).toEqual([
      'actions[0].text',
    ]);
    const linked = await saveRecommendation(
      ID,
      local('r1', { evidence: [{ id: 'e1', text: 'Audit', itemId: 'no-such-question' }] }),
      'S. Khan',
    );
    expect(linked.status === 'invalid' && linked.errors).toEqual([
      { path: 'evidence[0].itemId', message: 'no question "no-such-question" in the framework' },
    ]);
    expect(await stored()).toEqual([]);
  });

  it('says so for an inspection no longer on the device', async () => {
    expect((await saveRecommendation('gone', local('r1'), 'S. Khan')).status).toBe('missing');
  });
});

describe('starting from the framework’s recommendations', () => {
  it('adds the report’s eight once, however often it is asked', async () => {
    const first = await addFrameworkRecommendations(ID, 'J. Patel', at('2026-03-02T10:00:00Z'));
    expect(first).toEqual({ status: 'merged', added: 8, alreadyThere: 0 });
    const again = await addFrameworkRecommendations(ID, 'J. Patel');
    expect(again).toEqual({ status: 'merged', added: 0, alreadyThere: 8 });
    const register = await stored();
    expect(register).toHaveLength(8);
    expect(register[0]?.id).toBe('dfe-placement-regulations');
    expect(register[0]?.history).toEqual([
      { at: '2026-03-02T10:00:00.000Z', by: 'J. Patel', what: 'Added from the framework’s report' },
    ]);
  });
});

describe('importing and exporting a register file', () => {
  it('exports the register as a file that imports into another inspection, adding nothing twice', async () => {
    await saveRecommendation(ID, local('r1', { rag: 'green' }), 'J. Patel');
    const exported = await exportRegister(ID);
    if (exported.status !== 'ok') throw new Error('no export');
    expect(exported.file).toMatchObject({
      format: 'case-audit-register',
      framework: { id: 'hmip-lac-placed-away-2012', version: '1.0.1' },
    });
    await storeInspectionFixture(
      database(),
      inspectionFixture({ id: 'self-2', framework: lacFramework() }),
    );
    const text = JSON.stringify(exported.file);
    expect(await importRegisterFile('self-2', text, 'S. Khan')).toEqual({
      status: 'merged',
      added: 1,
      alreadyThere: 0,
    });
    expect(await importRegisterFile('self-2', text, 'S. Khan')).toEqual({
      status: 'merged',
      added: 0,
      alreadyThere: 1,
    });
    const other = await loadRegister('self-2');
    expect(other.status === 'ok' && other.recommendations.map((r) => r.rag)).toEqual(['green']);
  });

  it('refuses a file for another framework version with the place named, storing nothing', async () => {
    const file = {
      format: 'case-audit-register',
      formatVersion: 1,
      framework: { id: 'hmip-lac-placed-away-2012', version: '1.0.0' },
      title: 'Old',
      recommendations: [local('r1')],
    };
    const outcome = await importRegisterFile(ID, JSON.stringify(file), 'S. Khan');
    expect(outcome.status === 'invalid' && outcome.errors[0]?.path).toBe('framework');
    expect(await stored()).toEqual([]);
  });
});

describe('deleting', () => {
  it('deletes one recommendation and keeps the rest', async () => {
    await saveRecommendation(ID, local('r1'), 'J. Patel');
    await saveRecommendation(ID, local('r2'), 'J. Patel');
    expect((await deleteRecommendation(ID, 'r1')).status).toBe('deleted');
    expect((await stored()).map((r) => r.id)).toEqual(['r2']);
    expect((await deleteRecommendation(ID, 'r1')).status).toBe('missing');
  });

  it('deletes the register and the committee paper with their inspection', async () => {
    await saveRecommendation(ID, local('r1'), 'J. Patel');
    await database().committeePapers.put({
      inspectionId: ID,
      updatedAt: '2026-03-02T10:00:00.000Z',
      draft: emptyCommitteePaperDraft(),
    });
    expect((await deleteInspection(ID)).status).toBe('deleted');
    expect(await database().registers.get(ID)).toBeUndefined();
    expect(await database().committeePapers.get(ID)).toBeUndefined();
  });
});
