/**
 * Test-only endpoints served beside the sources by the test runner's dev server, so that feed
 * failures are real HTTP answers, not mocks.
 *   /test-feeds/status/404            answers with that status
 *   /test-feeds/not-json              200 with text that is not JSON
 *   /test-feeds/slow?ms=N             answers the sample feed after N ms (or never, before the test ends)
 *   /test-feeds/counted/KEY.json      the sample feed, counting requests per KEY
 *   /test-feeds/count/KEY             how many requests KEY has had
 *   /test-feeds/fail-first/KEY.json   500 on the first request for KEY, the sample feed after
 *   /test-feeds/fail-later/KEY.json   the sample feed on the first request for KEY, 500 after
 *   /test-feeds/json?body=…           answers `body` as application/json
 *   /test-feeds/bundle-version/V.js   dist/si-widgets.js claiming to be version V
 *   /test-cdn/ok/ANY/PATH/FILE        dist/FILE, as from a CDN at some deep path (FILE: si-widgets.js, locales/en.js…)
 *   /test-cdn/no-locales/ANY/PATH/FILE  the same, but every locales/ chunk is missing (404)
 */
import { readFileSync } from 'node:fs';

const sample = () => readFileSync(new URL('../../src/public/feeds/sample.json', import.meta.url), 'utf8');
const counts = new Map();

function count(key) {
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return n;
}

export async function testFeeds(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const path = url.pathname;
  if (!path.startsWith('/test-feeds/') && !path.startsWith('/test-cdn/')) return next();
  ctx.set('Cache-Control', 'no-store');
  let match;
  if ((match = path.match(/^\/test-feeds\/status\/(\d{3})$/))) {
    ctx.status = Number(match[1]);
    ctx.body = 'error page';
  } else if (path === '/test-feeds/not-json') {
    ctx.type = 'application/json';
    ctx.body = '<!doctype html><title>Not a feed</title>';
  } else if (path === '/test-feeds/slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 60_000)));
    ctx.type = 'application/json';
    ctx.body = sample();
  } else if ((match = path.match(/^\/test-feeds\/counted\/([\w-]+)\.json$/))) {
    count(match[1]);
    await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 50)));
    ctx.type = 'application/json';
    ctx.body = sample();
  } else if ((match = path.match(/^\/test-feeds\/count\/([\w-]+)$/))) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(counts.get(match[1]) ?? 0);
  } else if ((match = path.match(/^\/test-feeds\/fail-(first|later)\/([\w-]+)\.json$/))) {
    const first = count(match[2]) === 1;
    const ok = match[1] === 'first' ? !first : first;
    ctx.status = ok ? 200 : 500;
    ctx.type = 'application/json';
    ctx.body = ok ? sample() : '{}';
  } else if (path === '/test-feeds/json') {
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get('body') ?? '';
  } else if ((match = path.match(/^\/test-feeds\/bundle-version\/([\w.-]+)\.js$/))) {
    const bundle = readFileSync(new URL('../../dist/si-widgets.js', import.meta.url), 'utf8');
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    ctx.type = 'text/javascript';
    ctx.body = bundle.replaceAll(JSON.stringify(version), JSON.stringify(match[1]));
  } else if ((match = path.match(/^\/test-cdn\/(ok|no-locales)\/(?:[\w.@-]+\/)*?((?:locales\/)?[\w-]+\.js)$/))) {
    if (match[1] === 'no-locales' && match[2].startsWith('locales/')) {
      ctx.status = 404;
      ctx.body = 'not here';
    } else {
      ctx.type = 'text/javascript';
      ctx.body = readFileSync(new URL(`../../dist/${match[2]}`, import.meta.url), 'utf8');
    }
  } else {
    return next();
  }
  return undefined;
}
