/**
 * Moving an inspection to another version of its framework: the preview changes nothing; the
 * move re-pins the inspection, carries renamed answers through the answer writer with their
 * history, records the move in every case's history, keeps answers no longer asked, and leaves
 * the findings of unchanged questions as they were — all in one transaction, or nothing.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeFindings,
  type Framework,
  findingsCasesOf,
  inspectionFileText,
  type ProportionFinding,
} from '../../src/core';
import { groupNamesOf } from '../../src/core/findings/findingsOptions';
import { getAnswer } from '../../src/db/cases/answerStore';
import { loadFindingsSource } from '../../src/db/cases/findingsSource';
import { database, useDatabase } from '../../src/db/connection';
import { makeInspectionFile } from '../../src/db/exchange/inspectionExport';
import { importInspectionFile } from '../../src/db/exchange/inspectionImport';
import { importedFrameworkRecord } from '../../src/db/frameworks/frameworkStore';
import {
  moveInspectionFramework,
  previewFrameworkMove,
} from '../../src/db/inspections/moveFramework';
import { judgement } from '../fixtures/frameworkBuilder';
import { devices, dump, leadInspection, on, score } from '../fixtures/teamDb';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';

const INSP = 'insp-team';

/** 1.1.0: q1 unchanged, q2 renamed q2-review, q3 removed, q4 added. */
const NEXT_VERSION: Framework = {
  ...TEAM_FRAMEWORK,
  version: '1.1.0',
  sections: [
    {
      id: 's1',
      title: 'Section one',
      standards: [
        {
          id: 'st1',
          title: 'Standard one',
          questions: [judgement('q1', { key: true }), judgement('q2-review'), judgement('q4')],
        },
      ],
    },
  ],
};
const TO = 'team-test@1.1.0';
const MAPPING = { items: { q2: 'q2-review' }, codes: {} };

beforeEach(async () => {
  on(devices().lead);
  const fixture = await leadInspection();
  await database().frameworks.add(
    importedFrameworkRecord(NEXT_VERSION, '2026-03-04T09:00:00.000Z'),
  );
  const [c1, c2, c3, c4] = fixture.cases.map((c) => c.id) as [string, string, string, string];
  // q1: yes, yes, no, yes (3 of 4); q2: yes, no, no (1 of 3); q3: one answer.
  await score('ap', c1, 'q1', 'yes');
  await score('jm', c2, 'q1', 'yes');
  await score('ap', c3, 'q1', 'no');
  await score('jm', c4, 'q1', 'yes');
  await score('ap', c1, 'q2', 'yes', 'Reviewed within six weeks (p. 4)');
  await score('jm', c2, 'q2', 'no');
  await score('ap', c3, 'q2', 'no');
  await score('ap', c1, 'q3', 'no');
});
afterEach(() => useDatabase(null));

async function figure(itemId: string) {
  const source = (await loadFindingsSource(INSP))!;
  const result = computeFindings(source.framework!, findingsCasesOf(source.cases), {
    completeOnly: false,
    names: groupNamesOf(source.inspection),
  });
  const f = result.questions.find((q) => q.itemId === itemId) as ProportionFinding;
  return [f.positive, f.base, f.percentRounded];
}

describe('the preview of a move', () => {
  it('says what becomes of each of the 8 answers, and changes nothing', async () => {
    const before = await dump();
    const plan = await previewFrameworkMove(INSP, TO, MAPPING);
    expect(plan.counts).toEqual({ kept: 4, mapped: 3, noLongerAsked: 1, unfit: 0 });
    expect(plan.answers.find((a) => a.itemId === 'q3')).toMatchObject({
      outcome: 'no-longer-asked',
      caseReference: 'LAC-01-01',
    });
    expect(await dump()).toBe(before);
  });
});

