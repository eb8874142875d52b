import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CACHE_LIMIT, LruCache } from '../../src/data/memo.js';

describe('the one cache (LruCache)', () => {
  it('keeps at most CACHE_LIMIT answers, forgetting the least recently used first', () => {
    const made: number[] = [];
    const cache = new LruCache<number, string>();
    const get = (key: number) =>
      cache.get(key, (k) => {
        made.push(k);
        return `answer ${k}`;
      });
    for (let key = 0; key < CACHE_LIMIT; key++) get(key);
    assert.equal(get(0), 'answer 0'); // used again: now the most recent
    get(CACHE_LIMIT); // one too many: 1, the least recently used, is forgotten
    made.length = 0;
    assert.equal(get(0), 'answer 0');
    assert.equal(get(2), 'answer 2');
    assert.deepEqual(made, [], 'remembered');
    assert.equal(get(1), 'answer 1');
    assert.deepEqual(made, [1], 'forgotten, and made again');
  });
});
