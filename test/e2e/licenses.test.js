/**
 * The built files bundle Lit and @lit/localize (BSD-3-Clause): whoever serves dist/ redistributes
 * them, and must pass their notices on. Run after `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;
const BUNDLED = ['@lit/localize', '@lit/reactive-element', 'lit-element', 'lit-html'];

/** Every built script, with the licences file that covers it (relative to dist/). */
function builtScripts() {
  const at = (dir, licences) =>
    readdirSync(join(dist, dir))
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ path: join(dir, name), licences }));
  return [
    ...at('.', 'si-widgets.licenses.txt'),
    ...at('chunks', 'si-widgets.licenses.txt'),
    ...at('locales', 'si-widgets.licenses.txt'),
    ...at('assets', 'assets/licenses.txt'),
  ];
}

test('the code the elements share (dist/chunks/shared-*.js, with Lit) starts by naming what it bundles and where their licences are', () => {
  // dist/si-widgets.js itself is our own code only; it loads this chunk when an element is on the page.
  const shared = readdirSync(join(dist, 'chunks')).filter((name) => /^shared-[\w-]+\.js$/.test(name));
  assert.equal(shared.length, 1);
  const firstLine = readFileSync(join(dist, 'chunks', shared[0]), 'utf8').split('\n')[0];
  assert.match(firstLine, /^\/\*! si-widgets \(MIT\) bundles .*: licences in si-widgets\.licenses\.txt \*\/$/);
  for (const name of BUNDLED) assert.ok(firstLine.includes(`${name} `), `${name} in ${firstLine}`);
});

test('the licences file beside the bundle has our licence and each bundled package\'s full text', () => {
  const text = readFileSync(join(dist, 'si-widgets.licenses.txt'), 'utf8');
  assert.match(text, /^si-widgets\n\nMIT License/);
  for (const name of BUNDLED) {
    // Vite's build.license writes one "## <name> - <version> (<licence>)" section per package.
    const section = text.split(/^## /m).find((s) => s.startsWith(`${name} `));
    assert.ok(section, `a section for ${name}`);
    assert.match(section, /BSD 3-Clause License\s+Copyright \(c\) \d{4} Google LLC/);
    assert.match(section, /Redistributions in binary form must reproduce the above copyright/);
  }
});

test('every built script that contains Lit says so on its first line, and its licences file exists', () => {
  const withLit = builtScripts().filter(({ path }) => readFileSync(join(dist, path), 'utf8').includes('lit-html'));
  assert.ok(withLit.length >= 2, 'the bundle and the pages\' scripts contain Lit');
  for (const { path, licences } of withLit) {
    const firstLine = readFileSync(join(dist, path), 'utf8').split('\n')[0];
    assert.match(firstLine, /^\/\*! si-widgets \(MIT\) bundles .*lit-html/, path);
    assert.ok(firstLine.includes(`licences in ${basename(licences)} `), path);
    assert.ok(readFileSync(join(dist, licences), 'utf8').includes('lit-html'), licences);
  }
});
