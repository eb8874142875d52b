import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, resetMouse } from '@web/test-runner-commands';
import '../../src/define/project-list.js';
import '../../src/define/project-card.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import { SI_EVENTS } from '../../src/core/events.js';
import { TYPING_PAUSE_MS } from '../../src/core/controllers/typing-pause.js';
import { click, eventually, SAMPLE_FEED, settled, shadow } from './helpers.js';

interface Recorded {
  type: string;
  detail: unknown;
  target: string;
}

/** Records every si-* event that reaches the document, and keeps links from navigating the test page away. */
function recordEvents(): { events: Recorded[]; stop: () => void } {
  const events: Recorded[] = [];
  const record = (event: Event) =>
    events.push({ type: event.type, detail: (event as CustomEvent).detail, target: (event.target as Element).localName });
  const stay = (event: Event) => {
    if ((event.target as Element).localName?.startsWith('si-')) event.preventDefault();
  };
  for (const type of SI_EVENTS) document.addEventListener(type, record);
  document.addEventListener('click', stay);
  document.addEventListener('auxclick', stay);
  const stop = () => {
    for (const type of SI_EVENTS) document.removeEventListener(type, record);
    document.removeEventListener('click', stay);
    document.removeEventListener('auxclick', stay);
  };
  return { events, stop };
}

/** The events other than si-state-change, which a feed arriving fires by itself. */
const visitorEvents = (events: Recorded[]) => events.filter((event) => event.type !== 'si-state-change');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('events for the host page analytics (#16)', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => {
    recorder = recordEvents();
  });
  afterEach(async () => {
    recorder.stop();
    await resetMouse();
  });

  it('fires nothing but si-state-change while elements only render', async () => {
    const list = await fixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED} filters="search sort download" page-size="2"></si-project-list>`);
    const card = await fixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="asif" share></si-project-card>`);
    await settled(list);
    await settled(card);
    list.setAttribute('sort', 'title');
    list.lang = 'en';
    await list.updateComplete;
    await pause(TYPING_PAUSE_MS + 100);
    expect(visitorEvents(recorder.events)).to.deep.equal([]);
    expect(recorder.events.map((e) => `${e.target} ${e.type}`)).to.include.members(['si-project-list si-state-change', 'si-project-card si-state-change']);
  });

  it('fires si-filter-change once typing pauses, with the query and the number of matches', async () => {
    const list = await fixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED} filters="search sort"></si-project-list>`);
    await settled(list);
    await click(shadow(list).querySelector('input[type="search"]')!);
    await sendKeys({ type: 'social' });
    expect(visitorEvents(recorder.events), 'nothing while typing').to.deep.equal([]);
    await eventually(() => visitorEvents(recorder.events).length > 0, 'si-filter-change');
    const matches = shadow(list).querySelectorAll('[part="item"]').length;
    expect(visitorEvents(recorder.events)).to.deep.equal([
      {
        type: 'si-filter-change',
        target: 'si-project-list',
        detail: { search: 'social', organization: '', topic: '', municipality: '', status: '', sort: 'feed', matches },
      },
    ]);
    // Enter after the pause says nothing new; a change of order by keyboard is one more event.
    await sendKeys({ press: 'Enter' });
    await click(shadow(list).querySelector('#filter-sort')!);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => visitorEvents(recorder.events).length > 1, 'a second si-filter-change');
    await pause(50);
    const [, sorted] = visitorEvents(recorder.events);
    expect(visitorEvents(recorder.events)).to.have.length(2);
    expect(sorted.detail).to.deep.include({ search: 'social', sort: 'title', matches });
  });

  it('fires si-show-more with how many are shown now', async () => {
    const list = await fixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED} page-size="2"></si-project-list>`);
    await settled(list);
    await click(shadow(list).querySelector('[part="more-button"]')!);
    await list.updateComplete;
    expect(visitorEvents(recorder.events)).to.deep.equal([
      { type: 'si-show-more', target: 'si-project-list', detail: { shown: 4, matches: 5 } },
    ]);
  });

  it('fires si-project-open when a visitor follows a project link: click, middle click, Enter', async () => {
    const list = await fixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED}></si-project-list>`);
    const card = await fixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="joint-way"></si-project-card>`);
    await settled(list);
    await settled(card);
    const links = shadow(list).querySelectorAll<HTMLAnchorElement>('a[part="link"]');
    await click(links[1]);
    await click(shadow(card).querySelector('a[part="link"]')!, 'middle');
    links[0].focus();
    await sendKeys({ press: 'Enter' });
    // Not a project link: a click elsewhere in the card says nothing.
    await click(shadow(card).querySelector('[part="summary"]')!);
    expect(visitorEvents(recorder.events)).to.deep.equal([
      {
        type: 'si-project-open',
        target: 'si-project-list',
        detail: { project: 'joint-way', url: 'https://example.org/projekt/joint-way', element: 'si-project-list' },
      },
      {
        type: 'si-project-open',
        target: 'si-project-card',
        detail: { project: 'joint-way', url: 'https://example.org/projekt/joint-way', element: 'si-project-card' },
      },
      {
        type: 'si-project-open',
        target: 'si-project-list',
        detail: { project: 'asif', url: 'https://example.org/projekt/asif', element: 'si-project-list' },
      },
    ]);
  });

  it('sends every event bubbling and composed, so one listener on document hears them all', async () => {
    const card = await fixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="asif"></si-project-card>`);
    await settled(card);
    let seen: Event | undefined;
    card.addEventListener('si-project-open', (event) => (seen = event), { once: true });
    await click(shadow(card).querySelector('a[part="link"]')!);
    expect(seen?.bubbles && seen.composed).to.equal(true);
  });
});
