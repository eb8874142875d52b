/**
 * The editor data `npm run build` writes from dist/custom-elements.json (tools/editor-data.ts):
 * every attribute with its description and the words it accepts, in VS Code's custom data and in
 * JetBrains' web-types; an attribute taken out of the manifest is gone from both. Run after
 * `npm run build` (or `npm run manifest`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { editorData } from '../../tools/editor-data.js';
import type { Manifest } from '../../stories/support/manifest.js';

interface VsCodeTag {
  name: string;
  attributes: { name: string; description?: string; values: { name: string }[] }[];
}

interface WebTypesElement {
  name: string;
  attributes: { name: string; description?: string; value: { type: string } }[];
}

function readManifest(): Manifest {
  return JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as Manifest;
}

function vsCodeTags(manifest: Manifest): Map<string, VsCodeTag> {
  const data = JSON.parse(editorData(manifest)['vscode.html-custom-data.json']) as { tags: VsCodeTag[] };
  return new Map(data.tags.map((tag) => [tag.name, tag]));
}

function webTypesElements(manifest: Manifest): Map<string, WebTypesElement> {
  const data = JSON.parse(editorData(manifest)['web-types.json']) as { contributions: { html: { elements: WebTypesElement[] } } };
  return new Map(data.contributions.html.elements.map((element) => [element.name, element]));
}

/** The words each enumerated attribute of a tag accepts, as VS Code offers them. */
function vsCodeValues(tag: VsCodeTag | undefined): Record<string, string[]> {
  return Object.fromEntries((tag?.attributes ?? []).filter((a) => a.values.length > 0).map((a) => [a.name, a.values.map((v) => v.name)]));
}

const THEMES = ['light', 'dark', 'auto'];
const STATES = ['loading', 'ready', 'empty', 'error'];

test('VS Code offers the words of every enumerated attribute', () => {
  const tags = vsCodeTags(readManifest());
  assert.deepEqual([...tags.keys()].sort(), ['si-goal-progress', 'si-partner-list', 'si-project-card', 'si-project-list']);
  assert.deepEqual(vsCodeValues(tags.get('si-project-list')), {
    'organization-role': ['lead', 'partner', 'need-owner', 'knowledge-partner', 'funder'],
    status: ['planned', 'active', 'completed'],
    // 'funder' first: TypeScript lists a union's words in the order it first met them (Role has 'funder').
    filters: ['funder', 'search', 'organization', 'topic', 'municipality', 'status', 'sort', 'download', 'place'],
    sort: ['feed', 'title', 'start', 'recent'],
    theme: THEMES,
    state: STATES,
  });
  assert.deepEqual(vsCodeValues(tags.get('si-partner-list')), { layout: ['list', 'logos'], theme: THEMES, state: STATES });
  assert.deepEqual(vsCodeValues(tags.get('si-project-card')), {
    hide: ['image', 'funding', 'contacts', 'links', 'places', 'updated'],
    theme: THEMES,
    state: STATES,
  });
});

test('every attribute has its description in both editors’ data, and JetBrains gets the same words', () => {
  const manifest = readManifest();
  const tags = vsCodeTags(manifest);
  const elements = webTypesElements(manifest);
  for (const [name, tag] of tags) {
    const element = elements.get(name);
    assert.ok(element, `${name} is in web-types.json`);
    assert.deepEqual(element.attributes.map((a) => a.name), tag.attributes.map((a) => a.name), name);
    for (const attribute of [...tag.attributes, ...element.attributes]) {
      assert.ok(attribute.description?.trim(), `${name} ${attribute.name} has a description`);
    }
  }
  const sort = elements.get('si-project-list')?.attributes.find((a) => a.name === 'sort');
  assert.equal(sort?.value.type, "'feed' | 'title' | 'start' | 'recent'");
});

test('an attribute taken out of the manifest is gone from the editor data', () => {
  const manifest = readManifest();
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if ('tagName' in declaration && declaration.tagName === 'si-project-list') {
      declaration.attributes = declaration.attributes?.filter((attribute) => attribute.name !== 'sort');
    }
  }
  const list = vsCodeTags(manifest).get('si-project-list');
  assert.ok(list?.attributes.some((a) => a.name === 'filters'), 'the other attributes stay');
  assert.equal(list?.attributes.some((a) => a.name === 'sort'), false);
  assert.equal(webTypesElements(manifest).get('si-project-list')?.attributes.some((a) => a.name === 'sort'), false);
});

test('package.json points JetBrains IDEs at the web-types the build writes', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.ok(JSON.parse(readFileSync('dist/web-types.json', 'utf8')), 'npm run build wrote dist/web-types.json');
  assert.ok(JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8')), 'npm run build wrote the VS Code data');
});
