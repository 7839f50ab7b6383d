/** `tally ingest PATH...`: store documents and their claims, once each. */
import { stat } from 'node:fs/promises';
import { Command } from 'commander';
import type { IncomingFile } from '../../app/incoming-file.js';
import type { IngestResult } from '../../app/ingest-documents.js';
import { openApp } from '../../compose.js';
import { SUPPORTED_EXTENSIONS } from '../../pipeline/extract/read-document.js';
import { cliActor } from '../cli-actor.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { jsonOption, langOption, maxBytesOption } from '../cli-options.js';
import { createIngestProgress } from '../ingest-progress.js';
import { readJsonl, type JsonlProgress } from '../read-jsonl.js';
import { createReporter } from '../reporter.js';
import { walkPaths } from '../walk-paths.js';

export function ingestCommand(ctx: CliContext): Command {
  return new Command('ingest')
    .summary('store documents and their claims in the database')
    .description(
      'Read documents, extract their claims and store both, keyed by the SHA-256 of the file bytes. ' +
        'A document already stored is left as it is ("unchanged"). Directories are read recursively: ' +
        'supported types only, hidden files and folders skipped. A file that cannot be read is reported ' +
        'on stderr and the others are still ingested; the exit code is then 1.',
    )
    .argument('[path...]', `files or directories (${SUPPORTED_EXTENSIONS.join(', ')})`)
    .option('--jsonl <file>', 'also read one document per line: {"text", "title"?, "publishedAt"?, "source"?, "lang"?}')
    .option('--url <url>', 'also fetch and store the document at this http(s) URL (repeatable)', (url: string, urls: string[]) => [...urls, url], [] as string[])
    .option('--allow-private', 'let --url reach loopback, private and link-local addresses (refused by default)')
    .addOption(langOption())
    .addOption(maxBytesOption())
    .addOption(jsonOption('one result per file'))
    .addHelpText(
      'after',
      `
Examples:
  $ tally ingest reports/                 # everything supported under reports/, into ./tally.db
  $ tally --db cases.db ingest a.pdf b.html
  $ tally ingest --lang es --max-bytes 10MB boletines/
  $ tally ingest --json inbox/ | jq -c 'select(.status == "failed")'
  $ tally --db postgres://tally@127.0.0.1/tally ingest --jsonl feed.jsonl
  $ tally ingest --url https://example.org/report.pdf --url https://example.org/news.html

A --url is fetched with the --max-bytes limit, a 30 s deadline and at most 5 redirects; addresses that
are not public (loopback, private, link-local, cloud metadata) are refused, after every DNS lookup and
redirect, unless --allow-private is given. The document keeps the URL as its source.

Extraction runs on every core and writes are batched; a progress line with the rate (and the ETA for
--jsonl) is shown on stderr, redrawn on a terminal, every 10 s otherwise.

Each line of --json: {"source", "status": "ingested"|"unchanged"|"failed", "id", "lang", "claims",
"notice", "error": {"code", "message"}} (fields absent when they do not apply).`,
    )
    .action(async (paths: string[], options: { json?: boolean; lang?: string; jsonl?: string; url: string[]; allowPrivate?: boolean }, command: Command) => {
      if (paths.length === 0 && options.jsonl === undefined && options.url.length === 0) command.error('error: give a path, --jsonl FILE or --url URL');
      const config = commandConfig(command, ctx);
      const reporter = createReporter(ctx, config);
      const app = await openApp(config);
      const counts = { ingested: 0, unchanged: 0, failed: 0 };
      try {
        const lines = options.jsonl === undefined ? null : await jsonlInput(options.jsonl);
        const urls = app.urlFiles(options.url, { allowPrivate: options.allowPrivate ?? false });
        const files = concat(walkPaths(paths, { extensions: SUPPORTED_EXTENSIONS }), lines?.files ?? [], urls);
        const progress = createIngestProgress(ctx.terminal);
        for await (const result of app.ingestDocuments({ files, lang: options.lang ?? null, actor: cliActor() })) {
          progress.tick(lines?.progress.totalBytes ? lines.progress.bytesRead / lines.progress.totalBytes : null);
          counts[result.status]++;
          if (result.error) reporter.fileFailed(result.source, result.error);
          if (options.json) ctx.terminal.out(JSON.stringify(toJsonLine(result)));
          else if (result.status !== 'failed') ctx.terminal.out(describeResult(result));
        }
        progress.done();
      } finally {
        await app.close();
      }
      reporter.info(`${counts.ingested} ingested, ${counts.unchanged} unchanged, ${counts.failed} failed (database: ${config.db})`);
    });
}

async function jsonlInput(path: string): Promise<{ files: AsyncIterable<IncomingFile>; progress: JsonlProgress }> {
  const totalBytes = await stat(path).then((s) => s.size, () => null);
  const progress: JsonlProgress = { bytesRead: 0, totalBytes };
  return { files: readJsonl(path, progress), progress };
}

async function* concat<T>(...sources: (AsyncIterable<T> | Iterable<T>)[]): AsyncGenerator<T> {
  for (const source of sources) yield* source;
}

function describeResult(result: IngestResult): string {
  const details: string[] = [];
  if (result.status === 'ingested') {
    details.push(result.lang ?? 'no language', result.claims === 1 ? '1 claim' : `${result.claims ?? 0} claims`);
  }
  if (result.notice) details.push(result.notice);
  return `${result.status.padEnd(9)} ${result.source} (${details.join(', ')})`;
}

/** The result without the error's cause (a stack trace is not part of the output). */
function toJsonLine(result: IngestResult): IngestResult {
  if (!result.error) return result;
  return { ...result, error: { code: result.error.code, message: result.error.message } };
}
