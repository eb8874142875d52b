/**
 * The three snippets the builder writes (tag, div, iframe), from one description. Pure: no DOM, so
 * that what an editor copies is tested in Node, and every value is escaped for HTML.
 */
import { isLookName, LOOK_PROPERTIES, lookValue, type LookName } from '../embed/embed-query.js';

export interface FallbackLink {
  href?: string;
  text: string;
}

export interface SnippetInput {
  /** URL of the folder with si-widgets.js and embed.html, ending in "/". */
  base: string;
  /** Widget name without `si-`, e.g. `project-card`. */
  widget: string;
  /** Attributes in order, `feed` first; boolean attributes have the value "". */
  attributes: [string, string][];
  /** Language for the widget, or none: the page's. */
  lang?: string;
  /** Look as embed.html parameters: accent, radius… */
  look: [string, string][];
  /** Fallback content: shown before the widget is ready and without JavaScript. */
  fallback?: { links: FallbackLink[]; summary?: string };
  /** The iframe's accessible name. */
  title: string;
  /** The iframe's height in CSS pixels before the optional resize script fits it. */
  height: number;
  /** Pin an exact version: its folder instead of the major version's, and the scripts' integrity. */
  pin?: Pin;
}

/** An exact version and the Subresource Integrity of its files (from dist/si-widgets.sri.txt). */
export interface Pin {
  version: string;
  /** `integrity` values by file name: `si-widgets.js`, `embed-resize.js`. */
  integrity: Readonly<Record<string, string>>;
}

/**
 * `…/si-widgets@0/` (a major version, as the npm CDNs serve it) as `…/si-widgets@0.1.0/`; a folder
 * without a version in its path (self-hosted) is left as it is.
 */
export function pinnedBase(base: string, version: string): string {
  return base.replace(/\/si-widgets@[^/]*\//, `/si-widgets@${version}/`);
}

/** The folder the snippets load from: the pinned version's when pinned. */
function folderOf(input: Pick<SnippetInput, 'base' | 'pin'>): string {
  return input.pin ? pinnedBase(input.base, input.pin.version) : input.base;
}

/** `<script type="module" src="…">`, with `integrity` and `crossorigin` when the version is pinned. */
function moduleScript(file: string, input: Pick<SnippetInput, 'base' | 'pin'>): string {
  const src = escapeHtml(new URL(file, folderOf(input)).href);
  const integrity = input.pin?.integrity[file];
  return integrity
    ? `<script type="module" src="${src}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${src}"></script>`;
}

/** Escapes text for HTML content and for double-quoted attribute values. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function attribute(name: string, value: string): string {
  return value === '' ? name : `${name}="${escapeHtml(value)}"`;
}

function fallbackHtml(input: SnippetInput, indent: string): string {
  const fallback = input.fallback;
  if (!fallback || fallback.links.length === 0) return '';
  const link = (item: FallbackLink) =>
    item.href ? `<a href="${escapeHtml(item.href)}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text);
  const lines: string[] = [];
  if (fallback.links.length === 1) lines.push(`<p>${link(fallback.links[0])}</p>`);
  else {
    lines.push('<ul>');
    for (const item of fallback.links) lines.push(`  <li>${link(item)}</li>`);
    lines.push('</ul>');
  }
  if (fallback.summary) lines.push(`<p>${escapeHtml(fallback.summary)}</p>`);
  return lines.map((line) => `\n${indent}${line}`).join('') + '\n';
}

/** The line a webmaster adds once per page or in the theme. */
export function scriptSnippet(input: Pick<SnippetInput, 'base' | 'pin'>): string {
  return moduleScript('si-widgets.js', input);
}

/**
 * For the page's <head>: the feed asked for as the page starts, before the widget's code has arrived,
 * and used by the widget without a second request. Empty for an inline feed (`#id`) or none.
 */
export function preloadSnippet(input: Pick<SnippetInput, 'attributes'>): string {
  const feed = input.attributes.find(([name]) => name === 'feed')?.[1] ?? '';
  if (!feed || feed.startsWith('#')) return '';
  return `<link rel="preload" href="${escapeHtml(feed)}" as="fetch" crossorigin="anonymous">`;
}

/** The script and the element: for pages and roles that may add scripts and custom tags. */
export function tagSnippet(input: SnippetInput): string {
  const tag = `si-${input.widget}`;
  const attributes = [...input.attributes, ...(input.lang ? [['lang', input.lang] as [string, string]] : [])]
    .map(([name, value]) => ` ${attribute(name, value)}`)
    .join('');
  return `${scriptSnippet(input)}\n<${tag}${attributes}>${fallbackHtml(input, '  ')}</${tag}>`;
}

/** The div mount: survives editors that strip scripts and unknown tags but keep data-* on a div. */
export function divSnippet(input: SnippetInput): string {
  const attributes = [...input.attributes, ...(input.lang ? [['lang', input.lang] as [string, string]] : [])]
    .map(([name, value]) => ` ${attribute(`data-${name}`, value)}`)
    .join('');
  return `<div data-si-widget="${escapeHtml(input.widget)}"${attributes}>${fallbackHtml(input, '  ')}</div>`;
}

/** The iframe page's URL for this widget. */
export function embedUrl(input: SnippetInput): string {
  const url = new URL('embed.html', folderOf(input));
  url.searchParams.set('widget', input.widget);
  for (const [name, value] of input.attributes) url.searchParams.set(name, value);
  if (input.lang) url.searchParams.set('lang', input.lang);
  for (const [name, value] of input.look) url.searchParams.set(name, value);
  return url.href;
}

/**
 * The iframe: for CMSes that allow only iframes. Attributes only (no style attribute, which a strict
 * CSP would refuse); `frameborder="0"` is obsolete HTML but the one border switch every browser and
 * every CMS filter keeps.
 */
export function iframeSnippet(input: SnippetInput, options: { resizeScript: boolean }): string {
  const iframe =
    `<iframe src="${escapeHtml(embedUrl(input))}" title="${escapeHtml(input.title)}" width="100%" ` +
    `height="${Math.round(input.height)}" loading="lazy" referrerpolicy="no-referrer" frameborder="0"></iframe>`;
  if (!options.resizeScript) return iframe;
  return `${iframe}\n${moduleScript('embed-resize.js', input)}`;
}

/** The look as CSS for the site's stylesheet (the tag and div snippets take no style attribute). */
export function lookCss(widget: string, look: [string, string][]): string {
  const declarations = look
    .filter((entry): entry is [LookName, string] => isLookName(entry[0]))
    .map(([name, value]) => `  ${LOOK_PROPERTIES[name]}: ${lookValue(name, value)};`);
  if (declarations.length === 0) return '';
  return `si-${widget} {\n${declarations.join('\n')}\n}`;
}

/** Default iframe heights (CSS px), measured at 320 px wide with the sample feed; see docs/embed-html.md. */
export const DEFAULT_IFRAME_HEIGHTS: Record<string, number> = {
  'project-card': 460,
  'project-list': 1200,
};
export const DEFAULT_IFRAME_HEIGHT = 600;
