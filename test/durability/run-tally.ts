/**
 * `bin/tally` as a child process for the durability tests, which need real processes: a SIGKILL, or
 * two writers racing, cannot be simulated inside one. Also the databases each test tier runs on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const BIN = new URL('../../bin/tally', import.meta.url).pathname;

export type TallyExit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export type TallyRun = {
  child: ChildProcess;
  /** Complete stdout lines seen so far (with --json, one per file result). */
  lines: () => number;
  /** Stdout so far. */
  output: () => string;
  /** Resolves once stdout has `count` lines, or the process has ended. */
  waitForLines: (count: number) => Promise<void>;
  exited: Promise<TallyExit>;
};

/** Starts `tally --db DB ARGS…` with a bare environment, so no TALLY_* variable of the caller leaks in. */
export function startTally(db: string, args: readonly string[], env: Record<string, string> = {}): TallyRun {
  const child = spawn(process.execPath, [BIN, '--db', db, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let waiting: { count: number; resolve: () => void } | null = null;
  const lines = (): number => stdout.split('\n').length - 1;
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (waiting && lines() >= waiting.count) waiting.resolve();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const exited = new Promise<TallyExit>((resolve) => {
    child.on('close', (code, signal) => {
      waiting?.resolve();
      resolve({ code, signal, stdout, stderr });
    });
  });
  const waitForLines = (count: number): Promise<void> => new Promise((resolve) => {
    if (lines() >= count || child.exitCode !== null || child.signalCode !== null) resolve();
    else waiting = { count, resolve: () => { waiting = null; resolve(); } };
  });
  return { child, lines, output: () => stdout, waitForLines, exited };
}

/** Runs tally to its end. */
export function runTally(db: string, args: readonly string[], env?: Record<string, string>): Promise<TallyExit> {
  return startTally(db, args, env).exited;
}

/** `tally serve --port 0` on `db`, once it listens, with its address. Stop it with `stopServer`. */
export async function startServer(db: string, args: readonly string[] = []): Promise<{ run: TallyRun; url: string }> {
  const run = startTally(db, ['serve', '--port', '0', '--host', '127.0.0.1', ...args]);
  await run.waitForLines(1);
  const url = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(run.output())?.[1];
  if (url === undefined) {
    run.child.kill('SIGKILL');
    const exit = await run.exited;
    throw new Error(`tally serve did not start (${exit.code ?? exit.signal}): ${exit.stderr}`);
  }
  return { run, url };
}

/** SIGTERM, as Ctrl-C would: the server closes, then the store. */
export async function stopServer(server: { run: TallyRun }): Promise<TallyExit> {
  server.run.child.kill('SIGTERM');
  return server.run.exited;
}

export type TestDatabases = {
  /** A fresh database location for `name`, unique to this test process. */
  location: (name: string) => Promise<string>;
  /** Removes what `location` made. */
  dispose: () => Promise<void>;
};

/** SQLite files in `dir`, which dispose removes. */
export function sqliteDatabases(dir: string): TestDatabases {
  return { location: async (name) => join(dir, `${name}.db`), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Schemas of the PostgreSQL database at `url`, one per name and prefixed with this process's id, so
 * concurrent test runs on one server never meet; all dropped by dispose.
 */
export function postgresDatabases(url: string, prefix: string): TestDatabases {
  const admin = new pg.Client({ connectionString: url });
  const connected = admin.connect();
  const made: string[] = [];
  return {
    location: async (name) => {
      await connected;
      const schema = `${prefix}_${process.pid}_${name}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.query(`create schema ${schema}`);
      made.push(schema);
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${schema}`);
      return u.href;
    },
    dispose: async () => {
      await connected;
      for (const schema of made) await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    },
  };
}

/**
 * The credentials for `POST /api/upload`: the secret of an editor made with `tally users add --json`
 * (the API takes it as a bearer token), or null on a Tally without accounts (no `users` command).
 */
export async function editorToken(db: string): Promise<string | null> {
  const made = await runTally(db, ['users', 'add', `uploader-${process.pid}`, '--role', 'editor', '--json']);
  if (made.code !== 0 && /unknown command/i.test(made.stderr)) return null;
  if (made.code !== 0) throw new Error(`tally users add failed: ${made.stderr}`);
  const { secret } = JSON.parse(made.stdout) as { secret?: unknown };
  if (typeof secret !== 'string' || secret === '') throw new Error(`no secret in the output of tally users add: ${made.stdout}`);
  return secret;
}
