/**
 * A team file made for the version an inspection has moved from: the lead moved the inspection
 * to 1.1.0 (q2 renamed q2-review, q3 removed) while an inspector kept scoring on 1.0.0. Their
 * work is still merged, read through the recorded move, and the merge says which version the
 * file was made for.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FilePlan, Framework } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { importedFrameworkRecord } from '../../src/db/frameworks/frameworkStore';
import { moveInspectionFramework } from '../../src/db/inspections/moveFramework';
import { judgement } from '../fixtures/frameworkBuilder';
import {
  devices,
  leadInspection,
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
    const answer = await database().answers.get([CASE, 'q2-review']);
    expect(answer).toMatchObject({ value: 'no', note: 'Review was late (p. 5)', by: 'ap' });
    // The question no longer asked keeps its answer; nothing was written under the old id.
    expect((await database().answers.get([CASE, 'q3']))?.value).toBe('no');
    expect((await database().answers.get([CASE, 'q2']))?.value).toBe('yes');
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
