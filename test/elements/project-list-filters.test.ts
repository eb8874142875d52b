import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/project-list.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import type { Feed, Project } from '../../src/data/types.js';
import { capture, eventually, SAMPLE_FEED, settled, settledFixture, shadow } from './helpers.js';

const ALL_FILTERS = 'search organization topic municipality status sort';

async function sampleFeed(): Promise<Feed> {
  return (await (await fetch(SAMPLE_FEED)).json()) as Feed;
}

function titles(list: SiProjectList): string[] {
  return [...shadow(list).querySelectorAll('[part="item"] [part="title"]')].map((h) => h.textContent?.trim() ?? '');
}

function ids(list: SiProjectList, feed: Feed): string[] {
  const byTitle = new Map(feed.projects.map((p) => [typeof p.title === 'string' ? p.title : p.title.sv, p.id]));
  return titles(list).map((title) => byTitle.get(title) ?? `?${title}`);
}

function liveText(list: SiProjectList): string {
  return shadow(list).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

function countText(list: SiProjectList): string {
  return shadow(list).querySelector('[part="count"]')?.textContent?.trim() ?? '';
}

/** The element inside the list's shadow root that has focus, if any. */
function focused(list: SiProjectList): Element | null {
  return shadow(list).activeElement;
}

/** A list after a button outside it, so that Tab really travels into it. */
async function listAfterButton(attributes: string): Promise<{ list: SiProjectList; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">före</button><div id="slot"></div></div>`);
  const list = document.createElement('si-project-list');
  for (const [name, value] of new URLSearchParams(attributes)) list.setAttribute(name, value);
  wrapper.querySelector('#slot')!.append(list);
  await settled(list);
  return { list, before: wrapper.querySelector<HTMLButtonElement>('#before')! };
}

async function tabTo(list: SiProjectList, selector: string, maxTabs = 20): Promise<Element> {
  for (let i = 0; i < maxTabs; i++) {
    const current = focused(list);
    if (current?.matches(selector)) return current;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

const DATED_FEED: Feed = {
  version: 1,
  language: 'sv',
  organizations: [{ id: 'o', name: 'Org' }],
  projects: [
    { id: 'b', title: 'Bäckens projekt', organizations: [{ id: 'o', role: 'lead' }], start: '2024-02-01' },
    { id: 'a', title: 'Ängens projekt', organizations: [{ id: 'o', role: 'lead' }], start: '2025-09-15' },
    { id: 'c', title: 'Citronens projekt', organizations: [{ id: 'o', role: 'lead' }], start: '2023-06-30' },
    { id: 'z', title: 'Zebrans projekt', organizations: [{ id: 'o', role: 'lead' }] },
  ],
};

function bigFeed(count: number): Feed {
  const projects: Project[] = Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    title: `Projekt ${i}${i % 100 === 0 ? ' i Malmö' : ''}`,
    summary: 'En sammanfattning av projektet, ungefär så lång som de brukar vara.',
    organizations: [{ id: `o${i % 40}`, role: i % 3 === 0 ? 'lead' : 'partner' }],
    topics: [`ämne ${i % 25}`],
    municipalities: [`Kommun ${i % 33}`],
    status: i % 2 === 0 ? 'active' : 'completed',
  }));
  return {
    version: 1,
    organizations: Array.from({ length: 40 }, (_, i) => ({ id: `o${i}`, name: `Organisation ${i}` })),
    projects,
  };
}

