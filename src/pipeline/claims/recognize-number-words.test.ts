import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../language-packs/index.js';
import { tokenize } from '../segment/tokenize.js';
import { compilePack } from './compile-pack.js';
import { recognizeNumberWords } from './recognize-number-words.js';

/** The spelled-out numbers of a sentence, as the text they cover and their values. */
function words(lang: string, text: string): [string, number][] {
  const tokens = tokenize(text);
  return recognizeNumberWords(text, 0, tokens, compilePack(getPack(lang)!)).map((w) => [
    text.slice(tokens[w.start]!.start, tokens[w.end - 1]!.end),
    w.value,
  ]);
}

describe('recognizeNumberWords', () => {
  const cases: [string, string, [string, number][]][] = [
    ['en', 'Seven hundred forty-two civilians died in the assault.', [['Seven hundred forty-two', 742]]],
    ['en', 'Twelve people died and 30 were hurt.', [['Twelve', 12]]],
    ['en', 'TWENTY-ONE SOLDIERS WERE KILLED.', [['TWENTY-ONE', 21]]],
    ['en', 'Police said 30 were hurt.', []],
    ['es', 'Murieron setecientos cuarenta y dos civiles.', [['setecientos cuarenta y dos', 742]]],
    ['es', 'Veinticinco soldados resultaron heridos.', [['Veinticinco', 25]]],
  ];
  for (const [lang, text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(words(lang, text), expected));
  }

  // The recogniser's normalisation is remembered from one call to the next: a sentence read after
  // another must get its own numbers, never those of the sentence before.
  it('reads each sentence on its own when sentences alternate', () => {
    const first = 'Seven hundred forty-two civilians died.';
    const second = 'Three officers were wounded.';
    const alone = [words('en', first), words('en', second)];
    const interleaved = [first, second, first, second, second, first].map((text) => words('en', text));
    assert.deepEqual(interleaved, [alone[0], alone[1], alone[0], alone[1], alone[1], alone[0]]);
    assert.deepEqual(alone, [[['Seven hundred forty-two', 742]], [['Three', 3]]]);
  });
});
