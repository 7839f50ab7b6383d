import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContainmentFinder } from './find-containment.js';
import { buildPlaceNames } from './place-vocabulary.js';
import { listGazetteer } from './resolve-place.js';

const places = { gazetteer: listGazetteer([]), exonyms: new Map<string, string>() };
const names = buildPlaceNames(['San Telmo', 'Valle Oscuro', 'Caldera', 'Loma Verde'], places).names;

function within(texts: readonly string[]): string[] {
  const finder = createContainmentFinder(names);
  for (const text of texts) finder.add(text);
  return [...finder.finish()];
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('createContainmentFinder', () => {
  // A regroup streams the texts in ingest order, a page at a time: the result must not depend on it.
  const collections: [string, string[]][] = [
    ['pairs read from different texts', ['San Telmo, Valle Oscuro was hit.', "Caldera's Loma Verde", 'Nothing here.']],
    ['a pair seen both ways in different texts', ['San Telmo, Valle Oscuro was hit.', 'Valle Oscuro in San Telmo was hit.', 'Loma Verde en Caldera']],
    ['a dateline and a possessive of the same places', ['Caldera: troops moved into Loma Verde.', "Loma Verde's Caldera", 'San Telmo (Caldera)']],
  ];
  for (const [behaviour, texts] of collections) {
    it(`finds the same containment whatever order the texts come in: ${behaviour}`, () => {
      const expected = within(texts);
      assert.ok(expected.length > 0 || texts.length === 0);
      for (const order of permutations(texts)) assert.deepEqual(within(order), expected);
    });
  }
});

describe('buildPlaceNames', () => {
  it('gives the same names from a count of each place as from every time it was written', () => {
    const written = ['Kyiv', 'San Telmo', "Caldera's Loma Verde", 'Kyiv', 'San Telmo', 'Kyiv', 'Loma Verde'];
    const counts = new Map<string, number>();
    for (const w of written) counts.set(w, (counts.get(w) ?? 0) + 1);
    const [fromList, fromCounts] = [buildPlaceNames(written, places), buildPlaceNames(counts, places)];
    assert.deepEqual(fromCounts.names, fromList.names);
    assert.deepEqual([...fromCounts.places], [...fromList.places]);
    assert.deepEqual(fromCounts.possessions, [['caldera', 'loma verde']]);
  });
});
