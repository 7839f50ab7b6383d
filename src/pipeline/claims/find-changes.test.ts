import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../language-packs/index.js';
import { tokenize } from '../segment/tokenize.js';
import { compilePack } from './compile-pack.js';
import { findQuantities } from './find-quantities.js';
import { recognizeNumberWords } from './recognize-number-words.js';

/** Each quantity as "low-high" (a bound left open is "?"), in text order. */
function quantities(lang: string, sentence: string): string[] {
  const c = compilePack(getPack(lang)!);
  const tokens = tokenize(sentence);
  const { mentions } = findQuantities(tokens, recognizeNumberWords(sentence, 0, tokens, c), c);
  return mentions.map((m) => `${m.low ?? '?'}-${m.high ?? '?'}`);
}

describe('a change reads as its new total, not as a range', () => {
  const cases: [string, string, string[]][] = [
    ['en', 'The death toll in Puerto Lobos rose by 12 to 742.', ['742-742']],
    ['en', 'The number of injured climbed from 30 to 41 overnight.', ['41-41']],
    ['en', 'The toll was revised upward by 3 to 15.', ['15-15']],
    ['es', 'La cifra de muertos subió en 12 a 742.', ['742-742']],
    ['es', 'La cifra de muertos aumentó en 12 hasta 742.', ['742-742']],
    ['es', 'El número de heridos pasó de 30 a 41.', ['41-41']],
    // "hasta" after a verb of change says "reached", not "up to".
    ['es', 'La cifra de muertos subió hasta 742.', ['742-742']],
    // Without a verb of change, the same words are a range or a hedge.
    ['en', 'From 600 to 900 villagers were displaced.', ['600-900']],
    ['en', 'Between 600 and 900 people were killed.', ['600-900']],
    ['es', 'De 600 a 900 campesinos fueron desplazados.', ['600-900']],
    ['es', 'Hasta 50 personas podrían haber muerto.', ['?-50']],
  ];
  for (const [lang, sentence, expected] of cases) {
    it(`${lang}: ${sentence}`, () => assert.deepEqual(quantities(lang, sentence), expected));
  }
});
