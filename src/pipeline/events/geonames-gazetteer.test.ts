import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadGeonamesGazetteer } from './geonames-gazetteer.js';
import { foldPlaceName } from './fold-place-name.js';
import { buildExonymIndex, resolvePlace, type Gazetteer } from './resolve-place.js';

// One scan of the real GeoNames table for every name the cases ask about.
const groups: [string, string[]][] = [
  ['Kyiv in its English, older and Spanish-accented spellings', ['Kyiv', 'Kiev', 'Kíev']],
  ['Côte d’Ivoire in English, French and Spanish', ['Ivory Coast', "Côte d'Ivoire", 'Costa de Marfil']],
  ['Ukraine in English and Spanish', ['Ukraine', 'Ucrania']],
  ['Mexico City by its Spanish name', ['Mexico City', 'Ciudad de México']],
];

describe('the GeoNames gazetteer', () => {
  let gazetteer: Gazetteer;
  before(() => {
    gazetteer = loadGeonamesGazetteer(groups.flatMap(([, names]) => names).concat(['San Telmo de Arriba']));
  });
  const noExonyms = buildExonymIndex([]);

  for (const [behaviour, names] of groups) {
    it(`matches ${behaviour}`, () => {
      const keys = names.map((n) => resolvePlace(n, gazetteer, noExonyms)?.key);
      assert.ok(!keys[0]?.startsWith('name:'), `premise: the gazetteer knows ${names[0]}`);
      assert.deepEqual(new Set(keys).size, 1, JSON.stringify(keys));
    });
  }

  it('rates a country as country precision and a city as a locality', () => {
    assert.equal(resolvePlace('Ucrania', gazetteer, noExonyms)?.wherePrec, 6);
    assert.equal(resolvePlace('Kiev', gazetteer, noExonyms)?.wherePrec, 1);
  });

  it('keys a place no gazetteer knows by its folded name, keeping the name as written', () => {
    assert.deepEqual(resolvePlace('San Telmo de Arriba', gazetteer, noExonyms), {
      name: 'San Telmo de Arriba', key: `name:${foldPlaceName('San Telmo de Arriba')}`, wherePrec: 1,
    });
  });
});
