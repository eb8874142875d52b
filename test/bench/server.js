/**
 * The benchmark's static server on 127.0.0.1: the built bundle, the in-page bench code, two pages,
 * and generated feeds. Every answer is `no-store`, so each run fetches afresh. The same answers
 * come from two origins (each on a free port):
 *   origin         plain HTTP/1.1, for the in-page figures (cards, heap, list, validation, requests)
 *   loadingOrigin  HTTPS with HTTP/2 (HTTP/1.1 for a client that asks for it), for the loading
 *                  figures: partner sites and CDNs serve HTTP/2, where the entry, the shared chunk
 *                  and the element's chunk share one connection. Over HTTP/1.1, Lighthouse's
 *                  simulated slow 4G charges each parallel chunk request a new connection's round
 *                  trips, which a real page on a CDN does not pay. Its certificate is self-signed for
 *                  127.0.0.1, made by openssl at start; the bench's Chromium ignores certificate errors.
 *   /bench.html                       an empty Swedish page with dist/si-widgets.js and page.js loaded
 *   /requests.html?feed=URL&n=N       N elements naming URL in the markup, before the script
 *   /loading/PAGE.html                the pages of the loading figures (card, fallback, static, all; see loadingPages)
 * Answers are gzip-compressed when the browser accepts it, as from a CDN.
 *   /dist/…, /test/bench/…            files from the repository
 *   /feeds/projects-N.json            a generated feed of N projects (any query string is ignored)
 *   /feeds/gated/KEY/projects-N.json  the same, its last byte held back until `openGate(KEY)`
 *   /feeds/validation.json            the generated feed of at least 5 MB for the validation figure
 *   /feeds/counted/KEY.json           the sample feed after 150 ms, counting requests per KEY (in `counts`)
 *   /other-bundle/…                   files from SI_BENCH_BUNDLE_DIR, when set: the loading pages then load
 *                                     its si-widgets.js instead of dist/'s (e.g. an older release's build)
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeFeed } from './feeds.js';

const gzipCache = new Map();
/** `body` through gzip -9, each distinct text compressed once. */
function gzipped(body) {
  const key = typeof body === 'string' ? body : body.toString('latin1');
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
  return gzipCache.get(key);
}

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
  // dist/si-widgets.js loads an element's code when its tag is on the page: load every element's now.
  const autoloader = window[Symbol.for('si-widgets.autoloader.v1')];
  await Promise.all(autoloader.tags.map((tag) => autoloader.load(tag)));
  window.bench = bench;
  window.benchReady = true;
</script></head><body></body></html>`;

/** The sample feed's ASIF project, as the loading pages show it. */
const ASIF = {
  title: 'En unik och relevant innovationsallians för social innovation och förändring',
  url: 'https://www.example.se/projekt/asif',
};

/** Another build's dist/ to measure the loading pages with (SI_BENCH_BUNDLE_DIR), if any. */
const OTHER_BUNDLE_DIR = process.env.SI_BENCH_BUNDLE_DIR || undefined;
const BUNDLE_URL = OTHER_BUNDLE_DIR ? '/other-bundle/si-widgets.js' : '/dist/si-widgets.js';

/** A phone-sized page around `body`, loading the bundle in its head as the docs say. */
function loadingPage(title, body, { script = true } = {}) {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="si-widgets loading benchmark">
<style>body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 40rem; padding: 1rem; line-height: 1.5; }</style>
${script ? `<script type="module" src="${BUNDLE_URL}"></script>` : ''}
</head><body><main><h1>Projekt i Skåne</h1><p>En sida hos en partner, med ett projektkort.</p>
${body}
</main></body></html>`;
}

/**
 * The pages the loading figures measure:
 *   card       one <si-project-card> and nothing in it
 *   fallback   the same with the fallback content the snippet builder writes (a link, a summary)
 *   static     the card's text as static HTML, no script: the floor
 *   all        every element, and a div mount
 */
