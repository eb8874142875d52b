/**
 * dist/si-widgets.js loads an element's code only when its tag is on the page (issue 14): what a
 * page with one card asks the network for, the feed asked for while that code downloads, a feed
 * the page preloads asked for once, and code that cannot be loaded. Needs `npm run build`.
 */
import { expect } from '@open-wc/testing';
import { ASIF_TITLE, consoleErrors, frameDocument, openFrame, pageUrl, removeFrames, shadowText, until, untilState, violations } from './embed-helpers.js';
import { uniqueKey } from './helpers.js';

/** A Swedish page with `head` and `body`, loading the bundle from the test CDN's `kind` (ok, no-card, slow-chunks). */
function cdnPage(kind: string, body: string, head = ''): { html: string; base: string } {
  const base = `/test-cdn/${kind}/${uniqueKey('cdn')}/si-widgets@0.1.0`;
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8">${head}<script type="module" src="${base}/si-widgets.js"></script></head><body>${body}</body></html>`;
  return { html, base };
}

/** The resources the page loaded, by path, with the chunks' content hashes left out. */
function resources(frame: HTMLIFrameElement): Map<string, PerformanceResourceTiming> {
  const entries = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return new Map(
    entries
      .map((entry) => [new URL(entry.name).pathname.replace(/\/chunks\/([a-z-]+?)-[\w-]{8}\.js$/, '/chunks/$1.js'), entry] as const)
      .filter(([path]) => path !== '/test-embed/probe.js'),
  );
}

async function requestCount(key: string): Promise<number> {
  return (await (await fetch(`/test-feeds/count/${key}`)).json()) as number;
}

