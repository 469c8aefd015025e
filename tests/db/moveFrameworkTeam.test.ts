/**
 * A team file made for the version an inspection has moved from: the lead moved the inspection
 * to 1.1.0 (q2 renamed q2-review, q3 removed) while an inspector kept scoring on 1.0.0. Their
 * work is still merged, read through the recorded move, and the merge says which version the
 * file was made for. So is a second reading done on 1.0.0 (here against 1.2.0, where q2's "yes"
 * also became "met").
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  canonicalJson,
  type FilePlan,
  type Framework,
  type IncomingFile,
  moderationAgreement,
} from '../../src/core';
import { getAnswer } from '../../src/db/cases/answerStore';
import { completeCase } from '../../src/db/cases/caseStatusWriter';
import { database, useDatabase } from '../../src/db/connection';
import { importedFrameworkRecord } from '../../src/db/frameworks/frameworkStore';
import { moveInspectionFramework } from '../../src/db/inspections/moveFramework';
import { assignSecondReadings } from '../../src/db/moderation/moderationAssignment';
import { getModeration, loadModerationReadings } from '../../src/db/moderation/moderationStore';
import { finishSecondReading, saveSecondAnswer } from '../../src/db/moderation/secondReadingStore';
import { judgement, yesNoScale } from '../fixtures/frameworkBuilder';
import {
  DEVICE,
  devices,
  leadInspection,
  MADE,
  merge,
  on,
  packText,
  preview,
  ready,
  score,
  workText,
} from '../fixtures/teamDb';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';

afterEach(() => useDatabase(null));

const INSP = 'insp-team';
const CASE = `${INSP}-case-1`;
const NEXT: Framework = {
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
          questions: [judgement('q1', { key: true }), judgement('q2-review')],
        },
      ],
    },
  ],
};

function ok(plan: FilePlan | undefined): Extract<FilePlan, { status: 'ok' }> {
  if (plan?.status !== 'ok') throw new Error(`expected ok: ${JSON.stringify(plan)}`);
  return plan;
}

/** ap scores case 1 on 1.0.0; the lead merges it, then moves the inspection to 1.1.0. */
async function movedWhileApScores() {
  const d = devices();
  on(d.lead);
  await leadInspection();
  await database().frameworks.add(importedFrameworkRecord(NEXT, '2026-03-02T09:00:00.000Z'));
  const pack = await packText(INSP, 'ap');
  on(d.ap);
  await merge(INSP, [await ready(pack)], 'ap');
  // The pack brought the framework here, with its content hash.
  expect((await database().frameworks.get('team-test@1.0.0'))?.hash).toMatch(/^[0-9a-f]{64}$/);
  await score('ap', CASE, 'q1', 'yes');
  await score('ap', CASE, 'q2', 'yes', 'Reviewed on time (p. 3)');
  await score('ap', CASE, 'q3', 'no');
  const first = await workText(INSP, 'ap', '2026-03-02T17:00:00.000Z');
  on(d.lead);
  await merge(INSP, [await ready(first)]);
  const moved = await moveInspectionFramework(
    INSP,
    'team-test@1.1.0',
    {
      items: { q2: 'q2-review' },
      codes: {},
    },
    'lead',
  );
  expect(moved).toEqual({ status: 'moved' });
  return d;
}

