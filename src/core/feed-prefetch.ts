/**
 * The feed request, startable before any element code has arrived.
 *
 * dist/si-widgets.js is a small entry that imports each element's code the first time its tag is
 * on the page. So that the feed does not wait for that code, the entry starts the request itself
 * (`prefetchFeed`) and the feed store takes it over (`takePrefetched`) instead of asking again:
 * still one request per URL. This module is plain data and functions on `globalThis`, so that the
 * entry's copy of it and the store's copy share one table, also across copies of the bundle.
 */

/** The feed store's table on `globalThis`; here so that the entry can see what the store has without loading it. */
export const STORE_KEY = Symbol.for('si-widgets.feed-store.v2');

const PREFETCH_KEY = Symbol.for('si-widgets.feed-prefetch.v1');

/** A request the store never took (its element went away first) is dropped after this long. */
const UNCLAIMED_MS = 30_000;

interface Prefetch {
  response: Promise<Response>;
  controller: AbortController;
}

type GlobalWithPrefetch = typeof globalThis & {
  [PREFETCH_KEY]?: Map<string, Prefetch>;
  [STORE_KEY]?: { entries: Map<string, unknown> };
};

function prefetches(): Map<string, Prefetch> {
  return ((globalThis as GlobalWithPrefetch)[PREFETCH_KEY] ??= new Map());
}

/**
 * The key two elements share: an absolute URL without its `#fragment` (which is not part of the
 * request), or `#id` for an inline feed.
 */
export function feedKey(ref: string): string {
  if (ref.startsWith('#')) return ref;
  const url = new URL(ref, document.baseURI);
  url.hash = '';
  return url.href;
}

/**
 * Whether the page has `<link rel="preload" as="fetch" crossorigin>` for `url`. A preload with
 * `crossorigin="anonymous"` is made with credentials "same-origin", and Chromium uses it only for
 * a request with the same mode and credentials.
 */
function isPreloaded(url: string): boolean {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="preload" i][as="fetch" i][crossorigin]')) {
    if (link.href === url && link.crossOrigin !== 'use-credentials') return true;
  }
  return false;
}

/**
 * How every feed request is made. No cookies: credentials "omit", unless the page preloads the feed
 * (then "same-origin", the preload's, which sends none to another origin either), so that the
 * preloaded answer is used instead of a second request. A reload asks the server again (cheap with
 * an ETag); a first load may use the HTTP cache.
 */
export function feedRequestInit(url: string, revalidate: boolean): RequestInit {
  return {
    credentials: isPreloaded(url) ? 'same-origin' : 'omit',
    cache: revalidate ? 'no-cache' : 'default',
    headers: { Accept: 'application/json' },
  };
}

/**
 * Starts the request for the feed `ref` names, unless the store already has that feed or a request
 * for it is under way. Inline feeds (`#id`) and URLs that are not http(s) are left to the store.
 */
export function prefetchFeed(ref: string): void {
  if (!ref.trim() || ref.startsWith('#')) return;
  let key: string;
  try {
    key = feedKey(ref);
  } catch {
    return; // Not a URL: the element will say so.
  }
  if (!/^https?:$/.test(new URL(key).protocol)) return;
  const table = prefetches();
  if (table.has(key) || (globalThis as GlobalWithPrefetch)[STORE_KEY]?.entries.has(key)) return;
  const controller = new AbortController();
  const response = fetch(key, { ...feedRequestInit(key, false), signal: controller.signal });
  // Whoever takes it handles a failure; one nobody took fails quietly.
  response.catch(() => undefined);
  const prefetch = { response, controller };
  table.set(key, prefetch);
  setTimeout(() => {
    if (table.get(key) !== prefetch) return;
    table.delete(key);
    controller.abort();
  }, UNCLAIMED_MS);
}

/**
 * The response of a request `prefetchFeed` started for `key`, once: aborting `signal` aborts it.
 * `undefined` when there is none, or for a reload (which must ask the server again).
 */
export function takePrefetched(key: string, signal: AbortSignal, revalidate: boolean): Promise<Response> | undefined {
  const table = prefetches();
  const prefetch = table.get(key);
  if (!prefetch) return undefined;
  table.delete(key);
  if (revalidate) {
    prefetch.controller.abort();
    return undefined;
  }
  if (signal.aborted) prefetch.controller.abort(signal.reason);
  else signal.addEventListener('abort', () => prefetch.controller.abort(signal.reason), { once: true });
  return prefetch.response;
}
