/** `tally documents`: the stored documents. */
import { Command } from 'commander';
import { openApp } from '../../compose.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { documentsDeleteCommand } from './documents-delete.js';
import { jsonOption } from '../cli-options.js';
import { formatTable } from '../format-table.js';
import { shortId } from '../short-id.js';

export function documentsCommand(ctx: CliContext): Command {
  const documents = new Command('documents')
    .summary('list the stored documents')
    .description('List the stored documents, oldest ingest first, with their language and claim count.')
    .addOption(jsonOption('one document per line (metadata, not the text)'))
    .addHelpText(
      'after',
      `
Examples:
  $ tally documents
  $ tally --db cases.db documents --json | jq -r 'select(.lang == null) | .source'

Each line of --json: {"id", "sha256", "source", "mediaType", "byteLength", "title", "byline",
"siteName", "publishedAt", "lang", "langDetected", "ingestedAt", "claims"} (claims = how many).`,
    )
    .action(async (options: { json?: boolean }, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { documents } = await app.listDocuments();
        if (options.json) {
          for (const document of documents) ctx.terminal.out(JSON.stringify(document));
          return;
        }
        if (documents.length === 0) {
          ctx.terminal.out(`no documents in ${app.config.db} yet (add some with: tally ingest PATH...)`);
          return;
        }
        const rows = documents.map((d) => [
          shortId(d.id),
          d.lang ?? (d.langDetected ? `(${d.langDetected}, no pack)` : '(unknown)'),
          String(d.claims),
          d.publishedAt?.slice(0, 10) ?? '',
          d.title ?? '',
          d.source,
        ]);
        const columns = [
          { header: 'id', fixed: true },
          { header: 'lang', fixed: true },
          { header: 'claims', align: 'right' as const, fixed: true },
          { header: 'published', fixed: true },
          { header: 'title', min: 10 },
          { header: 'source', min: 12 },
        ];
        for (const line of formatTable(columns, rows, ctx.terminal.columns)) ctx.terminal.out(line);
      } finally {
        await app.close();
      }
    });
  documents.addCommand(documentsDeleteCommand(ctx).copyInheritedSettings(documents));
  return documents;
}
