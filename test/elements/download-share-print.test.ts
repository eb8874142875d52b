import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/project-list.js';
import '../../src/define/project-card.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import { parseFeed } from '../../src/data/validate.js';
import type { Feed } from '../../src/data/types.js';
import { click, eventually, SAMPLE_FEED, settled, shadow } from './helpers.js';

interface Saved {
  name: string;
  blob: Blob;
}

/** Catches the files the page hands to the browser (blob URL + a[download]) instead of saving them. */
function catchDownloads(): { saved: Saved[]; restore: () => void } {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  const anchorClick = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) saved.push({ name: this.download, blob });
    else anchorClick.call(this);
  };
  return {
    saved,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = anchorClick;
    },
  };
}

const downloadModuleLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/data/download.'));

describe('download (filters="download", #16)', () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => (downloads = catchDownloads()));
  afterEach(async () => {
    downloads.restore();
    await resetMouse();
  });

  it('downloads every match of a filtered 1,000-project list as CSV and as a feed that validates', async () => {
    const list = await fixture<SiProjectList>(
      html`<si-project-list feed="/test-feeds/generated/1000.json" filters="search status download" page-size="5"></si-project-list>`,
    );
    await settled(list);
    expect(downloadModuleLoaded(), 'the CSV/JSON code before any click').to.equal(false);
    await click(shadow(list).querySelector('input[type="search"]')!);
    await sendKeys({ type: 'zenit' });
    await sendKeys({ press: 'Enter' });
    await click(shadow(list).querySelector('#filter-status')!);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'ArrowDown' }); // the first status: planned
    await list.updateComplete;
    const feed = (await (await fetch('/test-feeds/generated/1000.json')).json()) as Feed;
    const expected = feed.projects.filter((p) => /zenit/i.test((p.title as Record<string, string>).sv) && p.status === 'planned');
    expect(expected.length).to.be.within(10, 60);
    expect(shadow(list).querySelectorAll('[part="item"]')).to.have.length(5);

    const [csvButton, jsonButton] = shadow(list).querySelectorAll<HTMLButtonElement>('[part="download-button"]');
    await click(csvButton);
    await eventually(() => downloads.saved.length === 1, 'the CSV file');
    const csv = downloads.saved[0];
    expect(csv.name).to.equal('projekt.csv');
    expect(csv.blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await csv.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await csv.blob.text()).split('\r\n').filter(Boolean);
    // (Blob#text() decodes UTF-8 and drops the byte order mark, which the bytes above show.)
    expect(lines[0]).to.equal('"id";"Titel";"Sammanfattning";"Status";"Startdatum";"Slutdatum";"Projektägare";"Övriga organisationer";"Ämnen";"Kommuner";"Globala mål";"Webbadress"');
    expect(lines.slice(1).map((line) => line.split('";"')[0].slice(1))).to.deep.equal(expected.map((p) => p.id));
    expect(lines[1].split('";"')[3]).to.equal('Planerat');

    await click(jsonButton);
    await eventually(() => downloads.saved.length === 2, 'the JSON file');
    const json = downloads.saved[1];
    expect(json.name).to.equal('projekt.json');
    const parsed = parseFeed(await json.blob.text());
    expect(parsed.ok && parsed.reports).to.deep.equal([]);
    expect(parsed.ok && parsed.feed.projects.map((p) => p.id)).to.deep.equal(expected.map((p) => p.id));
    expect(downloadModuleLoaded()).to.equal(true);
  });

  it('writes the CSV in the list language: English headings and texts, comma-separated', async () => {
    const list = await fixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED} filters="download" lang="en"></si-project-list>`);
    await settled(list);
    await eventually(() => shadow(list).textContent!.includes('Download CSV'), 'English words');
    await click(shadow(list).querySelector('[part="download-button"]')!);
    await eventually(() => downloads.saved.length === 1, 'the CSV file');
    const [head, first] = (await downloads.saved[0].blob.text()).split('\r\n');
    expect(head).to.equal('"id","Title","Summary","Status","Start date","End date","Project owners","Other organisations","Topics","Municipalities","Global Goals","Web address"');
    expect(first).to.contain('"A unique and relevant innovation alliance for social innovation and change"');
    expect(first).to.contain('"Ongoing"');
  });
});

const SHARE_FEED: Feed = {
  version: 1,
  language: 'sv',
  organizations: [{ id: 'o', name: 'Org' }],
  projects: [{ id: 'utan länk', title: 'Projekt utan länk', organizations: [{ id: 'o', role: 'lead' }] }],
};

describe('share (<si-project-card share>, #16)', () => {
  before(() => executeServerCommand('grant-clipboard'));
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    await resetMouse();
  });

  const liveText = (card: SiProjectCard) => shadow(card).querySelector('[role="status"]')!.textContent!.trim();

  it('copies the project URL and says so in the polite live region', async () => {
    const card = await fixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="asif" share></si-project-card>`);
    await settled(card);
    expect(shadow(card).querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    const button = shadow(card).querySelector<HTMLButtonElement>('[part="share-button"]')!;
    expect(button.textContent!.trim()).to.equal('Kopiera länk');
    await navigator.clipboard.writeText('');
    await click(button);
    await eventually(() => liveText(card) === 'Länken är kopierad.', 'the live region');
    expect(await navigator.clipboard.readText()).to.equal('https://example.org/projekt/asif');
    expect(document.activeElement).to.equal(card); // focus stays on the button
    expect(shadow(card).activeElement).to.equal(button);
  });

  it('copies the page address with #si-project-<id> for a project without a URL', async () => {
    const card = await fixture<SiProjectCard>(html`<si-project-card .data=${SHARE_FEED} project="utan länk" share></si-project-card>`);
    await settled(card);
    await click(shadow(card).querySelector('[part="share-button"]')!);
    await eventually(() => liveText(card) === 'Länken är kopierad.', 'the live region');
    const copied = new URL(await navigator.clipboard.readText());
    expect(copied.hash).to.equal('#si-project-utan%20l%C3%A4nk');
    expect(copied.pathname).to.equal(location.pathname);
  });

  it('scrolls to and highlights the card the address names, and not another', async () => {
    history.replaceState(null, '', '#si-project-utan%20l%C3%A4nk');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <si-project-card feed=${SAMPLE_FEED} project="asif"></si-project-card>
      <div style="block-size: 3000px"></div>
      <si-project-card .data=${SHARE_FEED} project="utan länk"></si-project-card>
    </div>`);
    const [other, named] = wrapper.querySelectorAll('si-project-card');
    await settled(other);
    await settled(named);
    await eventually(() => window.scrollY > 1000, 'the page scrolled to the card');
    const box = named.getBoundingClientRect();
    expect(box.top).to.be.within(-1, innerHeight);
    const article = shadow(named).querySelector('[part="card"]')!;
    expect(getComputedStyle(article).outlineStyle).to.equal('solid');
    expect(getComputedStyle(shadow(other).querySelector('[part="card"]')!).outlineStyle).to.equal('none');
    history.replaceState(null, '', location.pathname + location.search);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await named.updateComplete;
    expect(getComputedStyle(article).outlineStyle).to.equal('none');
    window.scrollTo(0, 0);
  });

  it('uses the device share sheet where there is one', async () => {
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
    try {
      const card = await fixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="asif" share lang="en"></si-project-card>`);
      await settled(card);
      await eventually(() => shadow(card).querySelector('[part="share-button"]')?.textContent?.trim() === 'Share link', 'the share button');
      await click(shadow(card).querySelector('[part="share-button"]')!);
      await eventually(() => liveText(card) === 'The link has been shared.', 'the live region');
      expect(shared).to.deep.equal([{ title: 'A unique and relevant innovation alliance for social innovation and change', url: 'https://example.org/projekt/asif' }]);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });
});

