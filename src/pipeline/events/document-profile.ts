/**
 * What grouping keeps of a document once its text has been read: the day it reports on, how strongly
 * it names each place, and the claims that name a place (which may belong to another place's event).
 * A regroup of a whole collection holds these, not the texts (hundreds of megabytes at 100,000
 * documents), and the profile is all `groupProfiles` needs.
 */
import type { DocumentId } from '../../domain/document.js';
import { dayNumber, dayRange, type DayRange } from './event-dates.js';
import { countPlaceMentions, scoreDocumentPlaces, type PlaceNames } from './place-vocabulary.js';
import { readRecalls } from './read-recalls.js';

export type EventDocument = {
  id: DocumentId;
  title: string | null;
  text: string;
  publishedAt: string | null;
  /** The document's language, whose pack tells a passage that recalls an earlier event; none read without it. */
  lang?: string | null;
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
  /**
   * The claims that name a place (in their quote, else by their section's or document's), with its keys
   * and the claim's date. A claim in a section that recalls an earlier event ("one month on") is
   * `recalled`: its date is the recalled day when the cue says how long before (else null), and
   * `before` the day it was written, so it goes to that place's event of then, never to a later one.
   */
  naming: readonly { claimIndex: number; date: string | null; named: readonly string[]; recalled?: { before: string | null } }[];
  /** The document recalls an earlier event at `key` (read-recalls.ts): it belongs to that event. */
  recall?: { key: string; dates: DayRange | null; before: string | null } | null;
};

/** The places and dates a document is written in: every hint and claim place (buildPlaceNames). */
export function writtenPlaces(doc: Pick<EventDocument, 'hints' | 'claims'>): string[] {
  return [doc.hints.place, ...doc.claims.map((c) => c.place)].filter((p): p is string => p !== null);
}

export function profileDocument(doc: EventDocument, names: PlaceNames): DocumentProfile {
  const recalls = readRecalls(doc, names);
  const naming: DocumentProfile['naming'][number][] = [];
  const recalledClaims = new Set<number>();
  let cursor = 0;
  for (const claim of doc.claims) {
    // A claim whose sentence names no place is about the place its section or document gives
    // ("## San Telmo de Arriba, one month on" in a digest of several events).
    const named = [...countPlaceMentions(claim.quote, names).keys()];
    if (named.length === 0 && claim.place !== null) named.push(...countPlaceMentions(claim.place, names).keys());
    // Claims come in text order, so each quote is looked for after the last one found.
    const at = doc.text.indexOf(claim.quote, cursor);
    if (at >= 0) cursor = at;
    const section = at < 0 ? undefined : recalls.sections.find((s) => s.start <= at && at < s.end);
    if (section !== undefined) recalledClaims.add(claim.claimIndex);
    if (named.length === 0) continue;
    naming.push(section === undefined
      ? { claimIndex: claim.claimIndex, date: claim.date, named }
      : { claimIndex: claim.claimIndex, date: daysBefore(claim.date, section.days), named, recalled: { before: claim.date } });
  }
  // A recalled section is another event's news: it makes neither the document's place nor its date,
  // unless nothing else in the document names a place.
  const own = { ...doc, text: blankSpans(doc.text, recalls.sections), claims: doc.claims.filter((c) => !recalledClaims.has(c.claimIndex)) };
  const filed = readDateline(own.text, names);
  const unblanked = { title: doc.title, text: filed?.text ?? own.text, hintPlaces: writtenPlaces(own) };
  let placeScores = scoreDocumentPlaces(unblanked, names);
  // The sentence a dateline opens says where the event happened: its places count as a hint's do.
  for (const [key, n] of filed?.lead ?? []) placeScores.set(key, (placeScores.get(key) ?? 0) + n * LEAD_WEIGHT);
  if (placeScores.size === 0) placeScores = scoreDocumentPlaces({ ...unblanked, text: own.text }, names);
  if (placeScores.size === 0) placeScores = scoreDocumentPlaces({ title: doc.title, text: doc.text, hintPlaces: writtenPlaces(doc) }, names);
  const dates = documentDate(own.claims.length > 0 || recalledClaims.size === 0 ? own : doc);
  const recall = recalls.document && {
    key: recalls.document.key,
    dates: dayRange(daysBefore(dates?.start ?? null, recalls.document.days)),
    before: dates?.end ?? null,
  };
  return { id: doc.id, dates, placeScores, claimIndexes: doc.claims.map((c) => c.claimIndex), naming, recall };
}

/** The day `days` before `date` (a day or a month's first day); null when either is unknown. */
function daysBefore(date: string | null, days: number | null): string | null {
  const range = dayRange(date);
  if (range === null || days === null) return null;
  return new Date((dayNumber(range.start) - days) * 86_400_000).toISOString().slice(0, 10);
}

function blankSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/**
 * A wire dateline ("PUERTO ALMENDRO, June 3 (Meridian) —", "SAN TELMO, 3 jun (EFE) -", "PEÑA COLORADA
 * (Valle Oscuro).") names where the reporter filed from, not where the event happened: it is not a
 * mention, so the place the body names wins; if the body names none, the caller scores the dateline.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}'’. ]*\p{Lu})(?=,| \()/mu;
const LEAD_WEIGHT = 2;

/** The text with its dateline's place blanked, and the places its sentence names; null without a dateline. */
function readDateline(text: string, names: PlaceNames): { text: string; lead: Map<string, number> } | null {
  const m = DATELINE.exec(text);
  if (m === null || countPlaceMentions(m[0], names).size === 0) return null;
  const after = m.index + m[0].length;
  const stop = /[.!?](?=\s|$)/.exec(text.slice(after));
  const lead = countPlaceMentions(text.slice(after, stop ? after + stop.index : text.length), names);
  return { text: blankSpans(text, [{ start: m.index, end: after }]), lead };
}

/** The day a document reports on: the earliest date it gives that is not after its publication. */
function documentDate(doc: Pick<EventDocument, 'publishedAt' | 'claims' | 'hints'>): DayRange | null {
  const published = dayRange(doc.publishedAt);
  const given = [...doc.claims.map((c) => c.date), doc.hints.date]
    .map(dayRange)
    .filter((r): r is DayRange => r !== null && (published === null || r.start <= published.end))
    .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
  return given[0] ?? published;
}