describe('<si-project-list> presets', () => {
  it('organization="coompanion-skane" shows exactly the projects Coompanion Skåne takes part in', async () => {
    const feed = await sampleFeed();
    const expected = feed.projects.filter((p) => p.organizations.some((o) => o.id === 'coompanion-skane')).map((p) => p.id);
    expect(expected.length).to.be.greaterThan(0);
    const list = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} organization="coompanion-skane"></si-project-list>`,
    );
    expect(ids(list, feed)).to.deep.equal(expected);
    await expect(list).to.be.accessible();
  });

  it('organization-role narrows to the projects the organisation has that role in', async () => {
    const feed = await sampleFeed();
    const led = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} organization="region-skane" organization-role="lead"></si-project-list>`,
    );
    expect(ids(led, feed)).to.deep.equal(['larprocess-behovsdrivet-stod', 'hallbart-skane']);
    const none = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} organization="coompanion-skane" organization-role="lead"></si-project-list>`,
    );
    expect(none.state).to.equal('empty');
    expect(shadow(none).querySelector('[part="empty"]')?.textContent).to.contain('Inga projekt');
    await expect(none).to.be.accessible();
  });

  it('combines presets with AND, values of one preset with OR, and applies limit last', async () => {
    const feed = await sampleFeed();
    const both = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} topic="innovationsstöd" municipality="Helsingborg"></si-project-list>`,
    );
    expect(ids(both, feed)).to.deep.equal(['larprocess-behovsdrivet-stod']);
    const either = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} topic="landsbygd, testmiljö" status="active"></si-project-list>`,
    );
    expect(ids(either, feed)).to.deep.equal(['larprocess-behovsdrivet-stod', 'hallbart-skane']);
    const limited = await settledFixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED} limit="2"></si-project-list>`);
    expect(ids(limited, feed)).to.deep.equal(['asif', 'joint-way']);
    const sdg = await settledFixture<SiProjectList>(
      html`<si-project-list sdg="8" .data=${{ ...DATED_FEED, projects: DATED_FEED.projects.map((p, i) => ({ ...p, sdgs: i === 1 ? [8] : [1] })) }}></si-project-list>`,
    );
    expect(titles(sdg)).to.deep.equal(['Ängens projekt']);
  });

  it('tells the console about values it cannot use, and still honours role="…" (the ARIA attribute) with a warning', async () => {
    const feed = await sampleFeed();
    let list: SiProjectList | undefined;
    const warnings = await capture('warn', async () => {
      list = await settledFixture<SiProjectList>(
        html`<si-project-list feed=${SAMPLE_FEED} organization="region-skane" role="lead" status="done" filters="search colour"></si-project-list>`,
      );
    });
    expect(ids(list!, feed)).to.deep.equal(['larprocess-behovsdrivet-stod', 'hallbart-skane']);
    const text = warnings.join('\n');
    expect(text).to.contain('organization-role="lead"');
    expect(text).to.contain('unknown status "done"');
    expect(text).to.contain('unknown control "colour"');
  });
});

describe('<si-project-list> states with filters', () => {
  it('is accessible in the error state, and shows no controls there', async () => {
    const list = await settledFixture<SiProjectList>(
      html`<si-project-list feed="/test-feeds/status/500" filters=${ALL_FILTERS}></si-project-list>`,
    );
    expect(list.state).to.equal('error');
    expect(shadow(list).querySelector('[part="controls"]')).to.equal(null);
    expect(shadow(list).querySelector('[part="error"]')?.textContent).to.contain('500');
    await expect(list).to.be.accessible();
  });

  it('is accessible while loading with filters asked for', async () => {
    const list = await fixture<SiProjectList>(
      html`<si-project-list feed="/test-feeds/slow?ms=2000" filters=${ALL_FILTERS}></si-project-list>`,
    );
    expect(list.state).to.equal('loading');
    await expect(list).to.be.accessible();
  });
});

