/**
 * The places a collection of documents talks about, and how to find them in a text. The vocabulary
 * is every place hint the pipeline read (sentence and document level) plus, for places the gazetteer
 * knows, their other names, so a document that writes "Kiev" finds the place another wrote "Kyiv".
 * A document's place is then the place it names most, counting its title three times: a report about
 * one event often names the place only in its headline.
 */
import type { EventPlace } from '../../domain/event.js';
import { getPack, packLanguages } from '../../language-packs/index.js';
import { foldPlaceName } from './fold-place-name.js';
import { createContainmentFinder } from './find-containment.js';
import { resolvePlace, type ExonymIndex, type Gazetteer } from './resolve-place.js';

export type PlaceVocabulary = {
  /** Folded name → place; longest names first, so "san telmo de arriba" is found before "san telmo". */
  names: readonly (readonly [string, EventPlace])[];
  /** Place keys seen as the container of another ("Caldera's Valle Oscuro", "San Telmo, Valle Oscuro"). */
  containers: ReadonlySet<string>;
  /** `outer>inner` for every containment seen. */
  within: ReadonlySet<string>;
  /** Inner place key → outer place key, for each place that is a part of its locality (a neighbourhood
   *  of its city): its mentions count for the locality, which names the event (createContainmentFinder). */
  parts?: ReadonlyMap<string, string>;
  /** Place key → the place, as the last of its names gives it. */
  places: ReadonlyMap<string, EventPlace>;
  /** First word of a name → the indexes of the names starting with it, ascending: a text is searched
   *  only for the names whose first word it has. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
  /** Folded words that make the place after them a destination ("road to"), never a mention (DESTINATIONS). */
  destinations?: readonly string[];
};

/**
 * Every pack's destination words, folded as names are: "the road TO Los Tilos", "la vía A Los Tilos"
 * name a place nothing happened in. A text in one language rarely holds another's phrase before a
 * place, so all of them are tried on every text, as exonyms are.
 */
export const DESTINATIONS: readonly string[] = [...new Set(packLanguages().flatMap((l) => getPack(l)?.destinations ?? []).map(foldPlaceName))];

const TITLE_WEIGHT = 3;
const HINT_WEIGHT = 2;
/** Shorter folded names are too likely to be ordinary words. */
const MIN_NAME_LENGTH = 3;

/**
 * The vocabulary's names, before containment is read from the texts: all it takes to count mentions
 * (countPlaceMentions, scoreDocumentPlaces), so a regroup can score each document as its text streams
 * past and keep only the scores.
 */
export type PlaceNames = Pick<PlaceVocabulary, 'names' | 'places' | 'byFirstWord' | 'destinations'> & {
  /** Folded (owner, place) of every possessive written ("Caldera's Valle Oscuro"). */
  possessions: readonly (readonly [string, string])[];
  byName: ReadonlyMap<string, EventPlace>;
};

export function buildPlaceVocabulary(
  written: readonly string[],
  texts: Iterable<string>,
  places: { gazetteer: Gazetteer; exonyms: ExonymIndex },
): PlaceVocabulary {
  const names = buildPlaceNames(written, places);
  const finder = createContainmentFinder(names.names);
  for (const text of texts) finder.add(text);
  return completeVocabulary(names, finder.finish());
}

/**
 * The names of every place written, with their aliases. `written` is each place as the pipeline read
 * it, once per time it was read, or a count of each (the same names, without holding every copy).
 */
