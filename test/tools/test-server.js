/**
 * Test-only endpoints served beside the sources by the test runner's dev server, so that feed
 * failures are real HTTP answers, not mocks.
 *   /test-feeds/status/404            answers with that status
 *   /test-feeds/not-json              200 with text that is not JSON
 *   /test-feeds/slow?ms=N             answers the sample feed after N ms (or never, before the test ends)
 *   /test-feeds/counted/KEY.json      the sample feed, counting requests per KEY (also without
 *                                     .json, which the test runner does not mark fresh for a year)
 *   /test-feeds/count/KEY             how many requests KEY has had
 *   /test-feeds/fail-first/KEY.json   500 on the first request for KEY, the sample feed after (also
 *                                     without .json)
 *   /test-feeds/fail-later/KEY.json   the sample feed on the first request for KEY, 500 after
 *   /test-feeds/trickled              the sample feed in chunks that split every multi-byte character
 *   /test-feeds/stalled-body?ms=N     half the sample feed, then the rest after N ms (or never)
 *   /test-feeds/json?body=…           answers `body` as application/json
 *   /test-feeds/large?mb=N            the sample feed then N MiB of spaces (still valid JSON), streamed, no length
 *   /test-feeds/bomb?mb=N             the same, gzip-compressed (Content-Encoding: gzip): N MiB from a few KB
 *   /test-feeds/generated/N.json      a valid generated feed of N projects (test/bench/feeds.js, seed 7)
 *   /test-feeds/bundle-version/V/FILE dist/FILE (si-widgets.js, chunks/…) claiming to be version V
 *   /test-cdn/ok/ANY/PATH/FILE        dist/FILE, as from a CDN at some deep path (FILE: si-widgets.js, locales/en.js,
 *                                     chunks/shared-HASH.js…)
 *   /test-cdn/no-locales/ANY/PATH/FILE  the same, but every locales/ chunk is missing (404)
 *   /test-cdn/no-card/ANY/PATH/FILE     the same, but the card's code (chunks/project-card-*.js) is missing (404)
 *   /test-cdn/slow-chunks/ANY/PATH/FILE the same, every chunks/ file answered after SLOW_CHUNK_MS
 *   /test-cdn/no-structured-data/ANY/PATH/FILE  the same, but the JSON-LD code (chunks/structured-data-*.js) is missing (404)
 *   /test-embed/delayed/si-widgets.js?ms=N   dist/si-widgets.js after N ms (a slow CDN); its chunks/ and
 *                                            locales/ beside it at once
 *   /test-embed/page?html=…[&csp=strict]     `html` as a page, optionally under the strict CSP of issue 5
 *   /test-embed/page/embed.html?html=…       the same, at a path that looks like the iframe page's
 *   /test-embed/probe.js                     records securitypolicyviolation events in window.__violations,
 *                                            console.error calls in window.__consoleErrors
 *                                            and the cumulative layout shift in window.__layoutShift
 *   /test-embed/docs/NAME/N[?csp=strict]     the Nth ```html block of docs/NAME.md as a page, with the docs'
 *                                            example hosts pointed here; csp=strict sends the CSP from the
 *                                            docs' ```http block (example hosts pointed here too)
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeFeed } from '../bench/feeds.js';

/** The CSP of issue 5, for pages that must render with zero violations. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** How long /test-cdn/slow-chunks/ holds each element chunk. */
export const SLOW_CHUNK_MS = 800;

/** The example URLs the docs use, and what the tests serve in their place. */
export const DOC_HOSTS = {
  cdn: 'https://your-cdn.example/si-widgets@0/',
  feed: 'https://feeds.example.se/skane-projekt.json',
  feedOrigin: 'https://feeds.example.se',
  logos: 'https://logos.example.se',
};

