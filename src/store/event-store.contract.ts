/**
 * The behaviour every EventStore adapter must share (the events half of the store), as node:test
 * cases. An adapter's test calls runEventStoreContract with a function opening a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventStore, Store } from '../app/ports.js';
import type { Event } from '../domain/event.js';
import { enBulletin, enFlood, esQuake } from './store.fixtures.js';

type Both = Store & EventStore;

export function runEventStoreContract(name: string, openStore: () => Promise<Both>): void {
  async function withStore(use: (store: Both) => Promise<void>): Promise<void> {
    const store = await openStore();
    try {
      for (const input of [enFlood, esQuake, enBulletin]) await store.saveDocument(input);
      await use(store);
    } finally {
      await store.close();
    }
  }

  const quake: Event = {
    id: 'ev-0123456789ab', title: 'Valdeluna, 2024-03-02', dateStart: '2024-03-02', dateEnd: '2024-03-02', datePrec: 1,
    place: { name: 'Valdeluna', key: 'name:valdeluna', wherePrec: 1 }, documents: [esQuake.document.id],
  };
  const flood: Event = {
    id: 'ev-ba9876543210', title: 'Unknown place, date unknown', dateStart: null, dateEnd: null, datePrec: null,
    place: null, documents: [enBulletin.document.id, enFlood.document.id].sort(),
  };

  describe(`${name} event store contract`, () => {
    it('reads back the events it was given, in order, with their documents', () =>
      withStore(async (store) => {
        await store.replaceEvents({ events: [quake, flood], claimEvents: [] });
        assert.deepEqual(await store.listEvents(), [quake, flood]);
        assert.deepEqual(await store.getEvent(flood.id), flood);
        assert.equal(await store.getEvent('ev-000000000000'), null);
      }));

    it('replaces the whole grouping, claims included', () =>
      withStore(async (store) => {
        await store.replaceEvents({ events: [quake, flood], claimEvents: [{ documentId: esQuake.document.id, claimIndex: 0, eventId: quake.id }] });
        const merged = { ...flood, documents: [...flood.documents, esQuake.document.id].sort() };
        await store.replaceEvents({ events: [merged], claimEvents: [{ documentId: esQuake.document.id, claimIndex: 1, eventId: merged.id }] });
        assert.deepEqual(await store.listEvents(), [merged]);
        assert.deepEqual(await store.listEventClaims(quake.id), []);
        const claims = await store.listEventClaims(merged.id);
        assert.deepEqual(claims.map((c) => [c.documentId, c.claimIndex]), [[esQuake.document.id, 1]]);
        assert.deepEqual(claims[0], (await store.listClaims({ documentId: esQuake.document.id }))[1]);
      }));

    it('keeps corrections in the order they were made, across regrouping', () =>
      withStore(async (store) => {
        const corrections = [
          { kind: 'merge' as const, documents: [enFlood.document.id, esQuake.document.id] },
          { kind: 'split' as const, documents: [esQuake.document.id] },
        ];
        for (const c of corrections) await store.addEventCorrection(c);
        await store.replaceEvents({ events: [quake], claimEvents: [] });
        assert.deepEqual(await store.listEventCorrections(), corrections);
      }));

    it('replaces a document’s framing mentions and keeps their spans', () =>
      withStore(async (store) => {
        const id = esQuake.document.id;
        const mention = { ruleId: 'es.framing.tragedia', frame: 'tragedy', text: 'tragedia', span: { start: 4, end: 12 } };
        await store.saveFraming(id, [mention, { ...mention, span: { start: 40, end: 48 } }]);
        await store.saveFraming(id, [mention]);
        assert.deepEqual(await store.getFraming(id), [mention]);
        assert.deepEqual(await store.getFraming(enFlood.document.id), []);
      }));
  });
}
