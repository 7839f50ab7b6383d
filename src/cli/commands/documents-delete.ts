/** `tally documents delete ID`: remove a document; a tombstone stays in the audit log. */
import { Command } from 'commander';
import { openApp } from '../../compose.js';
import { cliActor } from '../cli-actor.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { jsonOption } from '../cli-options.js';
import { resolveDocumentId } from '../short-id.js';

export function documentsDeleteCommand(ctx: CliContext): Command {
  return new Command('delete')
    .summary('delete a document (its original, claims and event links); a tombstone stays in the audit log')
    .description(
      'Delete a stored document with its original bytes, claims, framing words and search entries, then ' +
        'regroup the events. The audit log keeps a tombstone: id, SHA-256, title, source, dates and claim count.',
    )
    .argument('<id>', 'document id or a unique prefix of it (as `tally documents` shows it)')
    .addOption(jsonOption('the tombstone'))
    .addHelpText('after', `
Examples:
  $ tally documents delete sha256:3f2a9c41b0de
  $ tally audit --action document.delete`)
    .action(async (typed: string, _options: unknown, command: Command) => {
      // `documents` has a --json of its own, and commander gives a parent's option to the parent.
      const options = command.optsWithGlobals<{ json?: boolean }>();
      const app = await openApp(commandConfig(command, ctx));
      try {
        const id = resolveDocumentId(typed, (await app.listDocuments()).documents.map((d) => d.id));
        const { tombstone } = await app.deleteDocument({ id, actor: cliActor() });
        if (options.json) ctx.terminal.out(JSON.stringify(tombstone));
        else ctx.terminal.out(`deleted ${tombstone.id}  ${tombstone.title ?? tombstone.source}  (${tombstone.claims} claims; tombstone in tally audit)`);
      } finally {
        await app.close();
      }
    });
}
