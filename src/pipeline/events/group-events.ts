/**
 * Groups documents, and the claims in them, into events by place and date, then applies the user's
 * corrections. A document joins an event when it reports the same place (after gazetteer and exonym
 * matching), or a place the sources show inside it or around it ("Loma Verde, in Puerto Almendro"),
 * within JOIN_WINDOW_DAYS of the event's date; a document whose place is unknown stands
 * alone rather than be guessed into an event. A claim whose sentence names another event's place (a
 * report recalling an earlier attack) belongs to that event, not its document's.
 */
import { createHash } from 'node:crypto';
import type { DocumentId } from '../../domain/document.js';
import type { Event, EventCorrection, EventPlace } from '../../domain/event.js';
import { profileDocument, writtenPlaces, type DocumentProfile, type EventDocument } from './document-profile.js';
import { datePrecision, dayNumber, dayRange, daysApart, spanRanges, type DayRange } from './event-dates.js';
import { createContainmentFinder } from './find-containment.js';
import {
  buildPlaceNames, completeVocabulary, overlaps, rankDocumentPlaces, wholeOf, type PlaceVocabulary,
} from './place-vocabulary.js';
import type { ExonymIndex, Gazetteer } from './resolve-place.js';

export type { DocumentProfile, EventDocument } from './document-profile.js';

/** Reports of one event come out over days; a week covers the usual run of follow-ups. */
export const JOIN_WINDOW_DAYS = 7;

export type GroupEventsInput = {
  documents: readonly EventDocument[];
  corrections: readonly EventCorrection[];
  gazetteer: Gazetteer;
  exonyms: ExonymIndex;
};

export type GroupedEvents = {
  events: Event[];
  /** `documentId#claimIndex` → event id, for every claim of every grouped document. */
  claimEvents: Map<string, string>;
};

type Cluster = { place: EventPlace | null; dates: DayRange | null; documents: DocumentId[] };

export const claimRef = (documentId: string, claimIndex: number): string => `${documentId}#${claimIndex}`;

export function eventId(documents: readonly DocumentId[], place: EventPlace | null): string {
  const first = [...documents].sort()[0] ?? '';
  const hash = createHash('sha256').update(`${first}|${place?.key ?? ''}`).digest('hex');
  return `ev-${hash.slice(0, 12)}`;
}

/** Place and date only: a source's own word for the event ("massacre") never reaches the title. */
export function eventTitle(place: EventPlace | null, dates: DayRange | null): string {
  const where = place?.name ?? 'Unknown place';
  if (!dates) return `${where}, date unknown`;
  return dates.start === dates.end ? `${where}, ${dates.start}` : `${where}, ${dates.start} to ${dates.end}`;
}

function cluster(docs: readonly DocumentProfile[], vocabulary: PlaceVocabulary): Cluster[] {
  const profiles = docs
    .map((doc) => {
      // A document recalling an earlier event is dated by it: by the day recalled, else (the cue gave no
      // length of time) by none, so it comes after every dated document and joins the latest event
      // at that place begun by the day it was written.
      const recalled = doc.recall ? vocabulary.places.get(wholeOf(vocabulary, doc.recall.key)) : undefined;
      if (doc.recall && recalled) return { doc, dates: doc.recall.dates, before: doc.recall.before, place: recalled };
      return { doc, dates: doc.dates, before: null, place: rankDocumentPlaces(doc.placeScores, vocabulary) };
    })
    .sort((a, b) => (a.dates?.start ?? '9999').localeCompare(b.dates?.start ?? '9999') || a.doc.id.localeCompare(b.doc.id));
  const clusters: Cluster[] = [];
  const index = clusterIndex(vocabulary);
  for (const { doc, dates, before, place } of profiles) {
    const home = place === null ? undefined : index.find(place.key, dates, before);
    if (home) {
      home.documents.push(doc.id);
      home.dates ??= dates;
    } else {
      const created = { place, dates: dates ?? (before === null ? null : doc.dates), documents: [doc.id] };
      clusters.push(created);
      if (place !== null) index.add(created, place.key);
    }
  }
  return clusters;
}