describe('moving an inspection to a new version', () => {
  it('re-pins it and remembers the move', async () => {
    const outcome = await moveInspectionFramework(
      INSP,
      TO,
      MAPPING,
      'lead',
      () => new Date('2026-03-05T10:00:00.000Z'),
    );
    expect(outcome).toEqual({ status: 'moved' });
    const inspection = await database().inspections.get(INSP);
    expect(inspection?.framework).toEqual({ id: 'team-test', version: '1.1.0' });
    expect(inspection?.frameworkMoves).toEqual([
      {
        from: 'team-test@1.0.0',
        to: TO,
        mapping: MAPPING,
        movedAt: '2026-03-05T10:00:00.000Z',
        by: 'lead',
      },
    ]);
  });

  it('keeps the findings of an unchanged question: 3 of 4 (75%) before and after', async () => {
    expect(await figure('q1')).toEqual([3, 4, 75]);
    await moveInspectionFramework(INSP, TO, MAPPING, 'lead');
    expect(await figure('q1')).toEqual([3, 4, 75]);
    // The renamed question carries its answers: 1 of 3 (33%), as q2 was.
    expect(await figure('q2-review')).toEqual([1, 3, 33]);
  });

  it('writes each mapped answer with its note and a history entry, and records the move in every case', async () => {
    await moveInspectionFramework(
      INSP,
      TO,
      MAPPING,
      'lead',
      () => new Date('2026-03-05T10:00:00.000Z'),
    );
    const db = database();
    const c1 = `${INSP}-case-1`;
    expect(await getAnswer(db, c1, 'q2-review')).toMatchObject({
      value: 'yes',
      note: 'Reviewed within six weeks (p. 4)',
      by: 'lead',
    });
    const history = await db.answerHistory.where('caseId').equals(c1).toArray();
    expect(
      history
        .filter((h) => h.via === 'migration')
        .map((h) => [h.itemId, h.value, h.before?.value ?? null]),
    ).toEqual([
      ['q2-review', 'yes', null],
      ['#framework', TO, 'team-test@1.0.0'],
    ]);
    const moves = (await db.answerHistory.toArray()).filter(
      (h) => h.itemId === '#framework',
    ).length;
    expect(moves).toBe(4);
    // No longer asked: still on the device and in the history, never deleted.
    expect((await getAnswer(db, c1, 'q3'))?.value).toBe('no');
    expect(history.some((h) => h.itemId === 'q3' && h.value === 'no')).toBe(true);
  });

  it('changes nothing when it fails part way', async () => {
    const db = database();
    const before = await dump();
    db.inspections.hook('updating', () => {
      throw new Error('storage failed');
    });
    const outcome = await moveInspectionFramework(INSP, TO, MAPPING, 'lead');
    expect(outcome.status).toBe('refused');
    expect(await dump()).toBe(before);
  });

  it('refuses a mapping that does not fit, and a version not on this device', async () => {
    const bad = await moveInspectionFramework(INSP, TO, { items: { q2: 'q1' }, codes: {} }, 'lead');
    expect(bad).toEqual({
      status: 'refused',
      message: 'The mapping does not fit: “q2” goes to “q1”, which keeps its own answers.',
    });
    const missing = await moveInspectionFramework(INSP, 'team-test@9.0.0', MAPPING, 'lead');
    expect(missing).toEqual({
      status: 'refused',
      message: 'The framework team-test@9.0.0 is not on this device.',
    });
  });

  it('still exports and imports whole, with its move and the answers no longer asked', async () => {
    await moveInspectionFramework(INSP, TO, MAPPING, 'lead');
    const made = { exportedAt: '2026-03-06T09:00:00.000Z', appVersion: '0.1.0' };
    const exported = await makeInspectionFile(INSP, made);
    if (exported.status !== 'ok') throw new Error(exported.message);
    expect(exported.file.inspection.frameworkMoves).toHaveLength(1);
    on(devices().ap);
    const imported = await importInspectionFile(inspectionFileText(exported.file), {
      fileName: 'moved.json',
    });
    expect(imported.status).toBe('imported');
    // The framework the file brought keeps its content hash here too.
    const stored = await database().frameworks.get(TO);
    expect(stored?.hash).toBe(
      createHash('sha256').update(canonicalJson(NEXT_VERSION)).digest('hex'),
    );
    expect((await getAnswer(database(), `${INSP}-case-1`, 'q3'))?.value).toBe('no');
    expect(await figure('q1')).toEqual([3, 4, 75]);
  });
});
