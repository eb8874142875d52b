/**
 * What every element's stories share: one render driven by the custom elements manifest, the
 * embed snippet, the parameters the story test reads, and the stories of the states every
 * feed-reading element has (loading, slow, timeout, every kind of broken feed).
 *
 * An element's stories file only names its tag, its ready arguments and its own cases.
 * See stories/README.md.
 */
import type { Args, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components-vite';
import type { WidgetState } from '../../src/core/feed-element.js';
import { VERSION } from '../../src/version.js';
import { escapeHtml } from '../../src/site/snippets.js';
import { feedUrl, renderedFeedUrl } from './fixture-fetch.js';
import { elementsOf, type Manifest, type ManifestDeclaration } from './manifest.js';

export type SiStory = StoryObj<Args>;

/** What a story promises; `.storybook/preview.ts` hands it to the story test. */
export interface SiParameters {
  /** The state every `si-*` element of the story ends in (default `ready`). */
  state?: WidgetState;
  /**
   * Console errors and warnings the story causes on purpose, each as a piece of the message. The
   * story test fails on any other error or warning, and on an expected one that never comes: an
   * error story must tell the console why, precisely.
   */
  console?: string[];
  /** The host page's column the element sits in (default `column`, a 64em content column). */
  host?: 'column' | 'narrow' | 'sidebar';
  /** Content an editor put inside the tag, shown until the widget is ready. */
  fallback?: { text: string; href: string };
}

/** Where the script-tag bundle is loaded from in snippets (as in the README). */
export const SCRIPT_URL = `https://your-cdn.example/si-widgets@${VERSION}/si-widgets.js`;

function declarationOf(tag: string): ManifestDeclaration | undefined {
  const manifest = getCustomElements() as Manifest | undefined;
  return manifest ? elementsOf(manifest).get(tag) : undefined;
}

/** Storybook's name for the action arg of an event: `si-state-change` → `onSiStateChange`. */
export function eventArgName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_match, chr?: string) => (chr ? chr.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

type ArgKind = 'attribute' | 'property' | 'css' | 'ignore';

function kindOf(name: string, value: unknown, attributes: ReadonlySet<string>): ArgKind {
  if (value === undefined || value === null || value === '' || typeof value === 'function') return 'ignore';
  if (name.startsWith('--')) return 'css';
  if (attributes.has(name)) return name === 'state' ? 'ignore' : 'attribute';
  return name === '(default)' ? 'ignore' : 'property';
}

/** The story's `parameters.si`. */
export function siParameters(context: Pick<StoryContext, 'parameters'>): SiParameters {
  return (context.parameters.si ?? {}) as SiParameters;
}

function fallbackOf(context: Pick<StoryContext, 'parameters'>): SiParameters['fallback'] {
  return siParameters(context).fallback;
}

/**
 * The one render every element story uses: a real element, its attributes and properties from the
 * story's args (names as in the manifest: attribute names for attributes), `--si-*` args as inline
 * custom properties, the element's events to the Actions panel.
 */
export function renderElement(args: Args, context: StoryContext): HTMLElement {
  const tag = context.component;
  if (typeof tag !== 'string') throw new Error(`Story ${context.id} has no component tag`);
  const declaration = declarationOf(tag);
  const attributes = new Set((declaration?.attributes ?? []).map((attribute) => attribute.name));
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    switch (kindOf(name, value, attributes)) {
      case 'attribute':
        if (value === false) break;
        element.setAttribute(name, value === true ? '' : String(name === 'feed' ? renderedFeedUrl(String(value)) : value));
        break;
      case 'css':
        element.style.setProperty(name, String(value));
        break;
      case 'property':
        Reflect.set(element, name, value);
        break;
      case 'ignore':
        break;
    }
  }
  for (const event of declaration?.events ?? []) {
    const handler: unknown = args[eventArgName(event.name)];
    if (typeof handler === 'function') element.addEventListener(event.name, (e) => handler((e as CustomEvent).detail));
  }
  const fallback = fallbackOf(context);
  if (fallback) {
    const link = document.createElement('a');
    link.href = fallback.href;
    link.textContent = fallback.text;
    element.append(link);
  }
  return element;
}

/**
 * The HTML a page needs to show what the story shows: the script tag, then the element with the
 * story's attributes, custom properties and fallback content. A story that uses the `data`
 * property gets the script that sets it.
 */
