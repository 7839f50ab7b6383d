/**
 * The behaviour every Store adapter must share, as node:test cases. An adapter's test file calls
 * runStoreContract with a function that opens a fresh, empty store each time it is called.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SaveDocumentInput, Store, StoredClaim } from '../app/ports.js';
import type { Claim } from '../domain/claim.js';
import { spanText } from '../domain/span.js';
import { ALL_FIXTURES, enBulletin, enFlood, esNoticeLatin1, esQuake, frReportPdf } from './store.fixtures.js';

const UNKNOWN_ID = `sha256:${'0'.repeat(64)}`;

function stored(input: SaveDocumentInput): StoredClaim[] {
  return input.claims.map((claim, claimIndex) => ({ ...claim, documentId: input.document.id, claimIndex }));
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function runStoreContract(name: string, openStore: () => Promise<Store>): void {
  async function withStore(use: (store: Store) => Promise<void>): Promise<void> {
    const store = await openStore();
    try {
      await use(store);
    } finally {
      await store.close();
    }
  }

  async function saveAll(store: Store, inputs: readonly SaveDocumentInput[]): Promise<void> {
    for (const input of inputs) assert.deepEqual(await store.saveDocument(input), { inserted: true });
  }

  describe(`${name} store contract`, () => {
    describe('reads back exactly what was saved', () => {
      for (const input of ALL_FIXTURES) {
        it(`keeps every field and the original bytes of ${input.document.source}`, () =>
          withStore(async (store) => {
            await store.saveDocument(input);
            assert.equal(await store.hasDocument(input.document.id), true);
            assert.deepEqual(await store.getDocument(input.document.id), input.document);
            const original = await store.getOriginal(input.document.id);
            assert.ok(original instanceof Uint8Array);
            assert.deepEqual(new Uint8Array(original), input.original);
            assert.deepEqual(await store.getFigures(input.document.id), input.figures);
            assert.deepEqual(await store.listClaims({ documentId: input.document.id }), stored(input));
          }));
      }

      it('keeps originals that are not UTF-8 byte for byte', () =>
        withStore(async (store) => {
          for (const input of [esNoticeLatin1, frReportPdf]) {
            assert.equal(isUtf8(input.original), false, 'fixture premise: bytes are not valid UTF-8');
            await store.saveDocument(input);
            const original = await store.getOriginal(input.document.id);
            assert.ok(original !== null);
            assert.equal(Buffer.compare(original, input.original), 0);
          }
        }));

      it('stores a document without claims, with empty figures', () =>
        withStore(async (store) => {
          assert.deepEqual(frReportPdf.claims, []);
          await saveAll(store, [frReportPdf, enFlood]);
          assert.deepEqual(await store.listClaims({ documentId: frReportPdf.document.id }), []);
          assert.deepEqual(await store.getFigures(frReportPdf.document.id), {});
          assert.deepEqual(await store.getDocument(frReportPdf.document.id), frReportPdf.document);
        }));
    });

    it('leaves a stored document untouched when it is saved again', () =>
      withStore(async (store) => {
        assert.deepEqual(await store.saveDocument(enFlood), { inserted: true });
        const changed: SaveDocumentInput = {
          document: { ...enFlood.document, title: 'Rewritten', ingestedAt: '2040-01-01T00:00:00.000Z' },
          original: new Uint8Array([1, 2, 3]),
          claims: enFlood.claims.slice(0, 1),
          figures: {},
        };
        assert.deepEqual(await store.saveDocument(enFlood), { inserted: false });
        assert.deepEqual(await store.saveDocument(changed), { inserted: false });
        assert.deepEqual(await store.listDocuments(), [enFlood.document]);
        assert.deepEqual(await store.getOriginal(enFlood.document.id), enFlood.original);
        assert.deepEqual(await store.getFigures(enFlood.document.id), enFlood.figures);
        assert.deepEqual(await store.listClaims(), stored(enFlood));
      }));

    it('saves a batch at once, each document once, saying which were new', () =>
      withStore(async (store) => {
        assert.deepEqual(await store.saveDocument(esQuake), { inserted: true });
        const results = await store.saveDocuments([enFlood, esQuake, enBulletin, enFlood]);
        assert.deepEqual(results.map((r) => r.inserted), [true, false, true, false]);
        assert.deepEqual(await store.listDocuments(), [esQuake, enFlood, enBulletin].map((i) => i.document));
        assert.deepEqual(await store.listClaims(), [esQuake, enFlood, enBulletin].flatMap(stored));
        assert.deepEqual(await store.saveDocuments([]), []);
      }));

    it('keeps nulls and open bounds on claims', () =>
      withStore(async (store) => {
        await saveAll(store, [enFlood, esQuake]);
        const claims = await store.listClaims();
        const atLeast = claims.find((c) => c.documentId === enFlood.document.id && c.measure === 'killed');
        assert.deepEqual([atLeast?.low, atLeast?.high], [12, null]);
        const upTo = claims.find((c) => c.documentId === esQuake.document.id && c.measure === 'injured');
        assert.deepEqual(
          [upTo?.low, upTo?.high, upTo?.subject, upTo?.group, upTo?.date],
          [null, 150, null, null, null],
        );
        const part = claims.find((c) => c.partOf !== null);
        assert.deepEqual([part?.partOf, part?.subject, part?.approximate], [1, 'children', false]);
        const hedged = claims.find((c) => c.measure === 'displaced' && c.documentId === esQuake.document.id);
        assert.equal(hedged?.approximate, true);
        assert.deepEqual(claims, [...stored(enFlood), ...stored(esQuake)]);
      }));

    it('keeps what a claim counts: households stay households, people stay people', () =>
      withStore(async (store) => {
        assert.deepEqual(esNoticeLatin1.claims.map((c) => c.unit), ['households'], 'fixture premise: a count of families');
        await saveAll(store, [esNoticeLatin1, enFlood]);
        const families = await store.listClaims({ documentId: esNoticeLatin1.document.id });
        assert.deepEqual(families.map((c) => [c.measure, c.low, c.unit]), [['displaced', 1200, 'households']]);
        const people = await store.listClaims({ documentId: enFlood.document.id });
        assert.ok(people.length > 0 && people.every((c) => c.unit === 'people'));
      }));

    describe('filters claims', () => {
      const saved = [enFlood, esQuake, esNoticeLatin1, frReportPdf, enBulletin];
      const all = saved.flatMap(stored);
      const langOf = new Map(saved.map((input) => [input.document.id, input.document.lang]));
      const cases: [string, Parameters<Store['listClaims']>[0], (c: StoredClaim) => boolean][] = [
        ['by document', { documentId: esQuake.document.id }, (c) => c.documentId === esQuake.document.id],
        ['by measure', { measure: 'injured' }, (c) => c.measure === 'injured'],
        ['by the language of the document', { lang: 'es' }, (c) => langOf.get(c.documentId) === 'es'],
        [
          'by language and measure together',
          { lang: 'es', measure: 'displaced' },
          (c) => langOf.get(c.documentId) === 'es' && c.measure === 'displaced',
        ],
        ['to nothing when no claim has the measure', { measure: 'orphaned' }, () => false],
        ['to nothing for an unknown document', { documentId: UNKNOWN_ID }, () => false],
        ['not at all when the filter is empty', {}, () => true],
      ];
      for (const [behaviour, filter, keep] of cases) {
        it(behaviour, () =>
          withStore(async (store) => {
            await saveAll(store, saved);
            assert.deepEqual(await store.listClaims(filter), all.filter(keep));
          }));
      }
    });

    it('lists documents and claims in ingest order, then claim index', () =>
      withStore(async (store) => {
        // Saved in descending id order, so neither id order nor ingestedAt order can pass for ingest order.
        const order = [enFlood, esQuake, enBulletin, esNoticeLatin1].sort((a, b) =>
          b.document.id.localeCompare(a.document.id),
        );
        await saveAll(store, order);
        assert.deepEqual(await store.listDocuments(), order.map((input) => input.document));
        assert.deepEqual(await store.listClaims(), order.flatMap(stored));
        const bulletin = await store.listClaims({ documentId: enBulletin.document.id });
        assert.deepEqual(bulletin.map((c) => c.claimIndex), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      }));

    it('answers null or false for a document it does not hold', () =>
      withStore(async (store) => {
        await saveAll(store, [enFlood]);
        assert.equal(await store.hasDocument(UNKNOWN_ID), false);
        assert.equal(await store.getDocument(UNKNOWN_ID), null);
        assert.equal(await store.getOriginal(UNKNOWN_ID), null);
        assert.equal(await store.getFigures(UNKNOWN_ID), null);
      }));

    it('preserves Spanish, combining accents and emoji so UTF-16 spans still index the text', () =>
      withStore(async (store) => {
        const { text } = esQuake.document;
        const first = esQuake.claims[0] as Claim;
        const codePoints = [...text.slice(0, first.start)].length;
        assert.notEqual(codePoints, first.start, 'premise: astral characters precede the first claim');
        await saveAll(store, [esQuake]);
        const document = await store.getDocument(esQuake.document.id);
        assert.equal(document?.text, text);
        assert.equal(document?.title, '🔴 Sismo de magnitud 6,1 en Valdeluna');
        const claims = await store.listClaims({ documentId: esQuake.document.id });
        const read = claims.map((c) => [
          spanText(document?.text ?? '', c),
          spanText(document?.text ?? '', c.evidence.number),
          c.evidence.claimant && spanText(document?.text ?? '', c.evidence.claimant),
          c.claimant,
          c.place,
        ]);
        assert.deepEqual(read, [
          [first.quote, '27', 'la Cruz Verde de Valdeluna', 'Cruz Verde de Valdeluna', 'Valdeluna'],
          [first.quote, '8.400', 'la Cruz Verde de Valdeluna', 'Cruz Verde de Valdeluna', 'Valdeluna'],
          [esQuake.claims[2]?.quote, '150', 'El alcalde, José Peñaranda', 'José Peñaranda', null],
          [esQuake.claims[3]?.quote, '3', 'La Defensoría', 'Defensoría', 'Mari\u0301a Auxiliadora'],
        ]);
      }));
  });
}