export function buildPlaceNames(
  written: Iterable<string> | ReadonlyMap<string, number>,
  places: { gazetteer: Gazetteer; exonyms: ExonymIndex },
): PlaceNames {
  const byName = new Map<string, EventPlace>();
  // Most-written spelling first, so the place keeps the name most sources use.
  const counts = new Map<string, number>();
  const possessions: [string, string][] = [];
  const occurrences = written instanceof Map ? (written as ReadonlyMap<string, number>) : countWritten(written as Iterable<string>);
  for (const [w, n] of occurrences) {
    // "Caldera's Valle Oscuro": two places, the first containing the second.
    const possessive = /^(.+?)['’]s\s+(.+)$/u.exec(w.trim());
    const parts = possessive ? [possessive[1]!, possessive[2]!] : [w.trim().replace(/['’]s$/u, '')];
    if (possessive) possessions.push([foldPlaceName(possessive[1]!), foldPlaceName(possessive[2]!)]);
    for (const part of parts) counts.set(part, (counts.get(part) ?? 0) + n);
  }
  const ordered = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  const canonical = new Map<string, EventPlace>();
  for (const w of ordered) {
    const place = resolvePlace(w, places.gazetteer, places.exonyms);
    if (!place) continue;
    const held = canonical.get(place.key) ?? place;
    canonical.set(place.key, held);
    const folded = foldPlaceName(w);
    const aliases = [folded, ...(places.gazetteer.lookup(places.exonyms.get(folded) ?? folded)?.names ?? [])];
    for (const [name, target] of places.exonyms) if (target === folded || aliases.includes(target)) aliases.push(name);
    for (const alias of aliases) if (alias.length >= MIN_NAME_LENGTH && !byName.has(alias)) byName.set(alias, held);
  }
  const names = [...byName].sort(([a], [b]) => b.length - a.length || a.localeCompare(b));
  const byFirstWord = new Map<string, number[]>();
  names.forEach(([name], index) => {
    const first = name.split(' ')[0]!;
    const list = byFirstWord.get(first);
    if (list === undefined) byFirstWord.set(first, [index]);
    else list.push(index);
  });
  return { names, places: new Map(names.map(([, p]) => [p.key, p])), byFirstWord, possessions, byName, destinations: DESTINATIONS };
}

function countWritten(written: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of written) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The vocabulary, once `within` (createContainmentFinder) has read every text. */
export function completeVocabulary(names: PlaceNames, within: Set<string> & { parts?: ReadonlyMap<string, string> }): PlaceVocabulary {
  for (const [outer, inner] of names.possessions) {
    const [o, i] = [names.byName.get(outer), names.byName.get(inner)];
    if (o && i && o.key !== i.key) within.add(`${o.key}>${i.key}`);
  }
  const parts = within.parts ?? new Map<string, string>();
  // A city is no container for holding neighbourhoods: they are read as the city itself.
  const containers = new Set([...within].map((pair) => pair.split('>') as [string, string])
    .filter(([outer, inner]) => parts.get(inner) !== outer).map(([outer]) => outer));
  return {
    names: names.names, containers, within, parts, places: names.places, byFirstWord: names.byFirstWord,
    destinations: names.destinations ?? DESTINATIONS,
  };
}

/** The locality a place is part of (a neighbourhood's city, followed up a few levels), else the place. */
export function wholeOf(vocabulary: Pick<PlaceVocabulary, 'parts'>, key: string): string {
  let whole = key;
  // Bounded: containment read both ways is dropped, but a longer loop of parts is not ruled out.
  for (let step = 0; step < 4; step++) {
    const outer = vocabulary.parts?.get(whole);
    if (outer === undefined || outer === key) break;
    whole = outer;
  }
  return whole;
}

/** One place contains the other (or they are the same place). */
export function overlaps(vocabulary: PlaceVocabulary, a: string, b: string): boolean {
  return a === b || vocabulary.within.has(`${a}>${b}`) || vocabulary.within.has(`${b}>${a}`);
}

/**
 * How often each place is named in `text`, longest names first and never inside a longer one; a name
 * right after a destination word ("the road to Los Tilos") is no mention.
 */
export function countPlaceMentions(text: string, vocabulary: Pick<PlaceVocabulary, 'names' | 'byFirstWord' | 'destinations'>): Map<string, number> {
  let folded = ` ${foldPlaceName(text)} `;
  const counts = new Map<string, number>();
  // A name is in the text only if its first word is one of the text's words: the others cannot split it.
  const candidates: number[] = [];
  for (const word of new Set(folded.split(' '))) candidates.push(...(vocabulary.byFirstWord.get(word) ?? []));
  for (const index of candidates.sort((a, b) => a - b)) {
    const [name, place] = vocabulary.names[index]!;
    const parts = folded.split(` ${name} `);
    if (parts.length === 1) continue;
    const named = parts.slice(0, -1).filter((before) => !isDestination(`${before} `, vocabulary.destinations)).length;
    if (named > 0) counts.set(place.key, (counts.get(place.key) ?? 0) + named);
    folded = parts.join(' \u0000 ');
  }
  return counts;
}

function isDestination(before: string, destinations: readonly string[] | undefined): boolean {
  return destinations !== undefined && destinations.some((d) => before.endsWith(` ${d} `));
}

/**
 * The place a document reports on: the best-scored place that contains no other (a province loses to
 * the village in it; a neighbourhood counts as its city), then the most specific; ties go to the longer name, then alphabetical order.
 */
export function findDocumentPlace(
  doc: { title: string | null; text: string; hintPlaces: readonly string[] },
  vocabulary: PlaceVocabulary,
): EventPlace | null {
  return rankDocumentPlaces(scoreDocumentPlaces(doc, vocabulary), vocabulary);
}

/** Each place key's score in a document: its mentions, the title's counted three times, hints twice. */
export function scoreDocumentPlaces(
  doc: { title: string | null; text: string; hintPlaces: readonly string[] },
  names: Pick<PlaceVocabulary, 'names' | 'byFirstWord' | 'destinations'>,
): Map<string, number> {
  const score = new Map<string, number>();
  const add = (counts: Map<string, number>, weight: number) => {
    for (const [key, n] of counts) score.set(key, (score.get(key) ?? 0) + n * weight);
  };
  if (doc.title) add(countPlaceMentions(doc.title, names), TITLE_WEIGHT);
  add(countPlaceMentions(doc.text, names), 1);
  for (const hint of new Set(doc.hintPlaces)) add(countPlaceMentions(hint, names), HINT_WEIGHT);
  return score;
}

/** The place findDocumentPlace picks from a document's scores (scoreDocumentPlaces). */
export function rankDocumentPlaces(score: ReadonlyMap<string, number>, vocabulary: PlaceVocabulary): EventPlace | null {
  // A neighbourhood's mentions are its city's ("Tragedia en Loma Verde" reports on Puerto Almendro).
  const wholes = new Map<string, number>();
  for (const [key, s] of score) wholes.set(wholeOf(vocabulary, key), (wholes.get(wholeOf(vocabulary, key)) ?? 0) + s);
  const ranked = [...wholes]
    .map(([key, s]) => ({ place: vocabulary.places.get(key)!, s }))
    .sort((a, b) =>
      Number(vocabulary.containers.has(a.place.key)) - Number(vocabulary.containers.has(b.place.key)) ||
      a.place.wherePrec - b.place.wherePrec ||
      b.s - a.s ||
      b.place.name.length - a.place.name.length ||
      a.place.key.localeCompare(b.place.key));
  return ranked[0]?.place ?? null;
}
