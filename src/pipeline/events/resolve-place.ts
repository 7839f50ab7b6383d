/**
 * From a place name as a source wrote it to the place it names. Order: the language packs' exonyms
 * ("Ginebra" → "Geneva"), then the gazetteer (GeoNames names and alternate names, ISO country names in
 * English and Spanish). A name nobody knows is still a place: it is keyed by its folded form, so two
 * sources spelling a village alike meet, and it counts as a named locality (where_prec 1).
 */
import type { EventPlace, WherePrecision } from '../../domain/event.js';
import { foldPlaceName } from './fold-place-name.js';

export type GazetteerPlace = {
  /** `geonames:<id>` or `country:<ISO alpha-2>`. */
  key: string;
  name: string;
  wherePrec: WherePrecision;
  /** Every folded name the place is known by (Latin script), for finding it in text. */
  names: readonly string[];
};

/** Answers for folded names; an implementation may know only the names it was built for. */
export type Gazetteer = { lookup(folded: string): GazetteerPlace | null };

/** Exonyms from the language packs: folded name in that language → the name the gazetteer knows. */
export type ExonymIndex = ReadonlyMap<string, string>;

export function buildExonymIndex(exonyms: Iterable<{ name: string; canonical: string }>): ExonymIndex {
  const index = new Map<string, string>();
  for (const e of exonyms) index.set(foldPlaceName(e.name), foldPlaceName(e.canonical));
  return index;
}

/** A gazetteer over a fixed list, for tests and for the country list. */
export function listGazetteer(places: readonly GazetteerPlace[]): Gazetteer {
  const byName = new Map<string, GazetteerPlace>();
  for (const place of places) for (const name of place.names) if (!byName.has(name)) byName.set(name, place);
  return { lookup: (folded) => byName.get(folded) ?? null };
}

/** Tries each gazetteer in turn (countries before cities: "Georgia" is the country first). */
export function chainGazetteers(...gazetteers: readonly Gazetteer[]): Gazetteer {
  return {
    lookup(folded) {
      for (const g of gazetteers) {
        const hit = g.lookup(folded);
        if (hit) return hit;
      }
      return null;
    },
  };
}

export function resolvePlace(written: string, gazetteer: Gazetteer, exonyms: ExonymIndex): EventPlace | null {
  const name = written.trim().replace(/['’]s$/u, '');
  const folded = foldPlaceName(name);
  if (folded === '') return null;
  const known = gazetteer.lookup(exonyms.get(folded) ?? folded) ?? gazetteer.lookup(folded);
  if (known) return { name, key: known.key, wherePrec: known.wherePrec };
  return { name, key: `name:${folded}`, wherePrec: 1 };
}
