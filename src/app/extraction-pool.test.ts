import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { DomainError } from '../domain/errors.js';
import { extractDocument } from './extract-document.js';
import { createExtractionPool } from './extraction-pool.js';
import type { IncomingFile } from './incoming-file.js';
import { ingestDocuments, type IngestDocumentsDeps, type IngestResult } from './ingest-documents.js';
import { makePdf } from '../../test/support/make-pdf.js';
// The use case runs against the real adapter, in memory, wired here as compose.ts wires it.
// eslint-disable-next-line import-x/no-restricted-paths
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

const MAX_BYTES = 100_000;
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const TEXTS: [string, string][] = [
  ['flood.txt', 'At least 37 people were killed in the flood, according to the Morvanian Red Cross. About 2,400 residents were displaced.'],
  ['sismo.md', '# Sismo\n\nAl menos 12 personas murieron y unas 80 resultaron heridas en Valdeluna, según la Defensa Civil.'],
  ['note.txt', 'The committee met on Tuesday to discuss the budget for 2025.'],
];

// warmUp 0: every document goes to a worker once one is ready (the first ones may still run here).
const pool = createExtractionPool({ maxBytes: MAX_BYTES, size: 2, warmUp: 0 });
after(() => pool.close());

async function untilWorkersReady(): Promise<void> {
  // A worker answers only once it has loaded the pipeline; poll with a document until one has.
  for (let i = 0; i < 200; i++) {
    await pool.extract({ source: 'x.txt', bytes: encode('Two people were injured.') });
    if (pool.readyWorkers() > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail('no extraction worker became ready');
}

describe('createExtractionPool', () => {
  it('extracts on worker threads exactly what this thread extracts', async () => {
    await untilWorkersReady();
    for (const [source, text] of TEXTS) {
      const input = { source, bytes: encode(text) };
      assert.deepEqual(await pool.extract(input), await extractDocument(input, { maxBytes: MAX_BYTES }), source);
    }
  });

  it('keeps the stable code of a document that fails in a worker', async () => {
    await untilWorkersReady();
    const failures = [
      ['empty.txt', encode('   \n'), 'document.empty'],
      ['page.pdf', encode('Fourteen killed, not a PDF.'), 'document.not_pdf'],
    ] as const;
    for (const [source, bytes, code] of failures) {
      await assert.rejects(pool.extract({ source, bytes }), (error: unknown) => {
        assert.ok(error instanceof DomainError, source);
        assert.equal(error.code, code);
        return true;
      });
    }
  });
});

describe('ingestDocuments on the pool, with a window and batched writes', () => {
  it('gives the results, in input order, that a one-at-a-time run gives', async () => {
    await untilWorkersReady();
    const files = (): IncomingFile[] => [
      ...TEXTS.map(([source, text]) => ({ source, size: null, read: async () => encode(text) })),
      { source: 'empty.txt', size: null, read: async () => encode('') },
      { source: 'copy-of-flood.txt', size: null, read: async () => encode(TEXTS[0]![1]) },
      ...TEXTS.map(([source, text]) => ({ source: `again-${source}`, size: null, read: async () => encode(`${text}\n`) })),
    ];
    const run = async (parallel: boolean): Promise<IngestResult[]> => {
      const store = await SqliteStore.open(':memory:');
      const deps = { store, maxBytes: MAX_BYTES, now: () => new Date(0) };
      const results: IngestResult[] = [];
      const options = parallel ? { extract: pool.extract, concurrency: 4, batchSize: 3 } : {};
      for await (const r of ingestDocuments({ files: files(), actor: 'cli:test' }, { ...deps, ...options })) results.push(r);
      assert.equal((await store.listDocuments()).length, results.filter((r) => r.status === 'ingested').length);
      await store.close();
      return results.map(({ error, ...rest }) => (error ? { ...rest, error: { code: error.code, message: error.message } } : rest));
    };
    const sequential = await run(false);
    assert.deepEqual(sequential.map((r) => r.status),
      ['ingested', 'ingested', 'ingested', 'failed', 'unchanged', 'ingested', 'ingested', 'ingested']);
    assert.deepEqual(await run(true), sequential);
  });

  it('stores a run many windows long (workers holding many documents each) as a one-at-a-time run does', async () => {
    await untilWorkersReady();
    // 300 files, a few repeated far apart (same bytes, another name) and some empty, with the window
    // as wide as the pool's capacity: every worker holds up to its limit while batches are written.
    const files = (): IncomingFile[] => Array.from({ length: 300 }, (_, i) => {
      const [, text] = TEXTS[i % TEXTS.length]!;
      const body = i % 37 === 0 ? '' : `${text} (report ${i % 120})`;
      return { source: `n-${i}.txt`, size: null, read: async () => encode(body) };
    });
    const run = async (options: Partial<IngestDocumentsDeps>): Promise<{ results: string[]; stored: string[] }> => {
      const store = await SqliteStore.open(':memory:');
      const results: string[] = [];
      for await (const r of ingestDocuments({ files: files(), actor: 'cli:test' }, { store, maxBytes: MAX_BYTES, now: () => new Date(0), ...options })) {
        results.push(`${r.source} ${r.status} ${r.id ?? r.error?.code} ${r.claims ?? ''}`);
      }
      const stored = (await store.listClaims()).map((c) => `${c.documentId} ${c.claimIndex} ${c.measure} ${c.low}`);
      await store.close();
      return { results, stored };
    };
    const sequential = await run({});
    for (const status of ['ingested', 'unchanged', 'failed']) assert.ok(sequential.results.some((r) => r.includes(` ${status} `)), status);
    assert.deepEqual(await run({ extract: pool.extract, concurrency: pool.capacity, batchSize: 64 }), sequential);
  });
});

/**
 * A decompression bomb: a one-page PDF whose content stream is a few hundred KB of FlateDecode that
 * inflates to `inflatedMb` MB of text-drawing operators, each of which PDF.js turns into a text item.
 */
function bombPdf(inflatedMb: number): Uint8Array {
  const operator = Buffer.from('BT /F1 12 Tf 72 712 Td (Forty killed) Tj ET\n');
  const megabyte = Buffer.alloc(1024 * 1024, ' ');
  for (let i = 0; i + operator.length <= megabyte.length; i += operator.length) operator.copy(megabyte, i);
  const stream = deflateSync(Buffer.concat(Array.from({ length: inflatedMb }, () => megabyte)), { level: 1 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = typeof body === 'string'
      ? Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`)
      : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${body.length} /Filter /FlateDecode >>\nstream\n`), body, Buffer.from('\nendstream\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

describe('extraction limits: a hostile PDF fails alone and the run goes on', () => {
  const good = makePdf([['At least 12 people were killed in the flood, the Morvanian Red Cross said.']]);
  const bomb = bombPdf(100);
  // 96 MB is room enough for the pipeline and an ordinary PDF, not for the bomb's text items.
  const cases: { behaviour: string; limits: { timeoutMs: number; maxMemoryMb: number }; code: string; message: RegExp }[] = [
    { behaviour: 'a decompression bomb over the memory limit', limits: { timeoutMs: 120_000, maxMemoryMb: 96 }, code: 'document.too_complex', message: /more than the 96 MB of memory/ },
    { behaviour: 'a decompression bomb over the time limit', limits: { timeoutMs: 1500, maxMemoryMb: 1024 }, code: 'document.timeout', message: /longer than the 1.5 s/ },
  ];
  for (const c of cases) {
    it(`stores the other files when ${c.behaviour} fails with ${c.code}`, async () => {
      assert.ok(bomb.byteLength < 2_000_000, 'the bomb is small on disk');
      const limited = createExtractionPool({ maxBytes: 5_000_000, size: 1, warmUp: 0, ...c.limits });
      const store = await SqliteStore.open(':memory:');
      try {
        const files: IncomingFile[] = [
          { source: 'flood.txt', size: null, read: async () => encode(TEXTS[0]![1]) },
          { source: 'bomb.pdf', size: null, read: async () => bomb },
          { source: 'broken.pdf', size: null, read: async () => encode('%PDF-1.7\n1 0 obj << /Kids [') },
          // Named .txt, a PDF by its content: read as a PDF, by the worker that replaced the bomb's.
          { source: 'report.txt', size: null, read: async () => good },
        ];
        const results: IngestResult[] = [];
        const deps = { store, maxBytes: 5_000_000, now: () => new Date(0), extract: limited.extract, concurrency: 1 };
        for await (const r of ingestDocuments({ files, actor: 'cli:test' }, deps)) results.push(r);
        assert.deepEqual(results.map((r) => [r.source, r.status, r.error?.code]), [
          ['flood.txt', 'ingested', undefined],
          ['bomb.pdf', 'failed', c.code],
          ['broken.pdf', 'failed', 'document.corrupt_pdf'],
          ['report.txt', 'ingested', undefined],
        ]);
        const failure = results[1]!.error!;
        assert.match(failure.message, c.message);
        assert.equal(failure.message.includes('\n'), false, 'one line');
        const stored = await store.listDocuments();
        assert.deepEqual(stored.map((d) => [d.source, d.mediaType]), [['flood.txt', 'text/plain'], ['report.txt', 'application/pdf']]);
        assert.ok((await store.listClaims({ documentId: stored[1]!.id })).length > 0);
      } finally {
        await limited.close();
        await store.close();
      }
    });
  }
});
