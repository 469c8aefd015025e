import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '../../src/core';
import {
  moderationAssignmentSchema,
  secondReadingSchema,
} from '../../src/core/moderation/moderationRecord';
import { allAnswers } from '../../src/db/cases/answerStore';
import { importAnswers } from '../../src/db/cases/answerWriter';
import { answersOf, CASE_STATUS_ITEM, historyOf } from '../../src/db/cases/caseReads';
import { loadFindingsCases } from '../../src/db/cases/findingsSource';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  assignSecondReadings,
  changeSecondReader,
  withdrawSecondReading,
} from '../../src/db/moderation/moderationAssignment';
import {
  confirmReadingsAgree,
  decideDisagreement,
} from '../../src/db/moderation/moderationDecisions';
import {
  importModerationAssignments,
  mergeSecondReadings,
  moderationAssignmentsFor,
  secondReadingsBy,
} from '../../src/db/moderation/moderationExchange';
import {
  blindReading,
  getModeration,
  loadModerationSummary,
  moderationComparison,
} from '../../src/db/moderation/moderationStore';
import { finishSecondReading, saveSecondAnswer } from '../../src/db/moderation/secondReadingStore';
import { CaseEditor, closeCaseEditors } from '../../src/editing/caseEditor';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
const fixture = inspectionFixture({ caseCount: 3 });
const INSPECTION = fixture.inspection.id;
/** case 1 and 3 are A. Patel's (ap), case 2 J. Morgan's (jm). */
const [CASE1, CASE2, CASE3] = fixture.cases.map((c) => c.id) as [string, string, string];
const clock = (iso: string) => () => new Date(iso);

const FIRST: Record<string, AnswerValue> = {
  age: 15,
  'placement-type': 'foster',
  mappa: 'no',
  a1: 'yes',
  a2: 'yes',
  a3: 'good',
  p1: 'yes',
  p2: ['education'],
  p3: 4,
  r1: 'yes',
};

async function firstReading(caseId: string, values = FIRST, by = 'ap') {
  await importAnswers(
    Object.entries(values).map(([itemId, value]) => ({
      caseId,
      inspectionId: INSPECTION,
      itemId,
      value,
      note: itemId === 'a1' ? 'Assessment dated 3 May, health section filled in.' : '',
      at: '2026-03-03T10:00:00.000Z',
      by,
      device: 'laptop-ap',
    })),
    { via: 'import', source: 'first reading' },
  );
  const db = database();
  const kase = (await db.cases.get(caseId))!;
  await db.cases.put({ ...kase, status: 'complete' });
}

const SELECTION = {
  method: 'random' as const,
  seed: 'k7mq-x42d',
  description: '1 of the 2 complete cases was drawn at random',
  at: '2026-03-04T09:00:00.000Z',
  by: 'lead',
};

async function assign(caseId = CASE1, reader = 'jm') {
  const outcome = await assignSecondReadings(
    {
      inspectionId: INSPECTION,
      assignments: [{ caseId, secondReaderId: reader }],
      selection: SELECTION,
      by: 'lead',
    },
    clock('2026-03-04T09:00:00.000Z'),
  );
  expect(outcome.status).toBe('done');
}

