/**
 * Sync on the team server, on PGlite and on PostgreSQL: the lead's pack puts the inspection on
 * the server; inspectors push their work (a retried push is merged once) and pull others'
 * changes by sequence number, each only their own cases; two different changes to one answer
 * are kept as an open conflict for the lead; a second reader pulls the case they read without
 * the first reading, by any route; bad input is refused whole, naming the field.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTeamFileValue } from '../../src/core';
import type { PullResponse } from '../../src/core/sync/syncSchemas';
import { nodeSha256 } from '../fixtures/reportFixture';
import {
  AP,
  changeToCase1,
  changeToCase3,
  FIRST_READING_NOTE,
  INSPECTION,
  JM,
  LEAD,
  leadPack,
} from './support/syncFiles';
import { ENGINES } from './support/testDatabases';
import { type Caller, startTestServer, type TestServer } from './support/testServer';

const PEOPLE = {
  lead: { memberId: 'lead', role: 'lead', email: 'okafor@inspectorate.example', name: 'R. Okafor' },
  ap: { memberId: 'ap', role: 'inspector', email: 'patel@inspectorate.example', name: 'A. Patel' },
  jm: {
    memberId: 'jm',
    role: 'inspector',
    email: 'morgan@inspectorate.example',
    name: 'J. Morgan',
  },
  rr: {
    memberId: 'rr',
    role: 'second-reader',
    email: 'reid@inspectorate.example',
    name: 'R. Reid',
  },
  stranger: { memberId: null, role: null, email: 'other@inspectorate.example', name: 'O. Other' },
} as const;
const PASSWORD = 'walnut signal meadow forty';

type Who = keyof typeof PEOPLE;

describe.each(ENGINES)('sync on the team server (%s)', (engine) => {
  let server: TestServer;
  const as = {} as Record<Who, Caller>;
  let admin: Caller;

  beforeEach(async () => {
    server = await startTestServer(engine);
    admin = await server.setUpAdministrator();
    await server.request(
      {
        method: 'POST',
        url: '/api/inspections',
        payload: { id: INSPECTION.id, title: INSPECTION.title },
      },
      admin,
    );
    for (const [who, person] of Object.entries(PEOPLE)) {
      const made = await server.request(
        {
          method: 'POST',
          url: '/api/accounts',
          payload: { email: person.email, name: person.name, password: PASSWORD },
        },
        admin,
      );
      if (person.role) {
        await server.request(
          {
            method: 'PUT',
            url: `/api/inspections/${INSPECTION.id}/members/${made.json().id}`,
            payload: { role: person.role, memberId: person.memberId },
          },
          admin,
        );
      }
      as[who as Who] = await server.signIn(person.email, PASSWORD);
    }
    const pack = await server.request(
      { method: 'POST', url: `/api/inspections/${INSPECTION.id}/files`, payload: await leadPack() },
      as.lead,
    );
    expect(pack.statusCode, pack.body).toBe(200);
  });
  afterEach(async () => {
    await server.close();
  });

  const push = (who: Who, work: object, pushId = randomUUID()) =>
    server.request(
      { method: 'POST', url: `/api/inspections/${INSPECTION.id}/push`, payload: { pushId, work } },
      as[who],
    );
  const pull = async (who: Who, since = 0) => {
    const response = await server.request(
      { method: 'GET', url: `/api/inspections/${INSPECTION.id}/pull?since=${since}` },
      as[who],
    );
    expect(response.statusCode, response.body).toBe(200);
    return { body: response.json() as PullResponse, text: response.body };
  };
  const casesIn = (body: PullResponse) => (body.work?.cases ?? []).map((c) => c.id).sort();

  it('takes a push once however often it is retried, and others pull it by sequence number', async () => {
    const work = await changeToCase1(AP, 'yes', 10);
    const pushId = randomUUID();
    const first = await push('ap', work, pushId);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'merged',
      counts: { answersTaken: 1, conflicts: 0 },
    });
    const retried = await push('ap', work, pushId);
    expect(retried.json()).toMatchObject({ status: 'already-merged', seq: first.json().seq });

    const lead = await pull('lead');
    expect(casesIn(lead.body)).toEqual(['case-1', 'case-2', 'case-3']);
    const case1 = lead.body.work?.cases.find((c) => c.id === 'case-1');
    expect(case1?.answers.q1).toMatchObject({ value: 'yes', rev: 2, device: 'ap-laptop' });
    expect(case1?.history.map((h) => h.value)).toEqual(['no', 'yes']);
    // Pulled again from where it got to: nothing new.
    const again = await pull('lead', lead.body.seq);
    expect(again.body).toEqual({ seq: lead.body.seq, more: false });
  });

  it('sends each inspector only their own cases, and refuses a push to another’s', async () => {
    expect(casesIn((await pull('ap')).body)).toEqual(['case-1']);
    expect(casesIn((await pull('jm')).body)).toEqual(['case-2', 'case-3']);
    const notTheirs = await push('jm', await changeToCase1(JM, 'na', 12));
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json().problems[0]).toEqual({
      path: 'work.cases[0].id',
      message: 'Case LAC-01-01 is not one of your cases.',
    });
    const asSomeoneElse = await push('ap', await changeToCase1(JM, 'na', 12));
    expect(asSomeoneElse.statusCode).toBe(403);
    expect(asSomeoneElse.json().problems[0].path).toBe('work.from.inspectorId');
  });

  it('keeps two different changes to one answer as an open conflict for the lead, never decided', async () => {
    await push('ap', await changeToCase1(AP, 'yes', 10));
    const leads = await push('lead', await changeToCase1(LEAD, 'na', 11));
    expect(leads.json()).toMatchObject({
      status: 'merged',
      counts: { conflicts: 1, keptForLater: 1, answersTaken: 0 },
    });
    const lead = await pull('lead');
    expect(lead.body.conflicts).toHaveLength(1);
    expect(lead.body.conflicts?.[0]).toMatchObject({
      caseId: 'case-1',
      itemId: 'q1',
      status: 'open',
      mine: { value: 'yes', device: 'ap-laptop' },
      theirs: { value: 'na', device: 'lead-tablet' },
    });
    // The answer stays as the first push left it; the inspector is not sent the lead's conflicts.
    expect(lead.body.work?.cases.find((c) => c.id === 'case-1')?.answers.q1?.value).toBe('yes');
    expect((await pull('ap')).body.conflicts).toBeUndefined();
  });

  it('records the lead’s decision on a conflict once, in the audit log, for every device of the lead', async () => {
    await push('ap', await changeToCase1(AP, 'yes', 10));
    await push('lead', await changeToCase1(LEAD, 'na', 11));
    const [conflict] = (await pull('lead')).body.conflicts ?? [];
    if (!conflict) throw new Error('no conflict kept');
    const decision = {
      conflictId: conflict.id,
      caseId: conflict.caseId,
      itemId: conflict.itemId,
      kept: { device: conflict.theirs.device, rev: conflict.theirs.rev },
      resolution: {
        keep: 'theirs',
        at: '2026-12-07T11:00:00.000Z',
        by: 'lead',
        device: 'lead-tablet',
      },
    };
    const decide = (who: Who, body: object) =>
      server.request(
        { method: 'POST', url: `/api/inspections/${INSPECTION.id}/decisions`, payload: body },
        as[who],
      );
    const byInspector = await decide('ap', { decisions: [decision] });
    expect(byInspector.statusCode).toBe(403);
    const malformed = await decide('lead', { decisions: [{ ...decision, kept: 'theirs' }] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().problems[0].path).toBe('decisions[0].kept');

    const first = await decide('lead', { decisions: [decision] });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().recorded).toBe(1);
    // A second decision on the same conflict (another device of the lead) is not recorded.
    const second = await decide('lead', {
      decisions: [{ ...decision, resolution: { ...decision.resolution, keep: 'mine' } }],
    });
    expect(second.json().recorded).toBe(0);

    const [after] = (await pull('lead', first.json().seq - 1)).body.conflicts ?? [];
    expect(after).toMatchObject({
      id: conflict.id,
      status: 'resolved',
      resolution: decision.resolution,
    });
    const csv = (await server.request({ method: 'GET', url: '/api/audit.csv' }, admin)).body;
    const decisions = csv.split('\n').filter((line) => line.includes(',decision,'));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toContain('kept the answer that came second (lead-tablet)');
  });

  it('never sends a second reader the first reading of the case they read', async () => {
    const reader = await pull('rr');
    expect(casesIn(reader.body)).toEqual(['case-3']);
    const case3 = reader.body.work?.cases[0];
    expect(case3?.answers).toEqual({});
    expect(case3?.history).toEqual([]);
    expect(reader.body.assignments?.map((a) => [a.caseId, a.secondReaderId])).toEqual([
      ['case-3', 'rr'],
    ]);
    expect(reader.text).not.toContain(FIRST_READING_NOTE);
    // The first reader changes their reading: the second reader is sent nothing of it.
    expect((await push('jm', await changeToCase3(15))).statusCode).toBe(200);
    const later = await pull('rr', reader.body.seq);
    expect(later.text).not.toContain(FIRST_READING_NOTE);
    for (const kase of later.body.work?.cases ?? []) {
      expect(kase).toMatchObject({ id: 'case-3', answers: {}, history: [] });
    }
    expect((await pull('lead')).text).toContain('visit found later');
    // Nor may the reader push answers to it as the case's.
    const asAnswers = await push('rr', {
      ...(await changeToCase1(
        { inspectorId: 'rr', name: 'R. Reid', device: 'rr-laptop' },
        'yes',
        20,
      )),
    });
    expect(asAnswers.statusCode).toBe(403);
  });

  it('gives each device its first copy as a pack scoped to the caller, which the app reads as any pack', async () => {
    const packOf = async (who: Who) => {
      const response = await server.request(
        { method: 'GET', url: `/api/inspections/${INSPECTION.id}/pack` },
        as[who],
      );
      expect(response.statusCode, response.body).toBe(200);
      const { seq, pack } = response.json() as { seq: number; pack: unknown };
      const read = await readTeamFileValue(pack, nodeSha256);
      if (read.status !== 'ok' || read.value.kind !== 'pack') throw new Error(JSON.stringify(read));
      return { seq, pack: read.value.file, text: response.body };
    };
    const ap = await packOf('ap');
    expect(ap.pack.for).toEqual({ inspectorId: 'ap', name: 'A. Patel' });
    expect(ap.pack.cases.map((c) => c.id)).toEqual(['case-1']);
    expect(ap.pack.framework.id).toBe('team-test');
    const reader = await packOf('rr');
    expect(reader.pack.cases.map((c) => [c.id, c.history.length])).toEqual([['case-3', 0]]);
    expect(reader.pack.moderation.map((a) => a.caseId)).toEqual(['case-3']);
    expect(reader.text).not.toContain(FIRST_READING_NOTE);
    const lead = await packOf('lead');
    expect(lead.pack.for.inspectorId).toBeNull();
    expect(lead.pack.cases).toHaveLength(3);
    // Pulling from the pack's sequence number brings nothing it already had.
    expect((await pull('ap', ap.seq)).body).toEqual({ seq: ap.seq, more: false });
  });

  it('takes the second readings the lead assigns from their device, and sends each reader theirs, blind', async () => {
    const assignment = {
      moderationId: 'second-reading:case-2',
      inspectionId: INSPECTION.id,
      caseId: 'case-2',
      caseRef: 'LAC-01-02',
      secondReaderId: 'ap',
      assignedAt: '2026-03-02T09:30:00.000Z',
      assignedBy: 'lead',
      answers: {},
      finishedAt: null,
    };
    const assign = (who: Who) =>
      server.request(
        {
          method: 'POST',
          url: `/api/inspections/${INSPECTION.id}/assignments`,
          payload: { assignments: [assignment] },
        },
        as[who],
      );
    expect((await assign('jm')).statusCode).toBe(403);
    const given = await assign('lead');
    expect(given.statusCode, given.body).toBe(200);
    const ap = await pull('ap');
    expect(casesIn(ap.body)).toEqual(['case-1', 'case-2']);
    const case2 = ap.body.work?.cases.find((c) => c.id === 'case-2');
    expect(case2).toMatchObject({ answers: {}, history: [] });
    expect(ap.body.assignments?.map((a) => [a.caseId, a.secondReaderId])).toEqual([
      ['case-2', 'ap'],
    ]);
  });

  it('shows the lead the inspection’s own team, to say who each account is in it', async () => {
    const team = await server.request(
      { method: 'GET', url: `/api/inspections/${INSPECTION.id}/team` },
      as.lead,
    );
    expect(team.json()).toEqual([
      { id: 'lead', name: 'R. Okafor', role: 'lead' },
      { id: 'ap', name: 'A. Patel', role: 'inspector' },
      { id: 'jm', name: 'J. Morgan', role: 'inspector' },
      { id: 'rr', name: 'R. Reid', role: 'inspector' },
    ]);
    const inspector = await server.request(
      { method: 'GET', url: `/api/inspections/${INSPECTION.id}/team` },
      as.ap,
    );
    expect(inspector.statusCode).toBe(403);
  });

  it('refuses what a caller may not have, and bad input, whole', async () => {
    const stranger = await server.request(
      { method: 'GET', url: `/api/inspections/${INSPECTION.id}/pull?since=0` },
      as.stranger,
    );
    expect(stranger.statusCode).toBe(404);
    const signedOut = await server.request({
      method: 'GET',
      url: `/api/inspections/${INSPECTION.id}/pull?since=0`,
    });
    expect(signedOut.statusCode).toBe(401);
    for (const since of ['-1', 'abc', '1.5']) {
      const bad = await server.request(
        { method: 'GET', url: `/api/inspections/${INSPECTION.id}/pull?since=${since}` },
        as.ap,
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatch(/^since: /);
    }
    const work = await changeToCase1(AP, 'yes', 10);
    const tampered = await push('ap', { ...work, cases: [] });
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().error).toMatch(/^work/);
    const noId = await server.request(
      { method: 'POST', url: `/api/inspections/${INSPECTION.id}/push`, payload: { work } },
      as.ap,
    );
    expect(noId.statusCode).toBe(400);
    expect(noId.json().problems[0].path).toBe('pushId');
    // Nothing of the refused pushes was taken.
    const lead = await pull('lead');
    expect(lead.body.work?.cases.find((c) => c.id === 'case-1')?.answers.q1?.value).toBe('no');
  });
});
