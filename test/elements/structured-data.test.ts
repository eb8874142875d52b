import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/project-card.js';
import '../../src/define/project-list.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import { SAMPLE_FEED, settled, settledFixture } from './helpers.js';

function jsonLd(element: Element): unknown[] {
  return [...element.querySelectorAll(':scope > script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? ''));
}

describe('structured-data', () => {
  it('describes the card\'s project as a schema.org Project in the light DOM', async () => {
    const card = await settledFixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="asif" structured-data></si-project-card>`);
    const [data] = jsonLd(card) as Record<string, unknown>[];
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Project');
    expect(data.identifier).to.equal('asif');
    expect(data.name).to.equal('En unik och relevant innovationsallians för social innovation och förändring');
    expect(data.url).to.equal('https://example.org/projekt/asif');
    const members = data.member as { roleName: string; member: { name: string } }[];
    expect(members.find((m) => m.roleName === 'lead')?.member.name).to.equal('Malmö universitet');
    // Serialized (a prerendered page, a crawler's snapshot), it is the same JSON: nothing else inside.
    const script = card.querySelector('script')!;
    expect(script.outerHTML).to.equal(`<script type="application/ld+json" data-si-structured-data="">${script.textContent}</script>`);
  });

  it('is absent without the attribute, and goes when the attribute goes', async () => {
    const plain = await settledFixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="asif"></si-project-card>`);
    expect(jsonLd(plain)).to.deep.equal([]);
    const card = await settledFixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="asif" structured-data></si-project-card>`);
    expect(jsonLd(card).length).to.equal(1);
    card.removeAttribute('structured-data');
    await card.updateComplete;
    expect(jsonLd(card)).to.deep.equal([]);
  });

  it('describes every listed project, as one @graph', async () => {
    const list = await settledFixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED} structured-data></si-project-list>`);
    const [data] = jsonLd(list) as { '@graph': { name: string }[] }[];
    expect(data['@graph'].length).to.equal(5);
  });

  it('gives search engines web addresses only: a mailto: project or organisation link emits no url', async () => {
    const feed = {
      version: 1,
      organizations: [
        { id: 'mail', name: 'Mail', url: 'mailto:info@example.org' },
        { id: 'web', name: 'Web', url: 'https://example.org/' },
      ],
      projects: [{ id: 'p', title: 'P', url: 'mailto:projekt@example.org', organizations: [{ id: 'mail', role: 'lead' }, { id: 'web', role: 'partner' }] }],
    };
    const card = await fixture<SiProjectCard>(html`<si-project-card .data=${feed} project="p" structured-data></si-project-card>`);
    await settled(card);
    const [data] = jsonLd(card) as Record<string, unknown>[];
    expect(data.name).to.equal('P');
    expect(data.url, 'no mailto: as the project\'s url').to.equal(undefined);
    const members = data.member as { member: { name: string; url?: string } }[];
    expect(members.map(({ member }) => [member.name, member.url])).to.deep.equal([
      ['Mail', undefined],
      ['Web', 'https://example.org/'],
    ]);
  });

  it('cannot be broken out of by feed text: "</script>" and HTML stay text, JSON.parse gives them back', async () => {
    const title = '</script><img src=x onerror="window.__owned=1"><!-- & \u2028';
    const feed = {
      version: 1,
      organizations: [{ id: 'o', name: '<b>Org</b>' }],
      projects: [{ id: 'p', title, url: 'javascript:alert(1)', organizations: [{ id: 'o', role: 'lead' }] }],
    };
    const card = await fixture<SiProjectCard>(html`<si-project-card .data=${feed} project="p" structured-data></si-project-card>`);
    await settled(card);
    const scripts = card.querySelectorAll('script');
    expect(scripts.length).to.equal(1);
    expect(scripts[0].textContent).not.to.contain('<');
    const [data] = jsonLd(card) as Record<string, unknown>[];
    expect(data.name).to.equal(title);
    expect(data.url, 'no unsafe URL').to.equal(undefined);
    expect(card.querySelector('img')).to.equal(null);
    expect((window as Window & { __owned?: number }).__owned).to.equal(undefined);
  });

  it('makes no template per document: 60 different projects in turn leave Lit\'s template cache as it was', async () => {
    // Lit keeps every template it makes for the page's life: one per JSON-LD document would grow
    // without end on a list that is searched. Each template starts as a <template> element.
    const projects = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, title: `Projekt ${i}`, organizations: [{ id: 'o', role: 'lead' }] }));
    const feed = { version: 1, organizations: [{ id: 'o', name: 'Org' }], projects };
    const card = await fixture<SiProjectCard>(html`<si-project-card .data=${feed} project="p0" structured-data></si-project-card>`);
    await settled(card);
    let templatesMade = 0;
    const createElement = document.createElement;
    document.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
      if (tagName.toLowerCase() === 'template') templatesMade++;
      return createElement.call(this, tagName, options);
    } as typeof document.createElement;
    try {
      for (let i = 1; i < projects.length; i++) {
        card.project = `p${i}`;
        await card.updateComplete;
        expect((jsonLd(card)[0] as { name: string }).name).to.equal(`Projekt ${i}`);
      }
    } finally {
      Reflect.deleteProperty(document, 'createElement');
    }
    expect(jsonLd(card).length, 'one JSON-LD script at a time').to.equal(1);
    expect(templatesMade).to.equal(0);
  });

  it('does not count as fallback content: a ready card sent to a slow feed keeps its space with the skeleton', async () => {
    const card = await settledFixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="asif" structured-data></si-project-card>`);
    expect(jsonLd(card).length).to.equal(1);
    card.setAttribute('feed', '/test-feeds/slow?ms=3000');
    await card.updateComplete;
    // The first loading view is drawn while the ready view's JSON-LD is still in the light DOM: were
    // it taken for fallback content, the card would show that (nothing visible) and collapse.
    expect(card.state).to.equal('loading');
    expect(card.shadowRoot!.querySelector('.skeleton'), 'the skeleton').not.to.equal(null);
    expect(card.getBoundingClientRect().height, 'the card keeps its space').to.be.greaterThan(100);
  });
});
