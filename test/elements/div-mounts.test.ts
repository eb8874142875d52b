import { expect } from '@open-wc/testing';
import { ASIF_TITLE, FEED, bundlePage, frameDocument, isRendered, openFrame, pageUrl, removeFrames, shadowText, untilBundle, untilState, until } from './embed-helpers.js';
import { isolate } from '../../src/data/message.js';

const JOINT_WAY = 'The Joint Way-Lunds Business Incubator';

function page(body: string): string {
  return pageUrl(bundlePage(body));
}

describe('<div data-si-widget> mounts', () => {
  afterEach(removeFrames);

  it('becomes the element inside the editor\'s div, with every data-* attribute and the div\'s content as fallback', async () => {
    const frame = await openFrame(
      page(`<div class="wp-block-html alignwide" data-si-widget="project-card" data-feed="${FEED}" data-project="asif" data-heading-level="2">
        <p><a id="fallback" href="https://example.org/projekt/asif">ASIF</a></p></div>`),
    );
    const doc = frameDocument(frame);
    const div = doc.querySelector('div[data-si-widget]')!;
    const card = await until(() => div.querySelector('si-project-card'), 'the mounted element');
    expect(div.className, 'the editor\'s div stays').to.equal('wp-block-html alignwide');
    expect(card.parentElement).to.equal(div);
    expect(card.getAttribute('feed')).to.equal(FEED);
    expect(card.getAttribute('project')).to.equal('asif');
    expect(card.getAttribute('heading-level')).to.equal('2');
    expect(doc.getElementById('fallback')!.parentElement!.parentElement, 'fallback moved into the element').to.equal(card);
    await untilState(card);
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.contain(ASIF_TITLE);
    expect(isRendered(doc.getElementById('fallback')!), 'fallback hidden when ready').to.equal(false);
  });

  it('mounts divs added after the page loaded, and divs that get data-si-widget later', async () => {
    const frame = await openFrame(page('<main></main>'));
    const doc = frameDocument(frame);
    await untilBundle(frame);
    const added = doc.createElement('section');
    const div = doc.createElement('div');
    div.dataset.siWidget = 'project-list';
    div.dataset.feed = FEED;
    added.append(div);
    doc.querySelector('main')!.append(added);
    const list = await until(() => div.querySelector('si-project-list'), 'the list mounted');
    await untilState(list);
    expect(list.shadowRoot!.querySelectorAll('li[part="item"]').length).to.equal(5);

    const later = doc.createElement('div');
    later.dataset.feed = FEED;
    later.dataset.project = 'joint-way';
    doc.body.append(later);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(later.querySelector('si-project-card')).to.equal(null);
    later.dataset.siWidget = 'project-card';
    const card = await until(() => later.querySelector('si-project-card'), 'the card mounted');
    await untilState(card);
    expect(shadowText(card)).to.contain(JOINT_WAY);
  });

  it('passes later changes of the div\'s data-* on to the element', async () => {
    const frame = await openFrame(page(`<div data-si-widget="project-card" data-feed="${FEED}" data-project="asif"></div>`));
    const div = frameDocument(frame).querySelector<HTMLElement>('div[data-si-widget]')!;
    const card = await until(() => div.querySelector('si-project-card'), 'the mount');
    await untilState(card);
    div.dataset.project = 'joint-way';
    await until(() => shadowText(card).includes(JOINT_WAY), 'the new project');
  });

  it('never turns data-* into event handlers, styles or other attributes the element does not take', async () => {
    const frame = await openFrame(
      page(`<div data-si-widget="project-card" data-feed="${FEED}" data-project="asif" data-onclick="window.__owned = 1"
        data-style="display:none" data-class="x" data-id="y" data-state="ready" data-href="javascript:alert(1)"></div>`),
    );
    const div = frameDocument(frame).querySelector('div[data-si-widget]')!;
    const card = await until(() => div.querySelector('si-project-card'), 'the mount');
    for (const name of ['onclick', 'style', 'class', 'id', 'href']) expect(card.hasAttribute(name), name).to.equal(false);
    (card as HTMLElement).click();
    expect((frame.contentWindow as Window & { __owned?: number }).__owned).to.equal(undefined);
    await untilState(card);
  });

  it('says so in the div when the widget does not exist, and keeps the editor\'s fallback', async () => {
    const frame = await openFrame(
      page(`<div data-si-widget="project-cards" data-feed="${FEED}"><a id="fallback" href="https://example.org/">Projekten</a></div>`),
    );
    const div = frameDocument(frame).querySelector('div[data-si-widget]')!;
    const message = await until(() => div.querySelector('[data-si-message]'), 'the message');
    expect(message.textContent).to.contain('project-cards');
    expect(message.textContent).to.contain('project-card');
    expect(isRendered(frameDocument(frame).getElementById('fallback')!)).to.equal(true);
    // Fixing the name mounts the widget.
    div.setAttribute('data-si-widget', 'project-card');
    div.setAttribute('data-project', 'asif');
    const card = await until(() => div.querySelector('si-project-card'), 'the mount after the fix');
    await untilState(card);
    expect(div.querySelector('[data-si-message]')).to.equal(null);
  });

  it('says it in the language around the div', async () => {
    const frame = await openFrame(page(`<section lang="ar" dir="rtl"><div data-si-widget="project-cards" data-feed="${FEED}"></div></section>`));
    const message = await until(() => frameDocument(frame).querySelector('[data-si-message]'), 'the message');
    await until(() => message.textContent?.startsWith(`الأداة «${isolate('project-cards')}» غير موجودة`), 'the Arabic message');
    expect(message.getAttribute('lang')).to.equal('ar');
  });

  it('takes data-lang for the widget\'s language', async () => {
    const frame = await openFrame(page(`<div data-si-widget="project-card" data-feed="${FEED}" data-project="asif" data-lang="en"></div>`));
    const card = await until(() => frameDocument(frame).querySelector('si-project-card'), 'the mount');
    expect(card.getAttribute('lang')).to.equal('en');
  });
});
