import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allAnswers } from '../../src/db/cases/answerStore';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { ensureBuiltInFrameworks } from '../../src/db/frameworks/frameworkStore';
import {
  findExampleInspection,
  loadExampleInspection,
  removeExampleInspection,
} from '../../src/db/inspections/exampleInspection';
import { createInspection, inspectionContents } from '../../src/db/inspections/inspectionStore';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const NOW = () => new Date('2026-03-10T10:00:00.000Z');

beforeEach(() => {
  useDatabase(new CaseAuditDatabase(`example-${n++}`, TEST_DATA_KEY));
});
afterEach(() => useDatabase(null));

async function counts() {
  const db = database();
  return {
    inspections: await db.inspections.count(),
    cases: await db.cases.count(),
    answers: (await allAnswers(db)).length,
    history: await db.answerHistory.count(),
  };
}

describe('loading the example inspection', () => {
  it('stores the inspection, its 60 cases, their answers and history, marked as example data', async () => {
    const outcome = await loadExampleInspection({ now: NOW, newId: () => 'example-1' });
    expect(outcome).toMatchObject({ status: 'loaded', cases: 60 });
    if (outcome.status !== 'loaded') return;
    expect(outcome.inspection).toMatchObject({
      id: 'example-1',
      title: 'Example: looked-after children placed away from home (synthetic data)',
      example: true,
      framework: { id: 'hmip-lac-placed-away-2012', version: '1.0.1' },
    });
    const stored = await counts();
    expect(stored).toMatchObject({ inspections: 1, cases: 60 });
    expect(stored.answers).toBe(outcome.answers);
    expect(stored.answers).toBeGreaterThan(51 * 70);
    expect(stored.history).toBe(stored.answers);

    const db = database();
    // Case ids are random: no reference in a key, an address or a title.
    for (const c of await db.cases.toArray()) {
      expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(c.id).not.toContain(c.ref);
    }
    const statuses = (await db.cases.toArray()).map((c) => c.status);
    expect(statuses.filter((s) => s === 'complete')).toHaveLength(51);
    expect(statuses.filter((s) => s === 'in-progress')).toHaveLength(7);
    expect(statuses.filter((s) => s === 'not-started')).toHaveLength(2);
    const history = await db.answerHistory.toArray();
    expect(history.every((h) => h.via === 'import' && h.source === 'example data')).toBe(true);
    expect(history.every((h) => h.before === null && h.rev === 1)).toBe(true);
    expect(await findExampleInspection()).toMatchObject({ id: 'example-1' });
  });

  it('writes all of it or nothing: one transaction', async () => {
    await ensureBuiltInFrameworks();
    // A case already holding the id of the example's last case makes the write fail half-way.
    await database().cases.add({
      id: 'case-60',
      inspectionId: 'other',
      ref: 'X-1',
      areaId: 'a',
      stratumId: null,
      inspectorId: null,
      status: 'not-started',
      role: 'sample',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
    let made = 0;
    const outcome = await loadExampleInspection({
      now: NOW,
      newId: () => 'example-1',
      newCaseId: () => `case-${++made}`,
    });
    expect(outcome.status).toBe('failed');
    expect(await counts()).toEqual({ inspections: 0, cases: 1, answers: 0, history: 0 });
    expect(await findExampleInspection()).toBeNull();
  });

  it('does not make a second one: loading again offers the one there, even from two tabs at once', async () => {
    let id = 0;
    const newId = () => `example-${++id}`;
    const [a, b] = await Promise.all([
      loadExampleInspection({ now: NOW, newId }),
      loadExampleInspection({ now: NOW, newId }),
    ]);
    expect([a.status, b.status].sort()).toEqual(['exists', 'loaded']);
    const again = await loadExampleInspection({ now: NOW, newId });
    expect(again.status).toBe('exists');
    const loaded = a.status === 'loaded' ? a : b;
    if (again.status === 'exists' && loaded.status === 'loaded') {
      expect(again.inspection.id).toBe(loaded.inspection.id);
    }
    expect(await counts()).toMatchObject({ inspections: 1, cases: 60 });
  });
});

describe('removing the example inspection', () => {
  it('deletes it and everything of it, and nothing else', async () => {
    await loadExampleInspection({ now: NOW, newId: () => 'example-1' });
    const own = await createInspection(
      {
        title: 'Our self-audit',
        kind: 'self-audit',
        framework: { id: 'hmip-lac-placed-away-2012', version: '1.0.1' },
        organisations: [],
        areas: [{ id: 'a', name: 'Our area' }],
        strata: [],
        team: [{ id: 'me', name: 'A. Lead', role: 'lead' }],
        fieldwork: { start: null, end: null },
      },
      { newId: () => 'own-1' },
    );
    expect(own.status).toBe('saved');

    const outcome = await removeExampleInspection('example-1');
    expect(outcome).toMatchObject({ status: 'removed', removed: { cases: 60 } });
    expect(await inspectionContents('example-1')).toMatchObject({
      cases: 0,
      answers: 0,
      history: 0,
    });
    expect(await counts()).toEqual({ inspections: 1, cases: 0, answers: 0, history: 0 });
    expect(await findExampleInspection()).toBeNull();

    // Only example data goes this way.
    expect(await removeExampleInspection('own-1')).toMatchObject({ status: 'not-example' });
    expect(await database().inspections.get('own-1')).toBeDefined();
    expect(await removeExampleInspection('example-1')).toMatchObject({ status: 'missing' });
  });

  it('can be loaded again after being removed', async () => {
    await loadExampleInspection({ now: NOW, newId: () => 'example-1' });
    await removeExampleInspection('example-1');
    const again = await loadExampleInspection({ now: NOW, newId: () => 'example-2' });
    expect(again.status).toBe('loaded');
    expect(await counts()).toMatchObject({ inspections: 1, cases: 60 });
  });
});