/**
 * The clusters by place key, so a document is compared with the clusters of its own place and of the
 * places around or inside it, not with every cluster. It finds what a scan of all clusters in creation
 * order would: the first one whose place overlaps and whose dates are within JOIN_WINDOW_DAYS (or
 * unknown). Documents come in order of their first day, so a cluster ending more than the window
 * before a dated document's first day can take no later dated document and leaves the `open` lists.
 */
function clusterIndex(vocabulary: PlaceVocabulary) {
  type Entry = { cluster: Cluster; order: number };
  const all = new Map<string, Entry[]>();
  const open = new Map<string, Entry[]>();
  const neighbours = new Map<string, Set<string>>();
  // Place keys hold no '>' (the vocabulary's containers are read from these pairs the same way).
  for (const pair of vocabulary.within) {
    const [outer, inner] = pair.split('>') as [string, string];
    for (const [a, b] of [[outer, inner], [inner, outer]] as const) {
      const set = neighbours.get(a) ?? new Set<string>();
      set.add(b);
      neighbours.set(a, set);
    }
  }
  let created = 0;
  return {
    add(cluster: Cluster, key: string) {
      const entry = { cluster, order: created++ };
      for (const lists of [all, open]) {
        const list = lists.get(key);
        if (list === undefined) lists.set(key, [entry]);
        else list.push(entry);
      }
    },
    /** `before`: for an undated document recalling an event, the latest cluster begun by that day. */
    find(key: string, dates: DayRange | null, before: string | null = null): Cluster | undefined {
      let best: Entry | undefined;
      for (const candidate of [key, ...(neighbours.get(key) ?? [])]) {
        if (dates === null && before !== null) {
          const c = all.get(candidate)?.findLast((e) => e.cluster.dates !== null && e.cluster.dates.start <= before);
          if (c !== undefined && (best === undefined || c.order > best.order) && c.cluster.place !== null &&
            overlaps(vocabulary, c.cluster.place.key, key)) best = c;
          continue;
        }
        const c = dates === null ? all.get(candidate)?.[0] : firstOpen(open, candidate, dates);
        if (c !== undefined && (best === undefined || c.order < best.order) && c.cluster.place !== null &&
          overlaps(vocabulary, c.cluster.place.key, key)) best = c;
      }
      return best?.cluster;
    },
  };
  function firstOpen(lists: Map<string, Entry[]>, key: string, dates: DayRange): Entry | undefined {
    const list = lists.get(key);
    if (list === undefined) return undefined;
    const start = dayNumber(dates.start);
    const stillOpen = list.filter((e) => e.cluster.dates === null || start - dayNumber(e.cluster.dates.end) <= JOIN_WINDOW_DAYS);
    if (stillOpen.length < list.length) lists.set(key, stillOpen);
    return stillOpen.find((e) => e.cluster.dates === null || daysApart(e.cluster.dates, dates) <= JOIN_WINDOW_DAYS);
  }
}

/** Corrections in the order they were made; ids of documents no longer stored are ignored. */
function applyCorrections(clusters: Cluster[], corrections: readonly EventCorrection[]): Cluster[] {
  let current = clusters;
  for (const correction of corrections) {
    const listed = new Set(correction.documents);
    const touched = current.filter((c) => c.documents.some((d) => listed.has(d)));
    if (touched.length === 0) continue;
    const rest = current.filter((c) => !touched.includes(c));
    if (correction.kind === 'merge') {
      const merged = touched.reduce((a, b) => ({
        place: a.place ?? b.place,
        dates: a.dates && b.dates ? spanRanges(a.dates, b.dates) : a.dates ?? b.dates,
        documents: [...a.documents, ...b.documents],
      }));
      current = [...rest, merged];
    } else {
      const left = touched
        .map((c) => ({ ...c, documents: c.documents.filter((d) => !listed.has(d)) }))
        .filter((c) => c.documents.length > 0);
      const apart = touched[0]!;
      current = [...rest, ...left, { place: apart.place, dates: apart.dates, documents: touched.flatMap((c) => c.documents.filter((d) => listed.has(d))) }];
    }
  }
  return current;
}

function toEvent(c: Cluster): Event {
  const documents = [...c.documents].sort();
  return {
    id: eventId(documents, c.place),
    title: eventTitle(c.place, c.dates),
    dateStart: c.dates?.start ?? null,
    dateEnd: c.dates?.end ?? null,
    datePrec: c.dates ? datePrecision(c.dates) : null,
    place: c.place,
    documents,
  };
}

