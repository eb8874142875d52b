import { expect, html } from '@open-wc/testing';
import '../../src/define/project-card.js';
import '../../src/define/partner-list.js';
import '../../src/define/project-list.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import type { SiPartnerList } from '../../src/components/partner-list/partner-list.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import type { Feed } from '../../src/data/types.js';
import { capture, SAMPLE_FEED, settledFixture, shadow } from './helpers.js';

describe('attribute values an element cannot use', () => {
  it('clamps heading-level to 1–6 and says so once in the console', async () => {
    let card!: SiProjectCard;
    const warnings = await capture('warn', async () => {
      card = await settledFixture<SiProjectCard>(
        html`<si-project-card feed=${SAMPLE_FEED} project="asif" heading-level="9"></si-project-card>`,
      );
      card.requestUpdate();
      await card.updateComplete;
    });
    expect(shadow(card).querySelector('h6')).to.exist;
    expect(warnings.filter((w) => w.includes('heading-level'))).to.deep.equal([
      '[si-widgets] <si-project-card>: heading-level: "9" is not a level from 1 to 6; using 6',
    ]);
  });

  it('uses the default timeout for one that is not a positive number, and says so', async () => {
    let card!: SiProjectCard;
    const warnings = await capture('warn', async () => {
      card = await settledFixture<SiProjectCard>(
        html`<si-project-card feed=${SAMPLE_FEED} project="asif" timeout="soon"></si-project-card>`,
      );
    });
    expect(card.state).to.equal('ready');
    expect(warnings.join('\n')).to.contain('timeout: "soon" is not a positive number of milliseconds; using 10000');
  });

  it('follows the page for an unknown theme, and says which themes there are', async () => {
    const warnings = await capture('warn', async () => {
      await settledFixture<SiProjectCard>(
        html`<si-project-card feed=${SAMPLE_FEED} project="asif" theme="neon"></si-project-card>`,
      );
    });
    expect(warnings.join('\n')).to.contain('theme: unknown theme "neon" (known: light, dark, auto); following the page');
  });

  it('shows a list for an unknown partner layout, and says which layouts there are', async () => {
    let partners!: SiPartnerList;
    const warnings = await capture('warn', async () => {
      partners = await settledFixture<SiPartnerList>(
        html`<si-partner-list feed=${SAMPLE_FEED} project="asif" layout="grid"></si-partner-list>`,
      );
    });
    expect(partners.state).to.equal('ready');
    expect(shadow(partners).querySelector('.logo-box')).to.equal(null);
    expect(warnings.join('\n')).to.contain('layout: unknown layout "grid" (known: list, logos); using list');
  });

  it('shows 12 projects for a page-size that is not a number, and says so once', async () => {
    const feed: Feed = {
      version: 1,
      organizations: [],
      projects: Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, title: `Projekt ${i}`, organizations: [] })),
    };
    let list!: SiProjectList;
    const warnings = await capture('warn', async () => {
      list = await settledFixture<SiProjectList>(html`<si-project-list page-size="lots" .data=${feed}></si-project-list>`);
      list.requestUpdate();
      await list.updateComplete;
    });
    expect(shadow(list).querySelectorAll('[part="item"]').length).to.equal(12);
    expect(warnings.filter((w) => w.includes('page-size'))).to.deep.equal([
      '[si-widgets] <si-project-list>: page-size: "lots" is not a positive whole number of projects; using 12',
    ]);
  });

  it('warns about each unknown sort order and control the same way, naming what is known', async () => {
    const warnings = await capture('warn', async () => {
      await settledFixture<SiProjectList>(
        html`<si-project-list feed=${SAMPLE_FEED} sort="newest" filters="search colour"></si-project-list>`,
      );
    });
    expect(warnings).to.include.members([
      '[si-widgets] <si-project-list>: sort: unknown order "newest" (known: feed, title, start, recent); using feed order',
      '[si-widgets] <si-project-list>: filters: unknown control "colour" (known: search, organization, topic, municipality, status, sort, download, funder, place); left out',
    ]);
  });
});
