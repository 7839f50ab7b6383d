/**
 * Recomputes the grouping of every stored document into events, applying the user's stored
 * corrections, and saves it with each event's reconciliation (save-grouping.ts). Reads the event hints
 * stored at ingest, never re-running the pipeline. Run after every ingest; grouping is deterministic,
 * so unchanged documents keep their event ids.
 */
import type { Document, DocumentId } from '../domain/document.js';
import type { Event } from '../domain/event.js';
import { getPack, packLanguages } from '../language-packs/index.js';
import { loadGeonamesGazetteer } from '../pipeline/events/geonames-gazetteer.js';
import { groupEvents as groupDocuments, type EventDocument } from '../pipeline/events/group-events.js';
import { buildExonymIndex, type Gazetteer } from '../pipeline/events/resolve-place.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { DocumentHints, EventStore, Store, StoredClaim } from './ports.js';
import { phaseClock, saveGrouping, type RegroupPhase } from './save-grouping.js';

export type { RegroupPhase } from './save-grouping.js';

export type GroupEventsDeps = {
  store: Store & EventStore;
  /** The gazetteer for the place names in the collection; the GeoNames one unless a test gives another. */
  loadGazetteer?: (names: Iterable<string>) => Gazetteer;
  /** Told how long each phase of a regroup took (the speed benchmark's breakdown). */
  onPhase?: (phase: RegroupPhase, seconds: number) => void;
};
export type GroupEventsOutput = { events: Event[] };

const exonyms = buildExonymIndex(packLanguages().flatMap((lang) => getPack(lang)?.exonyms ?? []));

/** Regroups at most this many times in a row while other writers keep adding documents; each of
 *  them regroups after its own last write anyway. */
const MAX_REGROUPS = 5;

/**
 * Groups the stored documents, then groups again while any stored document is in no event: one stored
 * by another process after this grouping read the documents, or whose own regroup this one overwrote.
 * So the last regroup to finish always covers every document stored before it.
 */
export async function groupEvents(input: Record<string, never>, deps: GroupEventsDeps): Promise<GroupEventsOutput> {
  let grouped = await groupSnapshot(input, deps);
  for (let i = 1; i < MAX_REGROUPS && (await deps.store.countUngroupedDocuments()) > 0; i++) {
    grouped = await groupSnapshot(input, deps);
  }
  return grouped;
}

async function groupSnapshot(_input: Record<string, never>, deps: GroupEventsDeps): Promise<GroupEventsOutput> {
  const lap = phaseClock(deps.onPhase);
  const { grouped, documents, claims } = await groupStored(deps, lap);
  const claimEvents = [...grouped.claimEvents].map(([ref, eventId]) => {
    const [documentId, index] = ref.split('#') as [DocumentId, string];
    return { documentId, claimIndex: Number(index), eventId };
  });
  lap('group');
  await saveGrouping({ events: grouped.events, claimEvents, documents, claims }, { store: deps.store, ...(deps.onPhase ? { onPhase: deps.onPhase } : {}) });
  return { events: grouped.events };
}

/**
 * Reads and groups the stored documents. The texts are needed only here: what is returned holds none,
 * so they can be collected before the summaries are made (the texts of 100,000 documents are hundreds
 * of megabytes).
 */
async function groupStored(deps: GroupEventsDeps, lap: (phase: RegroupPhase) => void): Promise<{
  grouped: ReturnType<typeof groupDocuments>; documents: Omit<Document, 'text'>[]; claims: StoredClaim[];
}> {
  const { store } = deps;
  // Documents before claims, one read after the other: every document read then has its claims
  // (they are stored in one transaction), even when another process is storing more meanwhile.
  const documents = await store.listDocuments();
  const claims = await store.listClaims();
  const corrections = await store.listEventCorrections();
  const claimsOf = new Map<DocumentId, typeof claims>();
  for (const c of claims) {
    const list = claimsOf.get(c.documentId);
    if (list === undefined) claimsOf.set(c.documentId, [c]);
    else list.push(c);
  }
  // Hints and framing were stored at ingest; only a document stored before they were has them read now.
  const stored = new Map((await store.listDocumentHints()).map((h) => [h.documentId, h.hints]));

  const eventDocuments: EventDocument[] = [];
  for (const d of documents) {
    eventDocuments.push({
      id: d.id, title: d.title, text: d.text, publishedAt: d.publishedAt,
      hints: stored.get(d.id) ?? await readHints(d, store),
      claims: (claimsOf.get(d.id) ?? []).map((c) => ({ claimIndex: c.claimIndex, date: c.date, place: c.place, quote: c.quote })),
    });
  }
  lap('read');
  const names = eventDocuments.flatMap((d) => [d.hints.place, ...d.claims.map((c) => c.place)])
    .filter((n): n is string => n !== null);
  const gazetteer = (deps.loadGazetteer ?? loadGeonamesGazetteer)([...names, ...exonyms.values()]);
  lap('gazetteer');
  const grouped = groupDocuments({ documents: eventDocuments, corrections, gazetteer, exonyms });
  return { grouped, documents: documents.map(({ text: _text, ...rest }) => rest), claims };
}

/** Once per document stored without hints: reads them (and its framing) from the text and saves them. */
async function readHints(d: Document, store: EventStore): Promise<DocumentHints> {
  const pack = d.lang === null ? null : getPack(d.lang);
  const read = pack ? runPipeline(d.text, pack, { title: d.title, publishedAt: d.publishedAt }) : null;
  const hints = read?.hints ?? { date: null, place: null };
  await store.saveDocumentHints(d.id, hints, read?.framing ?? []);
  return hints;
}

/**
 * Passes ingest results through and regroups once the run is over, if it stored anything new or finds
 * documents no event holds (an earlier run was killed before it could regroup); a run that only met
 * known, grouped documents leaves the grouping (and the event ids) as they were.
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
  if (changed || (await deps.store.countUngroupedDocuments()) > 0) await groupEvents({}, deps);
}