const PROBE = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
});
window.__consoleErrors = [];
const consoleError = console.error;
console.error = (...args) => {
  window.__consoleErrors.push(args.map(String).join(' '));
  consoleError.apply(console, args);
};
window.__layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });`;

/** The fenced blocks of one language in a markdown file, in order. */
export function fencedBlocks(markdown, language) {
  const blocks = [];
  const pattern = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm');
  for (const match of markdown.matchAll(pattern)) blocks.push(match[1]);
  return blocks;
}

/** The docs' example hosts in `text` pointed at `origin`: the bundle at /dist/, the feed at `feedPath`. */
export function pointDocsHere(text, origin, feedPath) {
  return text
    .replaceAll(DOC_HOSTS.cdn, `${origin}/dist/`)
    .replaceAll(DOC_HOSTS.feed, `${origin}${feedPath}`)
    .replaceAll(DOC_HOSTS.feedOrigin, origin)
    .replaceAll(DOC_HOSTS.logos, origin);
}

/** The Content-Security-Policy a docs page gives in its ```http blocks, if it gives one. */
export function docsCsp(markdown) {
  return fencedBlocks(markdown, 'http')
    .join('\n')
    .match(/^Content-Security-Policy: (.*)$/m)?.[1];
}

function withProbe(page) {
  const probe = '<script src="/test-embed/probe.js"></script>';
  return /<head>/i.test(page) ? page.replace(/<head>/i, `<head>${probe}`) : `${probe}${page}`;
}

const sample = () => readFileSync(new URL('../../src/public/feeds/sample.json', import.meta.url), 'utf8');
/** Where the dev server serves that sample feed, for the docs' pages. */
const SAMPLE_PATH = '/src/public/feeds/sample.json';
const counts = new Map();

/** The sample feed followed by `mb` MiB of spaces, a MiB at a time. */
async function* paddedSample(mb) {
  yield Buffer.from(sample(), 'utf8');
  const spaces = Buffer.alloc(2 ** 20, ' ');
  for (let i = 0; i < mb; i++) yield spaces;
}

function count(key) {
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return n;
}

