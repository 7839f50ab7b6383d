/**
 * Tally's settings. This is the only module that reads `process.env`; everything else receives a
 * validated `Config`. Command-line options (`--db`, `--max-bytes`) arrive as overrides and win over
 * the environment.
 */
import { z } from 'zod';
import { DomainError } from './domain/errors.js';

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A byte count: a plain integer ("52428800") or one with a unit ("50MB", "512 KB"; powers of 1024). */
export const ByteSize = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string()
    .trim()
    .regex(/^\d+\s*(b|kb|mb|gb)?$/i, 'must be a number of bytes, optionally with KB, MB or GB (e.g. 50MB)')
    .transform((text, ctx) => {
      const [, digits = '', unit = ''] = /^(\d+)\s*([a-z]*)$/i.exec(text) ?? [];
      const bytes = Number(digits) * UNITS[unit.toLowerCase()]!;
      if (!Number.isSafeInteger(bytes) || bytes <= 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a positive size' });
        return z.NEVER;
      }
      return bytes;
    }),
);

export const LogLevel = z.enum(['silent', 'error', 'warn', 'info', 'debug']);
export type LogLevel = z.infer<typeof LogLevel>;

/** A database location: a file path (SQLite) or a `postgres://` URL (PostgreSQL); compose.ts chooses the store. */
const DatabaseLocation = z.string().trim().min(1, 'must not be empty');

export const DEFAULT_DB = './tally.db';
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export const Config = z.object({
  db: DatabaseLocation,
  maxBytes: z.number().int().positive(),
  logLevel: LogLevel,
  /** Print stack traces of unexpected errors (TALLY_DEBUG=1). */
  debug: z.boolean(),
  /** Longest one document may take to extract, in ms (TALLY_DOCUMENT_TIMEOUT, in seconds); absent: the pool's default. */
  documentTimeoutMs: z.number().int().positive().optional(),
  /** Heap limit of each extraction worker, in MB (TALLY_WORKER_MEMORY, a size); absent: the pool's default. */
  workerMemoryMb: z.number().int().positive().optional(),
  /** Mark the session cookie Secure even on plain http (TALLY_SECURE_COOKIES=1: TLS ends before Tally). */
  secureCookies: z.boolean().optional(),
  /** Believe X-Forwarded-For/-Proto from a reverse proxy for the client address and https (TALLY_TRUST_PROXY=1). */
  trustProxy: z.boolean().optional(),
});
export type Config = z.infer<typeof Config>;

const Flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['0', '1', 'false', 'true', 'no', 'yes']))
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** The environment variables Tally reads, each validated where it is named. */
const Env = z.object({
  TALLY_DB: DatabaseLocation.optional(),
  TALLY_MAX_BYTES: ByteSize.optional(),
  TALLY_LOG_LEVEL: z.string().trim().toLowerCase().pipe(LogLevel).optional(),
  TALLY_DEBUG: Flag.optional(),
  TALLY_DOCUMENT_TIMEOUT: z.string().trim().regex(/^\d+$/, 'must be a whole number of seconds').transform(Number).pipe(z.number().int().positive()).optional(),
  TALLY_WORKER_MEMORY: ByteSize.optional(),
  TALLY_SECURE_COOKIES: Flag.optional(),
  TALLY_TRUST_PROXY: Flag.optional(),
});

/** What the command line may set; names are the options' own so an error points at what was typed. */
const Overrides = z.object({
  '--db': DatabaseLocation.optional(),
  '--max-bytes': ByteSize.optional(),
});

export type ConfigOverrides = { db?: string; maxBytes?: string | number };

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Builds the configuration from the environment and command-line overrides.
 * Throws `config.invalid` naming the variable or option at fault.
 */
export function loadConfig(env: Environment = process.env, overrides: ConfigOverrides = {}): Config {
  // An empty variable counts as unset, as shells make it easy to export one by accident.
  const present = (value: string | undefined): string | undefined => (value === '' ? undefined : value);
  const fromEnv = parseOrThrow(Env, {
    TALLY_DB: present(env['TALLY_DB']),
    TALLY_MAX_BYTES: present(env['TALLY_MAX_BYTES']),
    TALLY_LOG_LEVEL: present(env['TALLY_LOG_LEVEL']),
    TALLY_DEBUG: present(env['TALLY_DEBUG']),
    TALLY_DOCUMENT_TIMEOUT: present(env['TALLY_DOCUMENT_TIMEOUT']),
    TALLY_WORKER_MEMORY: present(env['TALLY_WORKER_MEMORY']),
    TALLY_SECURE_COOKIES: present(env['TALLY_SECURE_COOKIES']),
    TALLY_TRUST_PROXY: present(env['TALLY_TRUST_PROXY']),
  });
  const fromCli = parseOrThrow(Overrides, { '--db': overrides.db, '--max-bytes': overrides.maxBytes });
  return {
    db: fromCli['--db'] ?? fromEnv.TALLY_DB ?? DEFAULT_DB,
    maxBytes: fromCli['--max-bytes'] ?? fromEnv.TALLY_MAX_BYTES ?? DEFAULT_MAX_BYTES,
    logLevel: fromEnv.TALLY_LOG_LEVEL ?? 'info',
    debug: fromEnv.TALLY_DEBUG ?? false,
    ...(fromEnv.TALLY_DOCUMENT_TIMEOUT === undefined ? {} : { documentTimeoutMs: fromEnv.TALLY_DOCUMENT_TIMEOUT * 1000 }),
    ...(fromEnv.TALLY_WORKER_MEMORY === undefined ? {} : { workerMemoryMb: Math.max(64, Math.round(fromEnv.TALLY_WORKER_MEMORY / 1024 ** 2)) }),
    ...(fromEnv.TALLY_SECURE_COOKIES === undefined ? {} : { secureCookies: fromEnv.TALLY_SECURE_COOKIES }),
    ...(fromEnv.TALLY_TRUST_PROXY === undefined ? {} : { trustProxy: fromEnv.TALLY_TRUST_PROXY }),
  };
}

/**
 * Whether TALLY_DEBUG is on, without failing: the CLI asks this while reporting an unexpected error,
 * possibly before (or because) the rest of the configuration could be loaded.
 */
export function debugEnabled(env: Environment = process.env): boolean {
  return Flag.safeParse(env['TALLY_DEBUG']).data ?? false;
}

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'configuration');
    const given = (input as Record<string, unknown>)[name];
    return `${name}=${JSON.stringify(given)} ${describeIssue(issue)}`;
  });
  throw new DomainError('config.invalid', `invalid configuration: ${problems.join('; ')}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  return issue.message;
}
