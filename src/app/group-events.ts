/**
 * Recomputes the grouping of every stored document into events, applying the user's stored
 * corrections, and saves it with each event's reconciliation (save-grouping.ts). Reads the event hints
 * stored at ingest, never re-running the pipeline. Run after every ingest; grouping is deterministic,
 * so unchanged documents keep their event ids. The store is read a page of documents at a time
 * (read-document-pages.ts) and no text is held past its page, so a regroup of 100,000 documents stays
 * within bounded memory (bench/README.md, "Regrouping").
 */
import type { DocumentId } from '../domain/document.js';
import type { Event } from '../domain/event.js';
import { getPack, packLanguages } from '../language-packs/index.js';
import { loadGeonamesGazetteer } from '../pipeline/events/geonames-gazetteer.js';
import { profileDocument, writtenPlaces, type DocumentProfile } from '../pipeline/events/document-profile.js';
import { createContainmentFinder } from '../pipeline/events/find-containment.js';
import { claimRef, groupProfiles, type GroupedProfiles } from '../pipeline/events/group-events.js';
import { buildPlaceNames, completeVocabulary } from '../pipeline/events/place-vocabulary.js';
import { buildExonymIndex, type Gazetteer } from '../pipeline/events/resolve-place.js';
import type { ReconcileDocument } from '../pipeline/reconcile/reconcile-types.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { DocumentHints, EventStore, Store } from './ports.js';
import { readDocumentPages } from './read-document-pages.js';
import { phaseClock, saveGrouping, toReconcileDocument, type ClaimGrouping, type RegroupPhase } from './save-grouping.js';

export type { RegroupPhase } from './save-grouping.js';

export type GroupEventsDeps = {
  store: Store & EventStore;
  /** The gazetteer for the place names in the collection; the GeoNames one unless a test gives another. */
  loadGazetteer?: (names: Iterable<string>) => Gazetteer;
  /** Told how long each phase of a regroup took (the speed benchmark's breakdown). */
  onPhase?: (phase: RegroupPhase, seconds: number) => void;
  /** Documents per page read (DOCUMENT_PAGE_SIZE unless a test pages through a few). */
  pageSize?: number;
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
  const { grouped, documents } = await groupStored(deps, lap);
  const claimEvents: ClaimGrouping = {
    eventOf: (documentId, claimIndex) => grouped.claimsElsewhere.get(claimRef(documentId, claimIndex)) ?? grouped.eventOf.get(documentId),
    claimCount: (eventId) => grouped.claimCounts.get(eventId) ?? 0,
  };
  await saveGrouping({ events: grouped.events, claimEvents, documents }, deps);
  return { events: grouped.events };
}

/**
 * Reads and groups the stored documents in two passes over pages of them, holding no text: the first
 * gathers every place name written (the vocabulary needs them all before any text can be read for
 * them), the second reads each page's texts for place mentions and containment, keeping of each
 * document only its profile. Returns the documents of the first pass (what reconciliation reads of
 * them): the snapshot grouped,
 * even if another process stores more meanwhile.
 */
async function groupStored(deps: GroupEventsDeps, lap: (phase: RegroupPhase) => void): Promise<{
  grouped: GroupedProfiles & { claimCounts: Map<string, number> }; documents: Map<DocumentId, ReconcileDocument>;
}> {
  const { store } = deps;
  const corrections = await store.listEventCorrections();
  const documents = new Map<DocumentId, ReconcileDocument>();
  const hints = new Map<DocumentId, DocumentHints>();
  const written = new Map<string, number>();
  for await (const page of readDocumentPages(store, { text: false, claims: 'grouping', size: deps.pageSize })) {
    for (const { document, hints: stored, claims } of page) {
      documents.set(document.id, toReconcileDocument(document));
      // Hints and framing were stored at ingest; only a document stored before they were has them read now.
      const read = stored ?? await readHints(document.id, store);
      hints.set(document.id, read);
      for (const place of writtenPlaces({ hints: read, claims })) written.set(place, (written.get(place) ?? 0) + 1);
    }
  }
  lap('read');
  const gazetteer = (deps.loadGazetteer ?? loadGeonamesGazetteer)([...written.keys(), ...exonyms.values()]);
  lap('gazetteer');
  const names = buildPlaceNames(written, { gazetteer, exonyms });
  const containment = createContainmentFinder(names.names);
  const profiles: DocumentProfile[] = [];
  for await (const page of readDocumentPages(store, { text: true, claims: 'grouping', size: deps.pageSize })) {
    lap('read');
    for (const { document: d, claims } of page) {
      // A document stored after the first pass waits for the next regroup (countUngroupedDocuments).
      const documentHints = hints.get(d.id);
      if (documentHints === undefined) continue;
      const doc = { id: d.id, title: d.title, text: d.text ?? '', publishedAt: d.publishedAt, lang: d.lang, hints: documentHints, claims };
      containment.add(doc.title ?? '');
      containment.add(doc.text);
      profiles.push(profileDocument(doc, names));
    }
    lap('group');
  }
  const grouped = groupProfiles({ profiles, corrections, vocabulary: completeVocabulary(names, containment.finish()) });
  const claimCounts = new Map<string, number>();
  for (const p of profiles) {
    for (const index of p.claimIndexes) {
      const eventId = grouped.claimsElsewhere.get(claimRef(p.id, index)) ?? grouped.eventOf.get(p.id)!;
      claimCounts.set(eventId, (claimCounts.get(eventId) ?? 0) + 1);
    }
  }
  lap('group');
  return { grouped: { ...grouped, claimCounts }, documents };
}

/** Once per document stored without hints: reads them (and its framing) from the text and saves them. */
async function readHints(id: DocumentId, store: Store & EventStore): Promise<DocumentHints> {
  const d = await store.getDocument(id);
  const pack = d === null || d.lang === null ? null : getPack(d.lang);
  const read = d !== null && pack ? runPipeline(d.text, pack, { title: d.title, publishedAt: d.publishedAt }) : null;
  const hints = read?.hints ?? { date: null, place: null };
  await store.saveDocumentHints(id, hints, read?.framing ?? []);
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
