import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../language-packs/index.js';
import { tokenize } from '../segment/tokenize.js';
import { compilePack } from './compile-pack.js';
import { findQuantities, parseDigits } from './find-quantities.js';
import { recognizeNumberWords } from './recognize-number-words.js';

function quantities(lang: string, text: string) {
  const c = compilePack(getPack(lang)!);
  const tokens = tokenize(text);
  return findQuantities(tokens, recognizeNumberWords(text, 0, tokens, c), c).mentions.map((m) => [m.low, m.high, m.approximate]);
}

describe('parseDigits reads either notation as the pack expects', () => {
  const cases: [string, '.' | ',', number][] = [
    ['742', '.', 742],
    ['8,400', '.', 8400],
    ['8.400', ',', 8400],
    ['8.400', '.', 8400],
    ['1 350', ',', 1350],
    ['2.5', '.', 2.5],
    ['2,5', ',', 2.5],
    ['2,5', '.', Number.NaN],
  ];
  for (const [text, sep, value] of cases) it(`${text} with decimal '${sep}' is ${value}`, () => assert.equal(parseDigits(text, sep), value));
});

describe('findQuantities', () => {
  const cases: [string, string, (number | boolean | null)[][]][] = [
    ['en', 'about 300', [[300, 300, true]]],
    ['en', 'at least 300', [[300, null, false]]],
    ['en', 'more than 40', [[41, null, false]]],
    ['en', 'up to 50', [[null, 50, false]]],
    ['en', 'fewer than 20', [[null, 19, false]]],
    ['en', 'between 600 and 900', [[600, 900, false]]],
    ['en', '600-900', [[600, 900, false]]],
    ['en', 'dozens of', [[24, 99, true]]],
    ['en', 'seven hundred forty-two', [[742, 742, false]]],
    ['en', 'a dozen', [[12, 12, false]]],
    ['en', 'a man', [[1, 1, false]]],
    ['en', '2.5 million', [[2500000, 2500000, false]]],
    ['en', 'a seven-year-old boy', [[1, 1, false]]],
    ['en', 'in 2003', []],
    ['en', 'on May 14', []],
    ['en', 'on 23 May 28 bodies', [[28, 28, false]]],
    ['es', 'el 23 de mayo 28 cuerpos', [[28, 28, false]]],
    ['en', 'at 10:30', []],
    ['en', 'the 214th brigade', []],
    ['en', '$5,000', []],
    ['en', '40 percent', []],
    ['es', 'unas 8.400', [[8400, 8400, true]]],
    ['es', 'al menos 300', [[300, null, false]]],
    ['es', 'entre 600 y 900', [[600, 900, false]]],
    ['es', 'de 600 a 900', [[600, 900, false]]],
    ['es', 'setecientos cuarenta y dos', [[742, 742, false]]],
    ['es', 'una decena', [[10, 10, true]]],
    ['es', 'decenas de', [[24, 99, true]]],
    ['es', 'un policía', [[1, 1, false]]],
    ['es', 'el 14 de mayo', []],
    ['es', 'un niño de 7 años', [[1, 1, false]]],
    ['en', 'at least a man', [[1, null, false]]],
    ['en', 'at least a day later', []],
    ['es', 'al menos un hombre', [[1, null, false]]],
    ['es', 'por lo menos una mujer', [[1, null, false]]],
    ['es', 'más de un herido', [[2, null, false]]],
    ['es', 'al menos un día después', []],
  ];
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.deepEqual(quantities(lang, text), expected));
});
