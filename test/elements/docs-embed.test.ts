/**
 * A new user following only docs/embed-html.md: the docs' own snippets, served as written with the
 * docs' example hosts pointed at this test server (and, for the strict page, the docs' own CSP line).
 */
import { expect } from '@open-wc/testing';
import { ASIF_TITLE, frameDocument, openFrame, removeFrames, shadowText, untilState, until, violations } from './embed-helpers.js';

describe('docs/embed-html.md, followed to the letter', () => {
  afterEach(removeFrames);

  it('section 1: the plain HTML page shows the card', async () => {
    const frame = await openFrame('/test-embed/docs/embed-html/0');
    const card = await until(() => frameDocument(frame).querySelector('si-project-card'), 'the card');
    await untilState(card);
    expect(shadowText(card)).to.contain(ASIF_TITLE);
    expect(card.shadowRoot!.querySelector('h3')).not.to.equal(null);
  });

  it('section 4: the strict-CSP page, under the docs\' header, shows card and list with zero violations', async () => {
    const response = await fetch('/test-embed/docs/embed-html/3?csp=strict');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain('trusted-types lit-html');
    expect(policy).not.to.contain('unsafe');
    const frame = await openFrame('/test-embed/docs/embed-html/3?csp=strict');
    const doc = frameDocument(frame);
    const card = await until(() => doc.querySelector('si-project-card'), 'the card');
    await untilState(card);
    const list = await until(() => doc.querySelector('div[data-si-widget] > si-project-list'), 'the list');
    await untilState(list);
    expect(shadowText(card)).to.contain(ASIF_TITLE);
    expect(card.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
    expect(violations(frame)).to.deep.equal([]);
  });
});
