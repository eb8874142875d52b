/** The sample feed, parsed and indexed as the elements see it. */
import { readFileSync } from 'node:fs';
import { parseFeed } from '../../src/data/validate.js';
import { SAMPLE_PATH } from './fixtures.js';
import { indexFeed, type FeedIndex } from '../../src/data/select.js';
import type { Feed } from '../../src/data/types.js';

export function sampleFeed(): Feed {
  const result = parseFeed(readFileSync(SAMPLE_PATH, 'utf8'));
  if (!result.ok) throw new Error(`sample feed refused: ${result.reason}`);
  return result.feed;
}

export function sampleIndex(): FeedIndex {
  return indexFeed(sampleFeed());
}

export function indexOf(feed: Omit<Feed, 'version'>): FeedIndex {
  return indexFeed({ version: 1, ...feed });
}
