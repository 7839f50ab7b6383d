/**
 * What every command shares: where output goes, the environment to configure from, and the run's exit
 * code. Built once by main.ts (or by a test) and handed to each command.
 */
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { EXIT_OK, type ExitCode } from './exit-codes.js';

export type Terminal = {
  /** Data: tables, JSON lines, exports. */
  out(text: string): void;
  /** Diagnostics: one line per failed file, notices, summaries. */
  err(text: string): void;
  /** Width to fit tables to. */
  columns: number;
  /** Redraws one status line in place ('' erases it); present only when stderr is a terminal. */
  progress?(text: string): void;
};

export type CliContext = {
  /** The environment to configure from; undefined means the process's (read by config.ts only). */
  env: Readonly<Record<string, string | undefined>> | undefined;
  terminal: Terminal;
  /** The worst outcome so far; main.ts returns it. */
  exitCode: ExitCode;
};

export function raiseExitCode(ctx: CliContext, code: ExitCode): void {
  if (code > ctx.exitCode) ctx.exitCode = code;
}

export function newContext(terminal: Terminal, env?: CliContext['env']): CliContext {
  return { env, terminal, exitCode: EXIT_OK };
}

/** The configuration for a command: environment, then the global and the command's own options. */
export function commandConfig(command: Command, ctx: CliContext): Config {
  const options = command.optsWithGlobals<{ db?: string; maxBytes?: string }>();
  return loadConfig(ctx.env, { db: options.db, maxBytes: options.maxBytes });
}
