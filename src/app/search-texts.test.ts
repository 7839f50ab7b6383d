import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ingestDocuments } from './ingest-documents.js';
import type { Store } from './ports.js';
import { fold, searchTexts, type SearchInput } from './search-texts.js';
// The use case runs against the real adapter, in memory, wired here as compose.ts wires it.
// eslint-disable-next-line import-x/no-restricted-paths
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

const TEXTS: Record<string, string> = {
  'flood.txt': 'At least 37 people were killed in the flood in Morvania, according to the Red Cross. About 2,400 residents were displaced.',
  'sismo.txt': 'Según la Defensa Civil, el sismo en Valle Alto dejó 12 muertos y unos 300 desplazados en la región.',
  'killings.txt': 'The killings in Brava continued: 5 people were killed on Monday, the police said.',
};

let indexed: SqliteStore;
/** The same store seen through the Store port only, as a store without a full-text index is. */
let scanning: Store;

before(async () => {
  indexed = await SqliteStore.open(':memory:');
  const files = Object.entries(TEXTS).map(([source, text]) => {
    const bytes = new TextEncoder().encode(text);
    return { source, size: bytes.byteLength, read: async () => bytes };
  });
  for await (const result of ingestDocuments({ files, actor: 'cli:test' }, { store: indexed, maxBytes: 100_000, now: () => new Date(0) })) {
    assert.equal(result.status, 'ingested', result.source);
  }
  scanning = new Proxy(indexed, { get: (target, name, receiver) => (name === 'searchTexts' ? undefined : Reflect.get(target, name, receiver)) });
});
after(() => indexed.close());

const search = (store: Store, input: Partial<SearchInput> & { q: string }) =>
  searchTexts({ limit: 20, offset: 0, ...input }, { store });
const sources = (hits: Array<{ document: { source: string } }>) => hits.map((h) => h.document.source).sort();

describe('searchTexts, with the full-text index and without it', () => {
  const cases: Array<[string, Partial<SearchInput> & { q: string }, string[], string[]]> = [
    ['ignores case and accents', { q: 'SEGUN defensa' }, ['sismo.txt'], ['sismo.txt']],
    ['matches a word by its beginning', { q: 'desplaz' }, ['sismo.txt'], ['sismo.txt']],
    ['needs every word', { q: 'killed morvania' }, ['flood.txt'], ['flood.txt']],
    ['finds nothing for an absent word', { q: 'earthquake' }, [], []],
    ['filters by language', { q: 'killed', lang: 'es' }, [], []],
    ['filters by measure', { q: 'residents', measure: 'displaced' }, ['flood.txt'], ['flood.txt']],
    ['keeps a document whose claims of that measure do not hold the words', { q: 'people', measure: 'displaced' }, ['flood.txt'], []],
    ['filters by claimant', { q: 'killed', claimant: 'police' }, ['killings.txt'], ['killings.txt']],
  ];
  for (const [behaviour, input, documents, claimDocuments] of cases) {
    for (const [name, store] of [['index', () => indexed], ['scan', () => scanning]] as const) {
      it(`${behaviour} (${name})`, async () => {
        const found = await search(store(), input);
        assert.deepEqual(sources(found.documents), documents);
        assert.deepEqual([...new Set(sources(found.claims))], claimDocuments);
      });
    }
  }

  it('shows the passage around the match, cut from the original text', async () => {
    const found = await search(indexed, { q: 'muertos' });
    const [hit] = found.claims;
    assert.equal(hit?.passage.match, 'muertos');
    assert.equal(hit!.passage.before + hit!.passage.match + hit!.passage.after, hit!.claim.quote);
  });

  it('stems English words where the index can ("killing" finds "killed")', async () => {
    const found = await search(indexed, { q: 'killing' });
    assert.deepEqual(sources(found.documents), ['flood.txt', 'killings.txt']);
  });

  it('pages results', async () => {
    const all = await search(indexed, { q: 'killed' });
    const second = await search(indexed, { q: 'killed', limit: 1, offset: 1 });
    assert.equal(second.totalClaims, all.totalClaims);
    assert.deepEqual(second.claims, all.claims.slice(1, 2));
  });
});

describe('fold', () => {
  for (const [text, folded] of [['Bogotá', 'bogota'], ['NIÑOS', 'ninos'], ['Ça', 'ca'], ['😀x', '😀x']]) {
    it(`folds ${text} to ${folded}, keeping its length`, () => {
      assert.equal(fold(text!), folded);
      assert.equal(fold(text!).length, text!.length);
    });
  }
});
