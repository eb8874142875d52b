/**
 * The one feed loader every element uses.
 *
 * Every element on a page that names the same feed shares one request and one parsed result, also
 * across two copies of the bundle: the store lives on `globalThis` under a versioned symbol, and
 * holds only plain data and functions, never classes that `instanceof` would tell apart.
 */
import { indexFeed, type FeedIndex } from '../data/select.js';
import {
  formatProblem,
  formatReport,
  parseFeed,
  validateFeed,
  type FeedParseResult,
  type FeedRefusal,
} from '../data/validate.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export type FeedErrorKind = 'no-feed' | 'no-inline' | 'http' | 'network' | 'timeout' | FeedRefusal;

/** Why a feed could not be shown. Plain data, so that it crosses bundle copies. */
export interface FeedError {
  kind: FeedErrorKind;
  /** The feed's absolute URL or `#id`. */
  source: string;
  /** Precise, in English, for the console. */
  detail: string;
  status?: number;
  timeoutMs?: number;
  version?: unknown;
}

export interface LoadedFeed {
  index: FeedIndex;
  /** The feed's absolute URL or `#id`, for messages. */
  source: string;
  /** What relative URLs in the feed are resolved against. */
  baseUrl: string;
}

export type FeedState =
  | { status: 'loading' }
  | { status: 'ready'; feed: LoadedFeed; refreshError?: FeedError }
  | { status: 'error'; error: FeedError };

export type FeedListener = (state: FeedState) => void;

interface Entry {
  state: FeedState;
  listeners: Set<FeedListener>;
  /** Set while a request is under way. */
  controller?: AbortController;
}

interface Store {
  entries: Map<string, Entry>;
}

const STORE_KEY = Symbol.for('si-widgets.feed-store.v1');
type GlobalWithStore = typeof globalThis & { [STORE_KEY]?: Store };

function store(): Store {
  const global = globalThis as GlobalWithStore;
  return (global[STORE_KEY] ??= { entries: new Map() });
}

/** The key two elements share: an absolute URL, or `#id` for an inline feed. */
export function feedKey(ref: string): string {
  return ref.startsWith('#') ? ref : new URL(ref, document.baseURI).href;
}

function refusal(result: Exclude<FeedParseResult, { ok: true }>, source: string): FeedError {
  return {
    kind: result.reason,
    source,
    detail: formatProblem(result.problem),
    version: result.reason === 'version' ? result.problem.found : undefined,
  };
}

function accept(result: FeedParseResult, source: string, baseUrl: string): LoadedFeed | FeedError {
  if (!result.ok) return refusal(result, source);
  for (const report of result.reports) console.warn(formatReport(report, source));
  return { index: indexFeed(result.feed), source, baseUrl };
}

function isFeedError(value: LoadedFeed | FeedError): value is FeedError {
  return 'kind' in value;
}

/**
 * The body as text, like `response.text()` (UTF-8, a byte-order mark dropped, bad bytes as U+FFFD),
 * but decoded chunk by chunk while it downloads: decoding megabytes takes tens of milliseconds,
 * which a big feed on a slow connection has then spent before its last byte, not after it.
 */
async function textAsItArrives(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

async function request(
  url: string,
  controller: AbortController,
  timeoutMs: number,
  revalidate: boolean,
): Promise<LoadedFeed | FeedError> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      // A reload asks the server again (cheap with an ETag); a first load may use the HTTP cache.
      cache: revalidate ? 'no-cache' : 'default',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      return {
        kind: 'http',
        source: url,
        status: response.status,
        detail: `HTTP ${response.status} ${response.statusText}`.trim(),
      };
    }
    return accept(parseFeed(await textAsItArrives(response)), url, response.url || url);
  } catch (error) {
    if (timedOut) {
      return { kind: 'timeout', source: url, timeoutMs, detail: `no complete answer within ${timeoutMs} ms` };
    }
    return {
      kind: 'network',
      source: url,
      detail:
        `the request failed (${error instanceof Error ? error.message : String(error)}). ` +
        'The server may be down, or it does not send Access-Control-Allow-Origin for this page: ' +
        'the browser cannot tell these apart.',
    };
  } finally {
    clearTimeout(timer);
  }
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