/** The second reader answers through a CaseEditor writing to the moderation store. */
async function secondReading(values: Record<string, AnswerValue>, caseId = CASE1, by = 'jm') {
  const editor = new CaseEditor({
    caseId,
    by,
    device: 'laptop-jm',
    save: (request) => saveSecondAnswer(request, clock('2026-03-04T11:00:00.000Z')),
    lifecycle: false,
  });
  for (const [itemId, value] of Object.entries(values)) await editor.change(itemId, { value });
  await editor.change('a1', { note: 'No health assessment found on file.' }, { typing: true });
  await editor.dispose();
}

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`test-moderation-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), fixture);
  await firstReading(CASE1);
  await firstReading(CASE2, { ...FIRST, a1: 'no' }, 'jm');
});
afterEach(async () => {
  await closeCaseEditors();
  useDatabase(null);
});

describe('choosing cases and readers', () => {
  it('records an assignment with how the case was chosen', async () => {
    await assign();
    const record = await getModeration(INSPECTION, CASE1);
    expect(record?.data).toMatchObject({
      caseRef: 'LAC-01-01',
      firstReaderId: 'ap',
      secondReaderId: 'jm',
      status: 'assigned',
      selection: { method: 'random', seed: 'k7mq-x42d' },
      secondReading: {},
    });
  });

  it('refuses the case’s own inspector, an incomplete case and a second choice of the same case', async () => {
    const outcome = await assignSecondReadings({
      inspectionId: INSPECTION,
      assignments: [
        { caseId: CASE1, secondReaderId: 'ap' },
        { caseId: CASE3, secondReaderId: 'jm' },
      ],
      selection: SELECTION,
      by: 'lead',
    });
    expect(outcome).toEqual({
      status: 'invalid',
      errors: [
        {
          path: 'case LAC-01-01',
          message: 'Case LAC-01-01 needs a second reader other than its own inspector',
        },
        { path: 'case LAC-01-03', message: 'Case LAC-01-03 is not marked complete' },
      ],
    });
    expect(await database().moderation.count()).toBe(0);
    await assign();
    const again = await assignSecondReadings({
      inspectionId: INSPECTION,
      assignments: [{ caseId: CASE1, secondReaderId: 'lead' }],
      selection: SELECTION,
      by: 'lead',
    });
    expect(again.status).toBe('invalid');
  });

  it('changes the reader or withdraws the case only before the reading starts', async () => {
    await assign();
    expect((await changeSecondReader(INSPECTION, CASE1, 'ap')).status).toBe('refused');
    expect(await changeSecondReader(INSPECTION, CASE1, 'lead')).toEqual({ status: 'done' });
    await secondReading({ a1: 'no' }, CASE1, 'lead');
    expect((await changeSecondReader(INSPECTION, CASE1, 'jm')).status).toBe('refused');
    expect(await withdrawSecondReading(INSPECTION, CASE1)).toEqual({ status: 'done' });
    expect(await getModeration(INSPECTION, CASE1)).toBeNull();
  });
});

describe('the blind second reading', () => {
  it('is kept in the moderation record and never touches the answers or their history', async () => {
    await assign();
    const answersBefore = await allAnswers(database());
    const historyBefore = await database().answerHistory.count();
    await secondReading({ ...FIRST, a1: 'no' });
    expect(await allAnswers(database())).toEqual(answersBefore);
    expect(await database().answerHistory.count()).toBe(historyBefore);
    const findings = await loadFindingsCases(INSPECTION);
    expect(findings.cases.find((c) => c.id === CASE1)?.answers.a1?.value).toBe('yes');
    const blind = await blindReading(INSPECTION, CASE1);
    expect(blind?.answers.get('a1')).toMatchObject({
      value: 'no',
      note: 'No health assessment found on file.',
      rev: 2,
      by: 'jm',
      device: 'laptop-jm',
    });
    // What the blind screens read holds nothing of the first reading.
    expect(JSON.stringify(blind)).not.toContain('Assessment dated 3 May');
  });

  it('shows no comparison until the reading is finished, which needs every required answer', async () => {
    await assign();
    await secondReading({ a1: 'no' });
    expect(await moderationComparison(INSPECTION, CASE1)).toEqual({ status: 'blind' });
    const early = await finishSecondReading({ inspectionId: INSPECTION, caseId: CASE1, by: 'jm' });
    expect(early.status).toBe('incomplete');
    expect(early.status === 'incomplete' && early.missing).toContain('age');
    await secondReading({ ...FIRST, a1: 'no' });
    expect(
      await finishSecondReading({ inspectionId: INSPECTION, caseId: CASE1, by: 'jm' }),
    ).toEqual({
      status: 'done',
    });
    const comparison = await moderationComparison(INSPECTION, CASE1);
    expect(comparison.status).toBe('ready');
    // Finished: locked against further change.
    const late = await saveSecondAnswer({
      caseId: CASE1,
      itemId: 'a2',
      patch: { value: 'no' },
      base: { value: 'yes', note: '', rev: 1 },
      by: 'jm',
      device: 'laptop-jm',
    });
    expect(late.status).toBe('locked');
  });

  it('reports a conflict when another tab changed the same answer meanwhile', async () => {
    await assign();
    await secondReading({ a2: 'yes' });
    const outcome = await saveSecondAnswer({
      caseId: CASE1,
      itemId: 'a2',
      patch: { value: 'no' },
      base: { value: null, note: '', rev: 0 },
      by: 'jm',
      device: 'laptop-jm',
    });
    expect(outcome.status).toBe('conflict');
  });
});

async function readAndFinish(values: Record<string, AnswerValue>) {
  await assign();
  await secondReading(values);
  const finished = await finishSecondReading({ inspectionId: INSPECTION, caseId: CASE1, by: 'jm' });
  expect(finished.status).toBe('done');
}

const decide = (itemId: string, extra: Partial<Parameters<typeof decideDisagreement>[0]> = {}) =>
  decideDisagreement(
    {
      inspectionId: INSPECTION,
      caseId: CASE1,
      itemId,
      choice: 'second',
      rationale: 'The health assessment is not on file; the first reading misread the form.',
      by: 'lead',
      device: 'laptop-lead',
      ...extra,
    },
    clock('2026-03-05T15:00:00.000Z'),
  );

describe('decisions', () => {
  it('need a rationale', async () => {
    await readAndFinish({ ...FIRST, a1: 'no' });
    expect(await decide('a1', { rationale: '  ' })).toEqual({
      status: 'invalid',
      errors: [{ path: 'rationale', message: 'Enter the rationale for this decision' }],
    });
    expect((await answersOf(CASE1)).get('a1')?.value).toBe('yes');
  });

  it('write the final answer through the case store, keep the decision, and moderate the case', async () => {
    await readAndFinish({ ...FIRST, a1: 'no', a2: 'no' });
    const first = await decide('a1');
    expect(first).toEqual({ status: 'done', caseModerated: false, changed: true });
    const answer = (await answersOf(CASE1)).get('a1');
    expect(answer).toMatchObject({
      value: 'no',
      note: 'No health assessment found on file.',
      rev: 2,
      by: 'lead',
    });
    const history = await historyOf(CASE1);
    expect(history[0]).toMatchObject({
      itemId: 'a1',
      via: 'moderation',
      source: 'moderation: J. Morgan 2026-03-05: took the second reading’s answer',
      before: { value: 'yes' },
    });
    expect((await database().cases.get(CASE1))?.status).toBe('complete');
    // Keep the first answer on a2: nothing changes in the answers, the case is moderated.
    expect(
      await decide('a2', { choice: 'first', rationale: 'The child was seen alone on 4 May.' }),
    ).toEqual({
      status: 'done',
      caseModerated: true,
      changed: false,
    });
    // The answer keeps its revision and first reader; the history records the decision.
    expect((await answersOf(CASE1)).get('a2')).toMatchObject({
      value: 'yes',
      rev: 1,
      by: 'ap',
      device: 'laptop-ap',
    });
    expect((await database().cases.get(CASE1))?.status).toBe('moderated');
    const [status, kept] = await historyOf(CASE1);
    expect(status).toMatchObject({
      itemId: CASE_STATUS_ITEM,
      value: 'moderated',
      via: 'moderation',
      source: 'moderation: J. Morgan 2026-03-05',
      before: { value: 'complete' },
    });
    expect(kept).toMatchObject({
      itemId: 'a2',
      value: 'yes',
      note: '',
      before: { value: 'yes', note: '' },
      rev: 1,
      by: 'lead',
      via: 'moderation',
      source: 'moderation: J. Morgan 2026-03-05: kept the first reading’s answer',
    });
    const record = await getModeration(INSPECTION, CASE1);
    expect(record?.data.status).toBe('decided');
    expect(record?.data.decisions.a1).toMatchObject({
      choice: 'second',
      value: 'no',
      first: 'yes',
      second: 'no',
    });
    // The first reading is kept as it was, so agreement still compares the two readings.
    expect(record?.data.firstReading?.a1?.value).toBe('yes');
    // Findings read the final answers.
    const findings = await loadFindingsCases(INSPECTION);
    expect(findings.cases.find((c) => c.id === CASE1)?.answers.a1?.value).toBe('no');
  });

  it('write nothing when the decision record cannot be written (one transaction)', async () => {
    await readAndFinish({ ...FIRST, a1: 'no' });
    const db = database();
    const historyBefore = await db.answerHistory.count();
    vi.spyOn(db.moderation, 'put').mockRejectedValueOnce(
      new DOMException('Full', 'QuotaExceededError'),
    );
    const outcome = await decide('a1');
    expect(outcome).toMatchObject({ status: 'failed', reason: 'quota' });
    expect((await answersOf(CASE1)).get('a1')?.value).toBe('yes');
    expect(await db.answerHistory.count()).toBe(historyBefore);
    vi.restoreAllMocks();
  });

  it('accept another value only if the question offers it', async () => {
    await readAndFinish({ ...FIRST, a1: 'no' });
    const wrong = await decide('a1', { choice: 'other', value: 'maybe' });
    expect(wrong).toMatchObject({ status: 'invalid', errors: [{ path: 'value' }] });
    expect(await decide('a1', { choice: 'other', value: 'not_known' })).toMatchObject({
      status: 'done',
    });
    expect((await answersOf(CASE1)).get('a1')?.value).toBe('not_known');
  });

  it('moderate a case whose readings agree once the lead confirms it', async () => {
    await readAndFinish(FIRST);
    expect(
      await confirmReadingsAgree({
        inspectionId: INSPECTION,
        caseId: CASE1,
        by: 'lead',
        device: 'd',
      }),
    ).toEqual({
      status: 'done',
    });
    expect((await database().cases.get(CASE1))?.status).toBe('moderated');
  });

  it('are summarised for the findings and the report', async () => {
    await readAndFinish({ ...FIRST, a1: 'no' });
    await decide('a1');
    const summary = await loadModerationSummary(INSPECTION);
    // Compared: a1, a2, a3, p1, p2, r1 (m1, m2 and r2 not asked; numbers, text, dates not compared).
    expect(summary?.figures).toMatchObject({
      assigned: 1,
      doubleRead: 1,
      casesInSample: 3,
      disagreements: 1,
      decided: 1,
      changed: 1,
      agreement: { pairs: 6, agreed: 5 },
    });
    expect(summary?.text).toMatch(
      /^1 case \(33%\) was read a second time by another inspector, without sight of the first reading\. The two readings agreed on 83% of answers \(kappa .*, 6 paired answers\); 1 answer was changed after review\. So few cases were read twice that these figures say little on their own\.$/,
    );
  });
});

describe('exchange files', () => {
  it('carry an assignment to the second reader without the first reading, and the reading back', async () => {
    await assign();
    const assignments = await moderationAssignmentsFor(INSPECTION, 'jm');
    expect(assignments).toHaveLength(1);
    expect(moderationAssignmentSchema.safeParse(assignments[0]).success).toBe(true);
    expect(JSON.stringify(assignments)).not.toContain('Assessment dated 3 May');
    expect(await moderationAssignmentsFor(INSPECTION, 'ap')).toEqual([]);
    const leadDb = database();

    // The inspector's device: the pack creates the record; the reading is done there.
    useDatabase(new CaseAuditDatabase(`test-moderation-device-${n++}`, TEST_DATA_KEY));
    await storeInspectionFixture(database(), { ...fixture, answers: [] });
    expect(await importModerationAssignments(INSPECTION, assignments)).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
      skipped: 0,
    });
    expect(await importModerationAssignments(INSPECTION, assignments)).toMatchObject({
      unchanged: 1,
    });
    await secondReading({ ...FIRST, a1: 'no' });
    expect(
      await finishSecondReading({ inspectionId: INSPECTION, caseId: CASE1, by: 'jm' }),
    ).toEqual({
      status: 'done',
    });
    const readings = await secondReadingsBy(INSPECTION, 'jm');
    expect(secondReadingSchema.safeParse(readings[0]).success).toBe(true);
    expect((await allAnswers(database())).length).toBe(0);
    // Finished, but compared and decided on the lead's device only: nothing to compare with here.
    expect(await moderationComparison(INSPECTION, CASE1)).toEqual({ status: 'elsewhere' });
    await database().cases.update(CASE1, { status: 'complete' });
    const here = { inspectionId: INSPECTION, caseId: CASE1, by: 'jm', device: 'laptop-jm' };
    expect(await confirmReadingsAgree(here)).toMatchObject({ status: 'refused' });
    expect(await decide('a1', { by: 'jm' })).toMatchObject({ status: 'refused' });
    expect((await database().cases.get(CASE1))?.status).toBe('complete');
    expect(await loadModerationSummary(INSPECTION)).toBeNull();

    // Back on the lead's device, merged inside the caller's transaction, twice.
    useDatabase(leadDb);
    await leadDb.open();
    const db = database();
    const once = await db.transaction('rw', [db.moderation, db.cases], () =>
      mergeSecondReadings(INSPECTION, readings),
    );
    expect(once).toEqual({ merged: [CASE1], unchanged: [], skipped: [] });
    expect(await mergeSecondReadings(INSPECTION, readings)).toEqual({
      merged: [],
      unchanged: [CASE1],
      skipped: [],
    });
    const record = await getModeration(INSPECTION, CASE1);
    expect(record?.data.status).toBe('read');
    expect(record?.data.secondReading.a1?.value).toBe('no');
    expect((await answersOf(CASE1)).get('a1')?.value).toBe('yes');
  });

  it('leave alone readings from someone no longer assigned, and unknown ones', async () => {
    await assign();
    const reading = {
      moderationId: `second-reading:${CASE1}`,
      inspectionId: INSPECTION,
      caseId: CASE1,
      readerId: 'lead',
      answers: {},
      finishedAt: null,
    };
    const outcome = await mergeSecondReadings(INSPECTION, [
      reading,
      { ...reading, moderationId: `second-reading:${CASE2}`, caseId: CASE2 },
    ]);
    expect(outcome.skipped.map((s) => s.reason)).toEqual(['reassigned', 'unknown']);
  });
});
