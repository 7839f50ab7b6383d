/** `tally extract FILE...`: claims of documents, printed, with no database. */
import { Command } from 'commander';
import type { ExtractResult } from '../../app/extract-documents.js';
import { openExtractor } from '../../compose.js';
import { SUPPORTED_EXTENSIONS } from '../../pipeline/extract/read-document.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { langOption, maxBytesOption } from '../cli-options.js';
import { claimsTable, documentLabel } from '../claims-table.js';
import { formatFigures } from '../format-figure.js';
import { createReporter } from '../reporter.js';
import { walkPaths } from '../walk-paths.js';

export function extractCommand(ctx: CliContext): Command {
  return new Command('extract')
    .summary('print the human-toll claims of documents (no database)')
    .description(
      'Read documents and print every human-toll figure they state, with its claimant and exact span. ' +
        'Nothing is stored. Directories are read recursively (supported types only, hidden files skipped).',
    )
    .argument('<file...>', `files or directories (${SUPPORTED_EXTENSIONS.join(', ')})`)
    .option('--json', 'print one JSON object per document per line (the format other tools rely on)')
    .addOption(langOption())
    .addOption(maxBytesOption())
    .addHelpText(
      'after',
      `
Examples:
  $ tally extract report.pdf
  $ tally extract --json notes/*.md | jq '.claims[] | select(.measure == "killed")'
  $ tally extract --lang es comunicado.txt

JSON line (one per document):
  {"source": "report.pdf", "document": {"id": "sha256:<hex>", "lang": "en", "title": "..."},
   "claims": [{"measure", "low", "high", "approximate", "modality", "subject", "group", "claimant",
               "partOf", "quote", "start", "end", "date", "place", "ruleIds"}],
   "figures": {"killed": {"low": 300, "high": 900}}}
  low/high are inclusive bounds, null when open; start/end are UTF-16 offsets of quote in the text.`,
    )
    .action(async (paths: string[], options: { json?: boolean; lang?: string }, command: Command) => {
      const config = commandConfig(command, ctx);
      const reporter = createReporter(ctx, config);
      const files = walkPaths(paths, { extensions: SUPPORTED_EXTENSIONS });
      for await (const result of openExtractor(config).extractDocuments({ files, lang: options.lang ?? null })) {
        if (result.status === 'failed') {
          reporter.fileFailed(result.source, result.error);
          continue;
        }
        if (options.json) {
          if (result.notice !== null) reporter.notice(result.source, result.notice);
          ctx.terminal.out(JSON.stringify(result.line));
        } else {
          printDocument(ctx, result);
        }
      }
    });
}

function printDocument(ctx: CliContext, result: Extract<ExtractResult, { status: 'extracted' }>): void {
  const { line, claims, notice } = result;
  const title = line.document.title === null ? '' : ` — ${line.document.title}`;
  const count = claims.length === 1 ? '1 claim' : `${claims.length} claims`;
  ctx.terminal.out(`${line.source}${title}`);
  ctx.terminal.out(`${line.document.lang ?? 'no language pack'} · ${count} · ${line.document.id}`);
  if (notice !== null) ctx.terminal.out(`note: ${notice}`);
  if (claims.length > 0) {
    const label = documentLabel(line.source);
    const rows = claims.map((claim, index) => ({ document: label, index, claim }));
    for (const row of claimsTable(rows, ctx.terminal.columns)) ctx.terminal.out(row);
    ctx.terminal.out(`figures: ${formatFigures(line.figures)}`);
  }
  ctx.terminal.out('');
}