async function readInline(key: string): Promise<LoadedFeed | FeedError> {
  const id = key.slice(1);
  let script = document.getElementById(id);
  // An element may be upgraded before the parser reaches its inline feed.
  if (!script) {
    await domReady();
    script = document.getElementById(id);
  }
  if (!(script instanceof HTMLScriptElement) || script.type !== 'application/json') {
    return {
      kind: 'no-inline',
      source: key,
      detail: `no <script type="application/json" id="${id}"> in the page`,
    };
  }
  return accept(parseFeed(script.textContent ?? ''), key, document.baseURI);
}

function notify(entry: Entry, state: FeedState): void {
  entry.state = state;
  for (const listener of [...entry.listeners]) listener(state);
}

function logError(error: FeedError, refresh: boolean): void {
  const message = `[si-widgets] Could not ${refresh ? 'refresh' : 'load'} feed ${error.source}: ${error.kind}: ${error.detail}`;
  if (refresh) console.warn(`${message}. Still showing the last good data.`);
  else console.error(message);
}

function load(key: string, entry: Entry, timeoutMs: number, revalidate = false): void {
  if (entry.controller) return;
  const controller = new AbortController();
  entry.controller = controller;
  const previous = entry.state.status === 'ready' ? entry.state.feed : undefined;
  if (!previous) notify(entry, { status: 'loading' });
  const pending = key.startsWith('#') ? readInline(key) : request(key, controller, timeoutMs, revalidate);
  void pending.then((outcome) => {
    // Released (every element went away): nobody is waiting for this answer.
    if (entry.controller !== controller) return;
    entry.controller = undefined;
    if (!isFeedError(outcome)) {
      notify(entry, { status: 'ready', feed: outcome });
      return;
    }
    logError(outcome, previous !== undefined);
    notify(entry, previous ? { status: 'ready', feed: previous, refreshError: outcome } : { status: 'error', error: outcome });
  });
}

export interface SubscribeOptions {
  timeoutMs?: number;
}

/**
 * Calls `listener` with the feed's state now and on every change until the returned function is
 * called. The first subscriber starts the request; when the last one leaves before the answer, the
 * request is aborted and forgotten, so removed elements leak nothing.
 */
export function subscribeFeed(ref: string, listener: FeedListener, options: SubscribeOptions = {}): () => void {
  const key = feedKey(ref);
  const { entries } = store();
  let entry = entries.get(key);
  if (!entry) {
    entry = { state: { status: 'loading' }, listeners: new Set() };
    entries.set(key, entry);
    load(key, entry, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  const current = entry;
  current.listeners.add(listener);
  listener(current.state);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0 && current.controller) {
      current.controller.abort();
      current.controller = undefined;
      if (entries.get(key) === current) entries.delete(key);
    }
  };
}

/** Asks the feed again for every element showing it. A failure keeps the last good data. */
export function reloadFeed(ref: string, options: SubscribeOptions = {}): void {
  const key = feedKey(ref);
  const entry = store().entries.get(key);
  if (entry) load(key, entry, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, true);
}

const validatedObjects = new WeakMap<object, LoadedFeed | FeedError>();

/** A feed given as an object through the `data` property: validated once per object. */
export function acceptFeedObject(data: unknown): LoadedFeed | FeedError {
  const source = 'the data property';
  if (typeof data !== 'object' || data === null) return accept(validateFeed(data), source, document.baseURI);
  let outcome = validatedObjects.get(data);
  if (!outcome) {
    outcome = accept(validateFeed(data), source, document.baseURI);
    if (isFeedError(outcome)) logError(outcome, false);
    validatedObjects.set(data, outcome);
  }
  return outcome;
}

export { isFeedError };
