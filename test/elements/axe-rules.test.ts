import { expect, fixture, html } from '@open-wc/testing';
import { WCAG22_RULES } from './helpers.js';

describe('axe as the tests run it', () => {
  it('includes the WCAG 2.2 AA rules, which axe leaves off by default', async () => {
    expect(WCAG22_RULES).to.include('target-size');
    // Two 12 px buttons side by side fail 2.5.8 Target Size (Minimum): the rule must catch them.
    const tiny = await fixture(html`<div>
      <button style="inline-size:12px;block-size:12px;padding:0;margin:0">a</button
      ><button style="inline-size:12px;block-size:12px;padding:0;margin:0">b</button>
    </div>`);
    await expect(tiny).not.to.be.accessible();
    const fine = await fixture(html`<div><button style="min-inline-size:24px;min-block-size:24px">a</button></div>`);
    await expect(fine).to.be.accessible();
  });
});
