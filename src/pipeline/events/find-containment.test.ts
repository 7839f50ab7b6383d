import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack, packLanguages } from '../../language-packs/index.js';
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

describe('createContainmentFinder with the packs\' containment phrases', () => {
  const towns = buildPlaceNames(['Loma Alta', 'Villa Sur', 'Puerto Lobos'], places).names;
  const read = (text: string) => {
    const finder = createContainmentFinder(towns);
    finder.add(text);
    const found = finder.finish();
    return { within: [...found], parts: [...found.parts] };
  };
  const part = { within: ['name:villa sur>name:loma alta'], parts: [['name:loma alta', 'name:villa sur']] };
  const none = { within: [], parts: [] };
  const cases: [string, string, typeof part | typeof none][] = [
    ['a Spanish list of neighbourhoods in a city', 'El alud sepultó los barrios Loma Alta y El Bajo, en la ciudad de Villa Sur.', part],
    ['a Spanish list of neighbourhoods of a municipality', 'Unas 40 casas de los barrios Loma Alta y El Bajo del municipio de Villa Sur.', part],
    ['an English list of neighbourhoods', 'Floods hit the Loma Alta and El Bajo neighbourhoods of Villa Sur.', part],
    ['an English apposition', 'Loma Alta, a neighbourhood of Villa Sur, lost its school.', part],
    ['a Spanish barrio of a city', 'Un incendio arrasó el barrio Loma Alta de Villa Sur.', part],
    ['a village in a province: containment, not a part', 'Loma Alta, a village in Villa Sur province, was attacked.',
      { within: ['name:villa sur>name:loma alta'], parts: [] }],
    ['nothing for two towns named side by side', 'Clashes in Loma Alta and in Villa Sur left 12 dead.', none],
    ['nothing for two towns listed in Spanish', 'Hubo enfrentamientos en Loma Alta y en Villa Sur.', none],
    ['nothing for a list with no containment phrase', 'Floods hit the Loma Alta and Villa Sur neighbourhoods.', none],
    ['nothing for a neighbourhood of a third place', 'Loma Alta, a neighbourhood of Puerto Lobos, and Villa Sur were hit.',
      { within: ['name:puerto lobos>name:loma alta'], parts: [['name:loma alta', 'name:puerto lobos']] }],
  ];
  for (const [what, text, expected] of cases) {
    it(`reads ${what}`, () => assert.deepEqual(read(text), expected));
  }
});

for (const lang of packLanguages()) {
  describe(`${lang} containment examples fire their rules`, () => {
    // Each example names the inner place Loma Alta and the outer Villa Sur (schema.ts, ContainmentRule).
    const towns = buildPlaceNames(['Loma Alta', 'Villa Sur'], places).names;
    it('every example shows Loma Alta inside Villa Sur, as a part when its rule says so', () => {
      const dead = getPack(lang)!.containments.filter((rule) => {
        const finder = createContainmentFinder(towns, [rule]);
        finder.add(rule.example);
        const found = finder.finish();
        return !found.has('name:villa sur>name:loma alta') || found.parts.has('name:loma alta') !== rule.part;
      }).map((r) => `${r.id}: ${r.example}`);
      assert.deepEqual(dead, []);
    });
  });
}

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
