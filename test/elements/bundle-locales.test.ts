/**
 * dist/si-widgets.js as a partner page loads it: from a CDN at some deep path, with a cache-busting
 * query (WordPress adds ?ver=). Swedish is inside the bundle; English and Arabic are separate
 * chunks, fetched next to the bundle only when an element needs them. Needs `npm run build`
 * (npm test builds first).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { NO_PROJECTS_FEED, NO_PROJECTS_MESSAGE, emptyViewText, settled, shadow } from './helpers.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';

const CDN = '/test-cdn/ok/npm/si-widgets@0.1.0/dist';

/** What the page loaded as scripts (not what the tests fetched to read), but the elements' code (chunks/). */
function requested(): string[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.initiatorType !== 'fetch')
    .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search)
    .filter((path) => path.startsWith('/test-cdn/') && !path.includes('/chunks/'));
}

/** The code every element shares, which any page with an element loads (chunks/shared-*.js, from the build's manifest). */
async function sharedChunkText(): Promise<string> {
  const manifest = (await (await fetch('/dist/si-widgets.manifest.json')).json()) as Record<string, { file: string }>;
  const files = Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.startsWith('chunks/shared-'));
  expect(files).to.have.length(1);
  return (await fetch(`${CDN}/${files[0]}`)).text();
}

before(async () => {
  const bundle = `${CDN}/si-widgets.js?ver=6.4`;
  if (!(await fetch(bundle)).ok) throw new Error('dist/si-widgets.js is missing: run `npm run build` first');
  await import(/* @vite-ignore */ bundle);
});

describe('dist/si-widgets.js and its language chunks', () => {
  it('carries the Swedish words itself, and no English or Arabic ones', async () => {
    const bundle = await (await fetch(`${CDN}/si-widgets.js`)).text();
    // The words are in the code every element shares, which the bundle imports when an element is on the page.
    const words = `${bundle}\n${await sharedChunkText()}`;
    expect(words).to.contain('Laddar projekt…');
    expect(words).to.not.contain('Loading projects…');
    expect(words).to.not.contain('جارٍ تحميل المشاريع');
    expect(bundle, 'the bundle imports no other file statically').to.not.match(/^import\s/m);
    const english = await (await fetch(`${CDN}/locales/en.js`)).text();
    expect(english).to.contain('Loading projects…');
    expect(english, 'a language chunk imports nothing (no second copy of the bundle)').to.not.match(/\bimport\b/);
  });

  it('loads no language chunk for a Swedish page, and only the English one, from next to itself, for English', async () => {
    const swedish = await fixture<SiProjectList>(html`<si-project-list lang="sv" .data=${NO_PROJECTS_FEED}></si-project-list>`);
    await settled(swedish);
    expect(emptyViewText(swedish)).to.equal(NO_PROJECTS_MESSAGE.sv);
    expect(requested().filter((path) => path.includes('/locales/'))).to.deep.equal([]);

    const english = await fixture<SiProjectList>(html`<si-project-list lang="en" .data=${NO_PROJECTS_FEED}></si-project-list>`);
    await settled(english);
    expect(emptyViewText(english)).to.equal(NO_PROJECTS_MESSAGE.en);
    expect(english.getAttribute('dir')).to.equal('ltr');
    expect(requested()).to.deep.equal([`${CDN}/si-widgets.js?ver=6.4`, `${CDN}/locales/en.js`]);
  });

  it('speaks Arabic right to left from its chunk, beside a Swedish element', async () => {
    const page = await fixture(html`<div>
      <si-project-list lang="sv" .data=${NO_PROJECTS_FEED}></si-project-list>
      <div lang="ar"><si-project-list .data=${NO_PROJECTS_FEED}></si-project-list></div>
    </div>`);
    const [swedish, arabic] = [...page.querySelectorAll('si-project-list')] as SiProjectList[];
    await Promise.all([settled(swedish), settled(arabic)]);
    expect(emptyViewText(swedish)).to.equal(NO_PROJECTS_MESSAGE.sv);
    expect(emptyViewText(arabic)).to.equal(NO_PROJECTS_MESSAGE.ar);
    expect(getComputedStyle(shadow(arabic).querySelector('[part="empty"]')!).direction).to.equal('rtl');
    expect(requested()).to.include(`${CDN}/locales/ar.js`);
  });
});
