import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DomainError } from '../domain/errors.js';
import { readJsonl, type JsonlProgress } from './read-jsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-jsonl-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function read(lines: string[]): Promise<{ source: string; text: string | DomainError; metadata: unknown }[]> {
  const path = join(dir, 'feed.jsonl');
  writeFileSync(path, lines.join('\n'));
  const out = [];
  for await (const file of readJsonl(path)) {
    const text = await file.read().then((b) => new TextDecoder().decode(b), (e: DomainError) => e);
    out.push({ source: file.source.replace(`${dir}/`, ''), text, metadata: file.metadata });
  }
  return out;
}

describe('readJsonl', () => {
  it('gives one document per line, named FILE:LINE unless the line names its source', async () => {
    const got = await read([
      '{"text": "Two people died.", "title": "Crash", "publishedAt": "2024-05-01"}',
      '',
      '{"text": "Dos muertos.", "source": "feed/es-1", "lang": "es"}',
    ]);
    assert.deepEqual(got, [
      { source: 'feed.jsonl:1', text: 'Two people died.', metadata: { plainText: { title: 'Crash', publishedAt: '2024-05-01' } } },
      { source: 'feed/es-1', text: 'Dos muertos.', metadata: { plainText: { title: null, publishedAt: null }, lang: 'es' } },
    ]);
  });

  const bad: [string, string][] = [
    ['a line that is not JSON', 'not json'],
    ['a line without text', '{"title": "No body"}'],
    ['a line with empty text', '{"text": ""}'],
    ['a line that is not an object', '[1, 2]'],
  ];
  for (const [behaviour, line] of bad) {
    it(`reports ${behaviour} as that line failing, and goes on`, async () => {
      const got = await read([line, '{"text": "Fine."}']);
      assert.equal(got.length, 2);
      assert.ok(got[0]!.text instanceof DomainError);
      assert.equal(got[0]!.text.code, 'document.invalid_line');
      assert.equal(got[0]!.source, 'feed.jsonl:1');
      assert.equal(got[1]!.text, 'Fine.');
    });
  }

  it('reports a missing file as one failing input', async () => {
    const files = [];
    for await (const file of readJsonl(join(dir, 'missing.jsonl'))) files.push(file);
    assert.equal(files.length, 1);
    await assert.rejects(files[0]!.read(), (e: unknown) => e instanceof DomainError && e.code === 'document.not_found');
  });

  it('counts the bytes consumed, for the progress line', async () => {
    const path = join(dir, 'sized.jsonl');
    const content = '{"text": "One."}\n{"text": "Dos, añadido."}\n';
    writeFileSync(path, content);
    const progress: JsonlProgress = { bytesRead: 0, totalBytes: Buffer.byteLength(content) };
    for await (const file of readJsonl(path, progress)) void file;
    assert.equal(progress.bytesRead, progress.totalBytes);
  });
});
