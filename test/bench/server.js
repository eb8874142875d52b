/**
 * The benchmark's static server on 127.0.0.1 (a free port): the built bundle, the in-page bench
 * code, two pages, and generated feeds. Every answer is `no-store`, so each run fetches afresh.
 *   /bench.html                       an empty Swedish page with dist/si-widgets.js and page.js loaded
 *   /requests.html?feed=URL&n=N       N elements naming URL in the markup, before the script
 *   /dist/…, /test/bench/…            files from the repository
 *   /feeds/projects-N.json            a generated feed of N projects (any query string is ignored)
 *   /feeds/gated/KEY/projects-N.json  the same, its last byte held back until `openGate(KEY)`
 *   /feeds/validation.json            the generated feed of at least 5 MB for the validation figure
 *   /feeds/counted/KEY.json           the sample feed after 150 ms, counting requests per KEY (in `counts`)
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { makeFeed } from './feeds.js';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

const BENCH_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>si-widgets bench</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font-family: system-ui, sans-serif; margin: 1em; } #stage { display: grid; gap: 1em; }</style>
<script type="module">
  import '/dist/si-widgets.js';
  import * as bench from '/test/bench/page.js';
  window.bench = bench;
  window.benchReady = true;
</script></head><body></body></html>`;

function requestsPage(feed, n) {
  const attr = feed.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const tags = [];
  for (let i = 0; i < n; i++) {
    tags.push(
      i % 2 === 0
        ? `<si-project-card feed="${attr}" project="asif"></si-project-card>`
        : `<si-project-list feed="${attr}"></si-project-list>`,
    );
  }
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>one feed, many elements</title></head><body>
${tags.join('\n')}
<script type="module" src="/dist/si-widgets.js"></script>
</body></html>`;
}

/**
 * @param {{ root: string, validationText: () => string }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void>, counts: Map<string, number> }>}
 */
export async function startServer({ root, validationText }) {
  const feedTexts = new Map();
  const counts = new Map();
  /** KEY → { arrived: Promise, open: () => void } for held-back feeds. */
  const gates = new Map();
  const gate = (key) => {
    if (!gates.has(key)) {
      let arrive;
      let open;
      const arrived = new Promise((resolve) => (arrive = resolve));
      const opened = new Promise((resolve) => (open = resolve));
      gates.set(key, { arrived, arrive, opened, open });
    }
    return gates.get(key);
  };
  const projectsFeed = (n) => {
    if (!feedTexts.has(n)) feedTexts.set(n, JSON.stringify(makeFeed({ projects: n })));
    return feedTexts.get(n);
  };
  const sample = await readFile(join(root, 'src/public/feeds/sample.json'), 'utf8');

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    try {
      let match;
      if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
      if (path === '/bench.html') return send(200, TYPES['.html'], BENCH_PAGE);
      if (path === '/requests.html') {
        return send(200, TYPES['.html'], requestsPage(url.searchParams.get('feed') ?? '', Number(url.searchParams.get('n') ?? 50)));
      }
      if ((match = path.match(/^\/feeds\/projects-(\d+)\.json$/))) return send(200, TYPES['.json'], projectsFeed(Number(match[1])));
      if ((match = path.match(/^\/feeds\/gated\/([\w-]+)\/projects-(\d+)\.json$/))) {
        // Everything but the last byte now; the last byte when the gate opens, so that the page
        // has received and buffered the feed and its arrival is one moment the bench controls.
        const body = projectsFeed(Number(match[2]));
        const held = gate(match[1]);
        res.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' });
        await new Promise((resolve) => res.write(body.slice(0, -1), resolve));
        held.arrive();
        await held.opened;
        res.end(body.slice(-1));
        return undefined;
      }
      if (path === '/feeds/validation.json') return send(200, TYPES['.json'], validationText());
      if ((match = path.match(/^\/feeds\/counted\/([\w-]+)\.json$/))) {
        counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 150));
        return send(200, TYPES['.json'], sample);
      }
      if (path.startsWith('/dist/') || path.startsWith('/test/bench/')) {
        const file = normalize(join(root, decodeURIComponent(path)));
        if (!file.startsWith(root + sep)) return send(403, 'text/plain', 'forbidden');
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      return send(404, 'text/plain', 'not found');
    } catch (error) {
      return send(error?.code === 'ENOENT' ? 404 : 500, 'text/plain', String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    counts,
    /** Resolves when all but the last byte of the held-back feed KEY has been sent. */
    feedAsked: (key) => gate(key).arrived,
    /** Bytes of the generated feed of `n` projects. */
    feedBytes: (n) => Buffer.byteLength(projectsFeed(n)),
    /** Lets the held-back feed KEY go. */
    openGate: (key) => gate(key).open(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
