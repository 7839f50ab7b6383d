/** `tally export`: every stored claim with its document's metadata, as CSV or JSON. */
import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { EXPORT_COLUMNS, ExportFormat } from '../../app/export-claims.js';
import { EVENT_EXPORT_COLUMNS } from '../../app/export-events.js';
import type { EstimateRule } from '../../pipeline/reconcile/reconcile-types.js';
import { ruleOption } from './events.js';
import { openApp } from '../../compose.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { createReporter } from '../reporter.js';

export function exportCommand(ctx: CliContext): Command {
  return new Command('export')
    .summary('export every stored claim with its document, as CSV or JSON')
    .description(
      'Write one row per stored claim with its document\'s metadata, to stdout or a file. ' +
        `Columns: ${EXPORT_COLUMNS.join(', ')}. ` +
        'CSV follows RFC 4180 (header row, CRLF, quoted fields); ruleIds are space-separated. A text cell ' +
        'starting with = + - @ (or a tab or carriage return) gets a leading apostrophe so that spreadsheet ' +
        'programs show it as text instead of running it as a formula. JSON is one array of objects.',
    )
    .addOption(new Option('--format <format>', 'output format').choices(ExportFormat.options).makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of stdout (replaced if it exists)')
    .option('--events', `export events instead of claims: one row per event × measure × unit × subject (${EVENT_EXPORT_COLUMNS.join(', ')})`)
    .addOption(ruleOption())
    .addHelpText(
      'after',
      `
Examples:
  $ tally export --format csv --out claims.csv
  $ tally --db cases.db export --format json | jq 'map(select(.measure == "killed"))'`,
    )
    .action(async (options: { format: ExportFormat; out?: string; events?: boolean; rule: EstimateRule }, command: Command) => {
      const config = commandConfig(command, ctx);
      const app = await openApp(config);
      try {
        const { content, rows } = options.events
          ? await app.exportEvents({ format: options.format, rule: options.rule })
          : await app.exportClaims({ format: options.format });
        if (options.out === undefined) {
          // The content already ends with its own line break.
          ctx.terminal.out(content.replace(/\r?\n$/, ''));
        } else {
          await writeFile(options.out, content);
          createReporter(ctx, config).info(`exported ${rows} ${options.events ? 'event figures' : 'claims'} to ${options.out}`);
        }
      } finally {
        await app.close();
      }
    });
}
