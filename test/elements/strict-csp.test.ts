import { expect } from '@open-wc/testing';
import { ASIF_TITLE, BUNDLE, FEED, bundlePage, frameDocument, openFrame, pageUrl, removeFrames, shadowText, untilState, until, violations } from './embed-helpers.js';

const PAGE = bundlePage(`
  <si-project-list feed="${FEED}" structured-data><a href="https://example.org/projekt">Alla projekt</a></si-project-list>
  <si-project-card feed="${FEED}" project="asif" structured-data></si-project-card>
  <div data-si-widget="project-card" data-feed="${FEED}" data-project="joint-way"></div>
  <si-goal-progress feed="${FEED}" project="asif" lang="ar"></si-goal-progress>
  <div data-si-widget="partner-list" data-feed="${FEED}" data-project="larprocess-behovsdrivet-stod"></div>
  <si-project-list feed="${FEED}" filters="search organization topic municipality status sort"></si-project-list>
  <si-project-card feed="/test-feeds/status/404" project="asif"></si-project-card>
  `);

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  afterEach(removeFrames);

  it('renders every kind of embed (tag, div, structured data, error view) with zero violations', async () => {
    const frame = await openFrame(pageUrl(PAGE, { csp: true }));
    const doc = frameDocument(frame);
    const list = doc.querySelector('si-project-list')!;
    const card = doc.querySelector('body > si-project-card')!;
    const broken = doc.querySelector('si-project-card[feed^="/test-feeds/"]')!;
    await untilState(list);
    await untilState(card);
    await untilState(broken, ['error']);
    const mounted = await until(() => doc.querySelector('div[data-si-widget] > si-project-card'), 'the div mount');
    await untilState(mounted);
    const arabic = doc.querySelector('si-goal-progress')!;
    await untilState(arabic);
    // Its Arabic words came from a language chunk loaded under the same policy.
    await until(() => /[\u0600-\u06FF]/.test(arabic.shadowRoot!.textContent ?? ''), 'Arabic words');
    await untilState(await until(() => doc.querySelector('div[data-si-widget] > si-partner-list'), 'the partner list'));
    const filtered = doc.querySelector('si-project-list[filters]')!;
    await untilState(filtered);
    // Typing in the search box re-renders under Trusted Types too.
    const search = filtered.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
    expect(search, 'the search box').not.to.equal(null);
    search!.value = 'malmo';
    search!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(shadowText(card)).to.contain(ASIF_TITLE);
    expect(card.querySelector('script[type="application/ld+json"]'), 'structured data under Trusted Types').not.to.equal(null);
    // The retry button works too (an event listener, not an inline handler).
    (broken.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(violations(frame)).to.deep.equal([]);
    // The probe itself proves it would have seen one: HTML from a string is a violation here.
    try {
      doc.body.insertAdjacentHTML('beforeend', '<p>x</p>');
    } catch {
      // Refused, as it must be; the probe has the report.
    }
    await until(() => violations(frame).length > 0, 'the probe to see a deliberate violation');
  });

  it('sets no cookie, stores nothing, and requests nothing but the bundle, its language chunk and the feed', async () => {
    const frame = await openFrame(pageUrl(PAGE, { csp: true }));
    const doc = frameDocument(frame);
    const win = frame.contentWindow!;
    await untilState(doc.querySelector('si-project-list')!);
    await untilState(doc.querySelector('si-project-card')!);
    await untilState(doc.querySelectorAll('body > si-project-card')[1], ['error']);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path !== '/test-embed/probe.js');
    expect(requested).to.include.members([BUNDLE, FEED]);
    // The bundle, the code of the elements on the page, the language chunk a widget needs (Arabic
    // here), the feeds: nothing else.
    for (const path of requested.filter((p) => !p.startsWith('/dist/chunks/'))) {
      expect([BUNDLE, '/dist/locales/ar.js', FEED, '/test-feeds/status/404'], path).to.include(path);
    }
  });

  it('sends logo images without a referrer and lazily', async () => {
    const feed = JSON.stringify({
      version: 1,
      organizations: [{ id: 'o', name: 'Org', url: 'https://org.example/', logo: 'https://logos.example/o.svg' }],
      projects: [{ id: 'p', title: 'P', organizations: [{ id: 'o', role: 'lead' }] }],
    });
    const frame = await openFrame(
      // Below the fold, so that the lazy logo is not fetched (logos.example does not answer, and a
      // logo that fails is replaced by the name) whenever the list's code arrives.
      pageUrl(bundlePage(`<script type="application/json" id="feed">${feed}</script><div style="block-size: 300vh"></div>
        <si-partner-list feed="#feed" project="p" layout="logos"></si-partner-list>`)),
    );
    const list = frameDocument(frame).querySelector('si-partner-list')!;
    await untilState(list);
    const images = [...list.shadowRoot!.querySelectorAll('img')];
    expect(images.length, 'the logo is shown').to.equal(1);
    for (const image of images) {
      expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.alt).to.contain('Org');
    }
  });

  it('dist/embed.html itself renders with zero violations under the same policy', async () => {
    // The test server sends the policy with the pages it serves from a query: serve embed.html's own
    // text that way, its asset paths pointed back at dist/, with the widget's parameters after it.
    const embedHtml = (await (await fetch('/dist/embed.html')).text()).replaceAll('"./assets/', '"/dist/assets/');
    expect(embedHtml, 'the built page loads its assets from ./assets/').to.contain('"/dist/assets/');
    const widget = new URLSearchParams({ widget: 'project-card', feed: FEED, project: 'asif' });
    const frame = await openFrame(`${pageUrl(embedHtml, { csp: true })}&${widget}`);
    const card = await until(() => frameDocument(frame).querySelector('si-project-card'), 'the card');
    await untilState(card);
    expect(shadowText(card)).to.contain(ASIF_TITLE);
    expect(frameDocument(frame).querySelectorAll('script:not([src])').length, 'no inline script').to.equal(0);
    expect(frameDocument(frame).querySelectorAll('[style]').length, 'no style attribute').to.equal(0);
    expect(violations(frame)).to.deep.equal([]);
  });
});
