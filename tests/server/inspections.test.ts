/**
 * Inspections on the team server and the roles in them, on PGlite and on PostgreSQL: an
 * administrator creates one and names its lead; the lead gives roles in it; an inspector may
 * not; an inspection one has no part in is not found.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from './support/testDatabases';
import { type Caller, startTestServer, type TestServer } from './support/testServer';

const PEOPLE = {
  lead: {
    email: 'lee.lead@inspectorate.example',
    name: 'Lee Lead',
    password: 'harbour pepper cloud three',
  },
  inspector: {
    email: 'ivy.inspector@inspectorate.example',
    name: 'Ivy Inspector',
    password: 'orange tunnel basket five',
  },
  reader: {
    email: 'rob.reader@inspectorate.example',
    name: 'Rob Reader',
    password: 'silver kettle garden nine',
  },
};

describe.each(ENGINES)('inspections and roles on the team server (%s)', (engine) => {
  let server: TestServer;
  let admin: Caller;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    server = await startTestServer(engine);
    admin = await server.setUpAdministrator();
    for (const [key, person] of Object.entries(PEOPLE)) {
      const made = await server.request(
        { method: 'POST', url: '/api/accounts', payload: person },
        admin,
      );
      ids[key] = made.json().id;
    }
  });
  afterEach(async () => {
    await server.close();
  });

  const give = (inspectionId: string, who: string, role: string, as: Caller) =>
    server.request(
      { method: 'PUT', url: `/api/inspections/${inspectionId}/members/${who}`, payload: { role } },
      as,
    );

  it('lets the administrator create an inspection and name its lead, who then gives roles', async () => {
    const made = await server.request(
      {
        method: 'POST',
        url: '/api/inspections',
        payload: { title: 'Joint thematic: case supervision' },
      },
      admin,
    );
    expect(made.statusCode).toBe(201);
    const inspectionId = made.json().id as string;
    expect((await give(inspectionId, ids.lead!, 'lead', admin)).statusCode).toBe(200);

    const lead = await server.signIn(PEOPLE.lead.email, PEOPLE.lead.password);
    expect(lead.signedIn.memberships).toEqual([
      { inspectionId, title: 'Joint thematic: case supervision', role: 'lead' },
    ]);
    expect((await give(inspectionId, ids.inspector!, 'inspector', lead)).statusCode).toBe(200);
    const members = await give(inspectionId, ids.reader!, 'second-reader', lead);
    expect(
      members.json().map((m: { name: string; role: string }) => `${m.name}: ${m.role}`),
    ).toEqual(['Ivy Inspector: inspector', 'Lee Lead: lead', 'Rob Reader: second-reader']);

    const inspector = await server.signIn(PEOPLE.inspector.email, PEOPLE.inspector.password);
    const refused = await give(inspectionId, ids.inspector!, 'lead', inspector);
    expect(refused.statusCode).toBe(403);
    const mine = await server.request({ method: 'GET', url: '/api/inspections' }, inspector);
    expect(mine.json()).toEqual([
      { id: inspectionId, title: 'Joint thematic: case supervision', role: 'inspector' },
    ]);
  });

  it('makes a lead who puts their own inspection on the server its lead there', async () => {
    const lead = await server.signIn(PEOPLE.lead.email, PEOPLE.lead.password);
    const made = await server.request(
      {
        method: 'POST',
        url: '/api/inspections',
        payload: { id: 'insp-from-device', title: 'From the lead’s device', memberId: 'lead-1' },
      },
      lead,
    );
    expect(made.statusCode).toBe(201);
    const members = await server.request(
      { method: 'GET', url: '/api/inspections/insp-from-device/members' },
      lead,
    );
    expect(members.json()).toEqual([
      expect.objectContaining({ name: 'Lee Lead', role: 'lead', memberId: 'lead-1' }),
    ]);
    const again = await server.request(
      { method: 'POST', url: '/api/inspections', payload: { id: 'insp-from-device', title: 'x' } },
      lead,
    );
    expect(again.statusCode).toBe(409);
    // An administrator putting their own inspection there leads it too.
    await server.request(
      {
        method: 'POST',
        url: '/api/inspections',
        payload: { id: 'insp-admin-device', title: 'Mine' },
      },
      admin,
    );
    const mine = await server.request({ method: 'GET', url: '/api/me' }, admin);
    expect(mine.json().memberships).toEqual([
      { inspectionId: 'insp-admin-device', title: 'Mine', role: 'lead' },
    ]);
  });

  it('says an inspection one has no part in is not found, and refuses a role it does not know', async () => {
    const inspectionId = (
      await server.request(
        { method: 'POST', url: '/api/inspections', payload: { title: 'Other' } },
        admin,
      )
    ).json().id as string;
    const lead = await server.signIn(PEOPLE.lead.email, PEOPLE.lead.password);
    const stranger = await server.request(
      { method: 'GET', url: `/api/inspections/${inspectionId}/members` },
      lead,
    );
    expect(stranger.statusCode).toBe(404);
    const unknownRole = await give(inspectionId, ids.lead!, 'chief', admin);
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.json().problems[0].path).toBe('role');
    const nobody = await give(inspectionId, 'no-such-account', 'lead', admin);
    expect(nobody.statusCode).toBe(404);
  });

  it('takes a role away, and records every role change in the audit log', async () => {
    const inspectionId = (
      await server.request(
        { method: 'POST', url: '/api/inspections', payload: { title: 'Audit' } },
        admin,
      )
    ).json().id as string;
    await give(inspectionId, ids.inspector!, 'inspector', admin);
    const removed = await server.request(
      { method: 'DELETE', url: `/api/inspections/${inspectionId}/members/${ids.inspector}` },
      admin,
    );
    expect(removed.statusCode).toBe(204);
    const csv = (await server.request({ method: 'GET', url: '/api/audit.csv' }, admin)).body;
    expect(csv).toContain('role-given');
    expect(csv).toContain('ivy.inspector@inspectorate.example: Inspector');
    expect(csv).toContain('role-removed');
  });
});
