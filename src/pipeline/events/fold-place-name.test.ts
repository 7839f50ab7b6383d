import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldPlaceName } from './fold-place-name.js';

describe('foldPlaceName', () => {
  const cases: [string, string, string][] = [
    ['folds case and diacritics', 'Kíev', 'kiev'],
    ['folds Spanish accents and ñ', 'Peña Colorada', 'pena colorada'],
    ['writes ß and ł the transliterated way', 'Łódź Straße', 'lodz strasse'],
    ['drops apostrophes so Côte d’Ivoire meets Cote dIvoire', 'Côte d’Ivoire', 'cote divoire'],
    ['drops a possessive', "Caldera's", 'caldera'],
    ['drops a leading English article', 'the Hague', 'hague'],
    ['turns hyphens and runs of spaces into one space', 'Saint-Denis   du  Sud', 'saint denis du sud'],
  ];
  for (const [behaviour, input, expected] of cases) {
    it(behaviour, () => assert.equal(foldPlaceName(input), expected));
  }
});
