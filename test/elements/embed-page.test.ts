import { expect } from '@open-wc/testing';
import { FEED, frameDocument, openFrame, pageUrl, removeFrames, untilState, until } from './embed-helpers.js';
import { isolate } from '../../src/data/message.js';

function embed(query: Record<string, string>): string {
  return `/dist/embed.html?${new URLSearchParams(query)}`;
}

describe('dist/embed.html (the iframe page)', () => {
  afterEach(removeFrames);

  it('renders the widget its query string names, in the language it names', async () => {
    const frame = await openFrame(embed({ widget: 'project-card', feed: FEED, project: 'asif', lang: 'en', 'heading-level': '2' }), { width: 320 });
    const doc = frameDocument(frame);
    const card = await until(() => doc.querySelector('si-project-card'), 'the card');
    await untilState(card);
    expect(doc.documentElement.lang).to.equal('en');
    expect(card.getAttribute('project')).to.equal('asif');
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.contain('A unique and relevant innovation alliance for social innovation and change');
    expect(doc.documentElement.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
  });

  it('opens links in the top window, not inside the iframe', async () => {
    const frame = await openFrame(embed({ widget: 'project-card', feed: FEED, project: 'asif' }));
    const doc = frameDocument(frame);
    expect(doc.querySelector('base')?.getAttribute('target')).to.equal('_top');
  });

  it('sets right-to-left for Arabic', async () => {
    const frame = await openFrame(embed({ widget: 'project-card', feed: FEED, project: 'asif', lang: 'ar' }));
    const doc = frameDocument(frame);
    await until(() => doc.querySelector('si-project-card'), 'the card');
    expect(doc.documentElement.dir).to.equal('rtl');
  });

  it('applies the look parameters through the documented custom properties, and ignores bad values', async () => {
    const frame = await openFrame(embed({ widget: 'project-card', feed: FEED, project: 'asif', accent: '#8a2be2', radius: 'url(https://x)' }));
    const card = await until(() => frameDocument(frame).querySelector<HTMLElement>('si-project-card'), 'the card');
    await untilState(card);
    expect(card.style.getPropertyValue('--si-color-accent')).to.equal('#8a2be2');
    expect(card.style.getPropertyValue('--si-radius')).to.equal('');
    const link = card.shadowRoot!.querySelector('a')!;
    expect(getComputedStyle(link).color).to.equal('rgb(138, 43, 226)');
  });

  for (const [name, query, expected] of [
    ['an unknown widget', { widget: 'project-cards', feed: FEED }, new RegExp(`Widgeten "${isolate('project-cards')}" finns inte\\. Välj en av: .*project-card`)],
    ['no widget', { feed: FEED }, /Ange vilken widget/],
    ['no feed', { widget: 'project-card', project: 'asif' }, /Ange projektflödets adress/],
    ['a javascript: feed', { widget: 'project-card', feed: 'javascript:alert(1)', project: 'asif' }, /går inte att använda/],
    ['an inline #id feed', { widget: 'project-card', feed: '#feed', project: 'asif' }, /går inte att använda/],
  ] as const) {
    it(`says clearly what is wrong with ${name}`, async () => {
      const frame = await openFrame(embed(query));
      const message = await until(() => frameDocument(frame).querySelector('[role="alert"]'), 'the message');
      expect(message.textContent).to.match(expected);
      expect(frameDocument(frame).querySelector('[data-si-widget], si-project-card')).to.equal(null);
    });
  }

  for (const [lang, start] of [
    ['sv', `Widgeten "${isolate('project-cards')}" finns inte`],
    ['en', `The widget "${isolate('project-cards')}" does not exist`],
    ['ar', `الأداة «${isolate('project-cards')}» غير موجودة`],
  ] as const) {
    it(`says it in the language the query asks for: ${lang}`, async () => {
      const frame = await openFrame(embed({ widget: 'project-cards', feed: FEED, lang }));
      const message = await until(() => frameDocument(frame).querySelector('[role="alert"]'), 'the message');
      const first = await until(() => message.textContent || undefined, 'the message\'s text');
      // Said once, in its language, and marked with it (not Swedish first, then replaced).
      expect(first.startsWith(start), first).to.equal(true);
      expect(message.getAttribute('lang')).to.equal(lang);
    });
  }

  it('passes only the element\'s own attributes: no event handlers from the query', async () => {
    const frame = await openFrame(embed({ widget: 'project-card', feed: FEED, project: 'asif', onclick: 'window.__owned=1', style: 'display:none' }));
    const card = await until(() => frameDocument(frame).querySelector('si-project-card'), 'the card');
    expect(card.hasAttribute('onclick')).to.equal(false);
    expect(card.hasAttribute('style')).to.equal(false);
  });

  it('with embed-resize.js on the host page, the iframe takes the height of its content', async () => {
    const src = `${location.origin}${embed({ widget: 'project-card', feed: FEED, project: 'asif' })}`;
    const host = await openFrame(
      pageUrl(`<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/dist/embed-resize.js"></script></head>
        <body><iframe id="embed" src="${src.replace(/&/g, '&amp;')}" title="Projektkort" width="100%" height="150" frameborder="0"></iframe>
        <iframe id="other" src="/test-embed/page?html=x" title="annan" height="150"></iframe></body></html>`),
      { width: 360, height: 900 },
    );
    const doc = frameDocument(host);
    const iframe = doc.getElementById('embed') as HTMLIFrameElement;
    const card = await until(() => iframe.contentDocument?.querySelector('si-project-card'), 'the card');
    await untilState(card);
    await until(() => iframe.style.height !== '', 'a resize');
    const content = Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height);
    await until(() => Math.abs(parseFloat(iframe.style.height) - content) <= 1, `height ${content}px, not ${iframe.style.height}`);
    expect(content).to.be.greaterThan(300);

    // A message from another frame (not an embed.html), or with a silly height, changes nothing.
    const other = doc.getElementById('other') as HTMLIFrameElement;
    other.contentWindow!.parent.postMessage({ type: 'si-widgets:embed-size', height: 5 }, '*');
    iframe.contentWindow!.postMessage({ type: 'si-widgets:embed-size', height: 1e9 }, '*');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(parseFloat(iframe.style.height)).to.be.closeTo(content, 1);
    expect(other.style.height).to.equal('');
  });
});
