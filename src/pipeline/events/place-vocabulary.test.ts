import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPlaceVocabulary, countPlaceMentions } from './place-vocabulary.js';
import { listGazetteer } from './resolve-place.js';

const places = { gazetteer: listGazetteer([]), exonyms: new Map<string, string>() };
const vocabulary = (written: string[], texts: string[]) => buildPlaceVocabulary(written, texts, places);

describe('buildPlaceVocabulary', () => {
  const cases: [string, string[], string[]][] = [
    ['reads "inner, outer" as the first place inside the second', ['Valle Oscuro, San Telmo was hit.'], ['name:san telmo>name:valle oscuro']],
    ['reads a possessive as the owner containing the place', ["Gunmen entered Caldera's Loma Verde."], ['name:caldera>name:loma verde']],
    ['reads a dateline as the wider place', ['Caldera: troops moved into Loma Verde.'], ['name:caldera>name:loma verde']],
    ['reads "inner en outer" in Spanish', ['Ataque en Loma Verde en Caldera ayer.'], ['name:caldera>name:loma verde']],
    ['finds nothing when the places are only listed', ['San Telmo and Caldera were quiet.'], []],
    // Seen both ways, the pair found first (by inner then outer name, longest names first) is dropped.
    ['keeps one reading of a pair seen both ways', ['San Telmo, Valle Oscuro was hit.', 'Valle Oscuro in San Telmo was hit.'], ['name:valle oscuro>name:san telmo']],
  ];
  for (const [behaviour, texts, expected] of cases) {
    it(behaviour, () => {
      const v = vocabulary(['San Telmo', 'Valle Oscuro', 'Caldera', 'Loma Verde'], texts);
      assert.deepEqual([...v.within].sort(), expected);
    });
  }
});

describe('countPlaceMentions', () => {
  const v = vocabulary(['San Telmo', 'San Telmo de Arriba', 'Caldera'], []);
  const cases: [string, string, Record<string, number>][] = [
    ['counts the longer name, not the shorter inside it', 'Fighting in San Telmo de Arriba.', { 'name:san telmo de arriba': 1 }],
    ['counts each place as often as it is named', 'San Telmo, then Caldera, then San Telmo again.', { 'name:san telmo': 2, 'name:caldera': 1 }],
    ['ignores case and accents', 'CALDERA and Cáldera', { 'name:caldera': 2 }],
    ['counts nothing in a text naming no place', 'Rain fell on Tuesday.', {}],
  ];
  for (const [behaviour, text, expected] of cases) {
    it(behaviour, () => assert.deepEqual(Object.fromEntries(countPlaceMentions(text, v)), expected));
  }
});
