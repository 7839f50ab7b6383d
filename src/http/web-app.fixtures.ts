/**
 * A real App (SQLite in a temporary directory) holding the event fixtures of test/fixtures/events plus
 * one hostile document, for the API, page and browser tests. Documents are hostile input: the extra one
 * carries markup in its text and name so every page can be checked for escaping.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingFile } from '../app/incoming-file.js';
import type { IngestResult } from '../app/ingest-documents.js';
import type { FastifyInstance } from 'fastify';
import { openApp, type App } from '../compose.js';
import { loadConfig } from '../config.js';
import type { Role } from '../domain/account.js';

export const FIXTURES = fileURLToPath(new URL('../../test/fixtures/events/', import.meta.url));
export const MAX_BYTES = 200_000;
export const HOSTILE_SOURCE = 'hostile-<b>report</b>.txt';
/** Markup in a document's text, as an attacker would plant it. */
export const HOSTILE_MARKUP = '<script>alert(1)</script>';
export const HOSTILE_TEXT =
  `Monte Claro, June 2, 2025. At least 12 people were killed in Monte Claro, according to the ` +
  `Regional ${HOSTILE_MARKUP} Office. Witnesses said "<img src=x onerror=alert(2)>" was written on a wall.\n`;

export type TestApp = { app: App; results: IngestResult[]; close(): Promise<void> };

export function incomingFile(source: string, bytes: Uint8Array | string): IncomingFile {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { source, size: data.byteLength, read: async () => data };
}

export function fixtureFiles(): IncomingFile[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => incomingFile(join('fixtures', name), readFileSync(join(FIXTURES, name))));
}

export async function openTestApp(): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'tally-web-'));
  const app = await openApp(loadConfig({}, { db: join(dir, 'tally.db'), maxBytes: MAX_BYTES }));
  const results: IngestResult[] = [];
  for await (const result of app.ingestDocuments({ files: [...fixtureFiles(), incomingFile(HOSTILE_SOURCE, HOSTILE_TEXT)], actor: 'cli:test' })) {
    results.push(result);
  }
  return {
    app,
    results,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A multipart/form-data body as a browser sends it, one part per file in the field "files". */
export function multipartBody(files: ReadonlyArray<{ name: string; content: Uint8Array | string }>) {
  const boundary = '----tally-test-boundary';
  const parts: Buffer[] = [];
  for (const file of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(file.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export type TestUser = { name: string; secret: string };

/** An account made as `tally users add` makes it; its secret is also its API token. */
export async function addTestUser(app: App, name: string, role: Role): Promise<TestUser> {
  const { secret } = await app.addUser({ name, role, actor: 'cli:test' });
  return { name, secret };
}

export const bearer = (user: TestUser) => ({ authorization: `Bearer ${user.secret}` });

/** What a browser holds after signing in through the form: its session cookie and the session's CSRF token. */
export type BrowserSession = { cookie: string; csrf: string };

export async function signInThroughForm(server: FastifyInstance, user: TestUser): Promise<BrowserSession> {
  const form = await server.inject({ method: 'GET', url: '/login' });
  const login = cookieValue(form.headers['set-cookie'], 'tally_login');
  const posted = await server.inject({
    method: 'POST', url: '/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `tally_login=${login}` },
    payload: new URLSearchParams({ name: user.name, secret: user.secret, _login: login, next: '/' }).toString(),
  });
  if (posted.statusCode !== 303) throw new Error(`sign-in failed: ${posted.statusCode}`);
  const cookie = `tally_session=${cookieValue(posted.headers['set-cookie'], 'tally_session')}`;
  const page = await server.inject({ method: 'GET', url: '/upload', headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? /_csrf=([A-Za-z0-9_-]+)/.exec(page.body)?.[1];
  if (csrf === undefined) throw new Error('no CSRF token on the upload page');
  return { cookie, csrf };
}

export function cookieValue(header: string | string[] | undefined, name: string): string {
  const all = Array.isArray(header) ? header : header === undefined ? [] : [header];
  const found = all.find((c) => c.startsWith(`${name}=`));
  if (found === undefined) throw new Error(`no ${name} cookie set`);
  return found.slice(name.length + 1).split(';')[0]!;
}
