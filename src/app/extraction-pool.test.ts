import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DomainError } from '../domain/errors.js';
import { extractDocument } from './extract-document.js';
import { createExtractionPool } from './extraction-pool.js';
import type { IncomingFile } from './incoming-file.js';
import { ingestDocuments, type IngestResult } from './ingest-documents.js';
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
      ['page.pdf', encode('<html>not a pdf</html>'), 'document.not_pdf'],
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
      for await (const r of ingestDocuments({ files: files() }, { ...deps, ...options })) results.push(r);
      assert.equal((await store.listDocuments()).length, results.filter((r) => r.status === 'ingested').length);
      await store.close();
      return results.map(({ error, ...rest }) => (error ? { ...rest, error: { code: error.code, message: error.message } } : rest));
    };
    const sequential = await run(false);
    assert.deepEqual(sequential.map((r) => r.status),
      ['ingested', 'ingested', 'ingested', 'failed', 'unchanged', 'ingested', 'ingested', 'ingested']);
    assert.deepEqual(await run(true), sequential);
  });
});