export async function testFeeds(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const path = url.pathname;
  /** The request's ?ms=N, or `fallback` when it names none. */
  const msParam = (fallback) => Number(url.searchParams.get('ms') ?? fallback);
  if (!path.startsWith('/test-feeds/') && !path.startsWith('/test-cdn/') && !path.startsWith('/test-embed/')) return next();
  ctx.set('Cache-Control', 'no-store');
  let match;
  if ((match = path.match(/^\/test-feeds\/status\/(\d{3})$/))) {
    ctx.status = Number(match[1]);
    ctx.body = 'error page';
  } else if (path === '/test-feeds/not-json') {
    ctx.type = 'application/json';
    ctx.body = '<!doctype html><title>Not a feed</title>';
  } else if (path === '/test-feeds/slow') {
    await sleep(msParam(60_000));
    ctx.type = 'application/json';
    ctx.body = sample();
  } else if ((match = path.match(/^\/test-feeds\/counted\/([\w-]+)(?:\.json)?$/))) {
    count(match[1]);
    await sleep(msParam(50));
    ctx.type = 'application/json';
    ctx.body = sample();
  } else if ((match = path.match(/^\/test-feeds\/count\/([\w-]+)$/))) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(counts.get(match[1]) ?? 0);
  } else if ((match = path.match(/^\/test-feeds\/fail-(first|later)\/([\w-]+)(?:\.json)?$/))) {
    const first = count(match[2]) === 1;
    const ok = match[1] === 'first' ? !first : first;
    ctx.status = ok ? 200 : 500;
    ctx.type = 'application/json';
    ctx.body = ok ? sample() : '{}';
  } else if (path === '/test-feeds/trickled') {
    // The sample feed in many small chunks, each ending just after the first byte of a multi-byte
    // character (å, ä, ö, –), so that every such character arrives split across two chunks.
    const bytes = Buffer.from(sample(), 'utf8');
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (async function* () {
        let from = 0;
        for (let at = 0; at < bytes.length; at++) {
          if (bytes[at] < 0xc0) continue;
          yield bytes.subarray(from, at + 1);
          from = at + 1;
          await sleep(0);
        }
        yield bytes.subarray(from);
      })(),
    );
  } else if (path === '/test-feeds/stalled-body') {
    // Headers and half the feed at once, then nothing more.
    const text = sample();
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (async function* () {
        yield Buffer.from(text.slice(0, text.length / 2), 'utf8');
        await sleep(msParam(60_000));
        yield Buffer.from(text.slice(text.length / 2), 'utf8');
      })(),
    );
  } else if (path === '/test-feeds/large' || path === '/test-feeds/bomb') {
    const body = Readable.from(paddedSample(Number(url.searchParams.get('mb') ?? 25)));
    ctx.type = 'application/json';
    if (path === '/test-feeds/bomb') ctx.set('Content-Encoding', 'gzip');
    ctx.body = path === '/test-feeds/bomb' ? body.pipe(createGzip({ level: 9 })) : body;
  } else if (path === '/test-feeds/json') {
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '';
  } else if ((match = path.match(/^\/test-feeds\/generated\/(\d{1,5})\.json$/))) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(makeFeed({ projects: Number(match[1]), organizations: 20 }));
  } else if ((match = path.match(/^\/test-feeds\/bundle-version\/([\w.-]+)\/((?:chunks\/)?[\w.-]+\.js)$/))) {
    const bundle = readFileSync(new URL(`../../dist/${match[2]}`, import.meta.url), 'utf8');
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    ctx.type = 'text/javascript';
    // The minifier may quote the version with ", ' or `.
    const quoted = new RegExp(`(["'\`])${version.replaceAll('.', '\\.')}\\1`, 'g');
    ctx.body = bundle.replace(quoted, `$1${match[1]}$1`);
  } else if ((match = path.match(/^\/test-cdn\/(ok|no-locales|no-card|no-structured-data|slow-chunks)\/(?:[\w.@-]+\/)*?((?:locales\/|chunks\/)?[\w-]+\.js)$/))) {
    if (match[1] === 'slow-chunks' && match[2].startsWith('chunks/')) await sleep(SLOW_CHUNK_MS);
    const missing = { 'no-card': 'chunks/project-card-', 'no-locales': 'locales/', 'no-structured-data': 'chunks/structured-data-' }[match[1]];
    if (missing && match[2].startsWith(missing)) {
      ctx.status = 404;
      ctx.body = 'not here';
    } else {
      ctx.type = 'text/javascript';
      ctx.body = readFileSync(new URL(`../../dist/${match[2]}`, import.meta.url), 'utf8');
    }
  } else if ((match = path.match(/^\/test-embed\/delayed\/((?:chunks|locales)\/[\w-]+\.js)$/))) {
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL(`../../dist/${match[1]}`, import.meta.url), 'utf8');
  } else if (path === '/test-embed/delayed/si-widgets.js') {
    await sleep(msParam(1000));
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL('../../dist/si-widgets.js', import.meta.url), 'utf8');
  } else if (path === '/test-embed/probe.js') {
    ctx.type = 'text/javascript';
    ctx.body = PROBE;
  } else if (path === '/test-embed/page' || path === '/test-embed/page/embed.html') {
    if (url.searchParams.get('csp') === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.type = 'text/html';
    ctx.body = withProbe(url.searchParams.get('html') ?? '');
  } else if ((match = path.match(/^\/test-embed\/docs\/([\w-]+)\/(\d+)$/))) {
    const markdown = readFileSync(new URL(`../../docs/${match[1]}.md`, import.meta.url), 'utf8');
    const origin = `http://${ctx.host}`;
    const block = fencedBlocks(markdown, 'html')[Number(match[2])];
    if (block === undefined) {
      ctx.status = 404;
      ctx.body = `docs/${match[1]}.md has no html block ${match[2]}`;
      return undefined;
    }
    if (url.searchParams.get('csp') === 'strict') {
      const csp = docsCsp(markdown);
      if (csp === undefined) throw new Error(`docs/${match[1]}.md has no Content-Security-Policy line in an http block`);
      ctx.set('Content-Security-Policy', pointDocsHere(csp, origin, SAMPLE_PATH));
    }
    ctx.type = 'text/html';
    ctx.body = withProbe(pointDocsHere(block, origin, SAMPLE_PATH));
  } else {
    return next();
  }
  return undefined;
}
