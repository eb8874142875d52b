/**
 * The one cache of the library: answers remembered per key, at most {@link CACHE_LIMIT} of them,
 * the least recently used forgotten first. A page uses a handful of language tags and formatters,
 * asked for thousands of times (every element several times per update, the validator for every
 * text of a feed), and each answer costs an `Intl` call or a regular expression; a page with
 * hundreds of different values is odd, but must not grow a cache without end. Pure; no DOM.
 */

/** How many answers a cache keeps. */
export const CACHE_LIMIT = 64;

export class LruCache<K, V> {
  private readonly answers = new Map<K, V>();

  /** The answer for `key`, made by `make` the first time (and again once forgotten). */
  get(key: K, make: (key: K) => V): V {
    const { answers } = this;
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) {
      // Until the cache is half full nothing is near being forgotten: a hit then costs one lookup
      // (the validator's hot path); past that, it moves to the back of the line.
      if (answers.size > CACHE_LIMIT >> 1) {
        answers.delete(key);
        answers.set(key, known as V);
      }
      return known as V;
    }
    const value = make(key);
    if (answers.size >= CACHE_LIMIT) answers.delete(answers.keys().next().value as K);
    answers.set(key, value);
    return value;
  }
}

/** A pure function that remembers its answers in an {@link LruCache}. */
export function memoize<K, V>(answer: (key: K) => V): (key: K) => V {
  const cache = new LruCache<K, V>();
  return (key) => cache.get(key, answer);
}
