import { expect } from '@open-wc/testing';
import { ASIF_TITLE, BUNDLE, FEED, bundlePage, frameDocument, openFrame, pageUrl, removeFrames, shadowText, untilBundle, untilState } from './embed-helpers.js';

describe('the one-script embed (dist/si-widgets.js)', () => {
  afterEach(removeFrames);

  it('upgrades tags written before the script', async () => {
    const frame = await openFrame(
      pageUrl(`<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body>
        <si-project-card feed="${FEED}" project="asif"><a href="https://example.org/projekt/asif">ASIF</a></si-project-card>
        <script type="module" src="${BUNDLE}"></script></body></html>`),
    );
    const card = frameDocument(frame).querySelector('si-project-card')!;
    await untilState(card);
    expect(shadowText(card)).to.contain(ASIF_TITLE);
  });

  it('upgrades tags written after the script (script in the head)', async () => {
    const frame = await openFrame(
      pageUrl(bundlePage(`<si-project-list feed="${FEED}"></si-project-list>`)),
    );
    const list = frameDocument(frame).querySelector('si-project-list')!;
    await untilState(list);
    expect(list.shadowRoot!.querySelectorAll('li[part="item"]').length).to.equal(5);
  });

  it('upgrades tags added later by a CMS or a framework, and a bundle loaded twice does no harm', async () => {
    const frame = await openFrame(
      pageUrl(`<!doctype html><html lang="sv"><head><meta charset="utf-8">
        <script type="module" src="${BUNDLE}"></script><script type="module" src="${BUNDLE}?again"></script></head><body></body></html>`),
    );
    const doc = frameDocument(frame);
    await untilBundle(frame);
    const card = doc.createElement('si-project-card');
    card.setAttribute('feed', FEED);
    card.setAttribute('project', 'asif');
    doc.body.append(card);
    await untilState(card);
    expect(shadowText(card)).to.contain(ASIF_TITLE);
  });
});
