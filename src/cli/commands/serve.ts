/** `tally serve`: the web app and JSON API on the same database as the other commands. */
import { relative } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { FastifyServerOptions } from 'fastify';
import { openApp, openFreshApp } from '../../compose.js';
import { SUPPORTED_EXTENSIONS } from '../../pipeline/extract/read-document.js';
import { buildWebServer } from '../../web/build-web-server.js';
import { cliActor } from '../cli-actor.js';
import type { LogLevel } from '../../config.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { createReporter } from '../reporter.js';
import { walkPaths } from '../walk-paths.js';
import { CORPUS, DEFAULT_DEMO_DB } from './demo.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

type ServeOptions = { port: number; host: string; demo?: boolean; demoDb: string };

export function serveCommand(ctx: CliContext): Command {
  return new Command('serve')
    .summary('serve the web app and JSON API (http://127.0.0.1:8080 by default)')
    .description(
      'Serve the web app (events, dossiers, documents with highlighted claims, search, upload) and the JSON ' +
        'API under /api (described at /api/openapi.json) on the database given by --db / $TALLY_DB. ' +
        'It listens on 127.0.0.1 unless --host says otherwise. Reading is public; uploading, corrections and ' +
        'deletions need an account (tally users add NAME --role editor|admin; see docs/security.md).',
    )
    .addOption(new Option('--port <n>', 'port to listen on (0: any free port)').default(DEFAULT_PORT).argParser(parsePort))
    .addOption(new Option('--host <host>', 'address to listen on').default(DEFAULT_HOST))
    .option('--demo', 'first ingest the example corpus into a fresh demo database and serve that (npm start)')
    .option('--demo-db <file>', 'the demo database file, deleted and recreated with --demo', DEFAULT_DEMO_DB)
    .addHelpText('after', `
Examples:
  $ tally serve                          # ./tally.db on http://127.0.0.1:8080
  $ tally --db reports.db serve --port 3000
  $ tally serve --demo                   # what npm start runs`)
    .action(async (options: ServeOptions, command: Command) => {
      const base = commandConfig(command, ctx);
      const config = options.demo ? { ...base, db: options.demoDb } : base;
      const app = options.demo ? await openFreshApp(config) : await openApp(config);
      try {
        if (options.demo) {
          const corpus = relative(process.cwd(), CORPUS) || '.';
          const reporter = createReporter(ctx, config);
          const { results, claims } = await app.demo({ files: walkPaths([corpus], { extensions: SUPPORTED_EXTENSIONS }), actor: cliActor() });
          for (const result of results) if (result.error) reporter.fileFailed(result.source, result.error);
          const ingested = results.filter((r) => r.status === 'ingested').length;
          ctx.terminal.err(`Ingested ${ingested} documents from ${corpus} into ${config.db} (recreated on every run): ${claims.length} claims.`);
        }
        if ((await app.listUsers()).users.length === 0) {
          ctx.terminal.err(`No accounts yet: reading works for everyone; to upload or correct, create an editor with\n  tally --db ${config.db} users add NAME --role editor`);
        }
        const server = await buildWebServer(app, { logger: serveLogger(config.logLevel, (line) => ctx.terminal.err(line)) });
        const address = await server.listen({ port: options.port, host: options.host });
        ctx.terminal.out(`Tally is serving ${config.db} at ${address}/ (API: ${address}/api/openapi.json). Ctrl-C stops it.`);
        await untilStopped();
        await server.close();
      } finally {
        await app.close();
      }
    });
}

/**
 * Fastify's pino logger at TALLY_LOG_LEVEL, one JSON line per entry on stderr. The error handlers log
 * only 5xx answers (with the error and the request id), so a failure the reader sees as a 500 is never
 * silent, while a 4xx, the reader's own mistake, is not logged as an error.
 */
export function serveLogger(level: LogLevel, write: (line: string) => void): FastifyServerOptions['logger'] {
  return { level, stream: { write: (line: string) => write(line.trimEnd()) } };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number 0–65535');
  return port;
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