function loadingPages(feed) {
  const card = `<si-project-card feed="${feed}" project="asif"></si-project-card>`;
  return {
    card: loadingPage('ett projektkort', card),
    fallback: loadingPage(
      'ett projektkort med reservinnehåll',
      `<si-project-card feed="${feed}" project="asif">
  <p><a href="${ASIF.url}">${ASIF.title}</a></p>
  <p>Det långsiktiga syftet för projektet är att förändra det innovationsfrämjande arbetet regionalt.</p>
</si-project-card>`,
    ),
    static: loadingPage(
      'projektkortets text som HTML',
      `<article><h3><a href="${ASIF.url}">${ASIF.title}</a></h3><p>Pågår · 1 mars 2024 – 31 december 2026</p>
<p>Projektägare: Region Skåne</p><p>Det långsiktiga syftet för projektet är att förändra det innovationsfrämjande arbetet regionalt.</p></article>`,
      { script: false },
    ),
    all: loadingPage(
      'alla element',
      `${card}
<si-project-list feed="${feed}" filters="search organization topic municipality status sort"></si-project-list>
<si-goal-progress feed="${feed}" project="asif"></si-goal-progress>
<si-partner-list feed="${feed}" layout="logos"></si-partner-list>
<div data-si-widget="partner-list" data-feed="${feed}" data-project="asif"></div>`,
    ),
  };
}

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

  const handle = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (status, type, body) => {
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
      // Compressed, as a CDN serves them, for the loading figures (transfer sizes, Lighthouse).
      if (gzip && body.length > 0) {
        res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        res.end(gzipped(body));
        return;
      }
      res.writeHead(status, headers);
      res.end(body);
    };
    try {
      let match;
      if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
      if (path === '/bench.html') return send(200, TYPES['.html'], BENCH_PAGE);
      if ((match = path.match(/^\/loading\/(card|fallback|static|all)\.html$/))) {
        return send(200, TYPES['.html'], loadingPages('/dist/feeds/sample.json')[match[1]]);
      }
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
      if (OTHER_BUNDLE_DIR && path.startsWith('/other-bundle/')) {
        const base = normalize(OTHER_BUNDLE_DIR);
        const file = normalize(join(base, decodeURIComponent(path.slice('/other-bundle/'.length))));
        if (!file.startsWith(base + sep)) return send(403, 'text/plain', 'forbidden');
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
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
  };
  const server = createServer(handle);
  const tls = await selfSignedCertificate();
  const secure = createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, handle);
  const sockets = new Set();
  secure.on('secureConnection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (s) => new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s.address().port)));
  const port = await listen(server);
  const securePort = await listen(secure);
  return {
    origin: `http://127.0.0.1:${port}`,
    loadingOrigin: `https://127.0.0.1:${securePort}`,
    counts,
    /** Resolves when all but the last byte of the held-back feed KEY has been sent. */
    feedAsked: (key) => gate(key).arrived,
    /** Bytes of the generated feed of `n` projects. */
    feedBytes: (n) => Buffer.byteLength(projectsFeed(n)),
    /** Lets the held-back feed KEY go. */
    openGate: (key) => gate(key).open(),
    close: async () => {
      await new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        secure.close(() => resolve());
      });
      await rm(tls.dir, { recursive: true, force: true });
    },
  };
}

const OPENSSL = '/usr/bin/openssl';

/**
 * A key and a self-signed certificate for 127.0.0.1, valid two days, in a new temporary folder
 * (removed by `close()`). Only the bench's own Chromium, which ignores certificate errors, sees it.
 * @returns {Promise<{ key: Buffer, cert: Buffer, dir: string }>}
 */
async function selfSignedCertificate() {
  const dir = await mkdtemp(join(tmpdir(), 'si-bench-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  // prettier-ignore
  const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'];
  try {
    execFileSync(OPENSSL, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error?.code === 'ENOENT') {
      throw new Error(`${OPENSSL} not found: the bench serves its loading pages over HTTP/2 with a certificate it makes with openssl. Install it: apt-get install -y openssl`);
    }
    throw new Error(`openssl could not make the bench's certificate: ${String(error?.stderr ?? error)}`);
  }
  return { key: await readFile(key), cert: await readFile(cert), dir };
}
