/** `tally verify`: re-hash every stored original and report any that changed or went missing. */
import { Command } from 'commander';
import { openApp } from '../../compose.js';
import { commandConfig, raiseExitCode, type CliContext } from '../cli-context.js';
import { jsonOption } from '../cli-options.js';
import { EXIT_FAILED } from '../exit-codes.js';

export function verifyCommand(ctx: CliContext): Command {
  return new Command('verify')
    .summary('check that every stored original still has the hash it arrived with')
    .description(
      'Re-hash the original bytes of every stored document and compare them with the document id (the ' +
        'SHA-256 of the bytes as received). Each original that no longer matches, and each document whose ' +
        'original is missing, is reported on stderr as one line with its code; the exit code is then 1.',
    )
    .addOption(jsonOption('one result per document ({"id", "source", "status": "verified"|"mismatch"|"missing", "error"})'))
    .addHelpText(
      'after',
      `
Examples:
  $ tally verify                      # silent per document; a summary line on stderr
  $ tally --db cases.db verify --json | jq -c 'select(.status != "verified")'

Codes: original.mismatch (the bytes changed behind Tally's back), original.missing (the bytes are gone).`,
    )
    .action(async (options: { json?: boolean }, command: Command) => {
      const app = await openApp(commandConfig(command, ctx));
      const counts = { verified: 0, problems: 0 };
      try {
        for await (const result of app.verifyOriginals()) {
          const source = result.status === 'verified' && !options.json ? null : ((await app.store.getDocument(result.documentId))?.source ?? null);
          if (options.json) {
            const { documentId, ...rest } = result;
            ctx.terminal.out(JSON.stringify({ id: documentId, source, ...rest }));
          }
          if (result.status === 'verified') {
            counts.verified++;
            continue;
          }
          counts.problems++;
          raiseExitCode(ctx, EXIT_FAILED);
          const named = source === null ? result.documentId : `${result.documentId} (${source})`;
          ctx.terminal.err(`tally: ${named}: ${result.error.message} [${result.error.code}]`);
        }
      } finally {
        await app.close();
      }
      const total = counts.verified + counts.problems;
      ctx.terminal.err(`${total} original${total === 1 ? '' : 's'} checked: ${counts.verified} verified, ${counts.problems} problem${counts.problems === 1 ? '' : 's'}`);
    });
}
