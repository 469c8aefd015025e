/**
 * A first reader's later edits merged onto a moderated case: the lead's decisions are never
 * overwritten in silence. Worked through on two devices: A. Patel scores LAC-01-01 on their
 * laptop and sends their work; the lead has J. Morgan read it again, and decides the two
 * disagreements — q2 takes the second reading's "no" (a new revision of the answer), q3 keeps
 * the first reading's "no" (no new revision, but a history entry). Meanwhile A. Patel, who never
 * heard of the moderation, reopens the case and changes q2 and q3 from the answers they had.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FilePlan } from '../../src/core';
import { allAnswers, getAnswer } from '../../src/db/cases/answerStore';
import { completeCase, reopenCase } from '../../src/db/cases/caseStatusWriter';
import { database, useDatabase } from '../../src/db/connection';
import { openConflicts } from '../../src/db/exchange/mergeConflicts';
import { assignSecondReadings } from '../../src/db/moderation/moderationAssignment';
import { decideDisagreement } from '../../src/db/moderation/moderationDecisions';
import { finishSecondReading, saveSecondAnswer } from '../../src/db/moderation/secondReadingStore';
import {
  DEVICE,
  devices,
  dump,
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

afterEach(() => useDatabase(null));

const INSP = 'insp-team';
const CASE = 'insp-team-case-1';
const clock = (iso: string) => () => new Date(iso);

function ok(plan: FilePlan | undefined): Extract<FilePlan, { status: 'ok' }> {
  if (plan?.status !== 'ok') throw new Error(`expected ok: ${JSON.stringify(plan)}`);
  return plan;
}

/** LAC-01-01 scored by ap on their laptop (q1 yes, q2 yes, q3 no), complete, merged on the lead's. */
async function scoredAndMerged() {
  const d = devices();
  on(d.lead);
  await leadInspection();
  const pack = await packText(INSP, 'ap');
  on(d.ap);
  await merge(INSP, [await ready(pack)], 'ap');
  await score('ap', CASE, 'q1', 'yes', 'Allocation memo, p. 3');
  await score('ap', CASE, 'q2', 'yes');
  await score('ap', CASE, 'q3', 'no', 'No review recorded');
  expect((await completeCase({ caseId: CASE, by: 'ap', device: DEVICE.ap })).status).toBe('done');
  const work = await workText(INSP, 'ap');
  on(d.lead);
  await merge(INSP, [await ready(work)]);
  return { d, work };
}

/** jm reads LAC-01-01 again (q2 and q3 differ); the lead takes jm's q2 and keeps ap's q3. */
async function moderated() {
  const at = clock('2026-03-04T11:00:00.000Z');
  expect(
    (
      await assignSecondReadings({
        inspectionId: INSP,
        assignments: [{ caseId: CASE, secondReaderId: 'jm' }],
        selection: {
          method: 'hand',
          seed: null,
          description: null,
          at: MADE.exportedAt,
          by: 'lead',
        },
        by: 'lead',
      })
    ).status,
  ).toBe('done');
  for (const [itemId, value] of [
    ['q1', 'yes'],
    ['q2', 'no'],
    ['q3', 'yes'],
  ] as const) {
    const saved = await saveSecondAnswer(
      {
        caseId: CASE,
        itemId,
        patch: { value },
        base: { value: null, note: '', rev: 0 },
        by: 'jm',
        device: DEVICE.jm,
      },
      at,
    );
    expect(saved.status).toBe('saved');
  }
  expect(
    (await finishSecondReading({ inspectionId: INSP, caseId: CASE, by: 'jm' }, at)).status,
  ).toBe('done');
  const decide = (itemId: string, choice: 'first' | 'second', minute: number) =>
    decideDisagreement(
      {
        inspectionId: INSP,
        caseId: CASE,
        itemId,
        choice,
        rationale: `Decided on ${itemId}`,
        by: 'lead',
        device: DEVICE.lead,
      },
      clock(`2026-03-05T10:${String(minute).padStart(2, '0')}:00.000Z`),
    );
  expect(await decide('q2', 'second', 1)).toMatchObject({ status: 'done', changed: true });
  expect(await decide('q3', 'first', 2)).toMatchObject({
    status: 'done',
    changed: false,
    caseModerated: true,
  });
}

describe('a moderated case and the first reader’s later work', () => {
  it('every later edit of a decided answer is a conflict for the lead, never a silent overwrite', async () => {
    const { d } = await scoredAndMerged();
    await moderated();
    const decided = {
      q2: await getAnswer(database(), CASE, 'q2'),
      q3: await getAnswer(database(), CASE, 'q3'),
    };
    expect(decided.q2).toMatchObject({ value: 'no', rev: 2, device: DEVICE.lead });
    // Kept: the answer is ap's still, at its revision.
    expect(decided.q3).toMatchObject({ value: 'no', rev: 1, device: DEVICE.ap });

    // Meanwhile, on ap's laptop: reopened, q2 and q3 changed from what ap had, completed again.
    on(d.ap);
    expect((await reopenCase({ caseId: CASE, by: 'ap', device: DEVICE.ap })).status).toBe('done');
    await score('ap', CASE, 'q2', 'yes', 'Supervision notes seen');
    await score('ap', CASE, 'q3', 'yes');
    expect((await completeCase({ caseId: CASE, by: 'ap', device: DEVICE.ap })).status).toBe('done');
    const later = await workText(INSP, 'ap', '2026-03-06T09:00:00.000Z');

    on(d.lead);
    const before = await dump();
    const plan = ok((await preview(INSP, [await ready(later)]))[0]);
    expect(plan.conflicts.map((c) => [c.itemId, c.mine?.value, c.theirs.value])).toEqual([
      ['q2', 'no', 'yes'],
      ['q3', 'no', 'yes'],
      ['#status', 'moderated', 'complete'],
    ]);
    expect(plan.counts.answersTaken).toBe(0);
    expect(await dump()).toBe(before);

    // Merged with the conflicts kept for later: the decisions stand, the case stays moderated.
    await merge(INSP, [await ready(later)]);
    expect(await getAnswer(database(), CASE, 'q2')).toEqual(decided.q2);
    expect(await getAnswer(database(), CASE, 'q3')).toEqual(decided.q3);
    expect((await database().cases.get(CASE))?.status).toBe('moderated');
    expect((await openConflicts(INSP)).map((c) => c.itemId).sort()).toEqual([
      '#status',
      'q2',
      'q3',
    ]);
  });

  it('the first reader’s work from before the decisions changes nothing', async () => {
    const { d } = await scoredAndMerged();
    await moderated();
    on(d.ap);
    // The same work exported again (a new file, so not recognised by its hash).
    const again = await workText(INSP, 'ap', '2026-03-06T09:00:00.000Z');
    on(d.lead);
    const tables = async () => {
      const db = database();
      return JSON.stringify([
        await db.cases.toArray(),
        await allAnswers(db),
        await db.answerHistory.toArray(),
        await db.conflicts.toArray(),
        await db.moderation.toArray(),
      ]);
    };
    const before = await tables();
    const plan = ok((await preview(INSP, [await ready(again)]))[0]);
    expect(plan.conflicts).toEqual([]);
    // ap's two cases: LAC-01-01 (moderated here since) and LAC-01-03.
    expect(plan.counts).toMatchObject({ answersTaken: 0, updatedCases: 0, unchangedCases: 2 });
    await merge(INSP, [await ready(again)]);
    // Only the file's record is new.
    expect(await tables()).toBe(before);
  });
});
