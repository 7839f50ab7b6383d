/** The whole web app: the JSON API (src/http) with the pages on top. Never listens; `tally serve` does. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../compose.js';
import { buildServer, type ServerOptions } from '../http/build-server.js';
import type { HttpError } from '../http/http-errors.js';
import { pageLayout } from './page-layout.js';
import { errorPage } from './pages/documents-page.js';
import { registerPages } from './register-pages.js';

export async function buildWebServer(app: App, options: ServerOptions & { now?: () => Date } = {}): Promise<FastifyInstance> {
  const server = await buildServer(app, { unroutable: unroutablePage, ...options });
  await server.register(registerPages(app, options.now));
  return server;
}

/** A path the router cannot decode never reaches the pages' handlers; it still gets an HTML error page. */
function unroutablePage(request: FastifyRequest, reply: FastifyReply, error: HttpError): FastifyReply {
  const body = pageLayout({
    title: 'Error', path: request.url, origin: `${request.protocol}://${request.host}`, permalink: false,
    body: errorPage(error.status, error.message, error.code),
  });
  return reply.status(error.status).type('text/html; charset=utf-8').send(body);
}