export function embedSnippet(context: Pick<StoryContext, 'component' | 'args' | 'parameters'>): string {
  const tag = String(context.component);
  const declaration = declarationOf(tag);
  const attributeNames = (declaration?.attributes ?? []).map((attribute) => attribute.name);
  const attributeSet = new Set(attributeNames);
  const entries = Object.entries(context.args);
  const attributes: string[] = [];
  const styles: string[] = [];
  const properties: [string, unknown][] = [];
  // Attributes in the manifest's order, so that snippets of one element read alike.
  entries.sort(([a], [b]) => attributeNames.indexOf(a) - attributeNames.indexOf(b));
  for (const [name, value] of entries) {
    const kind = kindOf(name, value, attributeSet);
    if (kind === 'attribute' && value !== false) {
      attributes.push(value === true ? name : `${name}="${escapeHtml(String(value))}"`);
    } else if (kind === 'css') styles.push(`${name}: ${String(value)}`);
    else if (kind === 'property') properties.push([name, value]);
  }
  if (styles.length > 0) attributes.push(`style="${escapeHtml(styles.join('; '))}"`);
  const fallback = fallbackOf(context);
  const inner = fallback ? `\n  <a href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a>\n` : '';
  const open = attributes.length > 2 ? `<${tag}\n  ${attributes.join('\n  ')}\n>` : `<${tag}${attributes.map((a) => ` ${a}`).join('')}>`;
  const lines = [`<script type="module" src="${SCRIPT_URL}"></script>`, '', `${open}${inner}</${tag}>`];
  if (properties.length > 0) {
    lines.push('', '<script type="module">', `  const element = document.querySelector('${tag}');`);
    for (const [name, value] of properties) lines.push(`  element.${name} = ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')};`);
    lines.push('</script>');
  }
  return lines.join('\n');
}

const CONSOLE_PREFIX = '[si-widgets] Could not load feed';

/** Stories of the states every feed-reading element has. Spread one into a story and name it. */
export const feedStates = {
  /** The feed never answers; the timeout is an hour so that the loading view stays on screen. */
  loading: {
    args: { feed: feedUrl('never'), timeout: 3_600_000 },
    parameters: { si: { state: 'loading' } },
  },
  /** What an editor put inside the tag shows while the feed loads (and if scripts never run). */
  loadingWithFallback: {
    args: { feed: feedUrl('never'), timeout: 3_600_000 },
    parameters: {
      si: { state: 'loading', fallback: { text: 'Se alla projekt på vår webbplats', href: 'https://example.org/projekt' } },
    },
  },
  /** The feed answers after 2.5 s: the loading view, then the content, without a jump. */
  slow: {
    args: { feed: feedUrl('slow') },
  },
  /** The feed never answers and the element gives up after `timeout` ms. */
  timeout: {
    args: { feed: feedUrl('never'), timeout: 2000 },
    parameters: { si: { state: 'error', console: [`${CONSOLE_PREFIX}`, 'timeout: no complete answer within 2000 ms'] } },
  },
  http404: {
    args: { feed: feedUrl('http-404') },
    parameters: { si: { state: 'error', console: ['http: HTTP 404 Not Found'] } },
  },
  http500: {
    args: { feed: feedUrl('http-500') },
    parameters: { si: { state: 'error', console: ['http: HTTP 500 Internal Server Error'] } },
  },
  notJson: {
    args: { feed: feedUrl('not-json') },
    parameters: { si: { state: 'error', console: ['not-json: $: expected JSON'] } },
  },
  badVersion: {
    args: { feed: feedUrl('bad-version') },
    parameters: { si: { state: 'error', console: ['version: $.version: expected 1, found 2'] } },
  },
  noProjects: {
    args: { feed: feedUrl('no-projects') },
    parameters: { si: { state: 'error', console: ['no-projects: $.projects: expected a list of projects'] } },
  },
  network: {
    args: { feed: feedUrl('network-error') },
    parameters: { si: { state: 'error', console: ['network: the request failed (Failed to fetch)'] } },
  },
  noFeed: {
    args: { feed: undefined },
    parameters: { si: { state: 'error', console: ['no feed: set the feed attribute or the data property'] } },
  },
  /** Broken items are left out with a console warning each; everything valid still shows. */
  partlyInvalid: {
    args: { feed: feedUrl('partly-invalid') },
    parameters: { si: { state: 'ready', console: ['projects[1]', 'organizations['] } },
  },
} satisfies Record<string, SiStory>;
