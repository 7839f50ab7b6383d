/**
 * What of a document looks back on an earlier event (pipeline/hints/find-recall.ts): the sections of a
 * digest whose heading recalls one ("## San Telmo de Arriba, one month on"), and the document itself
 * when its title or lead opens by recalling one at a named place ("Eight days after gunmen stormed
 * San Telmo de Arriba, …"). Grouping dates these by the event recalled, not by the day they were
 * written, and a recalled section does not make the digest's own place or date.
 */
import type { Span } from '../../domain/span.js';
import { getPack } from '../../language-packs/index.js';
import { findRecall, type Recall } from '../hints/find-recall.js';
import { findSectionStarts } from '../hints/find-section-places.js';
import { countPlaceMentions, type PlaceNames } from './place-vocabulary.js';

export type RecalledSection = Span & { days: number | null };
/** The document recalls the event at `key`, `days` before its own date (null: not said). */
export type DocumentRecall = { key: string; days: number | null };

export type Recalls = { sections: RecalledSection[]; document: DocumentRecall | null };

/** The lead is read from this many paragraphs before the first section: a byline or front matter may come first. */
const LEAD_PARAGRAPHS = 4;
const NONE: Recalls = { sections: [], document: null };

export function readRecalls(
  doc: { lang?: string | null; title: string | null; text: string; claims: readonly { quote: string }[] },
  names: PlaceNames,
): Recalls {
  const pack = doc.lang ? getPack(doc.lang) : null;
  if (!pack || (pack.recalls.length === 0)) return NONE;
  const starts = findSectionStarts(doc.text);
  const sections: RecalledSection[] = [];
  starts.forEach((start, i) => {
    const lineEnd = doc.text.indexOf('\n', start);
    const recall = findRecall(doc.text, pack, start, lineEnd < 0 ? doc.text.length : lineEnd);
    if (recall) sections.push({ start, end: starts[i + 1] ?? doc.text.length, days: recall.days });
  });
  const passages: [string, Span][] = doc.title ? [[doc.title, { start: 0, end: doc.title.length }]] : [];
  for (const span of leadSentences(doc.text, starts[0] ?? doc.text.length)) passages.push([doc.text, span]);
  for (const [text, span] of passages) {
    const recall = findRecall(text, pack, span.start, span.end);
    const key = recall && recalledPlace(text, recall, names);
    if (!recall || !key) continue;
    // "Three days after the massacre in X, nine police were killed near Y": a toll told at another place is a new event.
    const rest = countPlaceMentions(text.slice(recall.rest.start, recall.rest.end), names);
    const told = doc.claims.some((c) => c.quote.includes(text.slice(recall.clause.start, recall.clause.end)));
    if (told && [...rest.keys()].some((k) => k !== key)) continue;
    return { sections, document: { key, days: recall.days } };
  }
  return { sections, document: null };
}

/**
 * The place the cue's clause names ("after the attack on San Telmo de Arriba"), else a heading's
 * ("San Telmo de Arriba, one month on"), else the rest of the sentence's.
 */
function recalledPlace(text: string, recall: Recall, names: PlaceNames): string | null {
  const named = (span: Span) => [...countPlaceMentions(text.slice(span.start, span.end), names).keys()];
  const inClause = named(recall.clause);
  if (inClause.length > 0) return inClause[0]!;
  // A wire dateline ("LOS TILOS, Valle Oscuro —") is where the report was filed, not what it recalls.
  const prefix = text.slice(recall.prefix.start, recall.prefix.end).trimEnd();
  const heading = /[,:]$/.test(prefix) && !/[—–-]/.test(prefix) ? named(recall.prefix)[0] : undefined;
  // A bare cue ("Hace un mes, hombres armados entraron en San Lucas") recalls what the sentence goes on to tell.
  return heading ?? named(recall.rest)[0] ?? null;
}

/** The first sentence of each of the first paragraphs before `end` that are not headings or front matter. */
function leadSentences(text: string, end: number): Span[] {
  const spans: Span[] = [];
  const paragraph = /[^\n](?:[^\n]|\n(?!\s*\n))*/g;
  for (let m = paragraph.exec(text); m !== null && m.index < end && spans.length < LEAD_PARAGRAPHS; m = paragraph.exec(text)) {
    if (/^(#|---)/.test(m[0])) continue;
    const stop = /[.!?](?=\s|$)/.exec(m[0]);
    spans.push({ start: m.index, end: m.index + (stop ? stop.index + 1 : m[0].length) });
  }
  return spans;
}
