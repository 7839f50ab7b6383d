/**
 * The one place where outcomes become exit codes (documented in docs/error-codes.md):
 *   0  everything worked (a document already stored counts as worked)
 *   1  at least one file failed (the others were still processed), or the run hit a non-usage error
 *   2  the command line or the configuration is wrong; nothing was done
 */
import { ERROR_CODES, type DomainError, type ErrorCategory, type ErrorCode } from '../domain/errors.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_FAILED | typeof EXIT_USAGE;

/** A run-ending error by category: only a wrong setting (validation) is the user's usage error. */
const FATAL_EXIT: Readonly<Record<ErrorCategory, ExitCode>> = {
  validation: EXIT_USAGE,
  not_found: EXIT_FAILED,
  conflict: EXIT_FAILED,
  unsupported: EXIT_FAILED,
  internal: EXIT_FAILED,
  unauthenticated: EXIT_FAILED,
  forbidden: EXIT_FAILED,
  rate_limited: EXIT_FAILED,
};

/** Errors about one input file never end a run: the file is reported and the run ends with 1. */
export function isFileError(code: ErrorCode): boolean {
  return code.startsWith('document.');
}

/** The exit code for an error with this code, whether it concerned one file or ended the run. */
export function exitCodeFor(error: Pick<DomainError, 'code'>): ExitCode {
  return isFileError(error.code) ? EXIT_FAILED : FATAL_EXIT[ERROR_CODES[error.code]];
}

/** A run's exit code from its per-file statuses: 1 if any file failed. */
export function exitCodeForRun(statuses: Iterable<string>): ExitCode {
  for (const status of statuses) if (status === 'failed') return EXIT_FAILED;
  return EXIT_OK;
}
