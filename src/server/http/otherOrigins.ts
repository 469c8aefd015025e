/**
 * Copies of the app served from other addresses (APP_ORIGINS) calling the API from the browser:
 * CORS for exactly those origins. A preflight from one is answered here, before any route; every
 * answer to one, refusals included, names it, so the app can read why. Any other origin gets no
 * CORS headers, and the browser keeps the answer from it. Credentials are never allowed across
 * origins: those copies sign in with a token session (`Authorization: Bearer`), not the cookie.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

const METHODS = 'GET, POST, PUT, PATCH, DELETE';
const HEADERS = 'authorization, content-type, x-csrf-token, accept, accept-language';
/** How long a browser may keep a preflight's answer (10 minutes, within every browser's cap). */
const PREFLIGHT_SECONDS = '600';

export function allowOtherOrigins(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins);
  const allowedOrigin = (request: FastifyRequest): string | null => {
    const origin = request.headers.origin;
    return origin !== undefined && allowed.has(origin) ? origin : null;
  };

  app.addHook('onRequest', async (request, reply) => {
    const origin = allowedOrigin(request);
    if (!origin || request.method !== 'OPTIONS') return;
    if (request.headers['access-control-request-method'] === undefined) return;
    return reply
      .code(204)
      .headers({
        'access-control-allow-methods': METHODS,
        'access-control-allow-headers': HEADERS,
        'access-control-max-age': PREFLIGHT_SECONDS,
      })
      .send();
  });

  app.addHook('onSend', async (request, reply) => {
    // An answer that differs by origin must not be cached for another one.
    if (request.headers.origin !== undefined) {
      const vary = reply.getHeader('vary');
      reply.header('vary', vary ? `${String(vary)}, Origin` : 'Origin');
    }
    const origin = allowedOrigin(request);
    if (!origin) return;
    reply.headers({
      'access-control-allow-origin': origin,
      'access-control-expose-headers': 'Retry-After',
    });
  });
}
