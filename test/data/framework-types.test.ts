/**
 * The framework types of the npm build (`si-widgets/jsx`, `si-widgets/vue`, `si-widgets/svelte`,
 * written by tools/framework-types.ts) as the frameworks' own type packages see them: small
 * consumers are compiled with TypeScript. Correct uses compile; each line after an
 * `expect-error: <text>` marker must fail with a message containing <text> (a misspelt attribute,
 * a wrong word of an enumerated one), and no other line may fail. Run after `npm run build`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const DIR = resolve('.tmp/framework-types');

/** React 19 passes kebab-case names as attributes, and sets properties (`data`, `timeout`) directly. */
const REACT = `import type {} from 'si-widgets/jsx';
import { useRef } from 'react';
import type { SiProjectList } from 'si-widgets';

export function Good() {
  const list = useRef<SiProjectList>(null);
  return (
    <>
      <si-project-list ref={list} feed="/feed.json" filters="search topic sort" sort="recent" status="active, planned"
        organization-role="lead,funder" heading-level="2" page-size={24} timeout={5000} sync-url structured-data
        className="projects" onsi-state-change={(event) => console.log(event.detail)} />
      <si-project-card data={{ version: '1.0', projects: [] }} project="asif" theme="dark" lang="en" />
      <si-partner-list layout="logos" />
      <si-goal-progress project="asif" goal="asif-nyckelaktorer" />
    </>
  );
}

export function Bad() {
  return (
    <>
      {/* expect-error: "newest" */}
      <si-project-list sort="newest" />
      {/* expect-error: 'projekt' */}
      <si-project-card projekt="asif" />
      {/* expect-error: "search sortt" */}
      <si-project-list filters="search sortt" />
      {/* expect-error: "lead, owner" */}
      <si-project-list organization-role="lead, owner" />
      {/* expect-error: "grid" */}
      <si-partner-list layout="grid" />
      {/* expect-error: 'string' is not assignable to type 'number' */}
      <si-project-list timeout="5000" />
    </>
  );
}
`;

const PREACT = `/** @jsxImportSource preact */
import type {} from 'si-widgets/jsx';

export const good = (
  <si-project-list feed="/feed.json" filters="search sort" sort="title" class="projects" onsi-state-change={(event) => event.detail} />
);
// expect-error: "newest"
export const badSort = <si-project-list sort="newest" />;
// expect-error: 'projekt'
export const misspelt = <si-project-card projekt="asif" />;
`;

/** What vue-tsc checks a template's attributes against: the component's \`$props\`. */
const VUE = `import type {} from 'si-widgets/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const good: Props<'si-project-list'> = {
  feed: '/feed.json', filters: 'search sort', sort: 'start', 'page-size': '24', onSiStateChange: (event) => event.detail,
};
export const card: Props<'si-project-card'> = { data: { version: '1.0' }, project: 'asif' };
// expect-error: "newest"
export const badSort: Props<'si-project-list'> = { sort: 'newest' };
// expect-error: 'projekt'
export const misspelt: Props<'si-project-card'> = { projekt: 'asif' };
`;

/** What svelte-check makes of \`<si-project-list …>\`: a call of svelteHTML.createElement. */
const SVELTE = `/// <reference path="../../node_modules/svelte/svelte-html.d.ts" />
import type {} from 'si-widgets/svelte';

svelteHTML.createElement('si-project-list', { feed: '/feed.json', sort: 'recent', status: 'completed', 'onsi-state-change': (event) => event.detail });
svelteHTML.createElement('si-partner-list', { layout: 'list', class: 'partners' });
// expect-error: "newest"
svelteHTML.createElement('si-project-list', { sort: 'newest' });
// expect-error: 'projekt'
svelteHTML.createElement('si-project-card', { projekt: 'asif' });
`;

const FIXTURES: Record<string, string> = { 'react.tsx': REACT, 'preact.tsx': PREACT, 'vue.ts': VUE, 'svelte.ts': SVELTE };

interface Expected {
  line: number;
  text: string;
}

/** The marked lines of a fixture: 0-based line numbers of the lines after each marker. */
function expectedErrors(source: string): Expected[] {
  return source.split('\n').flatMap((line, index) => {
    const text = /expect-error: (.+?)(?: \*\/\})?$/.exec(line)?.[1];
    return text ? [{ line: index + 1, text }] : [];
  });
}

let diagnostics: readonly ts.Diagnostic[] = [];

before(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (const [name, source] of Object.entries(FIXTURES)) writeFileSync(join(DIR, name), source);
  const program = ts.createProgram(
    Object.keys(FIXTURES).map((name) => join(DIR, name)),
    {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    },
  );
  diagnostics = ts.getPreEmitDiagnostics(program);
});

after(() => rmSync(DIR, { recursive: true, force: true }));

function errorsIn(file: string): { line: number; message: string }[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.file?.fileName === join(DIR, file))
    .map((diagnostic) => ({
      line: diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    }));
}

test('the framework types compile on their own, with skipLibCheck off', () => {
  const elsewhere = diagnostics.filter((d) => !d.file?.fileName.startsWith(DIR));
  assert.deepEqual(elsewhere.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), []);
});

for (const [file, source] of Object.entries(FIXTURES)) {
  test(`${file}: correct uses compile; misspelt attributes and wrong words do not`, () => {
    const errors = errorsIn(file);
    const expected = expectedErrors(source);
    assert.ok(expected.length >= 2, 'the fixture has its marked lines');
    for (const { line, text } of expected) {
      const found = errors.filter((error) => error.line === line);
      assert.ok(
        found.some((error) => error.message.includes(text)),
        `line ${line + 1} (${source.split('\n')[line].trim()}) should fail with ${text}; got: ${found.map((e) => e.message).join(' | ') || 'no error'}`,
      );
    }
    const unexpected = errors.filter((error) => !expected.some((e) => e.line === error.line));
    assert.deepEqual(unexpected.map((e) => `line ${e.line + 1}: ${e.message}`), []);
  });
}
