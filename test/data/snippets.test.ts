import { test } from 'node:test';
import assert from 'node:assert/strict';
import { divSnippet, embedUrl, escapeHtml, iframeSnippet, lookCss, preloadSnippet, tagSnippet, type SnippetInput } from '../../src/site/snippets.js';

const input: SnippetInput = {
  base: 'https://your-cdn.example/si-widgets@0.1.0/',
  widget: 'project-card',
  attributes: [
    ['feed', 'https://feeds.example.se/skane-projekt.json'],
    ['project', 'asif'],
    ['structured-data', ''],
  ],
  lang: 'en',
  look: [['accent', '#8a2be2']],
  fallback: { links: [{ href: 'https://example.org/p?a=1&b="2"', text: 'ASIF <alliance> & co' }] },
  title: 'Projektkort: "ASIF"',
  height: 460,
};

test('the tag snippet: the script once, the element with its attributes and an escaped fallback link', () => {
  assert.equal(
    tagSnippet(input),
    `<script type="module" src="https://your-cdn.example/si-widgets@0.1.0/si-widgets.js"></script>
<si-project-card feed="https://feeds.example.se/skane-projekt.json" project="asif" structured-data lang="en">
  <p><a href="https://example.org/p?a=1&amp;b=&quot;2&quot;">ASIF &lt;alliance&gt; &amp; co</a></p>
</si-project-card>`,
  );
});

test('the preload line: the feed, as="fetch" and crossorigin="anonymous", so the widget uses it; none for an inline feed', () => {
  assert.equal(preloadSnippet(input), '<link rel="preload" href="https://feeds.example.se/skane-projekt.json" as="fetch" crossorigin="anonymous">');
  assert.equal(preloadSnippet({ attributes: [['feed', '#projects']] }), '');
});

test('the div snippet: every attribute as data-*, no script', () => {
  const div = divSnippet(input);
  assert.match(div, /^<div data-si-widget="project-card" data-feed="https:\/\/feeds\.example\.se\/skane-projekt\.json" data-project="asif" data-structured-data data-lang="en">/);
  assert.doesNotMatch(div, /<script/);
});

test('the iframe snippet: embed.html with the query, a title, a height, no style attribute', () => {
  const iframe = iframeSnippet(input, { resizeScript: true });
  const url = new URL(embedUrl(input));
  assert.equal(url.pathname, '/si-widgets@0.1.0/embed.html');
  assert.deepEqual(Object.fromEntries(url.searchParams), {
    widget: 'project-card',
    feed: 'https://feeds.example.se/skane-projekt.json',
    project: 'asif',
    'structured-data': '',
    lang: 'en',
    accent: '#8a2be2',
  });
  assert.match(iframe, /title="Projektkort: &quot;ASIF&quot;"/);
  assert.match(iframe, /height="460"/);
  assert.match(iframe, /referrerpolicy="no-referrer"/);
  assert.doesNotMatch(iframe, /style=/);
  assert.match(iframe, /<script type="module" src="https:\/\/your-cdn\.example\/si-widgets@0\.1\.0\/embed-resize\.js"><\/script>$/);
});

test('look as CSS for the stylesheet, and escaping', () => {
  assert.equal(lookCss('project-card', [['accent', '#8a2be2'], ['radius', '1']]), 'si-project-card {\n  --si-color-accent: #8a2be2;\n  --si-radius: 1em;\n}');
  assert.equal(lookCss('project-card', []), '');
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('pinned: the exact version folder instead of the major version, with each script’s integrity', () => {
  const integrity = { 'si-widgets.js': 'sha384-AAA', 'embed-resize.js': 'sha384-BBB' };
  const major = { ...input, base: 'https://your-cdn.example/si-widgets@0/' };
  assert.match(tagSnippet(major), /^<script type="module" src="https:\/\/your-cdn\.example\/si-widgets@0\/si-widgets\.js"><\/script>/);
  const pinned = { ...major, pin: { version: '0.1.0', integrity } };
  assert.match(
    tagSnippet(pinned),
    /^<script type="module" src="https:\/\/your-cdn\.example\/si-widgets@0\.1\.0\/si-widgets\.js" integrity="sha384-AAA" crossorigin="anonymous"><\/script>/,
  );
  const iframe = iframeSnippet(pinned, { resizeScript: true });
  assert.match(iframe, /src="https:\/\/your-cdn\.example\/si-widgets@0\.1\.0\/embed\.html\?/);
  assert.match(iframe, /src="https:\/\/your-cdn\.example\/si-widgets@0\.1\.0\/embed-resize\.js" integrity="sha384-BBB" crossorigin="anonymous"><\/script>$/);
  // A self-hosted folder has no version in its path: it stays, and the integrity still pins the file.
  const own = tagSnippet({ ...input, base: 'https://www.example.se/js/si-widgets/', pin: { version: '0.1.0', integrity } });
  assert.match(own, /src="https:\/\/www\.example\.se\/js\/si-widgets\/si-widgets\.js" integrity="sha384-AAA"/);
});
