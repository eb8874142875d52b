/**
 * Renders EVERY story of the built Storybook (storybook-static/, from `npm run build-storybook`) in
 * headless Chromium and fails when a story:
 *   - does not render, or throws (Storybook's error display);
 *   - leaves an element in another state than the story promises (`parameters.si.state`, default
 *     `ready`): a story that silently shows an error instead of content fails;
 *   - logs a console error or warning (or an uncaught exception) that the story does not list in
 *     `parameters.si.console`, or does not log one that it lists (error stories must tell the
 *     console why);
 *   - has an axe violation (WCAG 2.0/2.1/2.2 A and AA; text contrast included);
 *   - scrolls sideways at 320 px (WCAG 1.4.10 reflow);
 *   - asks for anything outside this machine.
 * Every story runs at 320 px in the default theme; the quickest passing story of each component in each state
 * runs again at 1280 px in the other themes, so every theme's contrast is checked.
 *
 * Set SI_STORYBOOK_DIR to test another build directory, SI_STORIES to a piece of story ids to run
 * only those (e.g. SI_STORIES=project-card).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { StoryExpectations } from '../../.storybook/preview.js';
import { elementsOf, type Manifest } from '../../stories/support/manifest.js';
import { BROWSER_ARGS, requireBrowser } from '../tools/find-browser.js';
import { showStory, updateGlobals } from '../tools/storybook-channel.js';
import { startStaticServer, type StaticServer } from '../tools/static-server.js';

const ROOT = resolve(process.env.SI_STORYBOOK_DIR ?? 'storybook-static');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const OTHER_THEMES = ['dark', 'region-skane', 'coompanion', 'university'];
const SETTLE_MS = 15_000;

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

if (!existsSync(join(ROOT, 'index.json'))) {
  throw new Error(`${ROOT}/index.json is missing: run \`npm run build-storybook\` first (npm run test:stories does).`);
}
const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
const only = process.env.SI_STORIES;
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && (!only || entry.id.includes(only)));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Outcome {
  expectations: StoryExpectations;
  problems: string[];
}

interface ConsoleEntry {
  type: string;
  text: string;
}

let browser: Browser;
let page: Page;
let server: StaticServer;
let origin: string;
let logged: ConsoleEntry[] = [];
let outside: string[] = [];

before(async () => {
  server = await startStaticServer({ root: ROOT });
  origin = server.url;
  browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: BROWSER_ARGS });
  page = await browser.newPage();
  // tsx compiles with esbuild's keepNames, which wraps functions in `__name(…)`; functions sent to
  // the page with page.evaluate need that helper there too.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warn' || type === 'assert') logged.push({ type, text: message.text() });
  });
  page.on('pageerror', (error) => logged.push({ type: 'uncaught', text: String(error) }));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) outside.push(request.url());
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

let previewOpen = false;
let currentTheme = 'default';

/**
 * Loads Storybook's preview once, with no story selected; stories and themes are then switched
 * through Storybook's channel, as Storybook's own test runner does, instead of reloading the whole
 * preview for each one.
 */
async function openPreview(): Promise<void> {
  if (previewOpen) return;
  // The a11y addon's own automatic run is switched off here: this test runs axe itself.
  await page.goto(`${origin}/iframe.html?globals=a11y.manual:!true`, { waitUntil: 'load' });
  // With no story in the URL, Storybook shows its "no preview" view once it is ready for one.
  await page.waitForFunction(
    () => window.__STORYBOOK_ADDONS_CHANNEL__ !== undefined && document.body.classList.contains('sb-show-nopreview'),
    { timeout: SETTLE_MS },
  );
  await page.addScriptTag({ content: axeSource });
  previewOpen = true;
}

/** Sets the Theme toolbar's value, as a designer would. */
async function setTheme(theme: string): Promise<void> {
  if (theme === currentTheme) return;
  await updateGlobals(page, { theme }, SETTLE_MS);
  currentTheme = theme;
}

