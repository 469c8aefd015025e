/**
 * The API's OpenAPI description, on PGlite and on PostgreSQL: served without signing in, valid
 * JSON, it describes every route the app has under /api (read from the app itself, so a route
 * added without a description fails here), and its schemas — generated from core's zod schemas —
 * accept real bodies: a sign-in, a push of work built with the app's own builders, and the
 * server's replies.
 */
import { randomUUID } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_API_PATH } from '../../src/server/http/openApiRoutes';
import { AP, changeToCase1, INSPECTION, leadPack } from './support/syncFiles';
import { ENGINES } from './support/testDatabases';
import { ADMIN, startTestServer, type TestServer } from './support/testServer';

type Operation = {
  security: unknown[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, unknown>;
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
};

/**
 * Every method and path the app routes, from Fastify's own listing (one line per route node,
 * indented four characters a level, each under its parent's path), in OpenAPI's form.
 */
function routesOf(printed: string): string[] {
  const parents: string[] = [];
  const routes: string[] = [];
  for (const line of printed.split('\n')) {
    const node = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([^)]*)\))?$/.exec(line);
    if (!node) continue;
    const depth = (node[1] ?? '').length / 4;
    const path = (parents[depth - 1] ?? '') + (node[2] ?? '');
    parents[depth] = path;
    parents.length = depth + 1;
    for (const method of (node[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) {
      routes.push(`${method.toLowerCase()} ${path.replace(/:(\w+)/g, '{$1}')}`);
    }
  }
  return routes.filter((route) => route.split(' ')[1]?.startsWith('/api/')).sort();
}

