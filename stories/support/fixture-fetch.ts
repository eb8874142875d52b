/**
 * Answers the stories' feed requests inside the page.
 *
 * A story's `feed` is a plain relative URL such as `feeds/http-404.json`, so the elements go through
 * their real loader (fetch, status, JSON, validation, timeout, abort). Only URLs whose path ends in
 * `/feeds/<name>.json` with a name from FIXTURE_FEEDS are answered here, with a real `Response`;
 * every other request goes to the network as usual. The same answers therefore come in
 * `npm run storybook`, in the static build on any host, and in the story test, with no server.
 */
import { arabicFeed, edgeCaseFeed, emptyFeed, feedWith, fullArabicFeed, fullFeed, partlyInvalidFeed, sampleFeed } from './fixtures.js';

export interface FixtureAnswer {
  status?: number;
  statusText?: string;
  body?: string;
  contentType?: string;
  /** Milliseconds before the answer (default 120: a real feed is never instant). */
  delayMs?: number;
  /** Never answers (until the element gives up and aborts). */
  never?: boolean;
  /** Fails like a refused connection or a missing CORS header: fetch rejects with a TypeError. */
  networkError?: boolean;
}

const json = (value: unknown, extra: FixtureAnswer = {}): FixtureAnswer => ({
  body: JSON.stringify(value),
  contentType: 'application/json',
  ...extra,
});

export const FIXTURE_FEEDS = {
  sample: json(sampleFeed),
  arabic: json(arabicFeed),
  'edge-cases': json(edgeCaseFeed),
  'long-texts': json(feedWith('long-texts', 'many-partners')),
  hostile: json(feedWith('hostile', 'bidi')),
  sparse: json(feedWith('no-summary', 'bare')),
  goals: json(feedWith('in-progress', 'over-target', 'no-current', 'bare')),
  empty: json(emptyFeed),
  full: json(fullFeed),
  'full-arabic': json(fullArabicFeed),
  'partly-invalid': json(partlyInvalidFeed),
  slow: json(sampleFeed, { delayMs: 2500 }),
  never: { never: true },
  'http-404': { status: 404, statusText: 'Not Found', body: '<!doctype html><title>404</title>', contentType: 'text/html' },
  'http-500': { status: 500, statusText: 'Internal Server Error', body: 'Internal Server Error', contentType: 'text/plain' },
  'not-json': {
    body: '<!doctype html><title>Välkommen</title><p>Det här är en webbsida, inte ett projektflöde.</p>',
    contentType: 'text/html',
  },
  'bad-version': json({ version: 2, organizations: [], projects: [] }),
  'no-projects': json({ version: 1, organizations: sampleFeed.organizations }),
  'network-error': { networkError: true },
} satisfies Record<string, FixtureAnswer>;

export type FixtureFeed = keyof typeof FIXTURE_FEEDS;

/** The URL a story puts in `feed` for a fixture. */
export function feedUrl(name: FixtureFeed): string {
  return `feeds/${name}.json`;
}

const FIXTURE_PATH = /\/feeds\/([\w-]+)\.json$/;

function fixtureFor(url: string): FixtureAnswer | undefined {
  let path: string;
  try {
    path = new URL(url, document.baseURI).pathname;
  } catch {
    return undefined;
  }
  const name = FIXTURE_PATH.exec(path)?.[1];
  return name !== undefined && Object.hasOwn(FIXTURE_FEEDS, name) ? FIXTURE_FEEDS[name as FixtureFeed] : undefined;
}

let renders = 0;

/**
 * `feed` as a story's element gets it. The elements share one loader per page, keyed by URL, so
 * a feed that failed in one story would stay failed in the next, and a slow one would be instant
 * the second time. A fragment of its own per render (which fetch ignores) makes every story load
 * its feed as a page with only that snippet would.
 */
export function renderedFeedUrl(feed: string): string {
  if (!fixtureFor(feed)) return feed;
  renders += 1;
  return `${feed.split('#')[0]}#render-${renders}`;
}

function answer(fixture: FixtureAnswer, signal: AbortSignal | null | undefined): Promise<Response> {
  const aborted = () => new DOMException('The operation was aborted.', 'AbortError');
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(aborted());
      return;
    }
    const respond = () => {
      signal?.removeEventListener('abort', abort);
      if (fixture.networkError) {
        reject(new TypeError('Failed to fetch'));
        return;
      }
      resolve(
        new Response(fixture.body ?? '', {
          status: fixture.status ?? 200,
          statusText: fixture.statusText ?? 'OK',
          headers: { 'Content-Type': fixture.contentType ?? 'application/json' },
        }),
      );
    };
    const timer = fixture.never ? undefined : setTimeout(respond, fixture.delayMs ?? 120);
    const abort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

const INSTALLED = Symbol.for('si-widgets.storybook.fixture-fetch');
type PatchedGlobal = typeof globalThis & { [INSTALLED]?: true };

/** Installs the fixture answers once per page (the preview may be evaluated again on hot reload). */
export function installFixtureFetch(): void {
  const global = globalThis as PatchedGlobal;
  if (global[INSTALLED]) return;
  global[INSTALLED] = true;
  const networkFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const fixture = fixtureFor(url);
    if (!fixture) return networkFetch(input, init);
    return answer(fixture, init?.signal ?? (input instanceof Request ? input.signal : undefined));
  };
}
