/**
 * Moving an inspection to another version carries the records that name its questions and
 * standards in the same transaction as the answers: second readings and the lead's decisions keep
 * their agreement figures under the renamed question, open conflicts name its new id, and a
 * rating override follows its renamed standard. Records on questions no longer asked are kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Answer,
  assignedReading,
  type ConflictRecord,
  computeFindings,
  type Framework,
  findingsCasesOf,
  type ModerationData,
  moderationAgreement,
  moderationIdOf,
} from '../../src/core';
import { groupNamesOf } from '../../src/core/findings/findingsOptions';
import { getAnswer } from '../../src/db/cases/answerStore';
import { loadFindingsSource } from '../../src/db/cases/findingsSource';
import { database, useDatabase } from '../../src/db/connection';
import { openConflictsNow, resolveConflict } from '../../src/db/exchange/mergeConflicts';
import { importedFrameworkRecord } from '../../src/db/frameworks/frameworkStore';
import {
  moveInspectionFramework,
  previewFrameworkMove,
} from '../../src/db/inspections/moveFramework';
import {
  getModeration,
  loadModerationReadings,
  loadModerationSummary,
} from '../../src/db/moderation/moderationStore';
import { hmipRating, judgement } from '../fixtures/frameworkBuilder';
import { devices, dump, leadInspection, on, score, who } from '../fixtures/teamDb';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';

const INSP = 'insp-team';
const AT = '2026-03-04T10:00:00.000Z';
const [C1, C2, C3, C4] = [1, 2, 3, 4].map((n) => `${INSP}-case-${n}`) as [
  string,
  string,
  string,
  string,
];

/** 1.1.0, rated: standard st1 renamed st1-care; q1 unchanged, q2 renamed q2-review, q3 removed. */
const NEXT_VERSION: Framework = {
  ...TEAM_FRAMEWORK,
  version: '1.1.0',
  rating: hmipRating(1),
  sections: [
    {
      id: 's1',
      title: 'Section one',
      standards: [
        {
          id: 'st1-care',
          title: 'Care planning',
          questions: [judgement('q1', { key: true }), judgement('q2-review'), judgement('q4')],
        },
      ],
    },
  ],
};
const TO = 'team-test@1.1.0';
const MAPPING = { items: { q2: 'q2-review' }, codes: {} };

function answer(value: string, by = 'jm'): Answer {
  return { value, note: '', rev: 1, at: AT, by, device: `${by}-laptop` };
}

/** A finished second reading by J. Morgan of a case read first by A. Patel. */
async function secondReading(
  caseId: string,
  values: Record<string, string>,
  extra: Partial<ModerationData> = {},
) {
  const assigned = assignedReading(
    {
      caseRef: (await database().cases.get(caseId))!.ref,
      firstReaderId: 'ap',
      secondReaderId: 'jm',
      selection: { method: 'hand', seed: null, description: null, at: AT, by: 'lead' },
      assignedAt: AT,
      assignedBy: 'lead',
    },
    AT,
  );
  const secondReading = Object.fromEntries(
    Object.entries(values).map(([itemId, value]) => [itemId, answer(value)]),
  );
  const data: ModerationData = {
    ...assigned,
    status: 'read',
    secondReading,
    finishedAt: AT,
    finishedBy: 'jm',
    ...extra,
  };
  await database().moderation.put({ id: moderationIdOf(caseId), inspectionId: INSP, caseId, data });
}

function conflict(caseId: string, itemId: string, mine: string, theirs: string): ConflictRecord {
  return {
    id: `${caseId}|${itemId}|work-jm`,
    inspectionId: INSP,
    caseId,
    itemId,
    status: 'open',
    mine: answer(mine, 'ap'),
    theirs: { ...answer(theirs), rev: 2 },
    theirsEntries: [{ itemId, ...answer(theirs), rev: 2, via: 'edit', before: null }],
    source: 'work-jm.json',
    fileId: 'work-jm',
    detectedAt: AT,
    resolution: null,
  };
}

