import type { Feed } from '../../src/data/types.js';

export interface FeedOptions {
  projects?: number;
  organizations?: number;
  /** Share of projects given one invalid optional field. */
  problems?: number;
  seed?: number;
}

/** mulberry32: a seeded PRNG giving numbers in [0, 1); the same seed gives the same numbers. */
export function random(seed: number): () => number;

/** One item of `list`, chosen with `rnd`. */
export function pick<T>(rnd: () => number, list: readonly T[]): T;

/** A generated feed object (valid, except for the planted problems). */
export function makeFeed(options?: FeedOptions): Feed;

/** Generated feed text of at least `bytes` bytes. */
export function makeFeedTextOfSize(bytes: number, options?: FeedOptions): { text: string; projects: number; bytes: number };
