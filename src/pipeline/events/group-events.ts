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
import { datePrecision, dayRange, daysApart, spanRanges, type DayRange } from './event-dates.js';
import {
  buildPlaceVocabulary, countPlaceMentions, findDocumentPlace, overlaps, type PlaceVocabulary,
} from './place-vocabulary.js';
import type { ExonymIndex, Gazetteer } from './resolve-place.js';

/** Reports of one event come out over days; a week covers the usual run of follow-ups. */
export const JOIN_WINDOW_DAYS = 7;

export type EventDocument = {
  id: DocumentId;
  title: string | null;
  text: string;
  publishedAt: string | null;
  /** The pipeline's document-level hints. */
  hints: { date: string | null; place: string | null };
  claims: readonly { claimIndex: number; date: string | null; place: string | null; quote: string }[];
};

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

/** The day a document reports on: the earliest date it gives that is not after its publication. */
function documentDate(doc: EventDocument): DayRange | null {
  const published = dayRange(doc.publishedAt);
  const given = [...doc.claims.map((c) => c.date), doc.hints.date]
    .map(dayRange)
    .filter((r): r is DayRange => r !== null && (published === null || r.start <= published.end))
    .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
  return given[0] ?? published;
}

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

function cluster(docs: readonly EventDocument[], vocabulary: PlaceVocabulary): Cluster[] {
  const profiles = docs
    .map((doc) => ({
      doc,
      dates: documentDate(doc),
      place: findDocumentPlace(
        { title: doc.title, text: doc.text, hintPlaces: [doc.hints.place, ...doc.claims.map((c) => c.place)].filter((p): p is string => p !== null) },
        vocabulary,
      ),
    }))
    .sort((a, b) => (a.dates?.start ?? '9999').localeCompare(b.dates?.start ?? '9999') || a.doc.id.localeCompare(b.doc.id));
  const clusters: Cluster[] = [];
  for (const { doc, dates, place } of profiles) {
    const home = place === null ? undefined : clusters.find((c) =>
      c.place !== null && overlaps(vocabulary, c.place.key, place.key) &&
      (c.dates === null || dates === null || daysApart(c.dates, dates) <= JOIN_WINDOW_DAYS));
    if (home) {
      home.documents.push(doc.id);
      home.dates ??= dates;
    } else {
      clusters.push({ place, dates, documents: [doc.id] });
    }
  }
  return clusters;
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
  const written = input.documents.flatMap((d) => [d.hints.place, ...d.claims.map((c) => c.place)]).filter((p): p is string => p !== null);
  const vocabulary = buildPlaceVocabulary(
    written,
    input.documents.flatMap((d) => [d.title ?? '', d.text]),
    { gazetteer: input.gazetteer, exonyms: input.exonyms },
  );
  const events = applyCorrections(cluster(input.documents, vocabulary), input.corrections)
    .map(toEvent)
    .sort((a, b) => (a.dateStart ?? '9999').localeCompare(b.dateStart ?? '9999') || a.id.localeCompare(b.id));
  const eventOf = new Map(events.flatMap((e) => e.documents.map((d) => [d, e] as const)));
  const claimEvents = new Map<string, string>();
  for (const doc of input.documents) {
    const own = eventOf.get(doc.id)!;
    for (const claim of doc.claims) {
      const named = new Set(countPlaceMentions(claim.quote, vocabulary).keys());
      const elsewhere = named.has(own.place?.key ?? '') ? [] : events.filter((e) => e.place && named.has(e.place.key));
      const at = dayRange(claim.date);
      const nearest = elsewhere.sort((a, b) => distance(a, at) - distance(b, at) || a.id.localeCompare(b.id))[0];
      claimEvents.set(claimRef(doc.id, claim.claimIndex), (nearest ?? own).id);
    }
  }
  return { events, claimEvents };
}

function distance(event: Event, at: DayRange | null): number {
  if (!at || !event.dateStart || !event.dateEnd) return 0;
  return daysApart({ start: event.dateStart, end: event.dateEnd }, at);
}
