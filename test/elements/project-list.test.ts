import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/project-list.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import { capture, SAMPLE_FEED, settledFixture, shadow } from './helpers.js';

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

describe('<si-project-list> with start dates that do not exist', () => {
  it('lists every project, shows no shifted date, and names the dates in the console', async () => {
    const data = await (await fetch(SAMPLE_FEED)).json();
    data.projects[0].start = '2024-02-30';
    data.projects[1].start = '2026-13-45';
    data.projects[2].start = '2024-02-29';
    const warnings = await capture('warn', async () => {
      const list = await settledFixture<SiProjectList>(html`<si-project-list .data=${data}></si-project-list>`);
      const items = [...shadow(list).querySelectorAll('li[part="item"]')];
      expect(items.length).to.equal(5);
      expect(items[0].querySelector('h3')?.textContent).to.match(/^En unik och relevant innovationsallians/);
      expect(items[1].querySelector('[part="summary"]')?.textContent).to.have.length.greaterThan(20);
      // "1 mars 2024" is what 2024-02-30 rolls over to; 2026-13-45 rolls into 2027.
      expect(items[0].textContent).not.to.match(/mars/);
      expect(items[1].textContent).not.to.match(/2027/);
      expect(items[0].querySelector('[part="period"]')).to.equal(null);
      expect(items[1].querySelector('[part="period"]')).to.equal(null);
      const leapDay = new Intl.DateTimeFormat('sv', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 1, 29));
      expect(items[2].querySelector('[part="period"]')?.textContent).to.contain(leapDay);
    });
    expect(warnings.join('\n')).to.match(/\$\.projects\[0\]\.start: expected .*, found "2024-02-30"/);
    expect(warnings.join('\n')).to.match(/\$\.projects\[1\]\.start: expected .*, found "2026-13-45"/);
  });
});