describe('dist/si-widgets.js loads what a page shows, when it shows it', () => {
  afterEach(removeFrames);

  it('a page with one card requests the bundle, the shared code, the card\'s code and the feed: nothing else', async () => {
    const key = uniqueKey('one-card');
    const feed = `/test-feeds/counted/${key}`;
    const { html, base } = cdnPage('ok', `<si-project-card feed="${feed}" project="asif"></si-project-card>`);
    const frame = await openFrame(pageUrl(html));
    const card = frameDocument(frame).querySelector('si-project-card')!;
    await untilState(card);
    expect(shadowText(card)).to.contain(ASIF_TITLE);
    // The feed's timing entry comes a moment after its body was read; then a moment more for any stray request.
    await until(() => resources(frame).has(feed), 'the timing of the feed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...resources(frame).keys()]).to.have.members([
      `${base}/si-widgets.js`,
      `${base}/chunks/shared.js`,
      `${base}/chunks/project-card.js`,
      feed,
    ]);
    expect(await requestCount(key)).to.equal(1);
  });

  it('loads the JSON-LD code only for an element with structured-data, under the strict CSP', async () => {
    const feed = '/src/public/feeds/sample.json';
    const { html, base } = cdnPage('ok', `<si-project-card feed="${feed}" project="asif" structured-data></si-project-card>`);
    const frame = await openFrame(pageUrl(html, { csp: true }));
    const card = frameDocument(frame).querySelector('si-project-card')!;
    await untilState(card);
    const script = await until(() => card.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
    expect(JSON.parse(script.textContent ?? '')).to.include({ '@type': 'Project', identifier: 'asif' });
    expect([...resources(frame).keys()]).to.include(`${base}/chunks/structured-data.js`);
    expect(violations(frame)).to.deep.equal([]);
  });

  it('without its JSON-LD code the card is still ready, says why once in the console, and does not ask again', async () => {
    const feed = '/src/public/feeds/sample.json';
    const { html } = cdnPage('no-structured-data', `<si-project-card feed="${feed}" project="asif" structured-data></si-project-card>
      <si-project-card feed="${feed}" project="joint-way" structured-data></si-project-card>`);
    const frame = await openFrame(pageUrl(html));
    const cards = [...frameDocument(frame).querySelectorAll('si-project-card')];
    for (const card of cards) await untilState(card);
    const said = () => consoleErrors(frame).filter((line) => line.includes('structured-data'));
    await until(() => said().length > 0, 'the console error');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(said()).to.have.length(1);
    expect(said()[0]).to.contain('[si-widgets] The code for structured-data could not be loaded');
    const asked = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.includes('/chunks/structured-data-'));
    expect(asked).to.have.length(1);
    for (const card of cards) {
      expect(card.querySelector('script')).to.equal(null);
      expect(shadowText(card)).to.not.equal('');
      expect((card as Element & { isUpdatePending: boolean }).isUpdatePending, 'no update loop').to.equal(false);
    }
  });

  it('asks for the feed while the element\'s code is still downloading', async () => {
    const key = uniqueKey('parallel');
    const feed = `/test-feeds/counted/${key}`;
    const { html, base } = cdnPage('slow-chunks', `<si-project-card feed="${feed}" project="asif"></si-project-card>`);
    const frame = await openFrame(pageUrl(html));
    await untilState(frameDocument(frame).querySelector('si-project-card')!);
    // Chromium adds a resource's timing entry a moment after its body has been read: wait for both.
    const cardPath = `${base}/chunks/project-card.js`;
    await until(() => resources(frame).has(feed) && resources(frame).has(cardPath), 'the timing of the feed and the card\'s code');
    const loaded = resources(frame);
    const feedTiming = loaded.get(feed)!;
    const cardCode = loaded.get(cardPath)!;
    expect(feedTiming.startTime, 'the feed asked for before the card\'s code arrived').to.be.below(cardCode.responseEnd);
    expect(feedTiming.responseEnd, 'and answered before it').to.be.below(cardCode.responseEnd);
    expect(await requestCount(key)).to.equal(1);
  });

  it('uses a feed the page preloads (<link rel="preload" as="fetch" crossorigin="anonymous">): one request', async () => {
    const key = uniqueKey('preloaded');
    // Without .json, which the test runner's server would mark fresh for a year (a second request would hit the cache).
    const feed = `/test-feeds/counted/${key}`;
    // The bundle comes late, so that the preloaded answer is complete before the widgets ask.
    const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8">
      <link rel="preload" href="${feed}" as="fetch" crossorigin="anonymous">
      <script type="module" src="/test-embed/delayed/si-widgets.js?ms=500&fresh=${key}"></script></head><body>
      <si-project-card feed="${feed}" project="asif"></si-project-card><si-project-list feed="${feed}"></si-project-list></body></html>`;
    const frame = await openFrame(pageUrl(html));
    const doc = frameDocument(frame);
    await untilState(doc.querySelector('si-project-card')!);
    await untilState(doc.querySelector('si-project-list')!);
    expect(await requestCount(key)).to.equal(1);
  });

  it('gives an element whose code cannot be loaded its error state and a message in its language; the others work', async () => {
    const { html } = cdnPage(
      'no-card',
      `<si-project-card feed="/src/public/feeds/sample.json" project="asif"><a id="fallback" href="https://example.org/asif">ASIF</a></si-project-card>
       <div lang="en"><si-project-card feed="/src/public/feeds/sample.json" project="asif"></si-project-card></div>
       <div data-si-widget="project-card" data-feed="/src/public/feeds/sample.json" data-project="asif"></div>
       <si-project-list feed="/src/public/feeds/sample.json"></si-project-list>`,
    );
    const frame = await openFrame(pageUrl(html, { csp: true }));
    const doc = frameDocument(frame);
    const [swedish, english] = [...doc.querySelectorAll('body > si-project-card, div[lang] > si-project-card')];
    await untilState(doc.querySelector('si-project-list')!);
    await untilState(swedish, ['error']);
    await untilState(english, ['error']);
    const message = (card: Element) => until(() => card.querySelector('[data-si-message]')?.textContent, 'the message');
    expect(await message(swedish)).to.equal(
      'Widgeten kunde inte laddas: dess kod saknas eller nätverket svarar inte. Ladda om sidan för att försöka igen.',
    );
    expect(await message(english)).to.match(/^The widget could not be loaded/);
    expect(swedish.querySelector('[data-si-message]')!.getAttribute('role')).to.equal('alert');
    expect(doc.getElementById('fallback')!.getClientRects().length, 'the fallback stays').to.be.above(0);
    const mounted = await until(() => doc.querySelector('div[data-si-widget] > si-project-card'), 'the div mount');
    await untilState(mounted, ['error']);
    expect(violations(frame)).to.deep.equal([]);
  });
});
