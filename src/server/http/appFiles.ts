/**
 * The built app, served beside the API on the same port (one address for the team, and the
 * app's own Content Security Policy allows it to reach the API there). Hashed assets are kept
 * by browsers for a year; the page, the manifest and the service worker are checked every time,
 * so an update reaches the team at its next visit. An address of the app's own (a case, a
 * report) gets the page, which routes it; an unknown /api address stays a 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { nothingAt } from './refusals';
import { replyTranslator } from './replyLanguage';

export async function serveAppFiles(app: FastifyInstance, appDir: string): Promise<void> {
  if (!existsSync(join(appDir, 'index.html'))) {
    throw new Error(`The built app is not in ${appDir}: build it first (npm run build).`);
  }
  await app.register(fastifyStatic, {
    root: appDir,
    wildcard: false,
    setHeaders(res, path) {
      const hashed = path.includes(`${join(appDir, 'assets')}`);
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('x-content-type-options', 'nosniff');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send(nothingAt(request.method, request.url, replyTranslator(request)));
  });
}
