/**
 * `tally ingest` with hostile input: names that lie about the content, and --url against a local
 * server on 127.0.0.1, refused as a loopback address unless --allow-private is given.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makePdf } from '../../../test/support/make-pdf.js';
import { newContext } from '../cli-context.js';
import { main } from '../main.js';

const TEXT = 'At least 37 people were killed in the flood in Halden, according to the Morvanian Red Cross.';
const dir = mkdtempSync(join(tmpdir(), 'tally-ingest-cli-'));
let site: Server;
let base: string;

before(async () => {
  site = createServer((request, response) => {
    if (request.url === '/flood') return response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(TEXT);
    return response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
after(async () => {
  site.closeAllConnections();
  await new Promise((resolve) => site.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

async function tally(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'tally', ...args], newContext({ out: (t) => out.push(t), err: (t) => err.push(t), columns: 100 }, {}));
  return { code, out, err };
}
const problems = (lines: string[]) => lines.filter((l) => l.startsWith('tally: '));

describe('tally ingest', () => {
  it('reads files by their content: a PDF named .txt is read as a PDF, an executable named .pdf is refused', async () => {
    const db = join(dir, 'names.db');
    const pdfAsText = join(dir, 'notes.txt');
    const exeAsPdf = join(dir, 'report.pdf');
    writeFileSync(pdfAsText, makePdf([[TEXT]]));
    writeFileSync(exeAsPdf, Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), Buffer.from('This program cannot be run in DOS mode.')]));
    const run = await tally(['--db', db, 'ingest', '--json', pdfAsText, exeAsPdf]);
    assert.equal(run.code, 1);
    const lines = run.out.map((l) => JSON.parse(l) as { source: string; status: string; claims?: number });
    assert.deepEqual(lines.map((l) => [l.source, l.status]), [[pdfAsText, 'ingested'], [exeAsPdf, 'failed']]);
    assert.ok((lines[0]!.claims ?? 0) > 0);
    assert.deepEqual(problems(run.err), [`tally: ${exeAsPdf}: is a Windows executable (by its content), not a document Tally reads: PDF, HTML, Markdown or plain text [document.binary]`]);
  });

  it('refuses --url to a loopback address, naming the URL and the address', async () => {
    const db = join(dir, 'refused.db');
    const run = await tally(['--db', db, 'ingest', '--url', `${base}/flood`]);
    assert.equal(run.code, 1);
    const [line, ...rest] = problems(run.err);
    assert.deepEqual(rest, []);
    assert.match(line ?? '', new RegExp(`^tally: ${base}/flood: is refused: 127\\.0\\.0\\.1, a loopback address .*--allow-private.*\\[document\\.url_refused\\]$`));
    assert.deepEqual((await tally(['--db', db, 'documents', '--json'])).out, []);
  });

  it('fetches --url with --allow-private and stores the document under its URL, with the bytes as received', async () => {
    const db = join(dir, 'fetched.db');
    const run = await tally(['--db', db, 'ingest', '--json', '--allow-private', '--url', `${base}/flood`, '--url', `${base}/gone`]);
    assert.equal(run.code, 1);
    const lines = run.out.map((l) => JSON.parse(l) as { source: string; status: string; error?: { code: string } });
    assert.deepEqual(lines.map((l) => [l.source, l.status, l.error?.code]), [
      [`${base}/flood`, 'ingested', undefined],
      [`${base}/gone`, 'failed', 'document.url_unreachable'],
    ]);
    const [document] = (await tally(['--db', db, 'documents', '--json'])).out.map((l) => JSON.parse(l) as { source: string; byteLength: number; mediaType: string });
    assert.deepEqual([document?.source, document?.byteLength, document?.mediaType], [`${base}/flood`, Buffer.byteLength(TEXT), 'text/plain']);
  });
});