describe.each(ENGINES)('the OpenAPI description of the team server (%s)', (engine) => {
  let server: TestServer;
  let document: Document;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);

  /** Validates a body against a named schema of the document, returning Ajv's errors. */
  function problems(name: string, value: unknown) {
    const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
    if (!validate) throw new Error(`no schema ${name}`);
    return validate(value) ? [] : validate.errors;
  }

  beforeAll(async () => {
    server = await startTestServer(engine);
    const response = await server.request({ method: 'GET', url: OPEN_API_PATH });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    document = JSON.parse(response.body) as Document;
    ajv.addSchema(document, 'openapi.json');
  });

  afterAll(() => server.close());

  it('is OpenAPI 3.1, with the session cookie and CSRF header, or a bearer token, as security', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'case_audit_session' },
      csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      bearer: { type: 'http', scheme: 'bearer' },
    });
    expect(document.paths['/api/sign-in']?.post?.security).toEqual([]);
    expect(document.paths['/api/inspections/{id}/push']?.post?.security).toEqual([
      { session: [], csrfToken: [] },
      { bearer: [] },
    ]);
    expect(document.paths['/api/me']?.get?.security).toEqual([{ session: [] }, { bearer: [] }]);
  });

  it('describes every route the app has under /api, and no other', () => {
    const described = Object.entries(document.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`))
      .sort();
    const routed = routesOf(server.app.printRoutes({ commonPrefix: false }));
    // The listing is read right: nested routes come out whole.
    expect(routed).toContain('delete /api/inspections/{id}/members/{accountId}');
    expect(described).toEqual(routed);
  });

  it('names a schema of its own for every body and reply, and every refusal is an ApiError', () => {
    const refs = JSON.stringify(document.paths).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) {
      expect(Object.keys(document.components.schemas)).toContain(ref.split('/').at(-1));
    }
    const push = document.paths['/api/inspections/{id}/push']?.post;
    expect(push?.requestBody?.content['application/json']?.schema.$ref).toBe(
      '#/components/schemas/PushRequest',
    );
    expect(Object.keys(push?.responses ?? {})).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '413',
      '415',
      '500',
      '503',
    ]);
  });

  it('accepts a real sign-in body and refuses one with a field too many', () => {
    const signIn = { email: ADMIN.email, password: ADMIN.password };
    expect(problems('SignInRequest', signIn)).toEqual([]);
    expect(problems('SignInRequest', { ...signIn, session: 'token' })).toEqual([]);
    expect(problems('SignInRequest', { ...signIn, session: 'forever' })).not.toEqual([]);
    expect(problems('SignInRequest', { ...signIn, remember: true })).not.toEqual([]);
  });

  it("accepts a real push and pack, and the server's replies to them and to a first copy", async () => {
    const admin = await server.setUpAdministrator();
    const made = await server.request(
      {
        method: 'POST',
        url: '/api/inspections',
        payload: { id: INSPECTION.id, title: INSPECTION.title },
      },
      admin,
    );
    expect(problems('TeamInspection', made.json())).toEqual([]);
    await server.request(
      {
        method: 'PUT',
        url: `/api/inspections/${INSPECTION.id}/members/${admin.signedIn.account.id}`,
        payload: { role: 'lead', memberId: 'lead' },
      },
      admin,
    );
    const pack = await leadPack();
    expect(problems('TeamFileRequest', pack)).toEqual([]);
    const files = await server.request(
      { method: 'POST', url: `/api/inspections/${INSPECTION.id}/files`, payload: pack },
      admin,
    );
    expect(files.statusCode).toBe(200);
    expect(problems('PushResponse', files.json())).toEqual([]);

    const push = { pushId: randomUUID(), work: await changeToCase1(AP, 'yes', 10) };
    expect(problems('PushRequest', push)).toEqual([]);
    expect(problems('PushRequest', { ...push, pushId: 'push-1' })).not.toEqual([]);
    const pushed = await server.request(
      { method: 'POST', url: `/api/inspections/${INSPECTION.id}/push`, payload: push },
      admin,
    );
    expect(pushed.statusCode).toBe(200);
    expect(problems('PushResponse', pushed.json())).toEqual([]);

    const pulled = await server.request(
      { method: 'GET', url: `/api/inspections/${INSPECTION.id}/pull?since=0` },
      admin,
    );
    expect(pulled.json()).toHaveProperty('work');
    expect(problems('PullResponse', pulled.json())).toEqual([]);

    const firstCopy = await server.request(
      { method: 'GET', url: `/api/inspections/${INSPECTION.id}/pack` },
      admin,
    );
    expect(firstCopy.statusCode).toBe(200);
    expect(problems('ServerPack', firstCopy.json())).toEqual([]);
  });

  it('describes the replies and refusals the server sends', async () => {
    const admin = await server.signIn(ADMIN.email, ADMIN.password);
    expect(problems('SignedIn', admin.signedIn)).toEqual([]);
    expect(problems('SessionStarted', admin.signedIn)).toEqual([]);
    const byToken = await server.request({
      method: 'POST',
      url: '/api/sign-in',
      payload: { email: ADMIN.email, password: ADMIN.password, session: 'token' },
    });
    expect(problems('SessionStarted', byToken.json())).toEqual([]);
    expect(problems('SignedIn', byToken.json())).not.toEqual([]);
    const replies = {
      ServerHealth: await server.request({ method: 'GET', url: '/api/health' }),
      SetupStatus: await server.request({ method: 'GET', url: '/api/setup' }),
      AccountList: await server.request({ method: 'GET', url: '/api/accounts' }, admin),
      InspectionList: await server.request({ method: 'GET', url: '/api/inspections' }, admin),
      MemberList: await server.request(
        { method: 'GET', url: `/api/inspections/${INSPECTION.id}/members` },
        admin,
      ),
      InspectionTeam: await server.request(
        { method: 'GET', url: `/api/inspections/${INSPECTION.id}/team` },
        admin,
      ),
      ApiError: await server.request({
        method: 'POST',
        url: '/api/sign-in',
        payload: { email: 'not an address', password: '' },
      }),
    };
    for (const [name, reply] of Object.entries(replies)) {
      expect(problems(name, reply.json()), name).toEqual([]);
    }
    expect(replies.ApiError.statusCode).toBe(400);
    expect(replies.InspectionTeam.json()).toContainEqual({
      id: 'rr',
      name: 'R. Reid',
      role: 'inspector',
    });
  });
});