/** Shows one story, waits for what it promises, and lists everything wrong with it. */
async function check(id: string, width: number, theme = 'default'): Promise<Outcome> {
  await page.setViewport({ width, height: 800 });
  await openPreview();
  await setTheme(theme);
  logged = [];
  outside = [];
  const problems: string[] = [];
  const error = await showStory(page, id, SETTLE_MS);
  const expectations = await page.evaluate(() => window.__SI_STORY__);
  if (error) return { expectations: { id, state: '?', console: [] }, problems: [error] };
  if (!expectations || expectations.id !== id) {
    return { expectations: { id, state: '?', console: [] }, problems: ['the host-page decorator did not run'] };
  }

  // Every si-* element in the story settles in the promised state (loading must stay loading).
  const settled = await page
    .waitForFunction(
      (state: string) => {
        const elements = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('si-'));
        return elements.length > 0 && elements.every((e) => e.getAttribute('state') === state);
      },
      { timeout: SETTLE_MS, polling: 100 },
      expectations.state,
    )
    .then(() => true)
    .catch(() => false);
  if (expectations.state === 'loading') await new Promise((done) => setTimeout(done, 500));
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('#storybook-root *')]
      .filter((e) => e.localName.startsWith('si-'))
      .map((e) => `<${e.localName}> ${e.getAttribute('state')}`),
  );
  if (!settled || states.some((state) => !state.endsWith(` ${expectations.state}`))) {
    problems.push(`expected state "${expectations.state}", found: ${states.join(', ') || 'no si-* element'}`);
  }

  // Reflow (WCAG 1.4.10): nothing scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px at ${width} px`);

  const violations = await page.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(
      (violation) =>
        `axe ${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `      at ${JSON.stringify(node.target)}: ${node.failureSummary?.replace(/\s+/g, ' ')}`).join('\n'),
    );
  }, AXE_TAGS);
  problems.push(...violations);

  const allowed = expectations.console;
  for (const entry of logged) {
    if (!allowed.some((piece) => entry.text.includes(piece))) problems.push(`console ${entry.type}: ${entry.text}`);
  }
  for (const piece of allowed) {
    if (!logged.some((entry) => entry.text.includes(piece))) problems.push(`expected a console message containing "${piece}"; none came`);
  }
  for (const url of outside) problems.push(`request outside this machine: ${url}`);
  return { expectations, problems };
}

function report(id: string, problems: string[]): void {
  assert.equal(problems.length, 0, `story ${id}:\n  - ${problems.join('\n  - ')}`);
}

/**
 * The quickest passing story of each component in each state, for the theme pass; one that expects
 * no console message wins over one that does. The preview page keeps its feed store from story to
 * story, so a ready feed is validated (and its warnings logged) only the first time it is shown: a
 * story that expects those warnings cannot be shown again in another theme and log them again.
 */
const firstByState = new Map<string, string>();
const quickest = new Map<string, [expectsConsole: number, took: number]>();
const isBetter = (a: [number, number], b: [number, number] | undefined) => !b || a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

describe('every story at 320 px, default theme', () => {
  for (const story of stories) {
    test(`${story.title} › ${story.name}`, async () => {
      const started = performance.now();
      const { expectations, problems } = await check(story.id, 320);
      const took = performance.now() - started;
      const key = `${story.title}|${expectations.state}`;
      const score: [number, number] = [expectations.console.length > 0 ? 1 : 0, took];
      if (problems.length === 0 && isBetter(score, quickest.get(key))) {
        firstByState.set(key, story.id);
        quickest.set(key, score);
      }
      report(story.id, problems);
    });
  }
});

describe('the quickest story per component and state at 1280 px, in every other theme', () => {
  test('themes', async (t) => {
    assert.ok(firstByState.size > 0, 'no story passed in the default theme');
    for (const theme of OTHER_THEMES) {
      for (const id of firstByState.values()) {
        await t.test(`${theme} › ${id}`, async () => report(`${id} (theme ${theme})`, (await check(id, 1280, theme)).problems));
      }
    }
  });
});

/** The stories issue 6 asks of every element: ready, loading, error, empty (or not found), long text, Arabic. */
test('every element has its required stories', { skip: only ? 'SI_STORIES is set' : false }, () => {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as Manifest;
  const missing: string[] = [];
  for (const tag of elementsOf(manifest).keys()) {
    const title = `Elements/${tag}`;
    const own = stories.filter((story) => story.title === title);
    if (own.length === 0) {
      missing.push(`<${tag}>: no stories titled "${title}" (see stories/README.md)`);
      continue;
    }
    for (const state of ['ready', 'loading', 'error']) {
      if (!firstByState.has(`${title}|${state}`)) missing.push(`<${tag}>: no passing story in state "${state}"`);
    }
    for (const storyTag of ['empty', 'long-text', 'arabic']) {
      if (!own.some((story) => story.tags?.includes(storyTag))) missing.push(`<${tag}>: no story tagged "${storyTag}"`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the Storybook UI itself asks for nothing outside this machine', async () => {
  outside = [];
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${origin}/index.html?path=/docs/${stories[0].id.split('--')[0]}--docs`, { waitUntil: 'load' });
  const preview = await (await page.waitForSelector('#storybook-preview-iframe', { timeout: SETTLE_MS }))?.contentFrame();
  await preview?.waitForSelector('.sbdocs-content [state]', { timeout: SETTLE_MS });
  assert.deepEqual(outside, []);
});
