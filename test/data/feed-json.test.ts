/** The one serializer of feeds (si-feed import, merge, publish, the studio): two versions diff line by line. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { feedToJson } from '../../src/data/feed-json.js';
import type { Feed } from '../../src/data/types.js';
import { sampleJson } from './fixtures.js';

it('writes languages as sv, en, ar and plural forms in CLDR order, whatever order they were built in', () => {
  const feed = sampleJson() as unknown as Feed;
  const built = { ...feed, title: { ar: 'عنوان', en: 'Title', sv: 'Titel' } } as Feed;
  const text = feedToJson(built);
  assert.ok(text.indexOf('"sv": "Titel"') < text.indexOf('"en": "Title"') && text.indexOf('"en": "Title"') < text.indexOf('"ar": "عنوان"'), text.slice(0, 200));
  assert.ok(text.endsWith('}\n'));
  const reordered = JSON.parse(text) as Record<string, unknown>;
  assert.equal(feedToJson(Object.fromEntries(Object.entries(reordered).reverse()) as unknown as Feed), text, 'key order of the input does not matter');
});

it('writes the sample feed exactly as it is kept in the repository', async () => {
  const { readFileSync } = await import('node:fs');
  const file = readFileSync(new URL('../../src/public/feeds/sample.json', import.meta.url), 'utf8');
  assert.equal(feedToJson(JSON.parse(file) as Feed), file);
});