export function groupEvents(input: GroupEventsInput): GroupedEvents {
  const names = buildPlaceNames(input.documents.flatMap(writtenPlaces), { gazetteer: input.gazetteer, exonyms: input.exonyms });
  const finder = createContainmentFinder(names.names);
  for (const d of input.documents) {
    finder.add(d.title ?? '');
    finder.add(d.text);
  }
  const profiles = input.documents.map((d) => profileDocument(d, names));
  const grouped = groupProfiles({ profiles, corrections: input.corrections, vocabulary: completeVocabulary(names, finder.finish()) });
  const claimEvents = new Map<string, string>();
  for (const p of profiles) {
    const own = grouped.eventOf.get(p.id)!;
    for (const index of p.claimIndexes) {
      const ref = claimRef(p.id, index);
      claimEvents.set(ref, grouped.claimsElsewhere.get(ref) ?? own);
    }
  }
  return { events: grouped.events, claimEvents };
}

export type GroupedProfiles = {
  events: Event[];
  /** Document id → the id of the event holding it. */
  eventOf: Map<DocumentId, string>;
  /** `documentId#claimIndex` → event id, for the claims that belong to another event than their
   *  document's; every other claim is in its document's event. */
  claimsElsewhere: Map<string, string>;
};

/**
 * Groups documents already profiled (profileDocument) against the finished vocabulary: what a
 * regroup streaming the texts of a whole collection calls, holding only the profiles.
 */
export function groupProfiles(input: {
  profiles: readonly DocumentProfile[];
  corrections: readonly EventCorrection[];
  vocabulary: PlaceVocabulary;
}): GroupedProfiles {
  const events = applyCorrections(cluster(input.profiles, input.vocabulary), input.corrections)
    .map(toEvent)
    .sort((a, b) => (a.dateStart ?? '9999').localeCompare(b.dateStart ?? '9999') || a.id.localeCompare(b.id));
  const eventOf = new Map(events.flatMap((e) => e.documents.map((d) => [d, e] as const)));
  const eventsAt = new Map<string, Event[]>();
  for (const e of events) {
    if (e.place === null) continue;
    const list = eventsAt.get(e.place.key);
    if (list === undefined) eventsAt.set(e.place.key, [e]);
    else list.push(e);
  }
  const claimsElsewhere = new Map<string, string>();
  for (const doc of input.profiles) {
    const own = eventOf.get(doc.id)!;
    for (const claim of doc.naming) {
      // A neighbourhood named is its city's event (place-vocabulary.ts, `parts`).
      const named = new Set(claim.named.map((key) => wholeOf(input.vocabulary, key)));
      // A recalled claim ("one month on") goes to its place's event of then, even when it is at the
      // document's own place: the document may report a new event there.
      let elsewhere = named.has(own.place?.key ?? '') && !claim.recalled ? [] : [...named].flatMap((key) => eventsAt.get(key) ?? []);
      const before = claim.recalled?.before;
      if (before) {
        const begun = elsewhere.filter((e) => e.dateStart !== null && e.dateStart <= before);
        if (begun.length > 0) elsewhere = claim.date === null ? [begun.reduce((a, b) => (b.dateStart! > a.dateStart! ? b : a))] : begun;
      }
      const at = dayRange(claim.date);
      // The nearest in time, then the first id: event ids are unique, so the order is total.
      let nearest: Event | undefined;
      for (const e of elsewhere) {
        if (nearest === undefined || distance(e, at) - distance(nearest, at) < 0 ||
          (distance(e, at) === distance(nearest, at) && e.id.localeCompare(nearest.id) < 0)) nearest = e;
      }
      if (nearest !== undefined && nearest.id !== own.id) claimsElsewhere.set(claimRef(doc.id, claim.claimIndex), nearest.id);
    }
  }
  return { events, eventOf: new Map([...eventOf].map(([d, e]) => [d, e.id])), claimsElsewhere };
}

function distance(event: Event, at: DayRange | null): number {
  if (!at || !event.dateStart || !event.dateEnd) return 0;
  return daysApart({ start: event.dateStart, end: event.dateEnd }, at);
}
