/**
 * Recomputes the grouping of every stored document into events, applying the user's stored
 * corrections, and saves it with each document's framing words. Run after every ingest; grouping is
 * deterministic, so unchanged documents keep their event ids.
 */
import type { DocumentId } from '../domain/document.js';
import type { Event } from '../domain/event.js';
import { getPack, packLanguages } from '../language-packs/index.js';
import { loadGeonamesGazetteer } from '../pipeline/events/geonames-gazetteer.js';
import { groupEvents as groupDocuments, type EventDocument } from '../pipeline/events/group-events.js';
import { buildExonymIndex, type Gazetteer } from '../pipeline/events/resolve-place.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { EventStore, Store } from './ports.js';

export type GroupEventsDeps = {
  store: Store & EventStore;
  /** The gazetteer for the place names in the collection; the GeoNames one unless a test gives another. */
  loadGazetteer?: (names: Iterable<string>) => Gazetteer;
};
export type GroupEventsOutput = { events: Event[] };

const exonyms = buildExonymIndex(packLanguages().flatMap((lang) => getPack(lang)?.exonyms ?? []));

export async function groupEvents(_input: Record<string, never>, deps: GroupEventsDeps): Promise<GroupEventsOutput> {
  const { store } = deps;
  const [documents, claims, corrections] = await Promise.all([
    store.listDocuments(), store.listClaims(), store.listEventCorrections(),
  ]);
  const claimsOf = new Map<DocumentId, typeof claims>();
  for (const c of claims) claimsOf.set(c.documentId, [...(claimsOf.get(c.documentId) ?? []), c]);

  const eventDocuments: EventDocument[] = [];
  for (const d of documents) {
    const pack = d.lang === null ? null : getPack(d.lang);
    // Hints and framing are re-read from the stored text: the claims stored at ingest stay as they are.
    const read = pack ? runPipeline(d.text, pack, { title: d.title, publishedAt: d.publishedAt }) : null;
    await store.saveFraming(d.id, read?.framing ?? []);
    eventDocuments.push({
      id: d.id, title: d.title, text: d.text, publishedAt: d.publishedAt,
      hints: read?.hints ?? { date: null, place: null },
      claims: (claimsOf.get(d.id) ?? []).map((c) => ({ claimIndex: c.claimIndex, date: c.date, place: c.place, quote: c.quote })),
    });
  }
  const names = eventDocuments.flatMap((d) => [d.hints.place, ...d.claims.map((c) => c.place)])
    .filter((n): n is string => n !== null);
  const gazetteer = (deps.loadGazetteer ?? loadGeonamesGazetteer)([...names, ...exonyms.values()]);
  const grouped = groupDocuments({ documents: eventDocuments, corrections, gazetteer, exonyms });
  const claimEvents = [...grouped.claimEvents].map(([ref, eventId]) => {
    const [documentId, index] = ref.split('#') as [DocumentId, string];
    return { documentId, claimIndex: Number(index), eventId };
  });
  await store.replaceEvents({ events: grouped.events, claimEvents });
  return { events: grouped.events };
}

/**
 * Passes ingest results through and regroups once the run is over, if it stored anything new; a run
 * that only met known documents leaves the grouping (and the event ids) as they were.
 */
export async function* regroupAfterIngest<R extends { status: string }>(
  results: AsyncGenerator<R, void, undefined>,
  deps: GroupEventsDeps,
): AsyncGenerator<R, void, undefined> {
  let changed = false;
  for await (const result of results) {
    if (result.status === 'ingested') changed = true;
    yield result;
  }
  if (changed) await groupEvents({}, deps);
}
