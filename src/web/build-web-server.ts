/** The whole web app: the JSON API (src/http) with the pages on top. Never listens; `tally serve` does. */
import type { FastifyInstance } from 'fastify';
import type { App } from '../compose.js';
import { buildServer, type ServerOptions } from '../http/build-server.js';
import { registerPages } from './register-pages.js';

export async function buildWebServer(app: App, options: ServerOptions & { now?: () => Date } = {}): Promise<FastifyInstance> {
  const server = await buildServer(app, options);
  await server.register(registerPages(app, options.now));
  return server;
}
