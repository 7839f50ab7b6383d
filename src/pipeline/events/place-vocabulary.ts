/**
 * The places a collection of documents talks about, and how to find them in a text. The vocabulary
 * is every place hint the pipeline read (sentence and document level) plus, for places the gazetteer
 * knows, their other names, so a document that writes "Kiev" finds the place another wrote "Kyiv".
 * A document's place is then the place it names most, counting its title three times: a report about
 * one event often names the place only in its headline.
 */
import type { EventPlace } from '../../domain/event.js';
import { foldPlaceName } from './fold-place-name.js';
import { resolvePlace, type ExonymIndex, type Gazetteer } from './resolve-place.js';

export type PlaceVocabulary = {
  /** Folded name → place; longest names first, so "san telmo de arriba" is found before "san telmo". */
  names: readonly (readonly [string, EventPlace])[];
  /** Place keys seen as the container of another ("Caldera's Valle Oscuro", "San Telmo, Valle Oscuro"). */
  containers: ReadonlySet<string>;
  /** `outer>inner` for every containment seen. */
  within: ReadonlySet<string>;
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
  return { names, containers, within };
}

function findContainment(names: PlaceVocabulary['names'], texts: readonly string[]): Set<string> {
  const within = new Set<string>();
  const lowered = texts.map((t) => ` ${t.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[ \t]+/g, ' ')} `);
  for (const [inner, innerPlace] of names) {
    for (const [outer, outerPlace] of names) {
      const pair = `${outerPlace.key}>${innerPlace.key}`;
      if (outerPlace.key === innerPlace.key || within.has(pair)) continue;
      const patterns = [
        `${outer}'s ${inner}`, `${outer}’s ${inner}`, ` ${inner}, ${outer} `, ` ${inner} (${outer})`,
        ` ${inner} in ${outer} `, ` ${inner}, in ${outer} `, ` ${inner} en ${outer} `, ` ${inner}, en ${outer} `,
        ` ${inner} de ${outer} `,
      ];
      // A dateline or headline prefix ("Caldera: … in San Telmo") names the wider place first.
      const dateline = new RegExp(`(^|\\n) ?${escape(outer)}: [^\\n]*\\b${escape(inner)}\\b`, 'u');
      if (lowered.some((t) => patterns.some((p) => t.includes(p)) || dateline.test(t))) within.add(pair);
    }
  }
  // A place seen both inside and around another is read as neither.
  for (const pair of [...within]) {
    const [outer, inner] = pair.split('>');
    if (within.has(`${inner}>${outer}`)) within.delete(pair);
  }
  return within;
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
  for (const [name, place] of vocabulary.names) {
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
  const places = new Map(vocabulary.names.map(([, p]) => [p.key, p]));
  const ranked = [...score]
    .map(([key, s]) => ({ place: places.get(key)!, s }))
    .sort((a, b) =>
      Number(vocabulary.containers.has(a.place.key)) - Number(vocabulary.containers.has(b.place.key)) ||
      a.place.wherePrec - b.place.wherePrec ||
      b.s - a.s ||
      b.place.name.length - a.place.name.length ||
      a.place.key.localeCompare(b.place.key));
  return ranked[0]?.place ?? null;
}