describe('print (#16)', () => {
  before(() => setViewport({ width: 1024, height: 768 }));
  afterEach(() => executeServerCommand('emulate-print', false));

  const visible = (element: Element | null) => element !== null && getComputedStyle(element).display !== 'none';

  it('prints every match of a list, without controls, links followed by their address, on white', async () => {
    const list = await fixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} filters="search sort download" page-size="2" theme="dark"></si-project-list>`,
    );
    await settled(list);
    const items = () => shadow(list).querySelectorAll('[part="item"]').length;
    expect(items()).to.equal(2);
    expect(visible(shadow(list).querySelector('[part="controls"]'))).to.equal(true);
    await executeServerCommand('emulate-print', true);
    await eventually(() => items() === 5, 'every project on paper');
    for (const selector of ['[part="controls"]', '[part="more-button"]', '[part="download-button"]']) {
      expect(visible(shadow(list).querySelector(selector)), selector).to.equal(false);
    }
    expect(shadow(list).querySelector('[part="more"]'), 'no "show more" on paper').to.equal(null);
    const link = shadow(list).querySelector('a[part="link"]')!;
    expect(getComputedStyle(link, '::after').content).to.equal('" (https://example.org/projekt/asif)"');
    expect(getComputedStyle(list).backgroundColor, 'no dark background').to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(list).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(shadow(list).querySelector('[part="project"]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await executeServerCommand('print-screenshot', 'project-list-1024');
    await executeServerCommand('emulate-print', false);
    await eventually(() => items() === 2, 'back to one page on screen');
  });

  it('prints all matches between beforeprint and afterprint too (a real print fires those)', async () => {
    const list = await fixture<SiProjectList>(html`<si-project-list feed=${SAMPLE_FEED} page-size="1"></si-project-list>`);
    await settled(list);
    window.dispatchEvent(new Event('beforeprint'));
    await list.updateComplete;
    expect(shadow(list).querySelectorAll('[part="item"]')).to.have.length(5);
    window.dispatchEvent(new Event('afterprint'));
    await list.updateComplete;
    expect(shadow(list).querySelectorAll('[part="item"]')).to.have.length(1);
  });

  it('prints a card without its share button', async () => {
    const card = await fixture<SiProjectCard>(html`<si-project-card feed=${SAMPLE_FEED} project="asif" share></si-project-card>`);
    await settled(card);
    await executeServerCommand('emulate-print', true);
    expect(visible(shadow(card).querySelector('[part="share-button"]'))).to.equal(false);
    expect(getComputedStyle(shadow(card).querySelector('a[part="link"]')!, '::after').content).to.equal('" (https://example.org/projekt/asif)"');
    await executeServerCommand('print-screenshot', 'project-card-1024');
  });
});
