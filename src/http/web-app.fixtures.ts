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
import { openApp, type App } from '../compose.js';
import { loadConfig } from '../config.js';

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
  for await (const result of app.ingestDocuments({ files: [...fixtureFiles(), incomingFile(HOSTILE_SOURCE, HOSTILE_TEXT)] })) {
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
