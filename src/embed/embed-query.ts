/**
 * What `embed.html?widget=project-card&feed=…&project=asif&lang=en` asks for, checked. Pure: no DOM,
 * so that the rules are tested in Node. The page (embed-page.ts) shows the outcome.
 */

/** The look an iframe can be given, as the documented CSS custom properties. */
export const LOOK_PROPERTIES = {
  accent: '--si-color-accent',
  surface: '--si-color-surface',
  text: '--si-color-text',
  radius: '--si-radius',
} as const;

export type LookName = keyof typeof LOOK_PROPERTIES;

/** Own keys only: `in` would also take `constructor` or `toString` from Object.prototype. */
export function isLookName(name: string): name is LookName {
  return Object.hasOwn(LOOK_PROPERTIES, name);
}

/** A look parameter's value as its custom property takes it: the radius is given in em (`1` → `1em`). */
export function lookValue(name: LookName, value: string): string {
  return name === 'radius' ? `${value}em` : value;
}

export type EmbedProblem =
  | { kind: 'no-widget' }
  | { kind: 'unknown-widget'; widget: string; known: string[] }
  | { kind: 'no-feed' }
  | { kind: 'bad-feed'; feed: string };

export interface EmbedRequest {
  tag: string;
  /** Attributes for the element, in query order. */
  attributes: [string, string][];
  lang?: string;
  /** CSS custom property → value, each value checked against a strict pattern. */
  look: [string, string][];
}

/** `warnings` are for the console: parameters that were ignored, and why. */
export type EmbedQuery = { ok: true; request: EmbedRequest; warnings: string[] } | { ok: false; problem: EmbedProblem; warnings: string[] };

/** Attributes of an element class, or `undefined` when it is not a si-widgets element. */
export type WidgetAttributes = (tag: string) => readonly string[] | undefined;

const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const RADIUS = /^(?:[0-2](?:\.\d{1,3})?|3)$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
/** Attributes that the query string or a mount div may never set: the element's own state and styles. */
const NEVER_PASSED_ON = new Set(['state', 'style', 'class', 'id', 'slot', 'is']);

/**
 * Whether an attribute must never be set from an iframe's query or a mount div's `data-*`, whatever
 * the element observes: those above, and any event handler (`data-onclick` passes every sanitizer
 * and must not become `onclick`).
 */
export function isNeverPassedOn(name: string): boolean {
  return name.startsWith('on') || NEVER_PASSED_ON.has(name);
}

/** `project-card` or `Si-Project-Card` → `si-project-card`: the name without `si-` is the same widget. */
export function widgetTag(widget: string): string {
  const name = widget.trim().toLowerCase();
  return name.startsWith('si-') ? name : `si-${name}`;
}

/** Whether `lang=` names a language (`sv`, `en-GB`, `az-Arab`): nothing else reaches the page's `lang`. */
export function isLanguageTag(value: string): boolean {
  return LANGUAGE.test(value);
}

/**
 * A feed the iframe may load: an `http(s)` URL, absolute or relative to embed.html. Not a `#id`
 * (the iframe page has no inline feed) and no other scheme.
 */
export function embedFeedUrl(feed: string, base: string): string | undefined {
  if (!feed.trim() || feed.trim().startsWith('#')) return undefined;
  try {
    const url = new URL(feed, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function parseEmbedQuery(search: string, base: string, widgetAttributes: WidgetAttributes, known: string[]): EmbedQuery {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const widget = params.get('widget')?.trim() ?? '';
  if (!widget) return { ok: false, problem: { kind: 'no-widget' }, warnings };
  const tag = widgetTag(widget);
  const attributes = widgetAttributes(tag);
  if (!attributes) return { ok: false, problem: { kind: 'unknown-widget', widget, known }, warnings };

  const feed = params.get('feed') ?? '';
  if (!feed.trim()) return { ok: false, problem: { kind: 'no-feed' }, warnings };
  const feedUrl = embedFeedUrl(feed, base);
  if (!feedUrl) return { ok: false, problem: { kind: 'bad-feed', feed }, warnings };

  const request: EmbedRequest = { tag, attributes: [['feed', feedUrl]], look: [] };
  const allowed = new Set(attributes);
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (name === 'feed' || name === 'widget') continue;
    if (seen.has(name)) {
      warnings.push(`"${name}" is given twice: the first value counts`);
      continue;
    }
    seen.add(name);
    if (name === 'lang') {
      if (isLanguageTag(value)) request.lang = value;
      else warnings.push(`lang="${value}" is not a language tag (like sv, en or ar)`);
    } else if (isLookName(name)) {
      const valid = name === 'radius' ? RADIUS.test(value) : COLOR.test(value);
      if (valid) request.look.push([LOOK_PROPERTIES[name], lookValue(name, value)]);
      else warnings.push(`${name}="${value}" is ignored: ${name === 'radius' ? 'give 0 to 3 (em)' : 'give a colour like #0a5a9c'}`);
    } else if (allowed.has(name) && !isNeverPassedOn(name)) {
      request.attributes.push([name, value]);
    } else {
      warnings.push(`"${name}" is not an attribute of <${tag}>; it takes ${[...allowed].filter((a) => !isNeverPassedOn(a)).join(', ')}`);
    }
  }
  return { ok: true, request, warnings };
}

/** The message a resizing host script listens for: `{ type, height }`. */
export const EMBED_SIZE_MESSAGE = 'si-widgets:embed-size';
/** What a host script that started late sends to ask for the height again: `{ type }`. */
export const EMBED_SIZE_REQUEST = 'si-widgets:embed-size-request';
/** An element's event passed on to the page that frames embed.html: `{ type, event, detail }`. */
export const EMBED_EVENT_MESSAGE = 'si-widgets:event';
