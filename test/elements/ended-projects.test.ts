/**
 * Projects whose end has passed (issue #21), on a fixed today: a card shows an `active` project past
 * its end as ended, with its dates; a list leaves ended projects out until the visitor or `status`
 * asks for them. The sample feed has no end dates: it renders as before.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define/project-card.js';
import '../../src/define/project-list.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import type { Feed } from '../../src/data/types.js';
import { SAMPLE_FEED, settledFixture, shadow } from './helpers.js';

const TODAY = '2026-12-06';
const lead = [{ id: 'o', role: 'lead' as const }];
const FEED: Feed = {
  version: 1,
  language: 'sv',
  organizations: [{ id: 'o', name: 'Org' }],
  projects: [
    { id: 'stale', title: 'Glömt projekt', organizations: lead, status: 'active', start: '2023-01-01', end: '2025-06-30' },
    { id: 'running', title: 'Pågående projekt', organizations: lead, status: 'active', start: '2025-01-01', end: '2027-06-30' },
    { id: 'done', title: 'Avslutat projekt', organizations: lead, status: 'completed', end: '2024-12-31' },
    { id: 'open', title: 'Projekt utan slut', organizations: lead, status: 'active' },
    { id: 'closed', title: 'Stängt projekt', organizations: lead, status: 'completed', end: '2026-12-05' },
  ],
};

function titles(list: SiProjectList): string[] {
  return [...shadow(list).querySelectorAll('[part="item"] [part="title"]')].map((h) => h.textContent?.trim() ?? '');
}

function part(element: Element, name: string): string {
  return shadow(element).querySelector(`[part="${name}"]`)?.textContent?.trim() ?? '';
}

describe('an ended project', () => {
  it('shows as ended on its card, with its dates, when the feed still says active', async () => {
    const card = await settledFixture<SiProjectCard>(html`<si-project-card project="stale" .today=${TODAY} .data=${FEED}></si-project-card>`);
    expect(part(card, 'status')).to.equal('Avslutat');
    expect(part(card, 'period')).to.contain('30 juni 2025');
    const running = await settledFixture<SiProjectCard>(html`<si-project-card project="running" .today=${TODAY} .data=${FEED}></si-project-card>`);
    expect(part(running, 'status')).to.equal('Pågående');
  });

  it('is judged on the day the card is given: the same project was current before its end', async () => {
    const card = await settledFixture<SiProjectCard>(html`<si-project-card project="stale" .today=${'2025-06-30'} .data=${FEED}></si-project-card>`);
    expect(part(card, 'status')).to.equal('Pågående');
    card.today = '2025-07-01';
    await card.updateComplete;
    expect(part(card, 'status')).to.equal('Avslutat');
  });
});

describe('<si-project-list> and ended projects', () => {
  it('leaves ended projects out, and offers them with filters on', async () => {
    const plain = await settledFixture<SiProjectList>(html`<si-project-list .today=${TODAY} .data=${FEED}></si-project-list>`);
    expect(titles(plain)).to.deep.equal(['Pågående projekt', 'Projekt utan slut']);
    expect(shadow(plain).querySelector('[part="ended-toggle"]')).to.equal(null);

    const list = await settledFixture<SiProjectList>(html`<si-project-list filters="search" .today=${TODAY} .data=${FEED}></si-project-list>`);
    expect(titles(list)).to.deep.equal(['Pågående projekt', 'Projekt utan slut']);
    const toggle = shadow(list).querySelector<HTMLLabelElement>('[part="ended-toggle"]')!;
    expect(toggle.textContent?.trim()).to.equal('Visa avslutade projekt (3)');
    const checkbox = toggle.querySelector('input')!;
    expect(checkbox.checked).to.equal(false);
    checkbox.click();
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Glömt projekt', 'Pågående projekt', 'Avslutat projekt', 'Projekt utan slut', 'Stängt projekt']);
    expect(part(list, 'count')).to.equal('5 projekt');
    const stale = shadow(list).querySelector('[data-project="stale"] [part="status"]');
    expect(stale?.textContent).to.equal('Avslutat');
    await expect(list).to.be.accessible();
    checkbox.click();
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Pågående projekt', 'Projekt utan slut']);
  });

  it('shows ended projects when status asks for completed ones', async () => {
    const list = await settledFixture<SiProjectList>(html`<si-project-list status="completed" filters="search" .today=${TODAY} .data=${FEED}></si-project-list>`);
    expect(titles(list)).to.deep.equal(['Avslutat projekt', 'Stängt projekt']);
    expect(shadow(list).querySelector('[part="ended-toggle"]')).to.equal(null);
  });

  it('counts in English and Arabic', async () => {
    for (const [lang, expected] of [
      ['en', 'Show ended projects (3)'],
      ['ar', 'إظهار المشاريع المنتهية (3)'],
    ]) {
      const list = await settledFixture<SiProjectList>(html`<si-project-list lang=${lang} filters="search" .today=${TODAY} .data=${FEED}></si-project-list>`);
      expect(part(list, 'ended-toggle').replace(/[\u2066-\u2069]/g, '')).to.equal(expected);
    }
  });

  it('shows every project of the sample feed as before: none has an end date', async () => {
    const feed = (await (await fetch(SAMPLE_FEED)).json()) as Feed;
    const list = await settledFixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED} filters="search"></si-project-list>`);
    expect(shadow(list).querySelectorAll('[part="item"]').length).to.equal(feed.projects.length);
    expect(shadow(list).querySelector('[part="ended-toggle"]')).to.equal(null);
  });
});
