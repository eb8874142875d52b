import { expect, html } from '@open-wc/testing';
import '../../src/define/project-list.js';
import '../../src/define/project-card.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import type { SiProjectCard } from '../../src/components/project-card/project-card.js';
import { capture, settledFixture, shadow, textOf } from './helpers.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

const IMG = '<img src=x onerror="window.pwned=(window.pwned||0)+1">';
const SCRIPT = '<script>window.pwned=(window.pwned||0)+1</script>';

function hostileFeed(url: string) {
  const text = (tag: string) => ({ sv: `${tag} sv`, en: `${tag} en` });
  return {
    version: 1,
    title: text(IMG),
    organizations: [
      { id: 'evil', name: `${IMG}${SCRIPT}`, url: 'javascript:alert(1)', logo: 'javascript:alert(1)' },
    ],
    projects: [
      {
        id: 'hostile',
        title: `${IMG} ${SCRIPT}`,
        summary: text(`${SCRIPT}${IMG}`),
        description: IMG,
        url,
        organizations: [{ id: 'evil', role: 'lead' }],
        topics: [IMG, SCRIPT],
        municipalities: [IMG],
      },
    ],
  };
}

describe('hostile feed content', () => {
  beforeEach(() => {
    window.pwned = 0;
  });

  it('shows markup in every text field as text and never runs it', async () => {
    const data = hostileFeed('https://example.org/');
    const list = await settledFixture<SiProjectList>(html`<si-project-list .data=${data}></si-project-list>`);
    const card = await settledFixture<SiProjectCard>(html`<si-project-card .data=${data} project="hostile"></si-project-card>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const element of [list, card]) {
      expect(element.state).to.equal('ready');
      expect(shadow(element).querySelector('img, script')).to.equal(null);
      expect(textOf(element)).to.contain(IMG);
      expect(textOf(element)).to.contain(SCRIPT);
    }
    expect(textOf(card)).to.contain(`${SCRIPT}${IMG} sv`);
    expect(window.pwned).to.equal(0);
  });

  for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
    it(`renders no link for ${JSON.stringify(url)}, and keeps the title as text`, async () => {
      const data = hostileFeed(url);
      const list = await settledFixture<SiProjectList>(html`<si-project-list .data=${data}></si-project-list>`);
      const card = await settledFixture<SiProjectCard>(html`<si-project-card .data=${data} project="hostile"></si-project-card>`);
      for (const element of [list, card]) {
        expect(shadow(element).querySelector('a')).to.equal(null);
        expect(shadow(element).querySelector('[href], [src]')).to.equal(null);
        expect(shadow(element).querySelector('[part="title"]')?.textContent).to.contain('<img');
      }
    });
  }

  it('keeps showing what it validated when the page changes its data object afterwards', async () => {
    const data = hostileFeed('https://example.org/');
    const list = await settledFixture<SiProjectList>(html`<si-project-list .data=${data}></si-project-list>`);
    const card = await settledFixture<SiProjectCard>(html`<si-project-card .data=${data} project="hostile"></si-project-card>`);
    const project: Record<string, unknown> = data.projects[0];
    project.url = 'javascript:alert(1)';
    project.title = 42;
    data.organizations[0].name = 42 as unknown as string;
    for (const element of [list, card]) {
      // The same object again: it was validated once, and the element shows that validated copy.
      element.data = data;
      element.requestUpdate();
      await element.updateComplete;
      expect(shadow(element).querySelector('a[part="link"]')?.getAttribute('href')).to.equal('https://example.org/');
      expect(shadow(element).querySelector('[part="title"]')?.textContent).to.contain('<img');
      expect(shadow(element).querySelector('[part="leads"]')?.textContent).to.contain('<img');
    }
  });

  it('keeps the valid projects when one beside them is invalid, and warns once naming the feed, item and path', async () => {
    const data = hostileFeed('https://example.org/');
    data.projects.push(
      { id: 'broken', title: { sv: '' }, organizations: [] } as unknown as (typeof data.projects)[number],
      { ...data.projects[0], id: 'fine', title: 'Ett giltigt projekt' },
    );
    let list!: SiProjectList;
    const warnings = await capture('warn', async () => {
      list = await settledFixture<SiProjectList>(html`<si-project-list .data=${data}></si-project-list>`);
    });
    expect(list.state).to.equal('ready');
    expect(shadow(list).querySelectorAll('li[part="item"]').length).to.equal(2);
    expect(textOf(list)).to.contain('Ett giltigt projekt');
    const brokenWarnings = warnings.filter((w) => w.includes('"broken"'));
    expect(brokenWarnings.length).to.equal(1);
    expect(brokenWarnings[0]).to.match(/data property: project "broken" \(projects\[1\]\) left out/);
    expect(brokenWarnings[0]).to.contain('$.projects[1].title.sv: expected a non-empty string');
  });
});

describe('style isolation', () => {
  it("is not changed by the page's CSS, and its own CSS does not leak out", async () => {
    const style = document.createElement('style');
    style.textContent = `
      li { display: inline !important; padding: 50px !important; }
      article, h3 { display: none !important; }
      a { color: rgb(255, 0, 0) !important; }
    `;
    document.head.append(style);
    try {
      const list = await settledFixture<SiProjectList>(html`<si-project-list feed="/src/public/feeds/sample.json"></si-project-list>`);
      const heading = shadow(list).querySelector('h3') as HTMLElement;
      expect(getComputedStyle(heading).display).to.equal('block');
      // The list's own layout (grid items), not the page's `display: inline; padding: 50px`.
      const item = getComputedStyle(shadow(list).querySelector('li') as HTMLElement);
      expect(item.display).to.equal('grid');
      expect(item.paddingTop).to.equal('0px');
      expect(getComputedStyle(shadow(list).querySelector('a') as HTMLElement).color).not.to.equal('rgb(255, 0, 0)');
      const outside = document.createElement('p');
      outside.className = 'summary title project';
      document.body.append(outside);
      expect(getComputedStyle(outside).borderTopStyle).to.equal('none');
      expect(getComputedStyle(outside).overflowWrap).to.equal('normal');
      outside.remove();
    } finally {
      style.remove();
    }
  });
});
