/**
 * Team files made before case ids were random name cases by ids made from their reference.
 * They still merge into an inspection whose cases this device has since given random ids, on
 * the right cases; and a case arriving from one gets a random id, never its reference.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getAnswer } from '../../src/db/cases/answerStore';
import { database, useDatabase } from '../../src/db/connection';
import type { CaseAuditDatabase } from '../../src/db/database';
import { adoptLegacyDatabase } from '../../src/db/protection/adoptLegacy';
import { LegacyCaseAuditDatabase } from '../../src/db/protection/legacyDatabase';
import {
  type InspectionFixture,
  inspectionFixture,
  storeInspectionFixture,
} from '../fixtures/inspectionFixture';
import { devices, merge, on, packText, ready, score, workText } from '../fixtures/teamDb';
import { TEAM_FRAMEWORK } from '../fixtures/teamFixture';

afterEach(() => useDatabase(null));

const INSP = 'insp-team';
let n = 0;

/** The lead's inspection as earlier versions stored it: case ids made from the reference. */
function oldInspection(): InspectionFixture {
  const fixture = inspectionFixture({ framework: TEAM_FRAMEWORK, id: INSP, caseCount: 4 });
  return { ...fixture, cases: fixture.cases.map((c) => ({ ...c, id: `${INSP}-${c.ref}` })) };
}

async function casesHere() {
  const cases = await database().cases.where('inspectionId').equals(INSP).toArray();
  return new Map(cases.map((c) => [c.ref, c.id]));
}

function noReferenceIn(ids: Map<string, string>) {
  for (const [ref, id] of ids) expect(id).not.toContain(ref);
}

describe('team files made before case ids were random', () => {
  it('an inspector’s work merges into the lead’s adopted inspection, on the right cases', async () => {
    const d = devices();
    const old = oldInspection();
    const [first, , third] = old.cases;
    // The inspector's laptop, before: the pack merged, two cases scored, work exported.
    on(d.ap);
    await storeInspectionFixture(database(), old);
    await score('ap', first!.id, 'q1', 'yes', 'Allocation memo, p. 3');
    await score('ap', third!.id, 'q2', 'no', 'No plan on file');
    const work = await ready(await workText(INSP, 'ap'));
    expect(work.file.cases.map((c) => c.id)).toContain(first!.id);

    // The lead's laptop: its old data adopted into the lead's space, under random ids.
    const legacyName = `old-team-legacy-${n++}`;
    const legacy = new LegacyCaseAuditDatabase(legacyName);
    await storeInspectionFixture(legacy as CaseAuditDatabase, old);
    legacy.close();
    await adoptLegacyDatabase(on(d.lead), { legacyName });
    const before = await casesHere();
    expect(before.size).toBe(4);
    noReferenceIn(before);

    const outcome = await merge(INSP, [work]);
    expect(outcome.files[0]).toMatchObject({ status: 'ok', counts: { newCases: 0 } });
    expect(await casesHere()).toEqual(before);
    const answer = await getAnswer(database(), before.get(first!.ref)!, 'q1');
    expect(answer).toMatchObject({ value: 'yes', note: 'Allocation memo, p. 3', by: 'ap' });
    expect(await getAnswer(database(), before.get(third!.ref)!, 'q2')).toMatchObject({
      value: 'no',
      note: 'No plan on file',
    });

    // Merging it again changes nothing.
    const again = await merge(INSP, [work]);
    expect(again.files[0]?.status).toBe('already-merged');
  });

  it('a pack from before brings its cases under random ids, and work from before lands on them', async () => {
    const d = devices();
    const old = oldInspection();
    const [first] = old.cases;
    on(d.lead);
    await storeInspectionFixture(database(), old);
    await score('lead', first!.id, 'q1', 'no', 'Lead’s reading');
    const pack = await ready(await packText(INSP, null));
    on(d.ap);
    await storeInspectionFixture(database(), old);
    await score('ap', first!.id, 'q2', 'yes', 'Seen at the review');
    const work = await ready(await workText(INSP, 'ap'));

    // A new device: the pack brings the inspection.
    on(d.jm);
    await merge(INSP, [pack], 'jm');
    const ids = await casesHere();
    expect(ids.size).toBe(4);
    noReferenceIn(ids);
    const id = ids.get(first!.ref)!;
    expect(await getAnswer(database(), id, 'q1')).toMatchObject({ note: 'Lead’s reading' });

    await merge(INSP, [work], 'jm');
    expect(await casesHere()).toEqual(ids);
    expect(await getAnswer(database(), id, 'q2')).toMatchObject({ note: 'Seen at the review' });
  });
});
