/**
 * A push is merged against what the server holds of its own inspection, and of that only the
 * cases it brings: found by id, or by the id made from a case's reference that a file from before
 * names it by. Worked example: A. Patel changes q1 of case 1 from the lead's "no" to "yes"; the
 * lead's own change to "na", from a device that still names case 1 `insp-team-LAC-01-01`, is then
 * a conflict (both changed revision 1), never taken over A. Patel's answer. And the sequence
 * number a push answers is its inspection's, whatever another inspection has written since.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../src/core/sync/syncSchemas';
import { caseWith, entry, workFile } from '../fixtures/teamFixture';
import {
  AP,
  changeToCase1,
  INSPECTION,
  LEAD,
  LEAD_Q1,
  leadPack,
  minute,
} from './support/syncFiles';
import { ENGINES } from './support/testDatabases';
import { type Caller, startTestServer, type TestServer } from './support/testServer';

const PASSWORD = 'walnut signal meadow forty';

describe.each(ENGINES)('what a push is merged against (%s)', (engine) => {
  let server: TestServer;
  let admin: Caller;
  const as = {} as Record<'lead' | 'ap', Caller>;

  beforeEach(async () => {
    server = await startTestServer(engine);
    admin = await server.setUpAdministrator();
    await server.request(
      { method: 'POST', url: '/api/inspections', payload: { id: INSPECTION.id, title: 'T' } },
      admin,
    );
    for (const [who, role, name] of [
      ['lead', 'lead', 'R. Okafor'],
      ['ap', 'inspector', 'A. Patel'],
    ] as const) {
      const email = `${who}@inspectorate.example`;
      const made = await server.request(
        { method: 'POST', url: '/api/accounts', payload: { email, name, password: PASSWORD } },
        admin,
      );
      await server.request(
        {
          method: 'PUT',
          url: `/api/inspections/${INSPECTION.id}/members/${made.json().id}`,
          payload: { role, memberId: who },
        },
        admin,
      );
      as[who] = await server.signIn(email, PASSWORD);
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

  const push = (who: 'lead' | 'ap', work: object) =>
    server.request(
      {
        method: 'POST',
        url: `/api/inspections/${INSPECTION.id}/push`,
        payload: { pushId: randomUUID(), work },
      },
      as[who],
    );

  it('finds the held answers of a case named by the id made from its reference', async () => {
    expect((await push('ap', await changeToCase1(AP, 'yes', 10))).json()).toMatchObject({
      counts: { answersTaken: 1, conflicts: 0 },
    });
    const leads = entry('q1', {
      value: 'na',
      rev: 2,
      at: minute(11),
      device: LEAD.device,
      by: 'lead',
      before: { value: 'no', note: '' },
    });
    const fromBefore = await workFile(
      [caseWith(1, [LEAD_Q1, leads], { id: `${INSPECTION.id}-LAC-01-01` })],
      { from: LEAD, exportedAt: minute(12) },
    );
    const merged = await push('lead', fromBefore);
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ counts: { answersTaken: 0, conflicts: 1 } });

    const pulled = await server.request(
      { method: 'GET', url: `/api/inspections/${INSPECTION.id}/pull?since=0` },
      as.lead,
    );
    const body = pulled.json() as PullResponse;
    expect(body.work?.cases.map((c) => c.id).sort()).toEqual(['case-1', 'case-2', 'case-3']);
    expect(body.work?.cases.find((c) => c.id === 'case-1')?.answers.q1?.value).toBe('yes');
    expect(body.conflicts?.map((c) => [c.caseId, c.mine?.value, c.theirs.value])).toEqual([
      ['case-1', 'yes', 'na'],
    ]);
  });

  it('answers the inspection’s sequence number, whatever another inspection wrote since', async () => {
    const work = await changeToCase1(AP, 'yes', 10);
    const pushId = randomUUID();
    const url = `/api/inspections/${INSPECTION.id}/push`;
    const first = await server.request({ method: 'POST', url, payload: { pushId, work } }, as.ap);
    expect(first.json()).toMatchObject({ status: 'merged' });
    // Another inspection takes a case: the server's sequence moves on, this inspection's not.
    await server.request(
      { method: 'POST', url: '/api/inspections', payload: { id: 'insp-other', title: 'Other' } },
      admin,
    );
    await server.database.db.query(
      `insert into sync_cases (id, inspection_id, record, seq)
       values ('other-1', 'insp-other', '{}'::jsonb, nextval('sync_seq'))`,
    );
    const retried = await server.request({ method: 'POST', url, payload: { pushId, work } }, as.ap);
    expect(retried.json()).toEqual({
      ...first.json(),
      status: 'already-merged',
      counts: expect.any(Object),
    });
    // Pulled from there, the inspection has nothing newer.
    const pulled = await server.request(
      { method: 'GET', url: `/api/inspections/${INSPECTION.id}/pull?since=${first.json().seq}` },
      as.lead,
    );
    expect(pulled.json()).toEqual({ seq: first.json().seq, more: false });
  });
});