describe('<si-project-list> visitor filters', () => {
  it('builds labelled controls from the feed’s own values and is accessible', async () => {
    const list = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} filters=${ALL_FILTERS}></si-project-list>`,
    );
    const root = shadow(list);
    expect(root.querySelector('form[role="search"]')?.getAttribute('aria-label')).to.equal('Filtrera projekt');
    for (const control of root.querySelectorAll('input, select')) {
      expect(root.querySelector(`label[for="${control.id}"]`), `label for #${control.id}`).to.not.equal(null);
    }
    const organizations = [...root.querySelectorAll<HTMLOptionElement>('#filter-organization option')].map((o) => o.value);
    expect(organizations[0]).to.equal('');
    expect(organizations).to.include('coompanion-skane');
    expect(organizations.length - 1).to.equal((await sampleFeed()).organizations.length);
    const municipalities = [...root.querySelectorAll<HTMLOptionElement>('#filter-municipality option')].map((o) => o.value);
    expect(municipalities).to.deep.equal(['', 'Helsingborg']);
    expect(countText(list)).to.equal('5 projekt');
    expect(liveText(list)).to.equal('5 projekt');
    await expect(list).to.be.accessible();
  });

  it('offers only the values of the projects the presets keep', async () => {
    const list = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} organization="coompanion-skane" filters="topic"></si-project-list>`,
    );
    const topics = [...shadow(list).querySelectorAll<HTMLOptionElement>('#filter-topic option')].map((o) => o.value);
    expect(topics).to.include('landsbygd');
    expect(topics).not.to.include('testmiljö');
  });

  it('searches with real key presses, ignoring case and accents; focus stays; the live region says the count', async () => {
    const feed = await sampleFeed();
    const { list, before } = await listAfterButton(`feed=${SAMPLE_FEED}&filters=${ALL_FILTERS}`);
    const live = shadow(list).querySelector('[role="status"]');
    before.focus();
    await sendKeys({ press: 'Tab' });
    const search = focused(list);
    expect(search?.id).to.equal('filter-search');
    await sendKeys({ type: 'malmo' });
    await eventually(() => countText(list) === '2 projekt', 'two projects match "malmo"');
    expect(ids(list, feed)).to.deep.equal(['asif', 'nationell-kunskapsplattform']);
    expect(focused(list), 'focus stays in the search field').to.equal(search);
    await eventually(() => liveText(list) === countText(list), 'the live region says the count once typing pauses');
    expect(shadow(list).querySelector('[role="status"]'), 'the same live region, present before the change').to.equal(live);
    await expect(list).to.be.accessible();
  });

  it('narrows with selects driven from the keyboard, and says when nothing matches with a button that clears', async () => {
    const { list, before } = await listAfterButton(`feed=${SAMPLE_FEED}&filters=search topic`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'coompanion' });
    await eventually(() => countText(list) === '1 projekt', 'Coompanion is in one project');
    await sendKeys({ press: 'Tab' });
    const topic = focused(list) as HTMLSelectElement;
    expect(topic.id).to.equal('filter-topic');
    // Typing a letter on a focused select picks the first option starting with it.
    await sendKeys({ type: 't' });
    await eventually(() => topic.value === 'testmiljö', 'the topic select moved to "testmiljö"');
    await eventually(() => shadow(list).querySelector('[part="no-matches"]') !== null, 'no project matches both');
    expect(shadow(list).querySelector('[part="no-matches"]')?.textContent).to.contain('Inga projekt matchar');
    // The no-match sentence, not "0 projekt" (Arabic would say "0 مشروع").
    await eventually(() => liveText(list) === 'Inga projekt matchar filtren.', 'the live region says nothing matches');
    expect(countText(list)).to.equal('0 projekt');
    await expect(list).to.be.accessible();
    const clear = await tabTo(list, '[part="no-matches"] button');
    await sendKeys({ press: 'Enter' });
    await eventually(() => countText(list) === '5 projekt', 'clearing brings all five back');
    expect(focused(list)?.id, 'focus goes to the first control, not to the page').to.equal('filter-search');
    expect(clear.isConnected).to.equal(false);
    expect((shadow(list).querySelector('#filter-search') as HTMLInputElement).value).to.equal('');
    expect((shadow(list).querySelector('#filter-topic') as HTMLSelectElement).value).to.equal('');
    await eventually(() => liveText(list) === '5 projekt', 'the live region says 5');
  });

  it('sorts by title, start date and most recently started, from the keyboard', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button>före</button><si-project-list filters="sort" .data=${DATED_FEED}></si-project-list>
    </div>`);
    const list = await settled(wrapper.querySelector('si-project-list')!);
    expect(titles(list)).to.deep.equal(['Bäckens projekt', 'Ängens projekt', 'Citronens projekt', 'Zebrans projekt']);
    wrapper.querySelector('button')!.focus();
    const sort = (await tabTo(list, '#filter-sort')) as HTMLSelectElement;
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => sort.value === 'title', 'ArrowDown chose "title"');
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Bäckens projekt', 'Citronens projekt', 'Zebrans projekt', 'Ängens projekt']);
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => sort.value === 'start', 'ArrowDown chose "start"');
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Citronens projekt', 'Bäckens projekt', 'Ängens projekt', 'Zebrans projekt']);
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => sort.value === 'recent', 'ArrowDown chose "recent"');
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Ängens projekt', 'Bäckens projekt', 'Citronens projekt', 'Zebrans projekt']);
    expect(focused(list), 'focus stays on the select').to.equal(sort);
    expect(shadow(list).querySelector('[part="facts"]')?.textContent).to.contain(
      new Intl.DateTimeFormat('sv', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 8, 15)),
    );
  });

  it('shows a page at a time; "show more" adds a page and moves focus to the first new project', async () => {
    const { list, before } = await listAfterButton(`feed=${SAMPLE_FEED}&page-size=2&filters=search`);
    expect(shadow(list).querySelectorAll('[part="item"]').length).to.equal(2);
    expect(shadow(list).querySelector('[part="shown"]')?.textContent?.trim()).to.equal('Visar 2 av 5 projekt');
    before.focus();
    await tabTo(list, '[part="more-button"]');
    await sendKeys({ press: 'Enter' });
    await eventually(() => shadow(list).querySelectorAll('[part="item"]').length === 4, 'four shown');
    const third = shadow(list).querySelectorAll('[part="item"]')[2];
    expect(focused(list)).to.equal(third.querySelector('a'));
    await tabTo(list, '[part="more-button"]');
    await sendKeys({ press: ' ' });
    await eventually(() => shadow(list).querySelectorAll('[part="item"]').length === 5, 'all five shown');
    expect(shadow(list).querySelector('[part="more-button"]')).to.equal(null);
    expect(focused(list)).to.equal(shadow(list).querySelectorAll('[part="item"]')[4].querySelector('a'));
    await expect(list).to.be.accessible();
  });

  it('keeps every control and button at least 24×24 px, with a visible focus ring', async () => {
    const { list, before } = await listAfterButton(`feed=${SAMPLE_FEED}&page-size=2&filters=${ALL_FILTERS}`);
    for (const target of shadow(list).querySelectorAll('input, select, button')) {
      const { width, height } = target.getBoundingClientRect();
      expect(width, `${target.localName} width`).to.be.at.least(24);
      expect(height, `${target.localName} height`).to.be.at.least(24);
    }
    before.focus();
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(focused(list)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('stays cheap with 10,000 projects: only a page is rendered, and a keystroke filters them all', async () => {
    const feed = bigFeed(10_000);
    const list = await settledFixture<SiProjectList>(
      html`<si-project-list filters="search organization status" .data=${feed}></si-project-list>`,
    );
    expect(countText(list)).to.equal(`${new Intl.NumberFormat('sv').format(10_000)} projekt`);
    expect(shadow(list).querySelectorAll('[part="item"]').length).to.equal(12);
    const search = shadow(list).querySelector<HTMLInputElement>('#filter-search')!;
    search.focus();
    await sendKeys({ type: 'malmo' });
    await eventually(() => countText(list) === '100 projekt', 'one in a hundred mentions Malmö');
    expect(shadow(list).querySelectorAll('[part="item"]').length).to.equal(12);
    expect(shadow(list).querySelectorAll('#filter-organization option').length).to.equal(41);
  });
});

describe('<si-project-list sync-url>', () => {
  let original: string;
  beforeEach(() => {
    original = window.location.href;
  });
  afterEach(() => {
    window.history.replaceState(window.history.state, '', original);
  });

  function param(name: string): string | null {
    return new URL(window.location.href).searchParams.get(name);
  }

  it('keeps the filters in the query string, reads them back, and Back undoes a change', async () => {
    const list = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} filters="search topic" sync-url></si-project-list>`,
    );
    const search = shadow(list).querySelector<HTMLInputElement>('#filter-search')!;
    search.focus();
    await sendKeys({ type: 'region' });
    await eventually(() => param('si-q') === 'region', 'the search is written to the query string');
    const topic = shadow(list).querySelector<HTMLSelectElement>('#filter-topic')!;
    topic.value = 'landsbygd';
    topic.dispatchEvent(new Event('change'));
    await list.updateComplete;
    expect(param('si-topic')).to.equal('landsbygd');
    expect(countText(list)).to.equal('1 projekt');
    // wtr's own parameters are left alone.
    expect(new URL(window.location.href).searchParams.get('wtr-session-id')).to.equal(new URL(original).searchParams.get('wtr-session-id'));

    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    await list.updateComplete;
    expect(param('si-topic')).to.equal(null);
    expect(topic.value).to.equal('');
    expect(search.value).to.equal('region');
    expect(countText(list)).to.equal('3 projekt'); // Region Skåne's two, and ASIF's "regionalt".

    // A link to a filtered view opens filtered.
    const url = new URL(original);
    url.searchParams.set('si-q', 'malmo');
    window.history.replaceState(null, '', url);
    const linked = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} filters="search" sync-url></si-project-list>`,
    );
    expect(shadow(linked).querySelector<HTMLInputElement>('#filter-search')!.value).to.equal('malmo');
    expect(countText(linked)).to.equal('2 projekt');
  });

  it('shows no more than a bounded number of projects however many a link asks for, and says so', async () => {
    const url = new URL(original);
    url.searchParams.set('si-shown', '100000');
    window.history.replaceState(null, '', url);
    let list!: SiProjectList;
    const warnings = await capture('warn', async () => {
      list = await settledFixture<SiProjectList>(html`<si-project-list .data=${bigFeed(2_000)} sync-url></si-project-list>`);
    });
    const shown = shadow(list).querySelectorAll('[part="item"]').length;
    expect(shown).to.be.within(12, 500);
    expect(shadow(list).querySelector('[part="shown"]')?.textContent?.trim()).to.equal(
      `Visar ${shown} av ${new Intl.NumberFormat('sv').format(2_000)} projekt`,
    );
    expect(warnings.filter((w) => w.includes('si-shown'))).to.deep.equal([
      `[si-widgets] <si-project-list>: sync-url: si-shown="100000" asks for more projects than a link may show; showing ${shown}`,
    ]);
  });

  it('prefixes the keys so that two lists on one page do not clash', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <si-project-list id="one" feed=${SAMPLE_FEED} filters="search" sync-url></si-project-list>
      <si-project-list feed=${SAMPLE_FEED} filters="search" sync-url="andra"></si-project-list>
    </div>`);
    const [one, two] = [...wrapper.querySelectorAll('si-project-list')];
    await settled(one);
    await settled(two);
    shadow(two).querySelector<HTMLInputElement>('#filter-search')!.focus();
    await sendKeys({ type: 'lund' });
    await sendKeys({ press: 'Enter' });
    await eventually(() => param('andra-q') === 'lund', 'the second list writes andra-q');
    expect(param('one-q')).to.equal(null);
    expect(countText(one)).to.equal('5 projekt');
  });
});
