/**
 * Diagnostics on stderr, filtered by TALLY_LOG_LEVEL: one line per failed file
 * (`tally: <path>: <message> [<code>]`), notices about files that worked, and summaries.
 */
import type { Config, LogLevel } from '../config.js';
import type { ErrorCode } from '../domain/errors.js';
import { raiseExitCode, type CliContext } from './cli-context.js';
import { EXIT_FAILED } from './exit-codes.js';

export const DEBUG_HINT = 'run with TALLY_DEBUG=1 for details';

const RANK: Readonly<Record<LogLevel, number>> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export type FileFailure = { code: ErrorCode; message: string; cause?: unknown };

export type Reporter = {
  /** A file failed: say so in one line and make the run end with exit code 1. */
  fileFailed(source: string, failure: FileFailure): void;
  /** Something about a file that worked ("no language pack for 'fr'"). */
  notice(source: string, text: string): void;
  info(text: string): void;
};

export function createReporter(ctx: CliContext, config: Pick<Config, 'logLevel' | 'debug'>): Reporter {
  const at = (level: LogLevel): boolean => RANK[config.logLevel] >= RANK[level];
  return {
    fileFailed(source, failure) {
      raiseExitCode(ctx, EXIT_FAILED);
      if (!at('error')) return;
      // An internal failure is a bug, not the file's fault: point at the way to see the stack trace.
      const internal = failure.code === 'document.extraction_failed';
      const hint = internal && !config.debug ? ` (${DEBUG_HINT})` : '';
      ctx.terminal.err(`tally: ${source}: ${failure.message} [${failure.code}]${hint}`);
      if (internal && config.debug && failure.cause instanceof Error && failure.cause.stack) {
        ctx.terminal.err(failure.cause.stack);
      }
    },
    notice(source, text) {
      if (at('warn')) ctx.terminal.err(`tally: ${source}: ${text}`);
    },
    info(text) {
      if (at('info')) ctx.terminal.err(text);
    },
  };
}
