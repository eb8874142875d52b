/**
 * Helpers for the attack replays (security-*.test.ts): every widget rendered from one hostile feed,
 * and what "nothing got through" means, checked the same way in every file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/project-list.js';
import '../../src/define/project-card.js';
import '../../src/define/goal-progress.js';
import '../../src/define/partner-list.js';
import type { SiFeedElement } from '../../src/core/feed-element.js';
import { SAMPLE_FEED, capture, settled } from './helpers.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type JsonObject = { [key: string]: JsonValue };

/** A fresh copy of the sample feed. */
export async function sample(): Promise<JsonObject> {
  return (await (await fetch(SAMPLE_FEED)).json()) as JsonObject;
}

/** `value` with every string leaf for which `change(key, text)` returns a string replaced by it. */
export function mapStrings(value: JsonValue, change: (key: string, text: string) => string | undefined, key = ''): JsonValue {
  if (typeof value === 'string') return change(key, value) ?? value;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, change, k)]));
  }
  return value;
}

declare global {
  interface Window {
    /** Counted up by any injected script that runs: the attack replays expect it to stay 0. */
    pwned?: number;
  }
}

/** Elements that only markup from the feed could have put in a shadow tree. */
const FOREIGN = 'script, style, iframe, object, embed, form, input[type="hidden"], base, meta, link';

/**
 * Every widget, each given `data` (a feed object) and, where it takes one, `project`; list and
 * card write JSON-LD. Resolves when all have settled.
 */
export async function renderEveryWidget(data: unknown, project: string): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<div>
    <si-project-list .data=${data} structured-data page-size="50"></si-project-list>
    <si-project-card .data=${data} project=${project} structured-data></si-project-card>
    <si-goal-progress .data=${data} project=${project}></si-goal-progress>
    <si-partner-list .data=${data} project=${project}></si-partner-list>
    <si-partner-list .data=${data} layout="logos"></si-partner-list>
  </div>`);
  for (const element of root.children) await settled(element as SiFeedElement<unknown>);
  // Injected handlers (onerror of an image that fails to load) would run a little later.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return root;
}

/** Counts injected scripts from 0 in each test of the calling suite (`window.pwned`). */
export function countInjectedScripts(): void {
  beforeEach(() => {
    window.pwned = 0;
  });
  afterEach(() => {
    delete window.pwned;
  });
}

/** {@link renderEveryWidget}, its validation warnings kept off the console, every widget ready. */
export async function renderEveryWidgetReady(data: unknown, project: string): Promise<HTMLElement> {
  let root!: HTMLElement;
  await capture('warn', async () => {
    root = await renderEveryWidget(data, project);
  });
  for (const element of root.children) expect(element.getAttribute('state'), element.localName).to.equal('ready');
  return root;
}

/** The shadow roots of the widgets under `root`. */
export function shadowRoots(root: Element): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
}

/**
 * Nothing from the feed became markup or ran: no script counted, no foreign element or `on…`
 * attribute in a shadow tree, every link http(s) or mailto, every image https, and each JSON-LD
 * script parses as one JSON value with nothing else written beside it.
 */
export function expectNothingGotThrough(root: Element): void {
  expect(window.pwned ?? 0, 'an injected script ran').to.equal(0);
  for (const shadowRoot of shadowRoots(root)) {
    expect(shadowRoot.querySelector(FOREIGN), 'an element from feed markup').to.equal(null);
    for (const element of shadowRoot.querySelectorAll('*')) {
      const handlers = element.getAttributeNames().filter((name) => name.startsWith('on'));
      expect(handlers, `<${element.localName}> has event handler attributes`).to.deep.equal([]);
    }
    for (const link of shadowRoot.querySelectorAll('[href]')) {
      expect(new URL(link.getAttribute('href')!, location.href).protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
    }
    for (const image of shadowRoot.querySelectorAll('[src], [srcset]')) {
      expect(new URL(image.getAttribute('src') ?? '', location.href).protocol).to.equal('https:');
    }
  }
  const lightElements = [...root.querySelectorAll('*')].filter((element) => !element.localName.startsWith('si-'));
  for (const element of lightElements) {
    expect(element.matches('script[type="application/ld+json"]'), `<${element.localName}> written into the page`).to.equal(true);
    expect(() => JSON.parse(element.textContent ?? '')).not.to.throw();
  }
}