describe('a work file made for the version the inspection moved from', () => {
  it('is read through the move: a later change to a renamed question goes forward, with no conflict', async () => {
    const d = await movedWhileApScores();
    on(d.ap);
    await score('ap', CASE, 'q2', 'no', 'Review was late (p. 5)');
    const second = await workText(INSP, 'ap', '2026-03-03T17:00:00.000Z');
    on(d.lead);
    const plan = ok((await preview(INSP, [await ready(second)]))[0]);
    expect(plan.madeFor).toBe('team-test@1.0.0');
    expect(plan.readInto).toBe('team-test@1.1.0');
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.answersTaken).toBe(1);
    await merge(INSP, [await ready(second)]);
    const answer = await getAnswer(database(), CASE, 'q2-review');
    expect(answer).toMatchObject({ value: 'no', note: 'Review was late (p. 5)', by: 'ap' });
    // The question no longer asked keeps its answer; nothing was written under the old id.
    expect((await getAnswer(database(), CASE, 'q3'))?.value).toBe('no');
    expect((await getAnswer(database(), CASE, 'q2'))?.value).toBe('yes');
  });

  it('changes nothing when the inspector changed nothing since the move', async () => {
    const d = await movedWhileApScores();
    on(d.ap);
    const again = await workText(INSP, 'ap', '2026-03-03T17:00:00.000Z');
    on(d.lead);
    const plan = ok((await preview(INSP, [await ready(again)]))[0]);
    expect(plan.counts).toMatchObject({ answersTaken: 0, conflicts: 0, updatedCases: 0 });
  });

  it('a pack made after the move is refused on a device still on the old version, saying what to do', async () => {
    const d = await movedWhileApScores();
    const pack = await packText(INSP, 'ap');
    on(d.ap);
    const plan = (await preview(INSP, [await ready(pack)], 'ap'))[0];
    expect(plan?.status).toBe('refused');
    if (plan?.status !== 'refused') return;
    expect(plan.errors[0]?.message).toContain(
      'the inspection was moved to team-test@1.1.0 on the device that made it, and this device still uses team-test@1.0.0. Send the work done here to that device as it is: it is read there through the move.',
    );
  });

  it('is refused, saying which version it is for, when the inspection never used that version', async () => {
    const d = devices();
    on(d.lead);
    await leadInspection();
    const work = await workText(INSP, 'ap').catch(() => null);
    expect(work).not.toBeNull();
    await database().inspections.update(INSP, { framework: { id: 'team-test', version: '2.0.0' } });
    await database().frameworks.add(
      importedFrameworkRecord({ ...TEAM_FRAMEWORK, version: '2.0.0' }, '2026-03-02T09:00:00.000Z'),
    );
    const plan = (await preview(INSP, [await ready(work!)]))[0];
    expect(plan?.status).toBe('refused');
    if (plan?.status !== 'refused') return;
    expect(plan.errors[0]?.message).toContain('(framework team-test@1.0.0)');
    expect(plan.errors[0]?.message).toContain(
      'this inspection uses team-test@2.0.0. Only work made for team-test@2.0.0, or for a version this inspection was moved from, can be merged.',
    );
  });
});

/** 1.2.0: as 1.1.0, with q2-review answered on its own scale, where "yes" became "met". */
const RECODED: Framework = {
  ...NEXT,
  version: '1.2.0',
  scales: [
    yesNoScale,
    {
      ...yesNoScale,
      id: 'met-not',
      options: [{ ...yesNoScale.options[0]!, value: 'met', label: 'Met' }, yesNoScale.options[1]!],
    },
  ],
  sections: [
    {
      ...NEXT.sections[0]!,
      standards: [
        {
          ...NEXT.sections[0]!.standards[0]!,
          questions: [judgement('q1', { key: true }), judgement('q2-review', { scale: 'met-not' })],
        },
      ],
    },
  ],
};
const moveRecoded = () =>
  moveInspectionFramework(
    INSP,
    'team-test@1.2.0',
    { items: { q2: 'q2-review' }, codes: { q2: { yes: 'met' } } },
    'lead',
  );

/** The lead asks jm to read ap's case 1 (complete: yes, yes, yes) again; jm opens the pack. */
async function jmAskedToReadAgain() {
  const d = devices();
  on(d.lead);
  await leadInspection();
  await database().frameworks.add(importedFrameworkRecord(RECODED, '2026-03-02T09:00:00.000Z'));
  for (const item of ['q1', 'q2', 'q3']) await score('ap', CASE, item, 'yes');
  expect((await completeCase({ caseId: CASE, by: 'lead', device: DEVICE.lead })).status).toBe(
    'done',
  );
  const assigned = await assignSecondReadings({
    inspectionId: INSP,
    assignments: [{ caseId: CASE, secondReaderId: 'jm' }],
    selection: { method: 'hand', seed: null, description: null, at: MADE.exportedAt, by: 'lead' },
    by: 'lead',
  });
  expect(assigned.status).toBe('done');
  const pack = await packText(INSP, 'jm');
  on(d.jm);
  await merge(INSP, [await ready(pack)], 'jm');
  return d;
}