beforeEach(async () => {
  on(devices().lead);
  await leadInspection();
  const db = database();
  await db.frameworks.add(importedFrameworkRecord(NEXT_VERSION, '2026-03-04T09:00:00.000Z'));
  // First reading of q2: yes, no, no, yes; the second: yes, no, yes, yes (agreed 3 of 4).
  await score('ap', C1, 'q2', 'yes');
  await score('jm', C2, 'q2', 'no');
  await score('ap', C3, 'q2', 'no');
  await score('jm', C4, 'q2', 'yes');
  await score('ap', C1, 'q3', 'no');
  await secondReading(C1, { q2: 'yes', q3: 'yes' });
  await secondReading(C2, { q2: 'no' });
  await secondReading(
    C3,
    { q2: 'yes' },
    {
      status: 'decided',
      firstReading: { q2: answer('no', 'ap') },
      decisions: {
        q2: {
          choice: 'first',
          value: 'no',
          rationale: 'The plan was not reviewed in time.',
          first: 'no',
          second: 'yes',
          by: 'lead',
          at: AT,
        },
      },
      decidedAt: AT,
    },
  );
  await secondReading(C4, { q2: 'yes' });
  await db.conflicts.bulkPut([conflict(C2, 'q2', 'no', 'yes'), conflict(C1, 'q3', 'no', 'yes')]);
  const inspection = (await db.inspections.get(INSP))!;
  await db.inspections.put({
    ...inspection,
    ratingOverrides: [
      { standardId: 'st1', rating: 'Good', rationale: 'Strong care plans.', by: 'lead', at: AT },
    ],
  });
});
afterEach(() => useDatabase(null));

async function agreementOn(questionId: string) {
  const loaded = (await loadModerationReadings(INSP))!;
  const result = moderationAgreement(loaded.framework, loaded.readings);
  const row = result.standards.flatMap((s) => s.questions).find((q) => q.questionId === questionId);
  return row ? [row.agreed, row.pairs] : null;
}

const move = () =>
  moveInspectionFramework(INSP, TO, MAPPING, 'lead', () => new Date('2026-03-05T10:00:00.000Z'));

describe('the preview of a move', () => {
  it('counts the second readings, decisions, conflicts and overrides it carries', async () => {
    const plan = await previewFrameworkMove(INSP, TO, MAPPING);
    expect(plan.records).toEqual({
      secondReadings: { mapped: 4, noLongerAsked: 1 },
      decisions: { mapped: 1, noLongerAsked: 0 },
      conflicts: { mapped: 1, noLongerAsked: 1 },
      overridesFollowing: [{ from: 'st1', to: 'st1-care' }],
      overridesNoLongerApplying: [],
    });
  });
});

describe('moving an inspection with second readings, conflicts and overrides', () => {
  it('keeps the agreement on a renamed question: 3 of 4 before and after', async () => {
    expect(await agreementOn('q2')).toEqual([3, 4]);
    expect(await move()).toEqual({ status: 'moved' });
    expect(await agreementOn('q2-review')).toEqual([3, 4]);
    const summary = (await loadModerationSummary(INSP))!.figures;
    expect([summary.disagreements, summary.decided, summary.changed]).toEqual([1, 1, 0]);
  });

  it('keeps a second reading of a question no longer asked, which stops counting', async () => {
    await move();
    const record = (await getModeration(INSP, C1))!;
    expect(Object.keys(record.data.secondReading).sort()).toEqual(['q2-review', 'q3']);
    expect(record.data.secondReading.q3?.value).toBe('yes');
    const decided = (await getModeration(INSP, C3))!.data;
    expect(Object.keys(decided.decisions)).toEqual(['q2-review']);
    expect(decided.firstReading).toEqual({ 'q2-review': answer('no', 'ap') });
  });

  it('shows a conflict on a renamed question under its new id, and resolves it there', async () => {
    await move();
    const open = await openConflictsNow(INSP);
    expect(open.map((c) => [c.caseId, c.itemId, c.current?.value])).toEqual([
      [C1, 'q3', 'no'],
      [C2, 'q2-review', 'no'],
    ]);
    expect(open[1]?.theirsEntries.map((e) => e.itemId)).toEqual(['q2-review']);
    const resolved = await resolveConflict(`${C2}|q2|work-jm`, 'theirs', who('lead'));
    expect(resolved.status).toBe('resolved');
    expect((await getAnswer(database(), C2, 'q2-review'))?.value).toBe('yes');
  });

  it('lets a rating override follow its renamed standard', async () => {
    await move();
    const source = (await loadFindingsSource(INSP))!;
    const result = computeFindings(source.framework!, findingsCasesOf(source.cases), {
      completeOnly: false,
      names: groupNamesOf(source.inspection),
      ratingOverrides: source.inspection.ratingOverrides,
    });
    const standard = result.standards.find((s) => s.standardId === 'st1-care');
    expect(standard?.override?.rating).toBe('Good');
    expect(result.warnings).toEqual([]);
  });

  it('changes nothing when it fails part way', async () => {
    const db = database();
    const before = await dump();
    db.inspections.hook('updating', () => {
      throw new Error('storage failed');
    });
    expect((await move()).status).toBe('refused');
    expect(await dump()).toBe(before);
  });
});
