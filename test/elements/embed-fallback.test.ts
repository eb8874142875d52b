import { expect } from '@open-wc/testing';
import {
  FEED,
  frameDocument,
  isRendered,
  openFrame,
  pageUrl,
  removeFrames,
  startFrame,
  untilState,
  until,
} from './embed-helpers.js';

/** What the builder writes as fallback for the ASIF card: its linked title and its summary. */
const FALLBACK = `<p><a id="fallback" href="https://example.org/projekt/asif">En unik och relevant innovationsallians för social innovation och förändring</a></p>
  <p>Det långsiktiga syftet för projektet är att förändra det innovationsfrämjande arbetet regionalt så att det sker i brett samspel med alla samhällssektorer och att sociala innovationer och sociala företag utvecklas tillsammans med behovsägarna med hjälp av nya och vidareutvecklade processer och metoder.</p>`;

/** A feed that answers after 2 s: the upgraded element is still loading when the test looks. */
const SLOW_FEED = '/test-feeds/slow?ms=2000';

function page(body: string, script: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8">
    <style>body { margin: 0; font: 16px/1.5 sans-serif } main { width: 600px; padding: 8px }</style></head>
    <body><main><h1>Sidan</h1>${body}<p id="below">Text under widgeten.</p></main>${script}</body></html>`;
}

/** The page's cumulative layout shift so far, as measured by the probe script in its own realm. */
function layoutShift(win: Window): number {
  return (win as Window & { __layoutShift?: number }).__layoutShift ?? NaN;
}

describe('fallback content', () => {
  afterEach(removeFrames);

  for (const [kind, markup] of [
    ['tag', `<si-project-card feed="${SLOW_FEED}" project="asif">${FALLBACK}</si-project-card>`],
    ['div', `<div data-si-widget="project-card" data-feed="${SLOW_FEED}" data-project="asif">${FALLBACK}</div>`],
  ] as const) {
    it(`(${kind}) is shown before the script arrives, and the page does not move when the widget takes over`, async () => {
      const frame = startFrame(pageUrl(page(markup, `<script type="module" src="/test-embed/delayed/si-widgets.js?ms=1500&fresh=${kind}-${Date.now()}"></script>`)));
      const link = await until(() => frame.contentDocument?.getElementById('fallback'), 'the page with its fallback');
      const doc = frame.contentDocument!;
      const win = frame.contentWindow!;
      await until(() => doc.readyState !== 'loading' && isRendered(link), 'the fallback to be laid out');
      expect(win.customElements.get('si-project-card'), 'not yet defined').to.equal(undefined);
      const below = doc.getElementById('below')!;
      const before = below.getBoundingClientRect().top;
      expect(isRendered(link)).to.equal(true);

      // The script arrives; the element is upgraded and shows the same fallback while loading.
      await until(() => win.customElements.get('si-project-card'), 'the bundle', 10000);
      const card = doc.querySelector('si-project-card')!;
      await until(() => card.shadowRoot, 'the upgrade');
      expect(card.getAttribute('state'), 'upgraded, the feed not there yet').to.equal('loading');
      expect(isRendered(link), 'fallback shown while loading').to.equal(true);
      expect(below.getBoundingClientRect().top, 'no jump at the upgrade').to.equal(before);

      await untilState(card);
      expect(isRendered(link), 'the ready view does not show the light DOM').to.equal(false);
      // The ready card is taller than its plain-HTML fallback (frame, lead organisation, topics): one
      // move of the text below when it is ready, none when the script arrives. Its cumulative layout
      // shift stays under 0.1, the "good" line of Core Web Vitals.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(layoutShift(win), 'cumulative layout shift').to.be.lessThan(0.1);
    });
  }

  it('without fallback content, a skeleton keeps the space while loading', async () => {
    const frame = await openFrame(
      pageUrl(page(`<si-project-card feed="/test-feeds/slow?ms=3000" project="asif"></si-project-card>`, '<script type="module" src="/dist/si-widgets.js"></script>')),
    );
    const card = frameDocument(frame).querySelector('si-project-card')!;
    await until(() => card.shadowRoot?.querySelector('.skeleton'), 'the skeleton');
    expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('whitespace around a tag is not fallback content: the skeleton still keeps the space', async () => {
    const frame = await openFrame(
      pageUrl(page(`<si-project-card feed="/test-feeds/slow?ms=3000" project="asif">
      </si-project-card>`, '<script type="module" src="/dist/si-widgets.js"></script>')),
    );
    const card = frameDocument(frame).querySelector('si-project-card')!;
    await until(() => card.shadowRoot?.querySelector('.skeleton'), 'the skeleton');
    expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('is what a visitor sees with JavaScript off (tag, div and their links)', async () => {
    const frame = await openFrame(
      pageUrl(
        page(
          `<si-project-card feed="${FEED}" project="asif"><p><a id="tag-fallback" href="https://example.org/projekt/asif">ASIF</a></p></si-project-card>
           <div data-si-widget="project-card" data-feed="${FEED}" data-project="asif"><p><a id="div-fallback" href="https://example.org/projekt/asif">ASIF</a></p></div>`,
          '<script type="module" src="/dist/si-widgets.js"></script>',
        ),
      ),
      // No allow-scripts: the frame's page runs with scripting disabled.
      { sandbox: 'allow-same-origin' },
    );
    const doc = frameDocument(frame);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(frame.contentWindow!.customElements.get('si-project-card')).to.equal(undefined);
    for (const id of ['tag-fallback', 'div-fallback']) {
      const link = doc.getElementById(id)!;
      expect(isRendered(link), id).to.equal(true);
      expect(link.getBoundingClientRect().width, id).to.be.greaterThan(20);
    }
  });
});
