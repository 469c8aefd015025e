/**
 * The team server's HTTP app (Fastify): the API under /api and, when given, the built app beside
 * it on the same port. Bodies are JSON only (a form on another site cannot post one), limited in
 * size (413), read against core's schemas (400 naming the field); every refusal has the API's
 * error body, the database out of reach is answered 503 (try again), and an unexpected fault
 * is logged and answered 500 without its details. Copies of the app at the addresses in
 * APP_ORIGINS may call it from the browser (otherOrigins.ts).
 */
import cookie from '@fastify/cookie';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { DatabaseUnavailable } from '../store/database';
import { accountRoutes } from './accountRoutes';
import { serveAppFiles } from './appFiles';
import { auditRoutes } from './auditRoutes';
import { inspectionRoutes } from './inspectionRoutes';
import { openApiRoute } from './openApi';
import { allowOtherOrigins } from './otherOrigins';
import { nothingAt, Refusal } from './refusals';
import { replyTranslator } from './replyLanguage';
import type { ServerOptions } from './serverOptions';
import { readSessions } from './signedIn';
import { signInRoutes } from './signInRoutes';
import { syncDecisionRoutes } from './syncDecisionRoutes';
import { syncPullRoutes } from './syncPullRoutes';
import { syncPushRoutes } from './syncPushRoutes';

/** Enough for a push of several thousand answers with their notes and history. */
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

function sendErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Refusal, request, reply) => {
    const tr = replyTranslator(request);
    if (error instanceof Refusal) {
      return reply.code(error.status).headers(error.headers).send(error.bodyIn(tr));
    }
    if (error instanceof DatabaseUnavailable) {
      // Nothing was kept of the request: the same request (a push under its id) may be made again.
      request.log.warn(error.message);
      return reply
        .code(503)
        .header('retry-after', '1')
        .send({
          error: tr.t(
            'server',
            'The team server’s database is not available just now: try again shortly.',
          ),
        });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .code(413)
        .send({ error: tr.t('server', 'The request is larger than the server takes.') });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .code(415)
        .send({ error: tr.t('server', 'Send the request body as JSON (application/json).') });
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.statusCode === 400) {
      return reply.code(400).send({
        error: tr.t('server', 'The request body is not valid JSON: {detail}', {
          detail: error.message,
        }),
      });
    }
    request.log.error(error);
    return reply
      .code(500)
      .send({ error: tr.t('server', 'The server could not complete the request.') });
  });
}

export async function buildServerApp(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    logger: options.logger ?? false,
    // Behind the organisation's reverse proxy, the client's address comes in X-Forwarded-For.
    trustProxy: options.trustProxy ?? false,
  });
  await app.register(cookie);
  sendErrors(app);
  allowOtherOrigins(app, options.appOrigins ?? []);
  readSessions(app, options.db, options.now);
  // A load balancer's check: a server whose database is out of reach answers 503.
  app.get('/api/health', async () => {
    await options.db.query('select 1');
    return { ok: true, database: options.db.engine };
  });
  openApiRoute(app, options.appVersion ?? 'development');
  signInRoutes(app, options);
  accountRoutes(app, options);
  inspectionRoutes(app, options);
  auditRoutes(app, options);
  syncPushRoutes(app, options);
  syncPullRoutes(app, options);
  syncDecisionRoutes(app, options);
  if (options.appDir) await serveAppFiles(app, options.appDir);
  else {
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send(nothingAt(request.method, request.url, replyTranslator(request))),
    );
  }
  return app;
}
