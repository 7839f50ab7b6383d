/**
 * What grouping keeps of a document once its text has been read: the day it reports on, how strongly
 * it names each place, and the claims that name a place (which may belong to another place's event).
 * A regroup of a whole collection holds these, not the texts (hundreds of megabytes at 100,000
 * documents), and the profile is all `groupProfiles` needs.
 */
import type { DocumentId } from '../../domain/document.js';
import { dayRange, type DayRange } from './event-dates.js';
import { countPlaceMentions, scoreDocumentPlaces, type PlaceNames } from './place-vocabulary.js';

export type EventDocument = {
  id: DocumentId;
  title: string | null;
  text: string;
  publishedAt: string | null;
  /** The pipeline's document-level hints. */
  hints: { date: string | null; place: string | null };
  claims: readonly { claimIndex: number; date: string | null; place: string | null; quote: string }[];
};

export type DocumentProfile = {
  id: DocumentId;
  /** The day the document reports on (documentDate). */
  dates: DayRange | null;
  /** Place key → weighted mentions in the title, text and hints (scoreDocumentPlaces). */
  placeScores: ReadonlyMap<string, number>;
  claimIndexes: readonly number[];
  /** The claims that name a place (in their quote, else by their section's or document's), with its keys and the claim's date. */
  naming: readonly { claimIndex: number; date: string | null; named: readonly string[] }[];
};

/** The places and dates a document is written in: every hint and claim place (buildPlaceNames). */
export function writtenPlaces(doc: Pick<EventDocument, 'hints' | 'claims'>): string[] {
  return [doc.hints.place, ...doc.claims.map((c) => c.place)].filter((p): p is string => p !== null);
}

export function profileDocument(doc: EventDocument, names: PlaceNames): DocumentProfile {
  const naming: DocumentProfile['naming'][number][] = [];
  for (const claim of doc.claims) {
    // A claim whose sentence names no place is about the place its section or document gives
    // ("## San Telmo de Arriba, one month on" in a digest of several events).
    const named = [...countPlaceMentions(claim.quote, names).keys()];
    if (named.length === 0 && claim.place !== null) named.push(...countPlaceMentions(claim.place, names).keys());
    if (named.length > 0) naming.push({ claimIndex: claim.claimIndex, date: claim.date, named });
  }
  return {
    id: doc.id,
    dates: documentDate(doc),
    placeScores: scoreDocumentPlaces({ title: doc.title, text: doc.text, hintPlaces: writtenPlaces(doc) }, names),
    claimIndexes: doc.claims.map((c) => c.claimIndex),
    naming,
  };
}

/** The day a document reports on: the earliest date it gives that is not after its publication. */
function documentDate(doc: EventDocument): DayRange | null {
  const published = dayRange(doc.publishedAt);
  const given = [...doc.claims.map((c) => c.date), doc.hints.date]
    .map(dayRange)
    .filter((r): r is DayRange => r !== null && (published === null || r.start <= published.end))
    .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
  return given[0] ?? published;
}
