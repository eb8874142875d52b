import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/project-list.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import { SAMPLE_FEED, settledFixture, shadow } from './helpers.js';

describe('<si-project-list>', () => {
  it('lists the five seed projects from the sample feed, each with a linked heading, lead and summary', async () => {
    const list = await settledFixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED}></si-project-list>`);
    expect(list.state).to.equal('ready');
    expect(list.getAttribute('state')).to.equal('ready');
    const items = shadow(list).querySelectorAll('li[part="item"]');
    expect(items.length).to.equal(5);
    const headings = [...shadow(list).querySelectorAll('h3')].map((h) => h.textContent?.trim());
    expect(headings).to.deep.equal([
      'En unik och relevant innovationsallians för social innovation och förändring',
      'The Joint Way-Lunds Business Incubator',
      'Lärprocess kring behovsdrivet stöd till sociala innovatörer',
      'Nationell kunskapsplattform för social innovation',
      'Ett hållbart Skåne genom socialt företagande',
    ]);
    const first = items[0];
    const link = first.querySelector('h3 a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/projekt/asif');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(first.querySelector('[part="leads"]')?.textContent).to.contain('Malmö universitet');
    expect(first.querySelector('[part="summary"]')?.textContent).to.match(/^Det långsiktiga syftet/);
  });

  it('is accessible when ready', async () => {
    const list = await settledFixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED}></si-project-list>`);
    await expect(list).to.be.accessible();
  });

  it('honours heading-level', async () => {
    const list = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} heading-level="2"></si-project-list>`,
    );
    expect(shadow(list).querySelectorAll('h2').length).to.equal(5);
    expect(shadow(list).querySelectorAll('h3').length).to.equal(0);
  });

  it('says so when the feed has no projects', async () => {
    const list = await settledFixture<SiProjectList>(
      html`<si-project-list .data=${{ version: 1, organizations: [], projects: [] }}></si-project-list>`,
    );
    expect(list.state).to.equal('empty');
    expect(shadow(list).querySelector('[part="empty"]')?.textContent).to.contain('inga projekt');
  });

  it('starts in the loading state, which keeps its space and is announced politely', async () => {
    const list = await fixture<SiProjectList>(html`<si-project-list feed="/test-feeds/slow?ms=2000"></si-project-list>`);
    expect(list.state).to.equal('loading');
    const live = shadow(list).querySelector('[role="status"]');
    expect(live?.textContent).to.contain('Laddar');
    expect(shadow(list).querySelector('[role="alert"]')).to.equal(null);
    expect(list.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(list).to.be.accessible();
  });
});
