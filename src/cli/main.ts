/**
 * The `tally` command: builds the commander program and turns every outcome into one exit code.
 * `buildProgram` never touches the process, so tests can drive it with their own terminal.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { debugEnabled } from '../config.js';
import { DomainError } from '../domain/errors.js';
import { newContext, raiseExitCode, type CliContext, type Terminal } from './cli-context.js';
import { claimsCommand } from './commands/claims.js';
import { demoCommand } from './commands/demo.js';
import { documentsCommand } from './commands/documents.js';
import { eventCommand } from './commands/event.js';
import { eventsCommand } from './commands/events.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';
import { usersCommand } from './commands/users.js';
import { auditCommand } from './commands/audit.js';
import { verifyCommand } from './commands/verify.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exit-codes.js';
import { DEBUG_HINT } from './reporter.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

const PROGRAM_HELP = `
Examples:
  $ tally extract report.pdf                  # claims of one document, no database
  $ tally ingest reports/                     # store documents and claims in ./tally.db
  $ tally claims --measure killed             # what the stored documents say
  $ tally export --format csv --out claims.csv
  $ tally demo                                # the bundled example corpus
  $ tally serve --demo                        # ...served as a web app (npm start)
  $ tally users add ana --role editor         # an account to upload and correct (prints its secret once)
  $ tally audit --limit 20                    # who wrote what, newest first

Environment:
  TALLY_DB          database file (default ./tally.db); --db wins over it
  TALLY_MAX_BYTES   largest file accepted, e.g. 52428800 or 50MB (default 50MB); --max-bytes wins
  TALLY_LOG_LEVEL   silent | error | warn | info | debug (default info): what is said on stderr
  TALLY_DEBUG=1     print stack traces of unexpected errors
  TALLY_DOCUMENT_TIMEOUT  seconds one document may take to extract (default 60)
  TALLY_WORKER_MEMORY     heap limit of each extraction worker, e.g. 512MB (default 1024MB)

Exit codes:
  0  all went well (a document that was already stored counts as fine)
  1  at least one file failed (reported on stderr, one line each; the others were processed),
     or the run failed
  2  wrong usage or configuration; nothing was done

Error codes are listed in docs/error-codes.md.`;

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('tally')
    .description(
      'Tally finds the human-toll figures (killed, injured, missing, displaced, ...) that news and NGO ' +
        'documents state, with who claims each figure and the exact words, and stores them to compare sources.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help (for a command: tally <command> --help)')
    .option('--db <path>', 'database file (default: $TALLY_DB or ./tally.db)')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .configureOutput({
      writeOut: (text) => ctx.terminal.out(text.replace(/\n$/, '')),
      writeErr: (text) => ctx.terminal.err(text.replace(/\n$/, '')),
    })
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .addHelpText('after', PROGRAM_HELP);
  for (const command of [extractCommand, ingestCommand, documentsCommand, claimsCommand, eventsCommand, eventCommand, exportCommand, demoCommand, serveCommand, verifyCommand, usersCommand, auditCommand]) {
    // Subcommands built apart inherit help, output and exit handling from the program here.
    program.addCommand(inheritDown(command(ctx).copyInheritedSettings(program)));
  }
  return program;
}

/** Sub-subcommands (`users add`, `events merge`) were built before their parent inherited the program's
 *  settings; without them a usage error there would exit the process instead of returning 2. */
function inheritDown(command: Command): Command {
  for (const sub of command.commands) inheritDown(sub.copyInheritedSettings(command));
  return command;
}

/** Runs `tally` with process-style arguments (`[node, script, ...args]`); resolves to the exit code. */
export async function main(argv: readonly string[], ctx: CliContext = processContext()): Promise<number> {
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv]);
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too; `tally` with no command shows help as a usage error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof DomainError) {
      ctx.terminal.err(`tally: ${error.message} [${error.code}]`);
      raiseExitCode(ctx, exitCodeFor(error));
      return ctx.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    const debug = debugEnabled(ctx.env);
    ctx.terminal.err(`tally: unexpected error: ${message}${debug ? '' : ` (${DEBUG_HINT})`}`);
    if (debug && error instanceof Error && error.stack) ctx.terminal.err(error.stack);
    raiseExitCode(ctx, EXIT_FAILED);
    return ctx.exitCode;
  }
}

function processContext(): CliContext {
  // A closed pipe (`tally claims | head`) is the reader having had enough, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // On a terminal, a progress line is redrawn in place; any other stderr line first erases it.
  let progressShown = false;
  const clearProgress = (): void => {
    if (progressShown) process.stderr.write('\r\x1b[K');
    progressShown = false;
  };
  const terminal: Terminal = {
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => {
      clearProgress();
      process.stderr.write(`${text}\n`);
    },
    columns: process.stdout.columns || 120,
    ...(process.stderr.isTTY ? {
      progress: (text: string) => {
        clearProgress();
        if (text !== '') process.stderr.write(text.slice(0, (process.stderr.columns || 80) - 1));
        progressShown = text !== '';
      },
    } : {}),
  };
  return newContext(terminal); // no env given: config.ts reads the process environment itself
}
