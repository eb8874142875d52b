/**
 * Reads the feed to check, from a file or an http(s) URL, within limits: a server that never
 * answers, a body without end or compressed to almost nothing, and a redirect loop each end in a
 * message that says which, not in a hang or gigabytes of memory.
 */
import { bodyText } from '../data/body-text.js';
import { readFile, stat } from 'node:fs/promises';

export interface ReadLimits {
  /** A URL gives up after this long, redirects and body included. */
  timeoutMs: number;
  /** A file or body (as decompressed) larger than this is refused. */
  maxBytes: number;
}

/** Well above a real feed (2,000 projects are about 3 MB), well below what hurts a CI machine. */
export const DEFAULT_MAX_BYTES = 50_000_000;

/** fetch() follows 20; a feed behind more than a few is misconfigured. Each hop is reported. */
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What the codes fetch's causes carry mean, for someone who has not met them. */
const HINTS: [RegExp, string][] = [
  [/^ECONNREFUSED$/, 'nothing answers at that address and port'],
  [/^ENOTFOUND$/, 'no such host name'],
  [/^(ECONNRESET|UND_ERR_SOCKET)$/, 'the server closed the connection'],
  [/CERT|SELF_SIGNED/, "the server's certificate is not trusted"],
];

/** One error's own words, with its code when they do not already say it. */
function describeOne(error: Error): string {
  const code = (error as { code?: unknown }).code;
  const inner = error instanceof AggregateError ? error.errors.map((e) => String(e?.message ?? e)).join('; ') : '';
  const message = error.message || inner || error.name;
  if (typeof code !== 'string') return message;
  const hint = HINTS.find(([pattern]) => pattern.test(code))?.[1];
  return `${message}${message.includes(code) ? '' : ` (${code})`}${hint ? `: ${hint}` : ''}`;
}

/**
 * An error and its causes in one line. fetch() only says "fetch failed"; what failed (refused,
 * unknown host, bad certificate) is in its `cause`.
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e !== undefined && parts.length < 4; e = e instanceof Error ? e.cause : undefined) {
    parts.push(e instanceof Error ? describeOne(e) : String(e));
  }
  return parts.join(': ');
}

function tooBig(maxBytes: number): Error {
  return new Error(`larger than ${maxBytes} bytes (--max-bytes ${maxBytes}); not read further`);
}

/** The body as text, counted as it arrives (after decompression), stopped past `maxBytes`. */
async function textWithin(response: Response, maxBytes: number): Promise<string> {
  // Content-Length counts the bytes sent, which compression makes fewer than the bytes read.
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooBig(maxBytes);
  const text = await bodyText(response, maxBytes);
  if (text === undefined) throw tooBig(maxBytes);
  return text;
}

/** Follows redirects one at a time, so that each can be reported and none can leave http(s). */
async function fetchFollowing(url: string, signal: AbortSignal, note: (line: string) => void): Promise<Response> {
  for (let current = url, hops = 0; ; hops++) {
    const response = await fetch(current, { signal, redirect: 'manual', headers: { Accept: 'application/json' } });
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    await response.body?.cancel();
    const next = new URL(location, current).href;
    if (hops === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects (the last to ${next})`);
    if (!/^https?:/.test(next)) throw new Error(`redirected to ${next}, which is not an http(s) URL`);
    note(`redirected (${response.status}) to ${next}`);
    current = next;
  }
}

async function readUrl(url: string, limits: ReadLimits, note: (line: string) => void): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetchFollowing(url, controller.signal, note);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return await textWithin(response, limits.maxBytes);
  } catch (error) {
    if (!controller.signal.aborted) throw new Error(describeError(error));
    throw new Error(`no complete answer within ${limits.timeoutMs} ms (--timeout ${limits.timeoutMs})`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The text of `source`, a file path or an http(s) URL. Throws an error whose message says why it
 * could not be read; `note` receives each redirect.
 */
export async function readSource(source: string, limits: ReadLimits, note: (line: string) => void): Promise<string> {
  if (/^https?:\/\//i.test(source)) return readUrl(source, limits, note);
  if ((await stat(source)).size > limits.maxBytes) throw tooBig(limits.maxBytes);
  return readFile(source, 'utf8');
}
