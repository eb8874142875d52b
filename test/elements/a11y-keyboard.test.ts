/**
 * Issue #22, the keyboard part of the manual protocol (docs/accessibility.md) made automatic: Tab
 * order through a list's controls, Enter and Space on buttons, no keyboard trap, focus always
 * visible; the same for the card's share button, the retry button and the partner list's links.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/si-widgets.js';
import type { SiFeedElement } from '../../src/core/feed-element.js';
import { LIST_CONTROLS, LIST_TAB_ORDER, type TestedLanguage } from './a11y-expectations.js';
import { capture, eventually, SAMPLE_FEED, settled, shadow, uniqueKey } from './helpers.js';

/** The element that has focus, inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focused element as the protocol's table names it: "button: Försök igen". */
function describeFocus(element: Element | null): string {
  if (!element) return 'nothing';
  const name = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  if (element instanceof HTMLInputElement) return `searchbox: ${name(element.labels?.[0]?.textContent)}`;
  if (element instanceof HTMLSelectElement) return `combobox: ${name(element.labels?.[0]?.textContent)}`;
  if (element instanceof HTMLAnchorElement) return `link: ${name(element.textContent)}`;
  if (element instanceof HTMLButtonElement) return `button: ${name(element.textContent)}`;
  return `${element.localName}: ${name(element.textContent)}`;
}

/** What the focus ring of the focused element looks like; a visible one is at least 2 px and not `none`. */
function focusRing(element: Element): { style: string; width: number } {
  const style = getComputedStyle(element);
  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
}

/** Presses `key` `times` times, recording what has focus after each press and checking its ring. */
async function walk(key: 'Tab' | 'Shift+Tab', times: number): Promise<string[]> {
  const visited: string[] = [];
  for (let i = 0; i < times; i++) {
    if (key === 'Shift+Tab') {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: key });
    const element = focused();
    visited.push(describeFocus(element));
    if (element && element.getRootNode() instanceof ShadowRoot) {
      const ring = focusRing(element);
      expect(ring.style, `focus ring of ${describeFocus(element)}`).to.not.equal('none');
      expect(ring.width, `focus ring of ${describeFocus(element)}`).to.be.at.least(2);
    }
  }
  return visited;
}

/** Each project's link, one entry for the run of them, as the protocol's table says it. */
const foldLinks = (visited: string[]) =>
  visited.filter((entry, i) => !(entry.startsWith('link: ') && visited[i - 1]?.startsWith('link: '))).map((entry) => (entry.startsWith('link: ') ? 'link: (each project title)' : entry));