/** jm answers one question of the second reading on their device. */
async function read(itemId: string, value: string): Promise<void> {
  const stored = (await getModeration(INSP, CASE))?.data.secondReading[itemId];
  const saved = await saveSecondAnswer({
    caseId: CASE,
    itemId,
    patch: { value },
    base: stored ?? { value: null, note: '', rev: 0 },
    by: 'jm',
    device: DEVICE.jm,
  });
  expect(saved.status).toBe('saved');
}

const jmWork = async (exportedAt: string): Promise<IncomingFile> =>
  ready(await workText(INSP, 'jm', exportedAt));

const moderationRows = async () => canonicalJson(await database().moderation.toArray());

async function agreementOn(questionId: string) {
  const loaded = (await loadModerationReadings(INSP))!;
  const result = moderationAgreement(loaded.framework, loaded.readings);
  const row = result.standards.flatMap((s) => s.questions).find((q) => q.questionId === questionId);
  return row ? [row.agreed, row.pairs] : null;
}

describe('a second reading in a work file made for the version the inspection moved from', () => {
  it('is read through the move: under the renamed question, with the renamed code, and counted', async () => {
    const d = await jmAskedToReadAgain();
    await read('q1', 'yes');
    await read('q2', 'yes');
    await read('q3', 'no');
    const finished = await finishSecondReading({ inspectionId: INSP, caseId: CASE, by: 'jm' });
    expect(finished.status).toBe('done');
    const work = await jmWork('2026-03-03T17:00:00.000Z');
    const again = await jmWork('2026-03-04T17:00:00.000Z');
    on(d.lead);
    expect(await moveRecoded()).toEqual({ status: 'moved' });
    const merged = await merge(INSP, [work]);
    expect(merged.moderation).toEqual([`${work.name}: 1 second reading merged`]);
    const { data } = (await getModeration(INSP, CASE))!;
    expect(data.status).toBe('read');
    // The question no longer asked keeps its id, as the case's answers do.
    expect(Object.keys(data.secondReading).sort()).toEqual(['q1', 'q2-review', 'q3']);
    expect(data.secondReading['q2-review']).toMatchObject({ value: 'met', by: 'jm' });
    expect(await agreementOn('q2-review')).toEqual([1, 1]);
    const before = await moderationRows();
    expect((await merge(INSP, [work, again])).moderation).toEqual([]);
    expect(await moderationRows()).toBe(before);
  });

  it('changes nothing when unchanged since the move, and takes a later change forward', async () => {
    const d = await jmAskedToReadAgain();
    await read('q2', 'yes');
    const early = await jmWork('2026-03-03T12:00:00.000Z');
    const unchanged = await jmWork('2026-03-03T17:00:00.000Z');
    on(d.lead);
    await merge(INSP, [early]);
    expect(await moveRecoded()).toEqual({ status: 'moved' });
    const moved = await moderationRows();
    expect((await merge(INSP, [unchanged])).moderation).toEqual([]);
    expect(await moderationRows()).toBe(moved);
    on(d.jm);
    await read('q2', 'no');
    const changed = await jmWork('2026-03-04T17:00:00.000Z');
    on(d.lead);
    const merged = await merge(INSP, [changed]);
    expect(merged.moderation).toEqual([`${changed.name}: 1 second reading merged`]);
    const reading = (await getModeration(INSP, CASE))!.data.secondReading;
    expect(Object.keys(reading)).toEqual(['q2-review']);
    expect(reading['q2-review']).toMatchObject({ value: 'no', by: 'jm' });
  });
});
