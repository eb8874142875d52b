/**
 * Storybook's controls and docs tables come from dist/custom-elements.json, which `cem analyze`
 * writes from the elements' JSDoc. These tests keep that documentation complete: every attribute,
 * public property, event, slot, CSS part and custom property has words, every attribute a type,
 * every `--si-*` token the styles read is documented, and the example themes use nothing else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf, publicProperties, type Manifest } from '../../stories/support/manifest.js';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as Manifest;
const elements = elementsOf(manifest);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function tokensIn(text: string): Set<string> {
  return new Set(text.match(/--si-[a-z0-9-]+/g) ?? []);
}

test('every element in src/components is in the manifest', () => {
  const tags = sourceFiles('src/components')
    .map((file) => /@tag\s+([a-z0-9-]+)/.exec(readFileSync(file, 'utf8'))?.[1])
    .filter((tag): tag is string => tag !== undefined);
  assert.ok(tags.length > 0);
  assert.deepEqual([...elements.keys()].sort(), [...new Set(tags)].sort());
});

/**
 * The tokens an element reads: `var(--si-…)` in its styles and in the shared rules, and the public
 * token behind every private `var(--_…)` it uses (the shared styles map `--_accent` to
 * `--si-color-accent` and so on, for every element alike, whether it uses them or not).
 */
function tokensRead(tag: string): Set<string> {
  const base = readFileSync('src/core/styles.ts', 'utf8');
  const privateToPublic = new Map([...base.matchAll(/(--_[a-z0-9-]+):\s*var\((--si-[a-z0-9-]+)/g)].map((m) => [m[1], m[2]]));
  const rules = base.replace(/--_[a-z0-9-]+:\s*var\([^;]*;/g, '') + readFileSync(`src/components/${tag.replace(/^si-/, '')}/${tag.replace(/^si-/, '')}.styles.ts`, 'utf8');
  const tokens = new Set<string>();
  for (const [, name] of rules.matchAll(/var\((--_[a-z0-9-]+)/g)) {
    const token = privateToPublic.get(name);
    if (token) tokens.add(token);
  }
  for (const [, token] of rules.matchAll(/var\((--si-[a-z0-9-]+)/g)) tokens.add(token);
  return tokens;
}

for (const [tag, element] of elements) {
  test(`<${tag}>: every attribute, property, event, slot, part and custom property is described`, () => {
    const undescribed: string[] = [];
    const check = (kind: string, items: { name: string; description?: string }[] | undefined) => {
      for (const item of items ?? []) if (!item.description?.trim()) undescribed.push(`${kind} ${item.name || '(default)'}`);
    };
    assert.ok(element.description?.trim(), 'the element itself has no description');
    check('attribute', element.attributes);
    check('property', publicProperties(element));
    check('event', element.events);
    check('slot', element.slots);
    check('part', element.cssParts);
    check('custom property', element.cssProperties);
    assert.deepEqual(undescribed, []);
  });

  test(`<${tag}>: every attribute has a type, for its Storybook control`, () => {
    const untyped = (element.attributes ?? []).filter((attribute) => !attribute.type?.text).map((a) => a.name);
    assert.deepEqual(untyped, []);
  });

  test(`<${tag}>: every --si-* token its styles read is documented`, () => {
    const documented = new Set((element.cssProperties ?? []).map((property) => property.name));
    const read = [...tokensRead(tag)];
    assert.ok(read.length > 0, `found no styles for <${tag}>`);
    assert.deepEqual(read.filter((token) => !documented.has(token)), []);
  });
}

test('every --si-* token in src/ is documented by some element', () => {
  const documented = new Set([...elements.values()].flatMap((element) => (element.cssProperties ?? []).map((p) => p.name)));
  const used = new Set(sourceFiles('src').flatMap((file) => [...tokensIn(readFileSync(file, 'utf8'))]));
  assert.deepEqual([...used].filter((token) => !documented.has(token)), []);
});

test('the Storybook themes use only documented --si-* custom properties on the widgets', () => {
  const css = readFileSync('.storybook/themes.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const documented = new Set([...elements.values()].flatMap((element) => (element.cssProperties ?? []).map((p) => p.name)));
  assert.deepEqual([...tokensIn(css)].filter((token) => !documented.has(token)), []);
  // The partner looks are made of nothing else: every declaration in their rules is a --si-* one.
  for (const theme of ['region-skane', 'coompanion', 'university']) {
    const rules = [...css.matchAll(new RegExp(`\\[data-si-theme='${theme}'\\][^{]*\\{([^}]*)\\}`, 'g'))];
    assert.ok(rules.length > 0, `no rule for the ${theme} theme`);
    for (const [, body] of rules) {
      const properties = body.split(';').map((declaration) => declaration.split(':')[0].trim()).filter(Boolean);
      assert.deepEqual(properties.filter((property) => !property.startsWith('--si-')), [], `${theme} sets more than --si-* properties`);
    }
  }
});
