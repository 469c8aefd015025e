/**
 * The API's OpenAPI 3.1 description, served at /api/openapi.json without signing in. Every body
 * is described by the JSON Schema that zod generates from core's schema for it, never by a copy
 * written here: a field added in core is described at once. Requests are described as they are
 * read (`io: 'input'`: a default may be left out), replies as they are sent (`io: 'output'`).
 * What it lists is in openApiRoutes.ts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pullQuerySchema } from '../../core';
import { SESSION_HOURS } from '../accounts/sessionStore';
import {
  BODIES,
  type BodyName,
  DESCRIBED_ROUTES,
  type DescribedRoute,
  OPEN_API_PATH,
} from './openApiRoutes';
import { SESSION_COOKIE } from './signedIn';

const REFUSALS: Readonly<Record<number, string>> = {
  400: 'The body or query is not right: `problems` names each field at fault',
  401: 'Not signed in (or the email address or password is not right)',
  403: 'Not allowed, or the CSRF token is missing',
  404: 'Not found, or not one the account has a part in',
  409: 'In conflict with what the server holds',
  413: 'The body is larger than the server takes',
  415: 'The body is not JSON',
  429: 'Too many failed sign-ins: wait (Retry-After, in seconds)',
  500: 'The server could not complete the request',
  503: 'The database is out of reach for a moment (restarting): nothing was kept; make the same request again (Retry-After, in seconds)',
};

/**
 * Every route may refuse these: a body or query it cannot read, a fault of its own, its database
 * out of reach.
 */
const ALWAYS = [400, 413, 415, 500, 503];

/**
 * A JSON Schema as zod writes it, placed at `#/components/schemas/<name>`: without its own
 * `$schema` (the document's dialect), and with the definitions it refers to itself by
 * (`#/$defs/…`, for a schema used twice or within itself) moved beside it as `<name>.<def>`, since
 * `#/` is the document's root here, not the schema's.
 */
function componentSchemas(name: string, written: z.core.JSONSchema.BaseSchema) {
  const { $schema: _dialect, $defs = {}, ...schema } = written;
  const moved = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', `"#/components/schemas/${name}.`));
  return [
    [name, moved(schema)],
    ...Object.entries($defs).map(([def, part]) => [`${name}.${def}`, moved(part)]),
  ];
}

const json = (name: BodyName) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
});

function operation(route: DescribedRoute) {
  const { reply } = route;
  const ok = reply.body
    ? { description: reply.description, content: json(reply.body) }
    : reply.csv
      ? { description: reply.description, content: { 'text/csv': { schema: { type: 'string' } } } }
      : { description: reply.description };
  // A changing request without the session's CSRF token is refused 403, whatever the route.
  const csrf = route.caller === 'changes' ? [403] : [];
  const refusals = [...new Set([...route.refusals, ...csrf, ...ALWAYS])].sort((a, b) => a - b);
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const since = route.since
    ? [{ name: 'since', in: 'query', required: true, schema: sinceSchema() }]
    : [];
  return {
    summary: route.summary,
    // The cookie (with the CSRF header on a change), or a token session's bearer token alone.
    security:
      route.caller === 'anyone'
        ? []
        : [
            route.caller === 'reads' ? { session: [] } : { session: [], csrfToken: [] },
            { bearer: [] },
          ],
    ...(pathParams.length + since.length > 0 ? { parameters: [...pathParams, ...since] } : {}),
    ...(route.body ? { requestBody: { required: true, content: json(route.body) } } : {}),
    responses: {
      [reply.status]: ok,
      ...Object.fromEntries(refusals.map((s) => [s, { $ref: `#/components/responses/${s}` }])),
    },
  };
}

function sinceSchema(): Record<string, unknown> {
  const { $schema: _dialect, ...since } = z.toJSONSchema(pullQuerySchema.shape.since, {
    io: 'input',
  });
  return since;
}

function paths() {
  const byPath: Record<string, Record<string, unknown>> = {};
  for (const route of DESCRIBED_ROUTES) {
    byPath[route.path] = { ...byPath[route.path], [route.method]: operation(route) };
  }
  return byPath;
}

function components() {
  const names = Object.keys(BODIES) as BodyName[];
  return {
    schemas: Object.fromEntries(
      names.flatMap((name) => {
        const { schema, io } = BODIES[name];
        return componentSchemas(name, z.toJSONSchema(schema, { io }));
      }),
    ),
    responses: Object.fromEntries(
      Object.entries(REFUSALS).map(([status, description]) => [
        status,
        { description, content: json('ApiError') },
      ]),
    ),
    securitySchemes: {
      session: {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: `Set by signing in: HTTP-only, Secure, SameSite=Strict, ${SESSION_HOURS} hours`,
      },
      csrfToken: {
        type: 'apiKey',
        in: 'header',
        name: 'X-CSRF-Token',
        description:
          'The `csrfToken` of the sign-in reply, on every request with the cookie that changes anything',
      },
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description:
          'The `sessionToken` of a sign-in with `session: "token"` (a copy of the app at an ' +
          `address in the server's APP_ORIGINS, or a program), ${SESSION_HOURS} hours; no CSRF token`,
      },
    },
  };
}

/** The whole description: made once, when the route is registered (it depends on core only). */
function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Case Audit team server',
      version,
      description:
        'Accounts, roles, inspections, sync (push and pull) and the audit log of a Case Audit ' +
        'team server. Every refusal has the ApiError body.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: paths(),
    components: components(),
  };
}

export function openApiRoute(app: FastifyInstance, version: string): void {
  const document = openApiDocument(version);
  app.get(OPEN_API_PATH, async () => document);
}
