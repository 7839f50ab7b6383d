import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../domain/errors.js';
import { incomingUrl } from './incoming-url.js';
import { ingestDocuments, type IngestResult } from './ingest-documents.js';
import type { UrlFetcher } from './ports.js';
// eslint-disable-next-line import-x/no-restricted-paths
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

const PAGE = '<article><h1>Flood in Halden</h1><p>At least 37 people were killed in the flood, according to the Morvanian Red Cross.</p></article>';

describe('incomingUrl', () => {
  it('stores a fetched page under its URL, with the bytes as received, read by its declared type', async () => {
    const bytes = new TextEncoder().encode(PAGE);
    const fetchUrl: UrlFetcher = async (url) => {
      if (url.endsWith('/down')) throw new DomainError('document.url_unreachable', 'answered HTTP 503');
      return { url, finalUrl: url, bytes, declared: 'text/html' };
    };
    const store = await SqliteStore.open(':memory:');
    try {
      const files = ['https://news.example.org/flood', 'https://news.example.org/down'].map((u) => incomingUrl(u, fetchUrl));
      const results: IngestResult[] = [];
      for await (const r of ingestDocuments({ files, actor: 'cli:test' }, { store, maxBytes: 100_000, now: () => new Date(0) })) results.push(r);
      assert.deepEqual(results.map((r) => [r.source, r.status, r.error?.code]), [
        ['https://news.example.org/flood', 'ingested', undefined],
        ['https://news.example.org/down', 'failed', 'document.url_unreachable'],
      ]);
      const [document] = await store.listDocuments();
      assert.equal(document?.source, 'https://news.example.org/flood');
      assert.equal(document?.mediaType, 'text/html'); // a fragment with no <html>: the Content-Type said so
      assert.deepEqual(await store.getOriginal(document!.id), bytes);
      assert.ok((await store.listClaims()).length > 0);
    } finally {
      await store.close();
    }
  });
});
