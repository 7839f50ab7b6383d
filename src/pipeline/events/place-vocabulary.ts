/**
 * The places a collection of documents talks about, and how to find them in a text. The vocabulary
 * is every place hint the pipeline read (sentence and document level) plus, for places the gazetteer
 * knows, their other names, so a document that writes "Kiev" finds the place another wrote "Kyiv".
 * A document's place is then the place it names most, counting its title three times: a report about
 * one event often names the place only in its headline.
 */
import type { EventPlace } from '../../domain/event.js';
import { foldPlaceName } from './fold-place-name.js';
import { buildNameMatcher } from './name-matcher.js';
import { resolvePlace, type ExonymIndex, type Gazetteer } from './resolve-place.js';

export type PlaceVocabulary = {
  /** Folded name → place; longest names first, so "san telmo de arriba" is found before "san telmo". */
  names: readonly (readonly [string, EventPlace])[];
  /** Place keys seen as the container of another ("Caldera's Valle Oscuro", "San Telmo, Valle Oscuro"). */
  containers: ReadonlySet<string>;
  /** `outer>inner` for every containment seen. */
  within: ReadonlySet<string>;
  /** Place key → the place, as the last of its names gives it. */
  places: ReadonlyMap<string, EventPlace>;
  /** First word of a name → the indexes of the names starting with it, ascending: a text is searched
   *  only for the names whose first word it has. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
};

const TITLE_WEIGHT = 3;
const HINT_WEIGHT = 2;
/** Shorter folded names are too likely to be ordinary words. */
const MIN_NAME_LENGTH = 3;

export function buildPlaceVocabulary(
  written: readonly string[],
  texts: readonly string[],
  places: { gazetteer: Gazetteer; exonyms: ExonymIndex },
): PlaceVocabulary {
  const byName = new Map<string, EventPlace>();
  // Most-written spelling first, so the place keeps the name most sources use.
  const counts = new Map<string, number>();
  const possessions: [string, string][] = [];
  for (const w of written) {
    // "Caldera's Valle Oscuro": two places, the first containing the second.
    const possessive = /^(.+?)['’]s\s+(.+)$/u.exec(w.trim());
    const parts = possessive ? [possessive[1]!, possessive[2]!] : [w.trim().replace(/['’]s$/u, '')];
    if (possessive) possessions.push([foldPlaceName(possessive[1]!), foldPlaceName(possessive[2]!)]);
    for (const part of parts) counts.set(part, (counts.get(part) ?? 0) + 1);
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
  const within = findContainment(names, texts);
  for (const [outer, inner] of possessions) {
    const [o, i] = [byName.get(outer), byName.get(inner)];
    if (o && i && o.key !== i.key) within.add(`${o.key}>${i.key}`);
  }
  const containers = new Set([...within].map((pair) => pair.split('>')[0]!));
  const byFirstWord = new Map<string, number[]>();
  names.forEach(([name], index) => {
    const first = name.split(' ')[0]!;
    const list = byFirstWord.get(first);
    if (list === undefined) byFirstWord.set(first, [index]);
    else list.push(index);
  });
  return { names, containers, within, places: new Map(names.map(([, p]) => [p.key, p])), byFirstWord };
}

/**
 * Which place the sources show inside which. A pair is tried only on the texts that hold both of its
 * names (found for each text in one pass, name-matcher.ts), never every pair on every text. The pairs
 * are then added in the order a loop over (inner, outer) name pairs would first have found them, for
 * the reading of a place seen both ways depends on that order.
 */
function findContainment(names: PlaceVocabulary['names'], texts: readonly string[]): Set<string> {
  const matcher = buildNameMatcher(names.map(([name]) => name));
  /** Place pair → the rank (inner name index × names + outer name index) it was first found at. */
  const firstFound = new Map<string, number>();
  const datelines = new Map<number, RegExp>();
  for (const text of texts) {
    const lowered = ` ${text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[ \t]+/g, ' ')} `;
    const held = [...matcher.find(lowered)].sort((a, b) => a - b);
    if (held.length < 2) continue;
    for (const i of held) {
      const [inner, innerPlace] = names[i]!;
      for (const o of held) {
        const [outer, outerPlace] = names[o]!;
        if (outerPlace.key === innerPlace.key) continue;
        const pair = `${outerPlace.key}>${innerPlace.key}`;
        const rank = i * names.length + o;
        if ((firstFound.get(pair) ?? Infinity) <= rank) continue;
        if (contains(lowered, inner, outer, () => {
          let dateline = datelines.get(rank);
          if (dateline === undefined) {
            // A dateline or headline prefix ("Caldera: … in San Telmo") names the wider place first.
            dateline = new RegExp(`(^|\\n) ?${escape(outer)}: [^\\n]*\\b${escape(inner)}\\b`, 'u');
            datelines.set(rank, dateline);
          }
          return dateline;
        })) firstFound.set(pair, rank);
      }
    }
  }
  const within = new Set([...firstFound].sort(([, a], [, b]) => a - b).map(([pair]) => pair));
  // A place seen both inside and around another is read as neither.
  for (const pair of [...within]) {
    const [outer, inner] = pair.split('>');
    if (within.has(`${inner}>${outer}`)) within.delete(pair);
  }
  return within;
}

/** The ways a text says `inner` lies in `outer`, on a lowered text padded with spaces. */
function contains(lowered: string, inner: string, outer: string, dateline: () => RegExp): boolean {
  const patterns = [
    `${outer}'s ${inner}`, `${outer}’s ${inner}`, ` ${inner}, ${outer} `, ` ${inner} (${outer})`,
    ` ${inner} in ${outer} `, ` ${inner}, in ${outer} `, ` ${inner} en ${outer} `, ` ${inner}, en ${outer} `,
    ` ${inner} de ${outer} `,
  ];
  return patterns.some((p) => lowered.includes(p)) || dateline().test(lowered);
}

/** One place contains the other (or they are the same place). */
export function overlaps(vocabulary: PlaceVocabulary, a: string, b: string): boolean {
  return a === b || vocabulary.within.has(`${a}>${b}`) || vocabulary.within.has(`${b}>${a}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How often each place is named in `text`, longest names first and never inside a longer one. */
export function countPlaceMentions(text: string, vocabulary: PlaceVocabulary): Map<string, number> {
  let folded = ` ${foldPlaceName(text)} `;
  const counts = new Map<string, number>();
  // A name is in the text only if its first word is one of the text's words: the others cannot split it.
  const candidates: number[] = [];
  for (const word of new Set(folded.split(' '))) candidates.push(...(vocabulary.byFirstWord.get(word) ?? []));
  for (const index of candidates.sort((a, b) => a - b)) {
    const [name, place] = vocabulary.names[index]!;
    const parts = folded.split(` ${name} `);
    if (parts.length === 1) continue;
    counts.set(place.key, (counts.get(place.key) ?? 0) + parts.length - 1);
    folded = parts.join(' \u0000 ');
  }
  return counts;
}

/**
 * The place a document reports on: the best-scored place that contains no other (a province loses to
 * the village in it), then the most specific; ties go to the longer name, then alphabetical order.
 */
export function findDocumentPlace(
  doc: { title: string | null; text: string; hintPlaces: readonly string[] },
  vocabulary: PlaceVocabulary,
): EventPlace | null {
  const score = new Map<string, number>();
  const add = (counts: Map<string, number>, weight: number) => {
    for (const [key, n] of counts) score.set(key, (score.get(key) ?? 0) + n * weight);
  };
  if (doc.title) add(countPlaceMentions(doc.title, vocabulary), TITLE_WEIGHT);
  add(countPlaceMentions(doc.text, vocabulary), 1);
  for (const hint of new Set(doc.hintPlaces)) add(countPlaceMentions(hint, vocabulary), HINT_WEIGHT);
  const ranked = [...score]
    .map(([key, s]) => ({ place: vocabulary.places.get(key)!, s }))
    .sort((a, b) =>
      Number(vocabulary.containers.has(a.place.key)) - Number(vocabulary.containers.has(b.place.key)) ||
      a.place.wherePrec - b.place.wherePrec ||
      b.s - a.s ||
      b.place.name.length - a.place.name.length ||
      a.place.key.localeCompare(b.place.key));
  return ranked[0]?.place ?? null;
}
