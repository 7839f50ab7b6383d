import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createGenerationCache } from './generation-cache.js';

describe('createGenerationCache', () => {
  it('reads once per key and generation, and again after a write bumps the generation', async () => {
    const cache = createGenerationCache<string, number>(4);
    let reads = 0;
    const read = async () => ++reads;
    const [a, b] = await Promise.all([cache.get(1, 'ev-1', read), cache.get(1, 'ev-1', read)]);
    assert.deepEqual([a, b, reads], [1, 1, 1]);
    assert.equal(await cache.get(2, 'ev-1', read), 2);
  });

  it('does not keep a failed read', async () => {
    const cache = createGenerationCache<string, number>(4);
    await assert.rejects(cache.get(1, 'ev-x', () => Promise.reject(new Error('unknown event'))));
    assert.equal(await cache.get(1, 'ev-x', async () => 7), 7);
  });

  it('keeps at most `size` answers, dropping the oldest', async () => {
    const cache = createGenerationCache<string, string>(2);
    for (const key of ['a', 'b', 'c']) await cache.get(1, key, async () => `${key}1`);
    assert.equal(await cache.get(1, 'a', async () => 'a2'), 'a2');
    assert.equal(await cache.get(1, 'c', async () => 'c2'), 'c1');
  });
});
