/**
 * The one feed loader every element uses.
 *
 * Every element on a page that names the same feed shares one request and one parsed result, also
 * across two copies of the bundle: the store lives on `globalThis` under a versioned symbol, and
 * holds only plain data and functions, never classes that `instanceof` would tell apart.
 */
import { bodyText } from '../data/body-text.js';
import { feedKey, feedRequestInit, STORE_KEY, takePrefetched } from './feed-prefetch.js';
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

/**
 * The most a widget reads from a feed URL, counted as the body arrives (after decompression, so a
 * small gzip bomb is stopped too): far above a real feed, about 6,000 projects like the sample
 * feed's (17 KB for 5).
 */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

export type FeedErrorKind = 'no-feed' | 'no-inline' | 'http' | 'network' | 'timeout' | 'too-large' | FeedRefusal;

/** Why a feed could not be shown. Plain data, so that it crosses bundle copies. */
export interface FeedError {
  kind: FeedErrorKind;
  /** The feed's absolute URL or `#id`. */
  source: string;
  /** Precise, in English, for the console. */
  detail: string;
  status?: number;
  timeoutMs?: number;
  maxBytes?: number;
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

/** One element's subscription: its own timeout, and whether it still waits for a first answer. */
interface Subscriber {
  listener: FeedListener;
  timeoutMs: number;
  /** Set while it waits for the feed: the timer after which it gives up. */
  giveUpTimer?: ReturnType<typeof setTimeout>;
  /** Set once it gave up waiting; it shows its own timeout error until an answer comes. */
  gaveUp?: boolean;
}

interface Entry {
  state: FeedState;
  subscribers: Set<Subscriber>;
  /** Set while a request is under way. */
  controller?: AbortController;
}

interface Store {
  entries: Map<string, Entry>;
}

// STORE_KEY is v2: entries hold subscribers with their own timeouts; a v1 store of an older copy is left alone.
type GlobalWithStore = typeof globalThis & { [STORE_KEY]?: Store };

function store(): Store {
  const global = globalThis as GlobalWithStore;
  return (global[STORE_KEY] ??= { entries: new Map() });
}

export { feedKey };

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

function timeoutError(source: string, timeoutMs: number): FeedError {
  return { kind: 'timeout', source, timeoutMs, detail: `no complete answer within ${timeoutMs} ms` };
}

function tooLarge(url: string): FeedError {
  return {
    kind: 'too-large',
    source: url,
    maxBytes: MAX_FEED_BYTES,
    detail: `the answer is larger than ${MAX_FEED_BYTES} bytes, the most a widget reads; the download was stopped`,
  };
}

/** The outcome of a request; aborting `controller` with a `FeedError` as reason makes that the outcome. */
async function request(url: string, controller: AbortController, revalidate: boolean): Promise<LoadedFeed | FeedError> {
  let answered = false;
  try {
    // The entry (dist/si-widgets.js) may have started this request while the element's code loaded.
    const response = await (takePrefetched(url, controller.signal, revalidate) ??
      fetch(url, { ...feedRequestInit(url, revalidate), signal: controller.signal }));
    if (!response.ok) {
      return {
        kind: 'http',
        source: url,
        status: response.status,
        detail: `HTTP ${response.status} ${response.statusText}`.trim(),
      };
    }
    answered = true;
    const text = await bodyText(response, MAX_FEED_BYTES);
    return text === undefined ? tooLarge(url) : accept(parseFeed(text), url, response.url || url);
  } catch (error) {
    const reason: unknown = controller.signal.reason;
    if (controller.signal.aborted && typeof reason === 'object' && reason !== null && 'kind' in reason) {
      return reason as FeedError;
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'network',
      source: url,
      detail: answered
        ? `the server answered, but its answer broke off while downloading (${message})`
        : `the request failed (${message}). ` +
          'The server may be down, or it does not send Access-Control-Allow-Origin for this page: ' +
          'the browser cannot tell these apart.',
    };
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
  for (const subscriber of [...entry.subscribers]) subscriber.listener(state);
}

function logError(error: FeedError, refresh: boolean): void {
  const message = `[si-widgets] Could not ${refresh ? 'refresh' : 'load'} feed ${error.source}: ${error.kind}: ${error.detail}`;
  if (refresh) console.warn(`${message}. Still showing the last good data.`);
  else console.error(message);
}

/** An element waits for a first answer as long as its own `timeout`, whoever started the request. */
function startWaiting(key: string, entry: Entry, subscriber: Subscriber): void {
  clearTimeout(subscriber.giveUpTimer);
  subscriber.gaveUp = false;
  subscriber.giveUpTimer = setTimeout(() => giveUp(key, entry, subscriber), subscriber.timeoutMs);
}

function stopWaiting(subscriber: Subscriber): void {
  clearTimeout(subscriber.giveUpTimer);
  subscriber.giveUpTimer = undefined;
  subscriber.gaveUp = false;
}

/**
 * One element's timeout passed: it shows its own timeout error, while the request goes on for the
 * elements that still wait. If the answer comes after all, that element shows it too: a visitor
 * still on the page would rather see the projects than an error that is no longer true.
 */
function giveUp(key: string, entry: Entry, subscriber: Subscriber): void {
  subscriber.giveUpTimer = undefined;
  subscriber.gaveUp = true;
  const error = timeoutError(key, subscriber.timeoutMs);
  // Told once per timeout, not once per element.
  const told = [...entry.subscribers].some((s) => s !== subscriber && s.gaveUp && s.timeoutMs === subscriber.timeoutMs);
  if (!told) logError(error, false);
  subscriber.listener({ status: 'error', error });
  abandonIfNobodyWaits(key, entry);
}

/** When every element still there has given up waiting, so does the request. */
function abandonIfNobodyWaits(key: string, entry: Entry): void {
  const subscribers = [...entry.subscribers];
  if (!entry.controller || entry.state.status !== 'loading' || subscribers.some((s) => !s.gaveUp)) return;
  entry.controller.abort();
  entry.controller = undefined;
  // Each element shows its own timeout already; an error entry makes the next element ask again.
  entry.state = { status: 'error', error: timeoutError(key, Math.max(...subscribers.map((s) => s.timeoutMs))) };
}

/** `refreshTimeoutMs`: how long a refresh (data on screen, nobody waits) may take. */
function load(key: string, entry: Entry, revalidate: boolean, refreshTimeoutMs: number): void {
  if (entry.controller) return;
  const controller = new AbortController();
  entry.controller = controller;
  const previous = entry.state.status === 'ready' ? entry.state.feed : undefined;
  const refreshTimer = previous
    ? setTimeout(() => controller.abort(timeoutError(key, refreshTimeoutMs)), refreshTimeoutMs)
    : undefined;
  if (!previous) {
    notify(entry, { status: 'loading' });
    for (const subscriber of entry.subscribers) startWaiting(key, entry, subscriber);
  }
  const pending = key.startsWith('#') ? readInline(key) : request(key, controller, revalidate);
  void pending.then((outcome) => {
    clearTimeout(refreshTimer);
    // Released or abandoned: nobody is waiting for this answer.
    if (entry.controller !== controller) return;
    entry.controller = undefined;
    for (const subscriber of entry.subscribers) stopWaiting(subscriber);
    if (!isFeedError(outcome)) {
      notify(entry, { status: 'ready', feed: outcome });
      return;
    }
    logError(outcome, previous !== undefined);
    notify(entry, previous ? { status: 'ready', feed: previous, refreshError: outcome } : { status: 'error', error: outcome });
  });
}

/** The last element left: a request under way is aborted, and an error is not kept for the next one. */
function release(key: string, entry: Entry): void {
  const { entries } = store();
  if (!entry.controller && entry.state.status !== 'error') return;
  entry.controller?.abort();
  entry.controller = undefined;
  if (entries.get(key) === entry) entries.delete(key);
}

export interface SubscribeOptions {
  timeoutMs?: number;
}

/**
 * Calls `listener` with the feed's state now and on every change until the returned function is
 * called. The first subscriber starts the request; when the last one leaves before the answer, the
 * request is aborted and forgotten, so removed elements leak nothing. A failure is not kept: a
 * new subscriber asks again. Each subscriber gives up waiting after its own `timeoutMs`.
 */
export function subscribeFeed(ref: string, listener: FeedListener, options: SubscribeOptions = {}): () => void {
  const key = feedKey(ref);
  const { entries } = store();
  let entry = entries.get(key);
  if (!entry) {
    entry = { state: { status: 'loading' }, subscribers: new Set() };
    entries.set(key, entry);
  }
  const current = entry;
  const subscriber: Subscriber = { listener, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };
  current.subscribers.add(subscriber);
  if (!current.controller && current.state.status !== 'ready') {
    // A first request, or again after a failure (the server may be back): tells every subscriber.
    load(key, current, current.state.status === 'error', subscriber.timeoutMs);
  } else {
    if (current.state.status === 'loading') startWaiting(key, current, subscriber);
    listener(current.state);
  }
  return () => {
    current.subscribers.delete(subscriber);
    stopWaiting(subscriber);
    if (current.subscribers.size === 0) release(key, current);
    else abandonIfNobodyWaits(key, current);
  };
}

/** Asks the feed again for every element showing it. A failure keeps the last good data. */
export function reloadFeed(ref: string, options: SubscribeOptions = {}): void {
  const key = feedKey(ref);
  const entry = store().entries.get(key);
  if (!entry) return;
  if (entry.controller && entry.state.status === 'loading') {
    // The first answer is still coming: the elements that gave up on it wait for it again.
    for (const subscriber of entry.subscribers) {
      if (!subscriber.gaveUp) continue;
      startWaiting(key, entry, subscriber);
      subscriber.listener(entry.state);
    }
  } else {
    load(key, entry, true, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
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
