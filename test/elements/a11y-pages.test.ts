/**
 * Issue #22: the demo page links the accessibility and privacy documents and its own statement
 * page (tillganglighet.html), that page is accessible and reflows at 320 px, and the demo's
 * filterable list is the one the protocol's keyboard row describes.
 */
import { expect, fixture } from '@open-wc/testing';
import { LIST_CONTROLS } from './a11y-expectations.js';
import { frameDocument, openFrame } from './embed-helpers.js';

async function page(path: string): Promise<Document> {
  const response = await fetch(path);
  expect(response.status, path).to.equal(200);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

describe('the demo page and its accessibility statement (#22)', () => {
  it('the demo page links its statement, docs/accessibility.md and docs/privacy.md, and each is there', async () => {
    const demo = await page('/index.html');
    const links = [...demo.querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['tillganglighet.html', 'docs/accessibility.md', 'docs/privacy.md']);
    for (const href of links) expect((await fetch(`/${href}`)).status, href!).to.equal(200);
  });

  it("the demo's filterable list is the protocol's (LIST_CONTROLS)", async () => {
    const demo = await page('/index.html');
    const list = demo.querySelector('si-project-list[filters~="download"]');
    expect(list?.getAttribute('filters')).to.equal(LIST_CONTROLS.filters);
    expect(list?.getAttribute('page-size')).to.equal(LIST_CONTROLS['page-size']);
  });

  it('the statement follows Digg’s model: its headings, the date, the link to Digg, and the documents', async () => {
    const statement = await page('/tillganglighet.html');
    const headings = [...statement.querySelectorAll('h2, h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal([
      'Hur tillgänglig är webbplatsen?',
      'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet',
      'Tillsyn',
      'Teknisk information om webbplatsens tillgänglighet',
      'Innehåll som inte är tillgängligt',
      'Innehåll som inte omfattas av lagkraven',
      'Hur vi testat webbplatsen',
    ]);
    expect(statement.body.textContent).to.contain('6 december 2026');
    const hrefs = [...statement.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['https://www.digg.se/tdosanmalan', 'docs/accessibility.md', 'docs/privacy.md', './']);
  });

  it('the statement page is accessible (axe, WCAG 2.2 AA) and needs no sideways scrolling at 320 px', async () => {
    const statement = await page('/tillganglighet.html');
    const main = await fixture<HTMLElement>(statement.querySelector('main')!.outerHTML);
    await expect(main).to.be.accessible();
    const frame = await openFrame('/tillganglighet.html', { width: 320, height: 800 });
    const doc = frameDocument(frame);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    expect(doc.documentElement.lang).to.equal('sv');
    frame.remove();
  });
});