async function pageWith<T extends SiFeedElement<unknown>>(lang: TestedLanguage, widget: ReturnType<typeof html>): Promise<{ element: T; before: HTMLButtonElement }> {
  const page = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <button id="before">before</button>${widget}<button id="after">after</button>
  </div>`);
  const element = page.querySelector<T>('[state]') ?? (page.children[1] as T);
  await settled(element);
  const before = page.querySelector<HTMLButtonElement>('#before')!;
  before.focus();
  return { element, before };
}

const listTemplate = () =>
  html`<si-project-list feed=${SAMPLE_FEED} filters=${LIST_CONTROLS.filters} page-size=${LIST_CONTROLS['page-size']}></si-project-list>`;

describe('keyboard only (docs/accessibility.md, protocol step 2)', () => {
  for (const lang of ['sv', 'ar'] as const) {
    it(`Tab visits a list's controls in the protocol's order and leaves it; Shift+Tab comes back out (${lang})`, async () => {
      const { element } = await pageWith(lang, listTemplate());
      await eventually(() => element.shadowRoot!.querySelector('select') !== null && element.state === 'ready', 'the controls');
      const stops = LIST_TAB_ORDER[lang].length - 1 + 3; // three project links on the first page
      const forward = await walk('Tab', stops + 1);
      expect(foldLinks(forward.slice(0, stops))).to.deep.equal(LIST_TAB_ORDER[lang]);
      expect(forward.at(-1), 'the next stop after the list is the page again: no trap').to.equal('button: after');
      const back = await walk('Shift+Tab', stops + 1);
      expect(foldLinks(back.slice(0, stops).reverse())).to.deep.equal(LIST_TAB_ORDER[lang]);
      expect(back.at(-1)).to.equal('button: before');
    });
  }

  it('Enter on "Visa fler projekt" shows more and moves focus to the first new project; Space works too', async () => {
    const { element } = await pageWith('sv', html`<si-project-list feed=${SAMPLE_FEED} page-size="2"></si-project-list>`);
    const items = () => shadow(element).querySelectorAll('[part="item"]').length;
    await walk('Tab', 3); // two project links, then the button
    expect(describeFocus(focused())).to.equal('button: Visa fler projekt');
    await sendKeys({ press: 'Enter' });
    await eventually(() => items() === 4, 'four projects');
    expect(describeFocus(focused())).to.equal('link: Lärprocess kring behovsdrivet stöd till sociala innovatörer');
    await walk('Tab', 2);
    expect(describeFocus(focused())).to.equal('button: Visa fler projekt');
    await sendKeys({ press: 'Space' });
    await eventually(() => items() === 5, 'five projects');
    expect(describeFocus(focused())).to.equal('link: Ett hållbart Skåne genom socialt företagande');
  });

  it('typing in the search field filters; Space on "Rensa filter" clears and puts focus back in the search field', async () => {
    const { element } = await pageWith('sv', listTemplate());
    await walk('Tab', 1);
    await sendKeys({ type: 'joint way' });
    const live = () => shadow(element).querySelector('[part="live-region"]')!.textContent!.trim();
    await eventually(() => live() === '1 projekt', 'the count announced');
    // Past the selects and the download buttons to the clear button.
    await walk('Tab', 8);
    expect(describeFocus(focused())).to.equal('button: Rensa filter');
    await sendKeys({ press: 'Space' });
    await eventually(() => live() === '5 projekt', 'every project again');
    expect(describeFocus(focused())).to.equal('searchbox: Sök projekt');
  });

  it('Enter on "Försök igen" asks the feed again and shows it', async () => {
    let element!: SiFeedElement<unknown>;
    await capture('error', async () => {
      ({ element } = await pageWith('sv', html`<si-project-list feed=${`/test-feeds/fail-first/${uniqueKey('a11y-retry')}.json`}></si-project-list>`));
    });
    expect(element.state).to.equal('error');
    await walk('Tab', 1);
    expect(describeFocus(focused())).to.equal('button: Försök igen');
    await sendKeys({ press: 'Enter' });
    await settled(element, ['ready']);
    const after = await walk('Tab', 1);
    expect(after[0]).to.match(/^link: /);
  });

  it('Space on the card\'s "Kopiera länk" copies the link and says so', async () => {
    await executeServerCommand('grant-clipboard');
    const { element } = await pageWith('sv', html`<si-project-card feed=${SAMPLE_FEED} project="asif" share></si-project-card>`);
    expect(await walk('Tab', 3)).to.deep.equal([
      'link: En unik och relevant innovationsallians för social innovation och förändring',
      'button: Kopiera länk',
      'button: after',
    ]);
    await walk('Shift+Tab', 1);
    await sendKeys({ press: 'Space' });
    await eventually(() => shadow(element).querySelector('[part="live-region"]')!.textContent!.trim() === 'Länken är kopierad.', 'the copy said');
  });

  it("Tab visits a project's partner links in the order they are listed, and leaves", async () => {
    await pageWith('sv', html`<si-partner-list feed=${SAMPLE_FEED} project="larprocess-behovsdrivet-stod"></si-partner-list>`);
    expect(await walk('Tab', 4)).to.deep.equal(['link: Region Skåne', 'link: Helsingborgs stad', 'link: Lunds universitet', 'button: after']);
  });
});
