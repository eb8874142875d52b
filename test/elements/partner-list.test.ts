import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/partner-list.js';
import { isolate } from '../../src/data/message.js';
import type { SiPartnerList } from '../../src/components/partner-list/partner-list.js';
import type { Feed } from '../../src/data/types.js';
import { capture, eventually, SAMPLE_FEED, settledFixture, shadow } from './helpers.js';

const LARPROCESS = 'larprocess-behovsdrivet-stod';

const LOGO_FEED: Feed = {
  version: 1,
  language: 'sv',
  organizations: [
    { id: 'a', name: 'Alfa AB', url: 'https://alfa.example/', logo: 'https://logos.example/alfa.svg' },
    { id: 'b', name: 'Beta', url: 'javascript:alert(1)', logo: 'http://logos.example/beta.png' },
    { id: 'c', name: 'Gamma', logo: 'data:image/svg+xml,<svg/>' },
  ],
  projects: [
    {
      id: 'p',
      title: 'P',
      organizations: [
        { id: 'a', role: 'lead' },
        { id: 'b', role: 'funder' },
        { id: 'c', role: 'partner' },
      ],
    },
  ],
};

describe('<si-partner-list>', () => {
  it('shows the learning process’s five organisations grouped by role, lead first, roles in words', async () => {
    const el = await settledFixture<SiPartnerList>(
      html`<si-partner-list feed=${SAMPLE_FEED} project=${LARPROCESS}></si-partner-list>`,
    );
    expect(el.state).to.equal('ready');
    const groups = [...shadow(el).querySelectorAll('[part="group"]')].map((group) => [
      group.querySelector('h3')?.textContent?.trim(),
      [...group.querySelectorAll('[part~="name"]')].map((name) => name.textContent?.trim()),
    ]);
    expect(groups).to.deep.equal([
      ['Projektägare', ['Region Skåne']],
      ['Partner', ['SoPact']],
      ['Behovsägare', ['Helsingborgs stad']],
      ['Kunskapspartner', ['Lunds universitet', 'Socialhögskolan']],
    ]);
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(link.textContent?.trim()).to.equal('Region Skåne');
    expect(link.href).to.equal('https://www.skane.se/');
    expect(link.rel).to.equal('noopener noreferrer');
    // SoPact has no url: a name, not a link.
    const sopact = [...shadow(el).querySelectorAll('[part~="name"]')].find((n) => n.textContent?.trim() === 'SoPact');
    expect(sopact?.localName).to.equal('span');
    await expect(el).to.be.accessible();
  });

  it('names roles and organisations in the element’s language', async () => {
    const el = await settledFixture<SiPartnerList>(
      html`<si-partner-list lang="en" feed=${SAMPLE_FEED} project=${LARPROCESS}></si-partner-list>`,
    );
    const names = [...shadow(el).querySelectorAll('[part~="name"]')].map((name) => name.textContent?.trim());
    expect(names).to.include('City of Helsingborg');
    expect(names).to.include('Lund University');
  });

  it('without project, lists every organisation with its project count, sorted as Swedish sorts', async () => {
    const el = await settledFixture<SiPartnerList>(html`<si-partner-list feed=${SAMPLE_FEED}></si-partner-list>`);
    const rows = [...shadow(el).querySelectorAll('[part="organization"]')].map((li) => [
      li.querySelector('[part~="name"]')?.textContent?.trim(),
      li.querySelector('[part="count"]')?.textContent?.trim(),
    ]);
    const feed = (await (await fetch(SAMPLE_FEED)).json()) as Feed;
    expect(rows.length).to.equal(feed.organizations.length);
    const names = rows.map(([name]) => name!);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('sv', { numeric: true }).compare));
    expect(names.at(-1)).to.equal('Örebro universitet');
    expect(Object.fromEntries(rows)).to.include({
      'Region Skåne': '2 projekt',
      'Coompanion Skåne': '1 projekt',
      'Malmö universitet': '2 projekt',
    });
    expect(shadow(el).querySelectorAll('h3').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('links only safe URLs and shows only https logos, with the name as alt, lazy, without referrer', async () => {
    const el = await fixture<SiPartnerList>(html`<si-partner-list layout="logos" project="p" .data=${LOGO_FEED}></si-partner-list>`);
    const root = shadow(el);
    // Read the first render, before the (unreachable) logo has had time to fail.
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://logos.example/alfa.svg');
    expect(img.alt).to.equal('Alfa AB');
    expect(img.loading).to.equal('lazy');
    expect(img.referrerPolicy).to.equal('no-referrer');
    expect(getComputedStyle(img).objectFit).to.equal('contain');
    const box = img.closest('[part~="logo-box"]') as HTMLElement;
    expect(box.localName).to.equal('a');
    expect((box as HTMLAnchorElement).href).to.equal('https://alfa.example/');
    expect(root.querySelectorAll('img').length, 'http: and data: logos are refused').to.equal(1);
    const beta = [...root.querySelectorAll('[part="organization"]')].find((li) => li.textContent?.includes('Beta'))!;
    expect(beta.querySelector('a'), 'javascript: is never a link').to.equal(null);
    expect(root.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('keeps a logo’s box fixed whatever the image’s shape: contained, never stretched', async () => {
    const el = await fixture<SiPartnerList>(html`<si-partner-list layout="logos" project="p" .data=${LOGO_FEED}></si-partner-list>`);
    const img = shadow(el).querySelector('img')!;
    const box = img.closest('[part~="logo-box"]') as HTMLElement;
    const before = box.getBoundingClientRect().height;
    // A very wide image in place of the logo must not change the box.
    img.removeAttribute('loading');
    img.src = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="40"/>')}`;
    await img.decode().catch(() => undefined);
    expect(box.getBoundingClientRect().height).to.equal(before);
    expect(img.getBoundingClientRect().width).to.be.at.most(box.getBoundingClientRect().width);
  });

  it('shows the name in place of a logo that cannot be loaded, and says why in the console', async () => {
    const warnings = await capture('warn', async () => {
      const el = await fixture<SiPartnerList>(html`<si-partner-list layout="logos" project="p" .data=${LOGO_FEED}></si-partner-list>`);
      await eventually(() => shadow(el).querySelector('img') === null, 'the broken logo is replaced by the name');
      const tile = shadow(el).querySelector('a[part~="logo-box"]')!;
      expect(tile.textContent?.trim()).to.equal('Alfa AB');
      await expect(el).to.be.accessible();
    });
    expect(warnings.join('\n')).to.contain('https://logos.example/alfa.svg');
  });

  it('honours heading-level', async () => {
    const el = await settledFixture<SiPartnerList>(
      html`<si-partner-list feed=${SAMPLE_FEED} project=${LARPROCESS} heading-level="4"></si-partner-list>`,
    );
    expect(shadow(el).querySelectorAll('h4').length).to.equal(4);
  });

  it('is empty, and says so, when there is nobody to show', async () => {
    const el = await settledFixture<SiPartnerList>(
      html`<si-partner-list .data=${{ version: 1, organizations: [], projects: [] }}></si-partner-list>`,
    );
    expect(el.state).to.equal('empty');
    expect(shadow(el).querySelector('[part="empty"]')?.textContent).to.contain('inga organisationer');
    await expect(el).to.be.accessible();
  });

  it('is an error for an unknown project or a broken feed, and accessible so', async () => {
    const el = await settledFixture<SiPartnerList>(html`<si-partner-list feed=${SAMPLE_FEED} project="nope"></si-partner-list>`);
    expect(el.state).to.equal('error');
    expect(shadow(el).querySelector('[part="error"]')?.textContent).to.contain(`"${isolate('nope')}"`);
    await expect(el).to.be.accessible();
    const broken = await settledFixture<SiPartnerList>(html`<si-partner-list feed="/test-feeds/not-json"></si-partner-list>`);
    expect(broken.state).to.equal('error');
    await expect(broken).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const el = await fixture<SiPartnerList>(html`<si-partner-list feed="/test-feeds/slow?ms=2000"></si-partner-list>`);
    expect(el.state).to.equal('loading');
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain('Laddar organisationer');
    await expect(el).to.be.accessible();
  });
});
