/**
 * Layout follows the container: at 320 CSS px (WCAG 1.4.10 Reflow) and in a 280 px sidebar nothing
 * sticks out sideways; in a wide column, lists and goals use the room (container queries).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/si-widgets.js';
import type { SiFeedElement } from '../../src/core/feed-element.js';
import type { Feed } from '../../src/data/types.js';
import { SAMPLE_FEED, settled, shadow } from './helpers.js';

const LONG_WORD = 'Socialinnovationsfrämjandeprojektsamverkansplattformsutvecklingen';

const STRESS_FEED: Feed = {
  version: 1,
  language: 'sv',
  organizations: [{ id: 'o', name: `Organisationen ${LONG_WORD}`, url: 'https://example.org/' }],
  projects: [
    {
      id: 'p',
      title: `Projektet ${LONG_WORD}`,
      summary: `Sammanfattning ${LONG_WORD} ${LONG_WORD}`,
      organizations: [{ id: 'o', role: 'lead' }],
      topics: [LONG_WORD],
      municipalities: [LONG_WORD],
      status: 'active',
      start: '2026-08-12',
      goals: [
        { id: 'n', title: LONG_WORD, target: 1234567, current: 7654321, baseline: 100, unit: LONG_WORD },
        { id: 'm', title: LONG_WORD, status: 'in-progress' },
      ],
    },
  ],
};

/** Every element of the shadow tree that reaches past the host's inline edges. */
function overflowing(element: Element): string[] {
  const host = element.getBoundingClientRect();
  const found: string[] = [];
  for (const child of shadow(element).querySelectorAll('*')) {
    const rect = child.getBoundingClientRect();
    if (rect.width === 0) continue;
    if (rect.left < host.left - 1 || rect.right > host.right + 1) {
      found.push(`${child.localName}.${child.className || child.getAttribute('part')} ${rect.left}–${rect.right} vs ${host.left}–${host.right}`);
    }
  }
  return found;
}

const widgets = (feed: string | Feed): TemplateResult[] => {
  const data = typeof feed === 'string' ? undefined : feed;
  const url = typeof feed === 'string' ? feed : undefined;
  const project = typeof feed === 'string' ? 'larprocess-behovsdrivet-stod' : 'p';
  return [
    html`<si-project-list feed=${url} .data=${data} filters="search organization topic municipality status sort"></si-project-list>`,
    html`<si-project-card feed=${url} .data=${data} project=${project}></si-project-card>`,
    html`<si-goal-progress feed=${url} .data=${data} project=${typeof feed === 'string' ? 'asif' : 'p'}></si-goal-progress>`,
    html`<si-goal-progress feed=${url} .data=${data} project=${project}></si-goal-progress>`,
    html`<si-partner-list feed=${url} .data=${data} project=${project}></si-partner-list>`,
    html`<si-partner-list feed=${url} .data=${data}></si-partner-list>`,
    html`<si-partner-list feed=${url} .data=${data} layout="logos"></si-partner-list>`,
  ];
};

describe('layout', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const [name, feed] of [
    ['the sample feed', SAMPLE_FEED],
    ['a feed of very long words and numbers', STRESS_FEED],
  ] as const) {
    it(`nothing overflows sideways at 320 px, or in a 280 px sidebar, with ${name}`, async () => {
      await setViewport({ width: 320, height: 640 });
      for (const template of widgets(feed)) {
        const page = await fixture<HTMLDivElement>(html`<div style="padding: 0 8px">${template}</div>`);
        const element = await settled(page.firstElementChild as SiFeedElement<unknown>);
        expect(element.state, element.localName).to.equal('ready');
        expect(overflowing(element), `<${element.localName}> at 320 px`).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, `<${element.localName}> makes the page scroll sideways`).to.be.at.most(320);
      }
      await setViewport({ width: 1024, height: 768 });
      for (const template of widgets(feed)) {
        const sidebar = await fixture<HTMLDivElement>(html`<aside style="inline-size: 280px">${template}</aside>`);
        const element = await settled(sidebar.firstElementChild as SiFeedElement<unknown>);
        expect(overflowing(element), `<${element.localName}> in 280 px`).to.deep.equal([]);
      }
    });
  }

  it('uses the room of a wide column, and stacks in a narrow one (container queries, not the viewport)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const page = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 24px">
      <aside style="inline-size: 280px; flex: none">
        <si-project-list feed=${SAMPLE_FEED} filters="search organization"></si-project-list>
      </aside>
      <main style="inline-size: 1200px; flex: none">
        <si-project-list feed=${SAMPLE_FEED} filters="search organization"></si-project-list>
      </main>
    </div>`);
    const [narrow, wide] = [...page.querySelectorAll('si-project-list')];
    await settled(narrow);
    await settled(wide);
    const columns = (list: Element) =>
      new Set([...shadow(list).querySelectorAll('[part="item"]')].map((item) => Math.round(item.getBoundingClientRect().left))).size;
    expect(columns(narrow)).to.equal(1);
    expect(columns(wide)).to.be.at.least(3);
    const fieldsSideBySide = (list: Element) => {
      const [search, organization] = [...shadow(list).querySelectorAll('[part="field"]')].map((f) => f.getBoundingClientRect());
      return Math.abs(search.top - organization.top) < 1;
    };
    expect(fieldsSideBySide(narrow)).to.equal(false);
    expect(fieldsSideBySide(wide)).to.equal(true);
  });
});
