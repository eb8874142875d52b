import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/goal-progress.js';
import { isolate } from '../../src/data/message.js';
import type { SiGoalProgress } from '../../src/components/goal-progress/goal-progress.js';
import type { Feed, Goal } from '../../src/data/types.js';
import { emulateForcedColors, SAMPLE_FEED, settledFixture, shadow, textOf } from './helpers.js';

const LARPROCESS = 'larprocess-behovsdrivet-stod';

function feedWithGoals(goals: Goal[], language = 'sv'): Feed {
  return {
    version: 1,
    language,
    organizations: [],
    projects: [{ id: 'p', title: 'Projektet', organizations: [], goals }],
  };
}

function goalsFixture(goals: Goal[], attributes: { goal?: string; lang?: string } = {}): Promise<SiGoalProgress> {
  return settledFixture<SiGoalProgress>(
    html`<si-goal-progress project="p" goal=${attributes.goal ?? ''} lang=${attributes.lang ?? 'sv'} .data=${feedWithGoals(goals)}></si-goal-progress>`,
  );
}

const nf = (n: number, lang = 'sv') => new Intl.NumberFormat(lang).format(n);

describe('<si-goal-progress>', () => {
  it('shows the ASIF goal from the sample feed: 50 key actors, no figure reported yet instead of 0', async () => {
    const el = await settledFixture<SiGoalProgress>(
      html`<si-goal-progress feed=${SAMPLE_FEED} project="asif"></si-goal-progress>`,
    );
    expect(el.state).to.equal('ready');
    const root = shadow(el);
    expect(root.querySelector('h3')?.textContent?.trim()).to.equal('Nyckelaktörer som anslutit sig till ASIF');
    expect(root.querySelector('[part="figure"]')?.textContent?.trim()).to.equal('Mål: 50 aktörer');
    expect(root.querySelector('[part="no-figure"]')?.textContent).to.contain('Ingen siffra rapporterad ännu');
    expect(root.querySelector('progress'), 'no bar at 0 when nothing is reported').to.equal(null);
    expect(textOf(el)).not.to.match(/\b0 av\b/);
    await expect(el).to.be.accessible();
  });

  it('shows the learning process’s three sub-goals with their status in words and an honest summary', async () => {
    const el = await settledFixture<SiGoalProgress>(
      html`<si-goal-progress feed=${SAMPLE_FEED} project=${LARPROCESS}></si-goal-progress>`,
    );
    const root = shadow(el);
    expect(root.querySelector('[part="milestones-title"]')?.textContent?.trim()).to.equal('Delmål');
    const items = [...root.querySelectorAll('[part="milestone"]')];
    expect(items.map((li) => li.querySelector('.milestone-title')?.textContent?.trim())).to.deep.equal([
      'En process för att upprätta en testmiljö för sociala innovatörer hos behovsägare är utvecklad och testad.',
      'En behovsdriven process för att stötta sociala innovatörer att utveckla sina idéer och iterera fram och implementera affärsmodeller är utvecklad och testad.',
      'En plan och struktur för regional/nationell implementering och spridning av processer och metoder är etablerad.',
    ]);
    for (const item of items) expect(item.querySelector('[part="status"]')?.textContent).to.contain('Ingen status rapporterad');
    // The sample reports no status: "0 av 3 uppnådda" would claim what nobody has said.
    expect(root.querySelector('[part="summary"]')?.textContent?.trim()).to.equal('3 delmål, ingen status rapporterad ännu');
    await expect(el).to.be.accessible();
  });

  it('names the bar by the goal’s title and gives aria-valuetext equal to the visible figure', async () => {
    const el = await goalsFixture([{ id: 'g', title: 'Anslutna aktörer', target: 50, current: 18, unit: 'aktörer' }]);
    const root = shadow(el);
    const bar = root.querySelector('progress')!;
    expect(bar.value).to.equal(18);
    expect(bar.max).to.equal(50);
    expect(bar.getAttribute('aria-valuetext')).to.equal('18 av 50 aktörer');
    expect(root.querySelector('[part="figure"]')?.textContent?.trim()).to.equal('18 av 50 aktörer');
    const label = root.getElementById(bar.getAttribute('aria-labelledby')!);
    expect(label?.textContent?.trim()).to.equal('Anslutna aktörer');
    expect(label?.localName).to.equal('h3');
    await expect(el).to.be.accessible();
  });

  it('shows a figure past the target as it is, with the bar full', async () => {
    const el = await goalsFixture([{ id: 'g', title: 'Anslutna aktörer', target: 50, current: 56, unit: 'aktörer' }]);
    const root = shadow(el);
    const bar = root.querySelector('progress')!;
    expect(bar.value).to.equal(bar.max);
    expect(bar.getAttribute('aria-valuetext')).to.equal('56 av 50 aktörer');
    expect(root.querySelector('[part="reached"]')?.textContent).to.contain('överträffat');
  });

  it('shows the baseline when there is one, and measures the bar from it', async () => {
    const el = await goalsFixture([{ id: 'g', title: 'Deltagare', baseline: 10, target: 50, current: 30, unit: 'deltagare' }]);
    const root = shadow(el);
    expect(root.querySelector('[part="baseline"]')?.textContent?.trim()).to.equal('Utgångsläge: 10 deltagare');
    const bar = root.querySelector('progress')!;
    expect(bar.position).to.be.closeTo(0.5, 1e-9);
    expect(bar.getAttribute('aria-valuetext')).to.equal('30 av 50 deltagare');
  });

  it('formats numbers with Intl for the element’s language', async () => {
    const goals: Goal[] = [{ id: 'g', title: { sv: 'Timmar', en: 'Hours' }, target: 12500, current: 1234.5 }];
    const sv = await goalsFixture(goals, { lang: 'sv' });
    expect(shadow(sv).querySelector('progress')?.getAttribute('aria-valuetext')).to.equal(`${nf(1234.5)} av ${nf(12500)}`);
    const ar = await goalsFixture(goals, { lang: 'ar' });
    expect(shadow(ar).querySelector('[part="figure"]')?.textContent).to.contain(nf(12500, 'ar'));
  });

  it('counts achieved milestones with the right plural, numeric goals first', async () => {
    const el = await goalsFixture([
      { id: 'a', title: 'Testmiljö', status: 'achieved' },
      { id: 'n', title: 'Aktörer', target: 10, current: 2 },
      { id: 'b', title: 'Process', status: 'in-progress' },
      { id: 'c', title: 'Plan', status: 'planned' },
    ]);
    const root = shadow(el);
    expect(root.querySelector('[part="summary"]')?.textContent?.trim()).to.equal('1 av 3 delmål uppnådda');
    const statuses = [...root.querySelectorAll('[part="milestone"] [part="status"]')].map((s) => s.textContent?.replace(/\s+/g, ' ').trim());
    expect(statuses).to.deep.equal(['Status: Uppnått', 'Status: Pågår', 'Status: Planerat']);
    const goals = [...root.querySelectorAll('[part="goal"], [part="milestones"]')];
    expect(goals[0].getAttribute('part')).to.equal('goal');
    for (const icon of root.querySelectorAll('svg')) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    const one = await goalsFixture([{ id: 'a', title: 'Testmiljö', status: 'achieved' }, { id: 'n', title: 'X', target: 3 }]);
    expect(shadow(one).querySelector('[part="summary"]')?.textContent?.trim()).to.equal('1 av 1 delmål uppnått');
  });

  it('shows one goal with goal="…", as its own heading (the filtered state)', async () => {
    const el = await goalsFixture(
      [
        { id: 'a', title: 'Testmiljö', status: 'achieved' },
        { id: 'n', title: 'Aktörer', target: 10, current: 2 },
      ],
      { goal: 'a' },
    );
    const root = shadow(el);
    expect(root.querySelector('h3')?.textContent?.trim()).to.equal('Testmiljö');
    expect(root.querySelector('progress')).to.equal(null);
    expect(root.querySelector('[part="milestones-title"]')).to.equal(null);
    expect(textOf(el)).to.contain('Uppnått');
    await expect(el).to.be.accessible();
  });

  it('honours heading-level', async () => {
    const el = await settledFixture<SiGoalProgress>(
      html`<si-goal-progress feed=${SAMPLE_FEED} project=${LARPROCESS} heading-level="2"></si-goal-progress>`,
    );
    expect(shadow(el).querySelectorAll('h2').length).to.equal(1);
    expect(shadow(el).querySelectorAll('h3').length).to.equal(0);
  });

  it('is empty, and says so, for a project without goals', async () => {
    const el = await settledFixture<SiGoalProgress>(
      html`<si-goal-progress feed=${SAMPLE_FEED} project="joint-way"></si-goal-progress>`,
    );
    expect(el.state).to.equal('empty');
    expect(shadow(el).querySelector('[part="empty"]')?.textContent).to.contain('inga mål');
    await expect(el).to.be.accessible();
  });

  it('is an error, with a message on screen, for an unknown project or goal', async () => {
    const project = await settledFixture<SiGoalProgress>(
      html`<si-goal-progress feed=${SAMPLE_FEED} project="nope"></si-goal-progress>`,
    );
    expect(project.state).to.equal('error');
    expect(shadow(project).querySelector('[part="error"]')?.textContent).to.contain(`"${isolate('nope')}"`);
    await expect(project).to.be.accessible();
    const goal = await settledFixture<SiGoalProgress>(
      html`<si-goal-progress feed=${SAMPLE_FEED} project="asif" goal="nope"></si-goal-progress>`,
    );
    expect(goal.state).to.equal('error');
    expect(shadow(goal).querySelector('[part="error"]')?.textContent).to.contain(`Målet "${isolate('nope')}"`);
    const broken = await settledFixture<SiGoalProgress>(
      html`<si-goal-progress feed="/test-feeds/status/404" project="asif"></si-goal-progress>`,
    );
    expect(broken.state).to.equal('error');
    await expect(broken).to.be.accessible();
  });

  it('is accessible while loading, and says what it loads', async () => {
    const el = await fixture<SiGoalProgress>(
      html`<si-goal-progress feed="/test-feeds/slow?ms=2000" project="asif"></si-goal-progress>`,
    );
    expect(el.state).to.equal('loading');
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain('Laddar mål');
    await expect(el).to.be.accessible();
  });

  it('keeps the bar’s fill and frame visible in forced colours', async () => {
    const el = await goalsFixture([{ id: 'g', title: 'Aktörer', target: 50, current: 18 }]);
    try {
      await emulateForcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const bar = shadow(el).querySelector('progress')!;
      const style = getComputedStyle(bar);
      expect(style.forcedColorAdjust).to.equal('none');
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      expect(style.borderTopColor).to.equal(getComputedStyle(probe).color);
      probe.remove();
      expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('follows the page’s color-scheme by default, and theme="dark|auto" when set', async () => {
    const goals: Goal[] = [{ id: 'g', title: 'Aktörer', target: 50, current: 18 }];
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const light = await goalsFixture(goals);
      const lightText = getComputedStyle(shadow(light).querySelector('h3')!).color;
      // A light host page on a dark OS: the widget stays light (dark text).
      expect(lightText).to.equal('rgb(27, 31, 36)');
      light.setAttribute('theme', 'auto');
      expect(getComputedStyle(shadow(light).querySelector('h3')!).color).to.equal('rgb(232, 235, 239)');
      await expect(light).to.be.accessible();
      light.setAttribute('theme', 'light');
      expect(getComputedStyle(shadow(light).querySelector('h3')!).color).to.equal('rgb(27, 31, 36)');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: light dark"><si-goal-progress project="p" .data=${feedWithGoals(goals)}></si-goal-progress></div>`,
      );
      const inDarkPage = wrapper.querySelector('si-goal-progress')!;
      await inDarkPage.updateComplete;
      expect(getComputedStyle(shadow(inDarkPage).querySelector('h3')!).color).to.equal('rgb(232, 235, 239)');
      await expect(inDarkPage).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    const dark = await goalsFixture(goals);
    dark.theme = 'dark';
    await dark.updateComplete;
    expect(dark.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(shadow(dark).querySelector('h3')!).color).to.equal('rgb(232, 235, 239)');
    await expect(dark).to.be.accessible();
  });
});
