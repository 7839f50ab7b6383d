/** `tally audit`: the append-only audit log, newest first (--oldest for the order it was written in). */
import { Command, InvalidArgumentError, Option } from 'commander';
import { openApp } from '../../compose.js';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../../domain/audit.js';
import { commandConfig, type CliContext } from '../cli-context.js';
import { jsonOption } from '../cli-options.js';
import { formatTable } from '../format-table.js';

export function auditCommand(ctx: CliContext): Command {
  return new Command('audit')
    .summary('list the audit log: every write, who made it, when, and what changed')
    .description(
      'List the audit log, newest first: every ingest, correction (event merge or split), document deletion ' +
        '(with its tombstone: id, SHA-256, title, source, claim count) and user change, with who made it ' +
        '(user:<name> on the web and API, cli:<os user> here), when, and the state before and after. ' +
        'The log is append-only: the database refuses any change or deletion of an entry.',
    )
    .addOption(jsonOption('one entry per line: {"seq", "at", "actor", "action", "target", "before", "after"}'))
    .addOption(new Option('--limit <n>', 'at most this many entries').argParser(parseLimit))
    .addOption(new Option('--action <action>', 'only this action').choices(AUDIT_ACTIONS))
    .option('--oldest', 'oldest first, in the order the entries were written')
    .addHelpText('after', `
Examples:
  $ tally audit --limit 20
  $ tally audit --action document.delete --json | jq '.before'`)
    .action(async (options: { json?: boolean; limit?: number; action?: AuditAction; oldest?: boolean }, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      try {
        const { entries } = await app.listAudit({
          order: options.oldest ? 'oldest' : 'newest',
          ...(options.limit === undefined ? {} : { limit: options.limit }),
          ...(options.action === undefined ? {} : { action: options.action }),
        });
        if (options.json) {
          for (const entry of entries) ctx.terminal.out(JSON.stringify(entry));
          return;
        }
        if (entries.length === 0) {
          ctx.terminal.out('the audit log is empty');
          return;
        }
        const columns = [
          { header: 'seq', align: 'right' as const, fixed: true }, { header: 'at', fixed: true }, { header: 'actor', min: 8 },
          { header: 'action', fixed: true }, { header: 'target', min: 12 }, { header: 'change', min: 16 },
        ];
        const rows = entries.map((e) => [String(e.seq), e.at.slice(0, 19).replace('T', ' '), e.actor, e.action, e.target, describe(e)]);
        for (const line of formatTable(columns, rows, ctx.terminal.columns)) ctx.terminal.out(line);
      } finally {
        await app.close();
      }
    });
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of entries, 1 or more');
  return n;
}

/** One line of what changed; --json has the full before and after. */
function describe(entry: AuditEntry): string {
  const show = (value: unknown) => (value === null ? '—' : JSON.stringify(value));
  return `${show(entry.before)} → ${show(entry.after)}`;
}
