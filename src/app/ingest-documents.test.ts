import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { IncomingFile } from './incoming-file.js';
import { ingestDocuments, type IngestResult } from './ingest-documents.js';
import type { Store } from './ports.js';
// The use case runs against the real adapter, in memory, wired here as compose.ts wires it.
// eslint-disable-next-line import-x/no-restricted-paths
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const EN = 'At least 37 people were killed in the flood, according to the Morvanian Red Cross. About 2,400 residents were displaced.';
const FR = 'Selon la Croix-Rouge, au moins trente-sept personnes ont été tuées pendant la nuit dans la vallée.';

function file(source: string, text: string | Uint8Array, size?: number): IncomingFile & { reads: number } {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const incoming = {
    source,
    size: size ?? bytes.byteLength,
    reads: 0,
    read: async () => {
      incoming.reads++;
      return bytes;
    },
  };
  return incoming;
}

async function ingest(store: Store, files: IncomingFile[], lang?: string): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for await (const r of ingestDocuments({ files, lang: lang ?? null, actor: 'cli:test' }, { store, maxBytes: 10_000, now: () => NOW })) {
    results.push(r);
  }
  return results;
}

async function withStore(use: (store: Store) => Promise<void>): Promise<void> {
  const store = await SqliteStore.open(':memory:');
  try {
    await use(store);
  } finally {
    await store.close();
  }
}

describe('ingestDocuments', () => {
  it('stores a document keyed by the SHA-256 of its bytes, with its original bytes and claims', () =>
    withStore(async (store) => {
      const [result] = await ingest(store, [file('flood.txt', EN)]);
      const hex = createHash('sha256').update(EN).digest('hex');
      assert.equal(result?.status, 'ingested');
      assert.equal(result.id, `sha256:${hex}`);
      assert.equal(result.lang, 'en');
      const document = await store.getDocument(result.id!);
      assert.equal(document?.sha256, hex);
      assert.equal(document?.ingestedAt, NOW.toISOString());
      assert.deepEqual(new Uint8Array((await store.getOriginal(result.id!))!), new TextEncoder().encode(EN));
      const claims = await store.listClaims({ documentId: result.id! });
      assert.equal(claims.length, result.claims);
      assert.ok(claims.some((c) => c.measure === 'killed' && c.low === 37));
    }));

  it('skips a document already stored, before reading it as text, and says so', () =>
    withStore(async (store) => {
      await ingest(store, [file('flood.txt', EN)]);
      const results = await ingest(store, [file('copy-of-flood.txt', EN), file('flood-again.txt', EN)]);
      assert.deepEqual(results.map((r) => [r.status, r.notice]), [['unchanged', 'already stored'], ['unchanged', 'already stored']]);
      assert.equal((await store.listDocuments()).length, 1);
    }));

  it('reports a bad file and goes on with the next', () =>
    withStore(async (store) => {
      const results = await ingest(store, [file('empty.txt', ''), file('flood.txt', EN), file('photo.png', 'x')]);
      assert.deepEqual(
        results.map((r) => [r.source, r.status, r.error?.code]),
        [['empty.txt', 'failed', 'document.empty'], ['flood.txt', 'ingested', undefined], ['photo.png', 'failed', 'document.unsupported_type']],
      );
    }));

  it('refuses an oversized file by its size, without reading it', () =>
    withStore(async (store) => {
      const big = file('big.txt', EN, 20_000);
      const [result] = await ingest(store, [big]);
      assert.equal(result?.error?.code, 'document.too_large');
      assert.equal(big.reads, 0);
    }));

  it('turns an unexpected failure of one file into document.extraction_failed, keeping the cause', () =>
    withStore(async (store) => {
      const broken: IncomingFile = { source: 'broken.txt', size: null, read: () => Promise.reject(new TypeError('boom')) };
      const [result, next] = await ingest(store, [broken, file('flood.txt', EN)]);
      assert.equal(result?.error?.code, 'document.extraction_failed');
      assert.ok(result.error.cause instanceof TypeError);
      assert.equal(next?.status, 'ingested');
    }));

  const noPack: [string, string, string | undefined, string][] = [
    ['detected French', FR, undefined, 'fr'],
    ['--lang naming a language without a pack', EN, 'fr', 'fr'],
  ];
  for (const [name, text, lang, detected] of noPack) {
    it(`stores a document with no claims when there is no pack (${name})`, () =>
      withStore(async (store) => {
        const [result] = await ingest(store, [file('doc.txt', text)], lang);
        assert.equal(result?.status, 'ingested');
        assert.equal(result.lang, null);
        assert.equal(result.claims, 0);
        assert.equal(result.notice, `no language pack for '${detected}'; no claims extracted`);
        const document = await store.getDocument(result.id!);
        assert.equal(document?.langDetected, detected);
        assert.deepEqual(await store.listClaims({ documentId: result.id! }), []);
      }));
  }

  it('reads a document as the --lang given when there is a pack for it', () =>
    withStore(async (store) => {
      const [result] = await ingest(store, [file('doc.txt', 'Según la policía, murieron 12 personas en el ataque.')], 'es');
      assert.equal(result?.lang, 'es');
      assert.ok((result.claims ?? 0) > 0);
    }));

  it('reads a document that arrived as text with metadata as plain text, keeping its title, date and language', () =>
    withStore(async (store) => {
      // A line of `ingest --jsonl`: its source is not a file name, and the text may look like markup.
      const line = {
        ...file('feed.jsonl:7', '# Not a heading\n\nSegún la policía, murieron 12 personas en el ataque.'),
        metadata: { plainText: { title: 'Ataque en Valdeluna', publishedAt: '2024-03-02' }, lang: 'es' },
      };
      const [result] = await ingest(store, [line], 'en');
      assert.equal(result?.status, 'ingested');
      const document = await store.getDocument(result.id!);
      assert.deepEqual(
        [document?.mediaType, document?.title, document?.publishedAt, document?.lang, document?.source],
        ['text/plain', 'Ataque en Valdeluna', '2024-03-02', 'es', 'feed.jsonl:7'],
      );
      assert.ok(document?.text.startsWith('# Not a heading'));
      assert.ok((result.claims ?? 0) > 0);
    }));
});
