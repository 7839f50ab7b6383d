/**
 * The HTTP server: the JSON API under /api on the same use cases as the CLI. It never listens, so tests
 * call `inject()`; `tally serve` listens. Pages (src/web) register on top of it.
 */
import { readFileSync } from 'node:fs';
import multipart from '@fastify/multipart';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { App } from '../compose.js';
import { apiAuthorization, registerAuthorization, type RateLimitOptions } from './authorize-request.js';
import { errorBody, toHttpError, type HttpError } from './http-errors.js';
import { buildOpenApi } from './openapi.js';
import { takeTurns } from './take-turns.js';
import { claimRoutes } from './routes/claim-routes.js';
import { correctionRoutes } from './routes/correction-routes.js';
import { documentRoutes } from './routes/document-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { userRoutes } from './routes/user-routes.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Scripts only from our own files (no inline script); Plot's SVG carries inline style, so styles may be inline. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export type ServerOptions = {
  /** Pino options (`tally serve`: TALLY_LOG_LEVEL, to stderr); only 5xx errors are logged (the error handlers), never each request. */
  logger?: FastifyServerOptions['logger'];
  rateLimits?: RateLimitOptions;
  /** Answers, outside /api, a request the router cannot route (a malformed %-escape in its path); JSON when absent. */
  unroutable?: (request: FastifyRequest, reply: FastifyReply, error: HttpError) => unknown;
};

export async function buildServer(app: App, options: ServerOptions = {}): Promise<FastifyInstance> {
  // Behind a reverse proxy (TALLY_TRUST_PROXY), its X-Forwarded-* headers give the client address and https.
  const server = Fastify({
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: app.config.trustProxy ?? false,
    // Without this, a path the router cannot decode ("/events/%80") gets Fastify's own error body, not ours.
    frameworkErrors: (error, request, reply) => {
      const http = toHttpError(error);
      if (http.status >= 500) request.log.error({ err: error }, 'request failed');
      if (options.unroutable && !request.url.startsWith('/api/')) return options.unroutable(request, reply, http);
      return (reply as FastifyReply).status(http.status).send(errorBody(http));
    },
  });
  server.addHook('onRequest', takeTurns());
  await server.register(multipart);
  await registerAuthorization(server, options.rateLimits);
  server.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });
  await server.register(
    async (api) => {
      api.setErrorHandler((error, request, reply) => {
        const http = toHttpError(error);
        if (http.status >= 500) request.log.error({ err: error }, 'request failed');
        return reply.status(http.status).send(errorBody(http));
      });
      api.setNotFoundHandler((request, reply) =>
        reply.status(404).send(errorBody({ status: 404, code: 'request.not_found', message: `no API route ${request.method} ${request.url}` })),
      );
      api.addHook('onRequest', apiAuthorization(app));
      api.get('/openapi.json', async () => buildOpenApi(VERSION));
      eventRoutes(api, app);
      documentRoutes(api, app);
      claimRoutes(api, app);
      correctionRoutes(api, app);
      userRoutes(api, app);
    },
    { prefix: '/api' },
  );
  return server;
}
