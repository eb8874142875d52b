/** Theming: documented custom properties and parts reach inside; motion and colour preferences are honoured. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/si-widgets.js';
import type { SiPartnerList } from '../../src/components/partner-list/partner-list.js';
import type { SiGoalProgress } from '../../src/components/goal-progress/goal-progress.js';
import type { SiProjectList } from '../../src/components/project-list/project-list.js';
import { SAMPLE_FEED, settled, settledFixture, shadow } from './helpers.js';

const LARPROCESS = 'larprocess-behovsdrivet-stod';

describe('theming', () => {
  it('takes colours, font, radius and spacing from the documented --si-* properties', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div
      style="--si-color-accent: rgb(120, 20, 60); --si-font-family: Georgia, serif; --si-radius: 3px; --si-space: 20px; --si-color-surface: rgb(250, 245, 230); --si-color-text: rgb(10, 20, 30)"
    >
      <si-partner-list feed=${SAMPLE_FEED} project=${LARPROCESS}></si-partner-list>
    </div>`);
    const list = await settled(wrapper.querySelector<SiPartnerList>('si-partner-list')!);
    const root = shadow(list);
    expect(getComputedStyle(root.querySelector('a')!).color).to.equal('rgb(120, 20, 60)');
    const groups = getComputedStyle(root.querySelector('.groups')!);
    expect(groups.borderTopLeftRadius).to.equal('3px');
    expect(groups.paddingTop).to.equal('20px');
    expect(groups.backgroundColor).to.equal('rgb(250, 245, 230)');
    expect(getComputedStyle(list).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(root.querySelector('.name:not(a)')!).color).to.equal('rgb(10, 20, 30)');
  });

  it('inherits the host page’s font by default', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: 'Courier New', monospace">
      <si-goal-progress feed=${SAMPLE_FEED} project="asif"></si-goal-progress>
    </div>`);
    const goal = await settled(wrapper.querySelector<SiGoalProgress>('si-goal-progress')!);
    expect(getComputedStyle(shadow(goal).querySelector('h3')!).fontFamily).to.contain('Courier New');
  });

  it('can be styled through its documented parts', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <style>
        .themed::part(figure) { color: rgb(1, 2, 3); }
        .themed::part(count) { letter-spacing: 3px; }
      </style>
      <si-goal-progress class="themed" feed=${SAMPLE_FEED} project="asif"></si-goal-progress>
      <si-project-list class="themed" feed=${SAMPLE_FEED} filters="search"></si-project-list>
    </div>`);
    const goal = await settled(wrapper.querySelector<SiGoalProgress>('si-goal-progress')!);
    const list = await settled(wrapper.querySelector<SiProjectList>('si-project-list')!);
    expect(getComputedStyle(shadow(goal).querySelector('[part="figure"]')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(list).querySelector('[part="count"]')!).letterSpacing).to.equal('3px');
  });

  it('does not animate for visitors who ask for reduced motion', async () => {
    const list = await settledFixture<SiProjectList>(
      html`<si-project-list feed=${SAMPLE_FEED} filters="search" page-size="2"></si-project-list>`,
    );
    const button = shadow(list).querySelector('[part="more-button"]')!;
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(button).transitionDuration).not.to.match(/^0s(, 0s)*$/);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(button).transitionDuration).to.match(/^0s(, 0s)*$/);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('is accessible, contrast included, in the dark theme in every element', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="background: #0d1013; color-scheme: dark; padding: 8px">
      <si-project-list feed=${SAMPLE_FEED} filters="search organization status sort" page-size="2"></si-project-list>
      <si-goal-progress feed=${SAMPLE_FEED} project=${LARPROCESS}></si-goal-progress>
      <si-partner-list feed=${SAMPLE_FEED} project=${LARPROCESS}></si-partner-list>
      <si-partner-list feed=${SAMPLE_FEED}></si-partner-list>
    </div>`);
    for (const element of wrapper.children) await settled(element as SiProjectList);
    expect(getComputedStyle(shadow(wrapper.querySelector('si-project-list')!).querySelector('.project')!).backgroundColor).to.equal(
      'rgb(29, 34, 40)',
    );
    await expect(wrapper).to.be.accessible();
  });
});
