/**
 * The validator's rules, pinned down: what is refused, dropped and reported, with which path and
 * words, and in which order. `fixtures/messy-feed.json` breaks every rule once; its expected result
 * (`messy-feed.expected.json`, reviewed by hand) is compared whole, so that a faster validator can
 * be proven to behave exactly as the one it replaces.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateFeed, type FeedParseResult } from '../../src/data/validate.js';
import { makeFeed } from '../bench/feeds.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));

/** The result as JSON shows it. */
const plain = (result: FeedParseResult): unknown => JSON.parse(JSON.stringify(result));

test('a feed that breaks every rule once gives exactly the expected feed and reports', () => {
  const result = validateFeed(fixture('messy-feed.json'));
  assert.deepEqual(plain(result), fixture('messy-feed.expected.json'));
  // The feed has nothing beyond what JSON shows: no field of it holds undefined.
  assert.ok(result.ok);
  assert.deepEqual(result.feed, (plain(result) as { feed: unknown }).feed);
});

test('keeps every valid project and organisation beside the invalid ones', () => {
  const result = validateFeed(fixture('messy-feed.json'));
  assert.ok(result.ok);
  assert.deepEqual(
    result.feed.projects.map((p) => p.id),
    ['full', 'sloppy', 'long-values', 'minimal'],
  );
  assert.deepEqual(
    result.feed.organizations.map((o) => o.id),
    ['region-skane', 'mau', 'lu'],
  );
  const sloppy = result.reports.find((r) => r.id === 'sloppy');
  assert.equal(sloppy?.dropped, false);
  assert.ok(sloppy?.problems.some((p) => p.path === '$.projects[1].sdgs[3]' && p.found === '"3"'));
});

test('organizations that are not a list are reported, and every project reference then fails', () => {
  const result = validateFeed({
    version: 1,
    organizations: 'none',
    projects: [{ id: 'p', title: 'P', organizations: [{ id: 'x', role: 'lead' }] }],
  });
  assert.ok(result.ok);
  assert.deepEqual(result.feed.organizations, []);
  assert.deepEqual(result.feed.projects[0].organizations, []);
  assert.deepEqual(
    result.reports.map((r) => r.problems.map((p) => p.path)),
    [['$.organizations'], ['$.projects[0].organizations[0].id']],
  );
});

test('the validated feed is a copy: changing the input afterwards changes nothing shown', () => {
  const input = makeFeed({ projects: 3, organizations: 2 });
  const result = validateFeed(input);
  assert.ok(result.ok);
  const before = JSON.stringify(result.feed);
  const project = input.projects[0];
  project.title = 'changed';
  project.organizations[0].id = 'changed';
  project.topics?.push('changed');
  input.organizations[0].name = 'changed';
  assert.equal(JSON.stringify(result.feed), before);
});

test("the benchmark's generated feed is valid except for the problems it plants", () => {
  const clean = validateFeed(makeFeed({ projects: 500 }));
  assert.ok(clean.ok);
  assert.equal(clean.feed.projects.length, 500);
  assert.deepEqual(clean.reports, []);
  assert.deepEqual(plain(clean), plain({ ok: true, feed: makeFeed({ projects: 500 }) as never, reports: [] }));

  const messy = validateFeed(makeFeed({ projects: 500, problems: 0.1 }));
  assert.ok(messy.ok);
  assert.equal(messy.feed.projects.length, 500);
  assert.ok(messy.reports.length > 20 && messy.reports.every((r) => !r.dropped));
});
