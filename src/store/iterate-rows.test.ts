import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunks } from './iterate-rows.js';

describe('chunks', () => {
  const lengths = (items: Iterable<string[]>) => [...items].map((c) => c.map((s) => s.length));
  it('cuts into arrays of the size, the last one shorter', () => {
    assert.deepEqual([...chunks([1, 2, 3, 4, 5], 2)], [[1, 2], [3, 4], [5]]);
    assert.deepEqual([...chunks([], 2)], []);
  });

  it('also ends an array before its bytes would pass the bound, an over-sized item alone', () => {
    const rows = ['aaaa', 'bb', 'cccccccccc', 'd', 'e', 'f'];
    const bound = { maxBytes: 6, bytesOf: (s: string) => s.length };
    assert.deepEqual(lengths(chunks(rows, 3, bound)), [[4, 2], [10], [1, 1, 1]]);
    assert.deepEqual(lengths(chunks(rows, 2, bound)), [[4, 2], [10], [1, 1], [1]]);
  });
});
