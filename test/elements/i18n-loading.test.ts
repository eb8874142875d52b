/**
 * The first element in a language whose words are not loaded yet (its own page, so nothing is
 * loaded): it stays "loading" until they are, then speaks that language; it never shows the
 * Swedish words in between, never throws, and loads only what the page uses.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/project-list.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import { NO_PROJECTS_FEED, NO_PROJECTS_MESSAGE, emptyViewText, settled, shadow, textOf } from './helpers.js';

function catalogueRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/generated\/locales\//.test(name));
}

describe('a language whose words are still loading', () => {
  it('loads nothing for a Swedish element', async () => {
    const list = await fixture<SiProjectList>(html`<si-project-list lang="sv" .data=${NO_PROJECTS_FEED}></si-project-list>`);
    await settled(list);
    expect(emptyViewText(list)).to.equal(NO_PROJECTS_MESSAGE.sv);
    expect(catalogueRequests()).to.deep.equal([]);
  });

  it('stays loading, silently, until the Arabic words are there, then speaks Arabic; English is never loaded', async () => {
    const states: string[] = [];
    const texts: string[] = [];
    const list = document.createElement('si-project-list');
    list.addEventListener('si-state-change', (event) => states.push(event.detail.state));
    list.setAttribute('lang', 'ar');
    list.data = NO_PROJECTS_FEED; // the feed is there at once: only the words are missing
    const page = await fixture(html`<div></div>`);
    page.append(list);
    await list.updateComplete;
    texts.push(textOf(list));
    expect(list.state).to.equal('loading');
    expect(shadow(list).querySelector('[part="loading"]')).to.not.equal(null);
    await settled(list);
    texts.push(textOf(list));
    expect(states).to.deep.equal(['loading', 'empty']);
    expect(texts[0]).to.equal('');
    expect(texts[1]).to.contain(NO_PROJECTS_MESSAGE.ar);
    // Said by the live region, and shown by the view.
    expect(shadow(list).querySelector('[part="live-region"]')!.textContent).to.equal(NO_PROJECTS_MESSAGE.ar);
    expect(emptyViewText(list)).to.equal(NO_PROJECTS_MESSAGE.ar);
    expect(catalogueRequests().map((url) => new URL(url).pathname)).to.deep.equal(['/src/generated/locales/ar.ts']);
  });
});
