/**
 * The loading figures of issue 14: what a page with si-widgets downloads, and what Lighthouse
 * (mobile: simulated slow 4G and 4× CPU slowdown) says about such pages, each page served
 * gzip-compressed by the bench's server over HTTP/2, as a CDN serves them (its `loadingOrigin`).
 * Lighthouse drives a fresh tab of the bench's own Chromium.
 */
import { median } from './stats.js';

/** Pages the server serves (test/bench/server.js), and the demo page the build writes. */
export const LOADING_PAGES = {
  card: '/loading/card.html',
  static: '/loading/static.html',
  fallback: '/loading/fallback.html',
  all: '/loading/all.html',
  demo: '/dist/index.html',
};

/**
 * JS bytes (as transferred: gzip) a fresh page loads until its elements are ready, from resource
 * timing, and the protocols they came over (`h2`, `http/1.1`).
 * @returns {Promise<{ bytes: number, files: string[], protocols: string[] }>}
 */
async function scriptBytes(browser, url, elements) {
  const page = await browser.newPage();
  try {
    await page.setCacheEnabled(false);
    await page.goto(url);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[state="ready"], [state="empty"]').length >= n,
      { timeout: 30_000 },
      elements,
    );
    return await page.evaluate(() => {
      const scripts = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.js'));
      return {
        bytes: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0),
        files: scripts.map((e) => new URL(e.name).pathname),
        protocols: [...new Set(scripts.map((e) => e.nextHopProtocol))],
      };
    });
  } finally {
    await page.close();
  }
}

/** JS transferred by a page with one card, and by a page with every element (and a div mount). */
export async function transferFigures(browser, origin) {
  return {
    card: await scriptBytes(browser, `${origin}${LOADING_PAGES.card}`, 1),
    all: await scriptBytes(browser, `${origin}${LOADING_PAGES.all}`, 5),
  };
}

/** One Lighthouse run (performance only, mobile defaults) of `url` in a fresh tab. */
async function lighthouseRun(browser, url) {
  const { default: lighthouse } = await import('lighthouse');
  const page = await browser.newPage();
  try {
    const result = await lighthouse(url, { output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, undefined, page);
    const { audits, categories } = result.lhr;
    return {
      score: Math.round((categories.performance.score ?? 0) * 100),
      lcpMs: audits['largest-contentful-paint'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      // What Lighthouse's own network records say each request came over: what its simulation used.
      protocols: [...new Set((audits['network-requests'].details?.items ?? []).map((item) => item.protocol).filter(Boolean))],
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Medians of `runs` Lighthouse runs of each loading page, the runs of the pages interleaved so that
 * a busy moment of the machine does not land on one page only. The LCP of the card page is given
 * against the same page with the card's text as static HTML, as a difference of medians and as
 * the median of the side-by-side differences.
 */
export async function lighthouseFigures(browser, origin, runs) {
  const names = ['card', 'static', 'fallback', 'demo'];
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const name of names) samples[name].push(await lighthouseRun(browser, `${origin}${LOADING_PAGES[name]}`));
  }
  const of = (name, key) => median(samples[name].map((s) => s[key]));
  const pairs = samples.card.map((s, i) => s.lcpMs - samples.static[i].lcpMs);
  return {
    runs,
    pages: Object.fromEntries(names.map((name) => [name, { score: of(name, 'score'), lcpMs: of(name, 'lcpMs'), cls: of(name, 'cls') }])),
    lcpOverStaticMs: median(pairs),
    protocols: [...new Set(names.flatMap((name) => samples[name].flatMap((s) => s.protocols)))],
    samples,
  };
}
