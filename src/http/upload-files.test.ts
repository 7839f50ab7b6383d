/**
 * The upload handler on its own route (no accounts in the way): a file's content decides how it is
 * read whatever its name says, and the "url" field is fetched by the server only from public addresses.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { openApp, type App } from '../compose.js';
import { loadConfig } from '../config.js';
import { makePdf } from '../../test/support/make-pdf.js';
import { ingestUpload } from './upload-files.js';

const TEXT = 'At least 12 people were killed in the flood in Halden, the Morvanian Red Cross said.';
let dir: string;
let app: App;
let server: FastifyInstance;
let site: Server;
let sitePort: number;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tally-upload-'));
  app = await openApp(loadConfig({}, { db: join(dir, 'tally.db'), maxBytes: 100_000 }));
  server = Fastify();
  await server.register(multipart);
  server.post('/upload', async (request) => ({ files: await ingestUpload(request, app, 'cli:test') }));
  site = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end(TEXT));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  sitePort = (site.address() as AddressInfo).port;
});
after(async () => {
  await server?.close();
  await app?.close();
  site?.closeAllConnections();
  await new Promise((resolve) => site?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

type Part = { field: 'files'; name: string; content: Uint8Array | string } | { field: 'url'; value: string };

function body(parts: readonly Part[]) {
  const boundary = '----tally-upload-test';
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.field === 'files'
      ? `form-data; name="files"; filename="${part.name}"\r\nContent-Type: application/octet-stream`
      : 'form-data; name="url"';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`));
    chunks.push(Buffer.from(part.field === 'files' ? part.content : part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(parts: readonly Part[]): Promise<{ status: number; files: Array<{ source: string; status: string; id?: string; error?: { code: string; message: string } }> }> {
  const response = await server.inject({ method: 'POST', url: '/upload', ...body(parts) });
  return { status: response.statusCode, files: response.json().files };
}

describe('ingestUpload', () => {
  it('reads each file by its content, not by the name it was sent under', async () => {
    const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...new TextEncoder().encode('This program cannot be run in DOS mode.')]);
    const { status, files } = await upload([
      { field: 'files', name: 'report.pdf', content: exe },
      { field: 'files', name: 'notes.txt', content: makePdf([[TEXT]]) },
    ]);
    assert.equal(status, 200);
    assert.deepEqual(files.map((f) => [f.source, f.status, f.error?.code]), [
      ['report.pdf', 'failed', 'document.binary'],
      ['notes.txt', 'ingested', undefined],
    ]);
    assert.match(files[0]!.error!.message, /Windows executable/);
    const { document } = await app.getDocument({ id: files[1]!.id! });
    assert.equal(document.mediaType, 'application/pdf');
  });

  it('refuses to fetch a URL field that points inside the server\'s network', async () => {
    const url = `http://127.0.0.1:${sitePort}/report`;
    const { status, files } = await upload([{ field: 'url', value: url }, { field: 'url', value: 'javascript:alert(1)' }]);
    assert.equal(status, 200);
    assert.deepEqual(files.map((f) => [f.source, f.status, f.error?.code]), [
      [url, 'failed', 'document.url_refused'],
      ['javascript:alert(1)', 'failed', 'document.url_invalid'],
    ]);
    assert.match(files[0]!.error!.message, /127\.0\.0\.1, a loopback address/);
  });
});
