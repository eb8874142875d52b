import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  EMBED_EVENT_MESSAGE,
  EMBED_SIZE_MESSAGE,
  EMBED_SIZE_REQUEST,
  embedFeedUrl,
  isLanguageTag,
  isNeverPassedOn,
  parseEmbedQuery,
  widgetTag,
} from '../../src/embed/embed-query.js';
import { SI_EVENTS } from '../../src/core/events.js';

const BASE = 'https://cdn.example/si-widgets@0.1.0/embed.html';
const CARD_ATTRIBUTES = ['feed', 'timeout', 'heading-level', 'structured-data', 'state', 'project'];
const widgets = (tag: string) => (tag === 'si-project-card' ? CARD_ATTRIBUTES : tag === 'si-project-list' ? CARD_ATTRIBUTES.slice(0, 5) : undefined);
const KNOWN = ['project-list', 'project-card'];

test('a complete query gives the element, its attributes, the language and the look', () => {
  const outcome = parseEmbedQuery(
    '?widget=project-card&feed=https%3A%2F%2Ffeeds.example.se%2Ff.json&project=asif&lang=en&heading-level=2&accent=%238a2be2&radius=1',
    BASE,
    widgets,
    KNOWN,
  );
  assert.equal(outcome.ok, true);
  if (!outcome.ok) return;
  assert.equal(outcome.request.tag, 'si-project-card');
  assert.deepEqual(outcome.request.attributes, [
    ['feed', 'https://feeds.example.se/f.json'],
    ['project', 'asif'],
    ['heading-level', '2'],
  ]);
  assert.equal(outcome.request.lang, 'en');
  assert.deepEqual(outcome.request.look, [
    ['--si-color-accent', '#8a2be2'],
    ['--si-radius', '1em'],
  ]);
  assert.deepEqual(outcome.warnings, []);
});

test('problems are named: no widget, unknown widget (with the known ones), no feed, a feed that is not http(s)', () => {
  const problem = (search: string) => {
    const outcome = parseEmbedQuery(search, BASE, widgets, KNOWN);
    return outcome.ok ? undefined : outcome.problem;
  };
  assert.deepEqual(problem('?feed=f.json'), { kind: 'no-widget' });
  assert.deepEqual(problem('?widget=project-cards&feed=f.json'), { kind: 'unknown-widget', widget: 'project-cards', known: KNOWN });
  assert.deepEqual(problem('?widget=project-card'), { kind: 'no-feed' });
  assert.deepEqual(problem('?widget=project-card&feed=javascript:alert(1)'), { kind: 'bad-feed', feed: 'javascript:alert(1)' });
  assert.deepEqual(problem('?widget=project-card&feed=%23inline'), { kind: 'bad-feed', feed: '#inline' });
});

test('the query cannot set handlers, styles, state or CSS beyond strict patterns', () => {
  const outcome = parseEmbedQuery(
    '?widget=project-card&feed=f.json&onclick=x&style=x&state=ready&accent=red;background:url(x)&radius=url(x)&text=%23123',
    BASE,
    widgets,
    KNOWN,
  );
  assert.equal(outcome.ok, true);
  if (!outcome.ok) return;
  assert.deepEqual(outcome.request.attributes, [['feed', 'https://cdn.example/si-widgets@0.1.0/f.json']]);
  assert.deepEqual(outcome.request.look, [['--si-color-text', '#123']]);
  assert.equal(outcome.warnings.length, 5);
});

test('look parameters are the four documented ones, not names Object.prototype has', () => {
  const outcome = parseEmbedQuery('?widget=project-card&feed=f.json&constructor=%23123&toString=%23123', BASE, widgets, KNOWN);
  assert.equal(outcome.ok, true);
  if (!outcome.ok) return;
  assert.deepEqual(outcome.request.look, []);
  assert.deepEqual(outcome.request.attributes, [['feed', 'https://cdn.example/si-widgets@0.1.0/f.json']]);
  assert.equal(outcome.warnings.length, 2);
  assert.match(outcome.warnings[0], /"constructor" is not an attribute of <si-project-card>/);
});

test('neither an iframe query nor a mount div may set state, styles, identity or any event handler', () => {
  for (const name of ['state', 'style', 'class', 'id', 'slot', 'is', 'onclick', 'onerror', 'on']) {
    assert.equal(isNeverPassedOn(name), true, name);
  }
  for (const name of ['feed', 'project', 'heading-level', 'lang', 'dir', 'states', 'icon']) {
    assert.equal(isNeverPassedOn(name), false, name);
  }
});

test('helpers: tag names, feed URLs, language tags', () => {
  assert.equal(widgetTag(' Project-Card '), 'si-project-card');
  assert.equal(widgetTag('si-project-list'), 'si-project-list');
  assert.equal(embedFeedUrl('feeds/a.json', BASE), 'https://cdn.example/si-widgets@0.1.0/feeds/a.json');
  assert.equal(embedFeedUrl('data:application/json,{}', BASE), undefined);
  for (const tag of ['sv', 'en-GB', 'az-Arab', 'ckb']) assert.equal(isLanguageTag(tag), true, tag);
  for (const tag of ['', 'e', 'en_GB', 'en"><b', 'english-language']) assert.equal(isLanguageTag(tag), false, tag);
});

test('embed-resize.js speaks the same messages as the iframe page (it builds alone, so it repeats them)', () => {
  const source = readFileSync(new URL('../../src/embed/resize-host.ts', import.meta.url), 'utf8');
  assert.ok(source.includes(`'${EMBED_SIZE_MESSAGE}'`));
  assert.ok(source.includes(`'${EMBED_SIZE_REQUEST}'`));
  assert.ok(source.includes(`'${EMBED_EVENT_MESSAGE}'`));
  assert.ok(source.includes(`[${SI_EVENTS.map((name) => `'${name}'`).join(', ')}]`), 'the same event names');
});
