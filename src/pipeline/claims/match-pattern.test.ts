import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenize } from '../segment/tokenize.js';
import { SlotPatterns, matchSlotParts, splitAroundSlot } from './match-pattern.js';

// Patterns written as packs write non-toll rules: literals around one {n}.
const patterns = ['{n} - year - old', 'aged {n}', 'route {n}', '{n} km', '^ {n}', '{name} {n}', 'page {n}', '{n} year', 'de {n} años', '{n} - year']
  .map((text, i) => ({ id: i, slot: splitAroundSlot(text.split(' ')) }));
const index = new SlotPatterns(patterns);

describe('SlotPatterns', () => {
  it('finds the first pattern, in pack order, that matching every pattern in turn finds', () => {
    const word = fc.constantFrom('a', 'aged', 'route', 'km', 'page', 'year', '-', 'old', 'de', 'años', 'Ruiz', '12', 'the');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.nat(), (words, at) => {
        const tokens = tokenize(words.join(' '));
        const start = at % tokens.length;
        const slot = { start, end: start + 1 };
        const naive = patterns.find((p) => matchSlotParts(tokens, slot, p.slot) !== null) ?? null;
        const found = index.first(tokens, slot);
        assert.equal(found?.pattern.id ?? null, naive?.id ?? null);
        if (found && naive) assert.deepEqual(found.hit, matchSlotParts(tokens, slot, naive.slot));
      }),
      { numRuns: 1000, seed: 5 },
    );
  });

  it('prefers the earlier of two matching patterns, whatever side their literal is on', () => {
    const tokens = tokenize('a 12 - year - old');
    assert.equal(index.first(tokens, { start: 1, end: 2 })?.pattern.id, 0);
    assert.equal(index.first(tokenize('Ruiz 12 km'), { start: 1, end: 2 })?.pattern.id, 3);
  });
});
