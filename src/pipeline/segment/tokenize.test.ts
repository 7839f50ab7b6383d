import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fold, hasTokenIn, nextTokenIn, tokenize } from './tokenize.js';

// nextTokenIn decides which sentences of a document are read at all: it must find exactly the first
// token that tokenize would give with its norm among the words, or a claim would be silently lost.
const firstByTokens = (text: string, words: ReadonlySet<string>, from: number, to: number): number =>
  tokenize(text, 0, from, to).find((t) => words.has(t.norm))?.start ?? -1;

describe('tokenize', () => {
  it('splits words, numbers with thousands separators and punctuation, folding case and accents', () => {
    const tokens = tokenize('Según ONU, 8.400 l’homme’s MURIERON.');
    assert.deepEqual(tokens.map((t) => [t.text, t.norm, t.kind]), [
      ['Según', 'segun', 'word'], ['ONU', 'onu', 'word'], [',', ',', 'punct'], ['8.400', '8.400', 'number'],
      ['l’homme’s', "l'homme's", 'word'], ['MURIERON', 'murieron', 'word'], ['.', '.', 'punct'],
    ]);
  });
});

describe('nextTokenIn', () => {
  const piece = fc.oneof(
    fc.constantFrom('killed', 'Killed', 'MUERTOS', 'según', 'segun', "l'homme", 'l’homme', 'o’', "'s", 'e\u0301', '\u0301x', 'naïve',
      '𝐀𝐁', '😀', 'İstanbul', '3killed', 'killed3', '8.400', '1 350', '—', '«»', '.', ' ', '\n', '\u00a0', 'ß', 'Ⅻ'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('finds the first token tokenize gives whose norm is among the words, from anywhere to anywhere', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.boolean(), (t, a, b, withNumber) => {
        const norms = tokenize(t).map((token) => token.norm);
        const words = new Set([...norms.filter((_, i) => i % 3 === 0), 'killed', 'muertos', 'segun', "l'homme", ...(withNumber ? ['8.400'] : [])]);
        const from = t.length === 0 ? 0 : a % (t.length + 1);
        const to = from + (t.length === 0 ? 0 : b % (t.length - from + 1));
        assert.equal(nextTokenIn(t, words, from, to), firstByTokens(t, words, from, to));
        assert.equal(hasTokenIn(t, words, from, to), firstByTokens(t, words, from, to) >= 0);
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });

  it('finds a word that starts before the end and runs past it', () => {
    const t = 'Two were killed.';
    assert.equal(nextTokenIn(t, new Set(['killed']), 0, t.indexOf('killed') + 2), t.indexOf('killed'));
    assert.equal(nextTokenIn(t, new Set(['killed']), 0, t.indexOf('killed')), -1);
  });

  it('matches accented and capitalised words by their folded form', () => {
    assert.equal(nextTokenIn('Cinco MURIERON según', new Set([fold('según')]), 0, 20), 15);
  });
});
