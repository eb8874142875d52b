/**
 * Issue #22, the visual part of the manual protocol (docs/accessibility.md) made automatic: every
 * scenario of the protocol's table, in Swedish and Arabic, at 320 CSS px wide (1280 px at 400 %
 * zoom, WCAG 1.4.10) and at 640 (200 %), with WCAG 1.4.12's letter and word spacing; and in forced
 * colours (Windows High Contrast), focus rings, button borders and the loading placeholder in
 * system colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/si-widgets.js';
import { LIST_CONTROLS, SCENARIOS } from './a11y-expectations.js';
import { mountScenario } from './a11y-tree.js';
import { emulateForcedColors, SAMPLE_FEED, settled, shadow } from './helpers.js';
import type { SiFeedElement } from '../../src/core/feed-element.js';

/** How far the page scrolls sideways, and the shadow parts that stick out of the viewport. */
function sideways(element: Element): { scroll: number; outside: string[] } {
  const scroll = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  const outside = [...shadow(element).querySelectorAll('*')]
    .filter((child) => {
      const rect = child.getBoundingClientRect();
      return rect.width > 0 && (rect.left < -1 || rect.right > document.documentElement.clientWidth + 1);
    })
    .map((child) => `${child.localName}[part=${child.getAttribute('part')}]`);
  return { scroll, outside };
}

describe('zoom: reflow at 400 % and 200 % (docs/accessibility.md, protocol step 3)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [zoom, width] of [
    ['400 %', 320],
    ['200 %', 640],
  ] as const) {
    it(`no sideways scrolling at ${width} CSS px (1280 px at ${zoom}), every scenario, sv and ar, with text spacing`, async () => {
      await setViewport({ width, height: 720 });
      for (const scenario of SCENARIOS) {
        for (const lang of ['sv', 'ar'] as const) {
          const element = await mountScenario(scenario, lang);
          // WCAG 1.4.12: letter and word spacing a visitor's style sheet sets reach the widget's text.
          Object.assign((element as HTMLElement).style, { letterSpacing: '0.12em', wordSpacing: '0.16em' });
          await new Promise(requestAnimationFrame);
          expect(sideways(element), `${scenario.id} ${lang}`).to.deep.equal({ scroll: 0, outside: [] });
        }
      }
    });
  }
});

describe('forced colours (Windows High Contrast, docs/accessibility.md, protocol step 4)', () => {
  before(() => emulateForcedColors(true));
  after(() => emulateForcedColors(false));

  /** A system colour as the browser resolves it. */
  async function systemColor(keyword: string, property: 'color' = 'color'): Promise<string> {
    const probe = await fixture<HTMLSpanElement>(html`<span style="color: ${keyword}">probe</span>`);
    const value = getComputedStyle(probe)[property];
    probe.remove();
    return value;
  }

  it('every stop of the list shows its focus ring in Highlight, and buttons keep a ButtonText border', async () => {
    const highlight = await systemColor('Highlight');
    const buttonText = await systemColor('ButtonText');
    const page = await fixture<HTMLDivElement>(html`<div>
      <button>before</button>
      <si-project-list feed=${SAMPLE_FEED} filters=${LIST_CONTROLS.filters} page-size=${LIST_CONTROLS['page-size']}></si-project-list>
    </div>`);
    const list = await settled(page.querySelector<SiFeedElement<unknown>>('si-project-list')!);
    page.querySelector('button')!.focus();
    for (let stop = 0; stop < 12; stop++) {
      await sendKeys({ press: 'Tab' });
      const focused = shadow(list).activeElement!;
      const style = getComputedStyle(focused);
      const name = `${focused.localName} ${focused.textContent?.trim() ?? ''}`;
      expect(style.outlineStyle, name).to.equal('solid');
      expect(style.outlineColor, name).to.equal(highlight);
      if (focused instanceof HTMLButtonElement) expect(style.borderTopColor, name).to.equal(buttonText);
    }
  });

  it('the loading placeholder keeps a visible outline, and panels keep their borders', async () => {
    const loading = await mountScenario(SCENARIOS.find((s) => s.id === 'list-loading')!, 'sv');
    const skeleton = getComputedStyle(shadow(loading).querySelector('.skeleton')!);
    expect(skeleton.borderTopStyle).to.equal('dashed');
    const error = await mountScenario(SCENARIOS.find((s) => s.id === 'list-error')!, 'sv');
    const panel = getComputedStyle(shadow(error).querySelector('.panel')!);
    expect(panel.borderTopStyle).to.equal('solid');
    expect(parseFloat(panel.borderTopWidth)).to.be.greaterThan(0);
  });
});
