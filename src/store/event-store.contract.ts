/**
 * The behaviour every EventStore adapter must share (the events half of the store), as node:test
 * cases. An adapter's test calls runEventStoreContract with a function opening a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentPageEntry, EventStore, Store } from '../app/ports.js';
import type { Event } from '../domain/event.js';
import { enBulletin, enFlood, esNoticeLatin1, esQuake } from './store.fixtures.js';
import { groupEvents, type GroupEventsDeps } from '../app/group-events.js';
import { summarizeEvent } from '../app/event-summary.js';
import { toReconcileDocument } from '../app/save-grouping.js';
type Gazetteer = ReturnType<NonNullable<GroupEventsDeps['loadGazetteer']>>;

/** No gazetteer: places match by their folded names, enough for the contract's few documents. */
const noGazetteer = (): Gazetteer => ({ lookup: () => null });

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

    it('counts the stored documents no event holds (a regroup still owed)', () =>
      withStore(async (store) => {
        assert.equal(await store.countUngroupedDocuments(), 3);
        await store.replaceEvents({ events: [quake], claimEvents: [] });
        assert.equal(await store.countUngroupedDocuments(), 2);
        await store.replaceEvents({ events: [quake, flood], claimEvents: [] });
        assert.equal(await store.countUngroupedDocuments(), 0);
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

    it('saves each event’s summary with the grouping, and a grouping saved without one drops it', () =>
      withStore(async (store) => {
        const claims = await store.listClaims({ documentId: esQuake.document.id });
        const { summary, verdicts } = summarizeEvent({ claims, documents: [toReconcileDocument(esQuake.document)], documentCount: 1 });
        const claimEvents = claims.map((c) => ({ documentId: c.documentId, claimIndex: c.claimIndex, eventId: quake.id, verdict: verdicts.get(`${c.documentId}#${c.claimIndex}`)! }));
        const before = await store.getGeneration();
        await store.replaceEvents({ events: [quake, flood], claimEvents, summaries: [{ eventId: quake.id, summary }] });
        const saved = await store.getEventSummary(quake.id);
        const { documents: _members, ...header } = quake;
        assert.deepEqual(saved, { event: header, summary });
        assert.deepEqual((await store.getEventSummary(flood.id))?.summary, null);
        assert.equal(await store.getEventSummary('ev-000000000000'), null);
        await store.replaceEvents({ events: [quake], claimEvents: [] });
        assert.equal((await store.getEventSummary(quake.id))?.summary, null);
        assert.ok(await store.getGeneration() > before + 1, 'every grouping saved moves the generation on');
      }));

    it('pages an event’s claims in event order with their verdicts, by measure and claimant', () =>
      withStore(async (store) => {
        const claims = await store.listClaims({ documentId: esQuake.document.id });
        assert.ok(claims.length >= 2, 'the fixture has several claims');
        const { verdicts } = summarizeEvent({ claims, documents: [toReconcileDocument(esQuake.document)], documentCount: 1 });
        // Given in reverse: the page order is the verdicts' positions, not the order rows were written.
        const claimEvents = [...claims].reverse().map((c) => ({ documentId: c.documentId, claimIndex: c.claimIndex, eventId: quake.id, verdict: verdicts.get(`${c.documentId}#${c.claimIndex}`)! }));
        await store.replaceEvents({ events: [quake], claimEvents });
        const second = await store.listEventClaimPage(quake.id, { limit: 1, offset: 1 });
        assert.equal(second.total, claims.length);
        assert.deepEqual(second.items.map((c) => [c.claimIndex, c.verdict?.position]), [[claims[1]!.claimIndex, 1]]);
        assert.equal(second.items[0]!.document.title, esQuake.document.title);
        const all = await store.listEventClaimPage(quake.id, { limit: 500, offset: 0 });
        assert.deepEqual(all.items.map(({ verdict: _v, document: _d, ...c }) => c), claims);
        const measure = claims[0]!.measure;
        const byMeasure = await store.listEventClaimPage(quake.id, { limit: 500, offset: 0, measure });
        assert.deepEqual(byMeasure.items.map((c) => c.claimIndex), claims.filter((c) => c.measure === measure).map((c) => c.claimIndex));
        assert.equal(byMeasure.total, byMeasure.items.length);
        const source = all.items[0]!.verdict!.source;
        const bySource = await store.listEventClaimPage(quake.id, { limit: 500, offset: 0, source });
        assert.deepEqual(bySource.items.map((c) => c.verdict?.source), all.items.filter((c) => c.verdict?.source === source).map(() => source));
      }));

    it('pages an event’s documents in ingest order with their framing', () =>
      withStore(async (store) => {
        const mention = { ruleId: 'en.framing.flood', frame: 'disaster', text: 'floods', span: { start: 0, end: 6 } };
        await store.saveFraming(enFlood.document.id, [mention]);
        await store.replaceEvents({ events: [flood], claimEvents: [] });
        const first = await store.listEventDocumentPage(flood.id, { limit: 1, offset: 0 });
        const second = await store.listEventDocumentPage(flood.id, { limit: 1, offset: 1 });
        assert.deepEqual([first.total, second.total], [2, 2]);
        // enFlood was stored before enBulletin.
        assert.equal(first.items[0]!.document.id, enFlood.document.id);
        assert.deepEqual(first.items[0]!.framing, [mention]);
        assert.deepEqual(second.items.map((d) => [d.document.id, d.framing]), [[enBulletin.document.id, []]]);
        assert.equal('text' in first.items[0]!.document, false);
      }));

    it('rebuilds the summary after a correction and after a new ingest, reading stored hints', () =>
      withStore(async (store) => {
        const deps = { store, loadGazetteer: noGazetteer };
        const eventOf = async (id: string) => (await store.listEvents()).find((e) => e.documents.includes(id as never))!;
        await groupEvents({}, deps);
        const quakeEvent = await eventOf(esQuake.document.id);
        const floodEvent = await eventOf(enFlood.document.id);
        assert.notEqual(quakeEvent.id, floodEvent.id);
        const alone = (await store.getEventSummary(quakeEvent.id))!.summary!;
        await store.addEventCorrection({ kind: 'merge', documents: [...quakeEvent.documents, ...floodEvent.documents] });
        await groupEvents({}, deps);
        const merged = await eventOf(esQuake.document.id);
        const together = (await store.getEventSummary(merged.id))!.summary!;
        assert.equal(together.documents, merged.documents.length);
        assert.ok(together.documents > alone.documents);
        assert.ok(together.claims > alone.claims);
        await store.addEventCorrection({ kind: 'split', documents: [esQuake.document.id] });
        await groupEvents({}, deps);
        assert.deepEqual((await store.getEventSummary((await eventOf(esQuake.document.id)).id))!.summary, alone);
        await store.saveDocument(esNoticeLatin1);
        await groupEvents({}, deps);
        const hints = await store.listDocumentHints();
        assert.ok(hints.every((h) => h.hints !== null), 'a document stored without hints gets them once');
        const withNotice = await eventOf(esNoticeLatin1.document.id);
        assert.equal((await store.getEventSummary(withNotice.id))!.summary!.documents, withNotice.documents.length);
      }));

    it('reads the documents a page at a time in ingest order, with hints and claims, text only when asked', () =>
      withStore(async (store) => {
        const pages: string[][] = [];
        let after: number | null = null;
        do {
          const page: { items: DocumentPageEntry[]; next: number | null } = await store.listDocumentPage({ after, limit: 2, text: false, claims: 'full' });
          pages.push(page.items.map((d) => d.document.id));
          for (const d of page.items) {
            assert.equal('text' in d.document, false);
            assert.deepEqual(d.claims, await store.listClaims({ documentId: d.document.id }));
          }
          after = page.next;
        } while (after !== null);
        const ids = (await store.listDocuments()).map((d) => d.id);
        assert.deepEqual(pages.flat(), ids);
        assert.ok(pages.length >= 2, 'three documents come in pages of two');
        const withText = await store.listDocumentPage({ after: null, limit: 3, text: true, claims: 'grouping' });
        assert.deepEqual(withText.items.map((d) => d.document), await store.listDocuments());
        assert.deepEqual(withText.items[0]!.hints, enFlood.hints ?? null);
        assert.deepEqual(withText.items.map((d) => d.claims), await Promise.all(withText.items.map(async (d) =>
          (await store.listClaims({ documentId: d.document.id })).map((c) => ({ claimIndex: c.claimIndex, date: c.date, place: c.place, quote: c.quote })))));
      }));

    it('regroups page by page to the same events, claims and summaries as in one page', () =>
      withStore(async (store) => {
        await store.saveDocument(esNoticeLatin1);
        const saved = async () => {
          const events = await store.listEvents();
          const details = await Promise.all(events.map(async (e) => ({
            summary: await store.getEventSummary(e.id),
            claims: await store.listEventClaimPage(e.id, { limit: 1000, offset: 0 }),
          })));
          return { events, details };
        };
        await groupEvents({}, { store, loadGazetteer: noGazetteer, pageSize: 1 });
        const paged = await saved();
        await groupEvents({}, { store, loadGazetteer: noGazetteer });
        assert.deepEqual(paged, await saved());
        assert.ok(paged.details.some((d) => d.claims.total > 0 && d.claims.items.every((c) => c.verdict !== null)));
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
