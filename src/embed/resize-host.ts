/**
 * embed-resize.js: an optional script for a page that shows si-widgets through iframes
 * (embed.html). It sets each such iframe's height to its content, so there is no inner scrollbar
 * and no empty space. Without it an iframe keeps the height written in its snippet.
 *
 * Trusts a message only when it comes from the window of an iframe on this page (in the document
 * or in an open shadow root) whose src is an embed.html on an accepted origin, from that origin,
 * and carries a positive height, which it clamps to MAX_HEIGHT. Nothing else is read. The accepted
 * origins are this script's own, or those listed in its tag's `data-origins` attribute.
 *
 * The widgets' events (si-project-open, si-filter-change, si-show-more, si-state-change) come the
 * same way, checked the same way, and are fired again on the <iframe> element, with the same names
 * and details, bubbling and composed: a page listens on the iframe, or on `document`, as it would
 * for a widget in the page itself.
 */

/** Equal to EMBED_SIZE_MESSAGE in embed-query.ts (a test checks); not imported, so that this file builds alone. */
const RESIZE_MESSAGE = 'si-widgets:embed-size';
/** Equal to EMBED_SIZE_REQUEST in embed-query.ts. */
const RESIZE_REQUEST = 'si-widgets:embed-size-request';
/** Equal to EMBED_EVENT_MESSAGE in embed-query.ts. */
const EVENT_MESSAGE = 'si-widgets:event';
/** Equal to SI_EVENTS in core/events.ts: the only events passed on. */
const EVENT_NAMES: readonly string[] = ['si-state-change', 'si-project-open', 'si-filter-change', 'si-show-more'];
const INSTALLED = Symbol.for('si-widgets.embed-resize.v1');
/** The tallest an iframe is made: a taller widget scrolls inside it (docs/embed-html.md says so). */
const MAX_HEIGHT = 20_000;
type GlobalWithFlag = typeof globalThis & { [INSTALLED]?: true };

/**
 * The origins whose embed.html may set heights: those in `data-origins` on this script's tag
 * (space-separated), else this script's own origin. A module has no document.currentScript, so
 * the tag is the script whose src is this module's URL.
 */
function acceptedOrigins(): ReadonlySet<string> {
  const own = import.meta.url;
  const tag = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((script) => script.src === own);
  const listed = tag?.dataset.origins?.split(/\s+/).filter(Boolean);
  if (!listed?.length) return new Set([new URL(own).origin]);
  const origins = new Set<string>();
  for (const entry of listed) {
    const origin = webOrigin(entry);
    if (origin) origins.add(origin);
    else console.warn(`[si-widgets] embed-resize.js: data-origins entry "${entry}" is not an http(s) origin; ignored`);
  }
  return origins;
}

function webOrigin(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The origin of the iframe's src when it is an embed.html, else undefined. */
function embedOrigin(iframe: HTMLIFrameElement): string | undefined {
  try {
    const url = new URL(iframe.src, document.baseURI);
    return url.pathname.endsWith('/embed.html') || url.pathname.endsWith('/embed') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Every iframe in `root` and in the open shadow roots under it, at any depth. */
function* iframesIn(root: Document | ShadowRoot): Generator<HTMLIFrameElement> {
  yield* root.querySelectorAll('iframe');
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) yield* iframesIn(element.shadowRoot);
  }
}

/** The iframe whose window is `source`; remembered, since the page is walked to find it. */
const iframeOf = (() => {
  const known = new WeakMap<object, HTMLIFrameElement>();
  return (source: MessageEventSource): HTMLIFrameElement | undefined => {
    const remembered = known.get(source);
    if (remembered?.contentWindow === source) return remembered;
    for (const iframe of iframesIn(document)) {
      if (iframe.contentWindow !== source) continue;
      known.set(source, iframe);
      return iframe;
    }
    return undefined;
  };
})();

interface EmbedMessage {
  type?: unknown;
  height?: unknown;
  event?: unknown;
  detail?: unknown;
}

/** Fires a widget's event again on its iframe; anything but a known name with an object detail is ignored. */
function passOn(iframe: HTMLIFrameElement, { event, detail }: EmbedMessage): void {
  if (typeof event !== 'string' || !EVENT_NAMES.includes(event) || typeof detail !== 'object' || detail === null) return;
  iframe.dispatchEvent(new CustomEvent(event, { detail, bubbles: true, composed: true }));
}

function install(origins: ReadonlySet<string>): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (!origins.has(event.origin) || !event.source) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const message = data as EmbedMessage;
    const { type, height } = message;
    if (type !== RESIZE_MESSAGE && type !== EVENT_MESSAGE) return;
    const iframe = iframeOf(event.source);
    if (!iframe || embedOrigin(iframe) !== event.origin) return;
    if (type === EVENT_MESSAGE) return passOn(iframe, message);
    if (typeof height !== 'number' || !(height > 0)) return;
    // Clamped, not dropped: a list taller than the cap still grows to it (Infinity included).
    // CSSOM, not a style attribute: allowed under a strict style-src.
    iframe.style.height = `${Math.ceil(Math.min(height, MAX_HEIGHT))}px`;
  });
  // Iframes that finished before this script ran have told their height to nobody: ask them again.
  for (const iframe of iframesIn(document)) {
    const origin = embedOrigin(iframe);
    if (origin && origins.has(origin)) iframe.contentWindow?.postMessage({ type: RESIZE_REQUEST }, origin);
  }
}

const page = globalThis as GlobalWithFlag;
if (!page[INSTALLED]) {
  page[INSTALLED] = true;
  install(acceptedOrigins());
}
