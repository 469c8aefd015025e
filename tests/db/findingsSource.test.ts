import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeFindings, findingsCasesOf, type ProportionFinding } from '../../src/core';
import { groupNamesOf } from '../../src/core/findings/findingsOptions';
import { saveAnswer } from '../../src/db/cases/answerWriter';
import {
  loadFindingsCases,
  loadFindingsCasesWithNotes,
  loadFindingsSource,
  loadFindingsValues,
} from '../../src/db/cases/findingsSource';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { observe } from '../../src/db/live';
import {
  findingsFixture,
  findingsFramework,
  syntheticFindingsFixture,
} from '../fixtures/findingsFixture';
import { storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const fixture = findingsFixture();
const ID = fixture.inspection.id;

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`findings-source-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), fixture);
});
afterEach(() => useDatabase(null));

function alloc(result: ReturnType<typeof computeFindings>): ProportionFinding {
  return result.questions.find((f) => f.itemId === 'alloc') as ProportionFinding;
}

describe('loading the findings source', () => {
  it('reads the inspection, its pinned framework and every case with its answers by item id', async () => {
    const source = await loadFindingsSource(ID);
    expect(source?.inspection.title).toBe(fixture.inspection.title);
    expect(source?.framework?.id).toBe('findings-test');
    expect(source?.cases).toHaveLength(20);
    const first = source!.cases.find((c) => c.ref === 'LAC-01-01')!;
    expect(first.answers.alloc?.value).toBe('no');
    expect(first.answers.summary).toBeUndefined();
  });

  it('reads the evidence notes only when asked, for the cases behind a figure', async () => {
    const values = (await loadFindingsCases(ID)).cases.find((c) => c.ref === 'LAC-01-01')!;
    expect(values.answers.alloc?.note).toBe('');
    const whole = (await loadFindingsCasesWithNotes(ID)).cases.find((c) => c.ref === 'LAC-01-01')!;
    expect(whole.answers.alloc).toMatchObject({
      value: 'no',
      note: 'Allocated 11 working days after the transfer (case record p. 1)',
      rev: 1,
    });
  });

  it('gives the figures worked by hand in the fixture (complete cases only: 9 of 16 allocated promptly)', async () => {
    const source = (await loadFindingsSource(ID))!;
    const result = computeFindings(source.framework!, findingsCasesOf(source.cases), {
      completeOnly: true,
      names: groupNamesOf(source.inspection),
    });
    const f = alloc(result);
    expect([f.positive, f.base, f.notApplicable, f.percentRounded]).toEqual([9, 16, 2, 56]);
    expect(result.overall?.rating).toBe('Good');
  });

  it('gives the engine the same cases and values straight from the value records', async () => {
    const reserve = {
      ...fixture.cases[0]!,
      id: 'reserve-1',
      ref: 'LAC-09-01',
      role: 'reserve' as const,
      status: 'not-started' as const,
    };
    await database().cases.put(reserve);
    const joined = await loadFindingsCases(ID);
    const direct = await loadFindingsValues(ID);
    expect(direct.unusedReserves).toBe(1);
    expect(direct.cases.map((c) => c.ref)).toEqual(joined.cases.map((c) => c.ref));
    expect(JSON.stringify(direct.cases)).toBe(JSON.stringify(findingsCasesOf(joined.cases)));
    const options = { completeOnly: true, names: groupNamesOf(fixture.inspection) };
    expect(computeFindings(findingsFramework(), direct.cases, options)).toEqual(
      computeFindings(findingsFramework(), findingsCasesOf(joined.cases), options),
    );
  });

  it('lists cases in the order of their references', async () => {
    const { cases } = await loadFindingsCases(ID);
    expect(cases.slice(0, 3).map((c) => c.ref)).toEqual(['LAC-01-01', 'LAC-01-03', 'LAC-01-05']);
  });

  it('leaves out reserves nobody has started, and counts them', async () => {
    const db = database();
    const reserve = {
      ...fixture.cases[0]!,
      id: 'reserve-1',
      ref: 'LAC-09-01',
      role: 'reserve' as const,
      status: 'not-started' as const,
    };
    const used = { ...reserve, id: 'reserve-2', ref: 'LAC-09-02', status: 'in-progress' as const };
    await db.cases.bulkPut([reserve, used]);
    const { cases, unusedReserves } = await loadFindingsCases(ID);
    expect(unusedReserves).toBe(1);
    expect(cases.map((c) => c.id)).toContain('reserve-2');
    expect(cases.map((c) => c.id)).not.toContain('reserve-1');
  });

  it('leaves out a case this device holds only for its blind second reading, and counts it', async () => {
    const held = fixture.cases[0]!;
    const data = {
      caseRef: held.ref,
      firstReaderId: held.inspectorId,
      secondReaderId: 'someone-else',
      status: 'assigned' as const,
      selection: null,
      assignedAt: '2026-03-04T09:00:00.000Z',
      assignedBy: 'lead',
      secondReading: {},
      finishedAt: null,
      finishedBy: null,
      firstReading: null,
      decisions: {},
      decidedAt: null,
      updatedAt: '2026-03-04T09:00:00.000Z',
    };
    const record = { id: `second-reading:${held.id}`, inspectionId: ID, caseId: held.id, data };
    await database().moderation.put(record);
    const found = await loadFindingsCases(ID);
    expect(found.heldForSecondReading).toBe(1);
    expect(found.cases.map((c) => c.id)).not.toContain(held.id);
    expect(found.cases).toHaveLength(19);
    // On the lead's device the same record has a selection, and the case counts.
    const selection = {
      method: 'hand' as const,
      seed: null,
      description: 'Chosen by hand',
      at: '2026-03-04T09:00:00.000Z',
      by: 'lead',
    };
    await database().moderation.put({ ...record, data: { ...data, selection } });
    const lead = await loadFindingsCases(ID);
    expect([lead.heldForSecondReading, lead.cases.length]).toEqual([0, 20]);
  });

  it('reads no other inspection’s cases', async () => {
    await storeInspectionFixture(database(), findingsFixture('other'));
    expect((await loadFindingsCases(ID)).cases).toHaveLength(20);
  });

  it('is null for an inspection not on this device, and says when the framework is missing', async () => {
    expect(await loadFindingsSource('nope')).toBeNull();
    await database().frameworks.clear();
    expect((await loadFindingsSource(ID))?.framework).toBeNull();
  });

  it('reads an item called "constructor" as unanswered, not as a property of every object', async () => {
    const { cases } = await loadFindingsCases(ID);
    expect(cases[0]!.answers.constructor).toBeUndefined();
  });

  it('gives a live query a new value when an answer changes (all cases: 10, then 11 allocated promptly)', async () => {
    const values: number[] = [];
    const seen = new Promise<void>((resolve) => {
      const subscription = observe(
        () => loadFindingsCases(ID),
        (value) => {
          const f = alloc(computeFindings(findingsFramework(), findingsCasesOf(value.cases)));
          values.push(f.positive);
          if (values.length === 2) {
            subscription.unsubscribe();
            resolve();
          }
        },
        (error) => {
          throw error;
        },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Case 20 is in progress, with allocation not answered yet.
    const outcome = await saveAnswer({
      caseId: fixture.cases[19]!.id,
      itemId: 'alloc',
      patch: { value: 'yes' },
      base: { value: null, note: '', rev: 0 },
      by: 'jm',
      device: 'test',
    });
    expect(outcome.status).toBe('saved');
    await seen;
    expect(values).toEqual([10, 11]);
  });

  it('loads 1,000 cases of 60 answers with one query per table', async () => {
    useDatabase(new CaseAuditDatabase(`findings-source-big-${n++}`, TEST_DATA_KEY));
    const big = syntheticFindingsFixture(findingsFramework(), { caseCount: 1000, id: 'big' });
    // Sixty answers a case: the fixture's eleven items, and 49 more stored against the case.
    const extra = big.cases.flatMap((c) =>
      Array.from({ length: 49 }, (_, i) => ({
        ...big.answers[0]!,
        caseId: c.id,
        itemId: `extra-${i}`,
        value: 'yes',
      })),
    );
    await storeInspectionFixture(database(), { ...big, answers: [...big.answers, ...extra] });
    const db = database();
    let queries = 0;
    const count = <T extends { where: (...args: never[]) => unknown }>(table: T) => {
      const where = table.where.bind(table);
      (table as { where: unknown }).where = (...args: never[]) => {
        queries++;
        return where(...args);
      };
    };
    count(db.cases);
    count(db.answerValues);
    // Findings read answer values only: notes and authors stay on disk.
    count(db.answerDetails);
    const bulkGet = db.answerDetails.bulkGet.bind(db.answerDetails);
    db.answerDetails.bulkGet = (...args) => {
      queries++;
      return bulkGet(...args);
    };
    const { cases } = await loadFindingsCases('big');
    expect(cases).toHaveLength(1000);
    expect(Object.keys(cases[0]!.answers).length).toBeGreaterThanOrEqual(55);
    expect(queries).toBe(2);
  }, 60_000);
});
