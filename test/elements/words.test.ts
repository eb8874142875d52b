/**
 * Issue #18 rendered: counts with and without a feed unit in each language (Arabic 0, 1, 2, 3, 11,
 * 100), headings and labels plural over their count, values isolated, and each message in the
 * accessibility tree once, in its language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/project-list.js';
import '../../src/define/project-card.js';
import '../../src/define/goal-progress.js';
import '../../src/define/partner-list.js';
import type { SiFeedElement } from '../../src/core/feed-element.js';
import { isolate } from '../../src/data/message.js';
import { capture, eventually, SAMPLE_FEED, settled, shadow } from './helpers.js';

type Language = 'sv' | 'en' | 'ar';

async function mount<T extends SiFeedElement<unknown>>(tag: string, attributes: Record<string, string>, data?: object): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (data) element.data = data;
  (await fixture(html`<div></div>`)).append(element);
  return settled(element);
}

const text = (element: Element, selector: string) => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('a goal with a unit in plural forms', () => {
  const unitForms = {
    sv: { one: 'aktör', other: 'aktörer' },
    en: { one: 'actor', other: 'actors' },
    ar: { zero: 'فاعل', one: 'فاعل', two: 'فاعلان', few: 'فاعلين', many: 'فاعلًا', other: 'فاعل' },
  };
  function feed(goal: object): object {
    return { version: 1, organizations: [], projects: [{ id: 'p', title: 'P', organizations: [], goals: [{ id: 'g', title: 'G', ...goal }] }] };
  }

  const TARGETS: Record<Language, Record<number, [string, string]>> = {
    sv: { 0: ['Mål: 0 aktörer', 'Mål: 0'], 1: ['Mål: 1 aktör', 'Mål: 1'], 2: ['Mål: 2 aktörer', 'Mål: 2'] },
    en: { 0: ['Target: 0 actors', 'Target: 0'], 1: ['Target: 1 actor', 'Target: 1'], 100: ['Target: 100 actors', 'Target: 100'] },
    ar: {
      0: ['الهدف: 0 فاعل', 'الهدف: 0'],
      1: ['الهدف: 1 فاعل', 'الهدف: 1'],
      2: ['الهدف: 2 فاعلان', 'الهدف: 2'],
      3: ['الهدف: 3 فاعلين', 'الهدف: 3'],
      11: ['الهدف: 11 فاعلًا', 'الهدف: 11'],
      100: ['الهدف: 100 فاعل', 'الهدف: 100'],
    },
  };
  for (const lang of ['sv', 'en', 'ar'] as const) {
    it(`says the target with the unit's ${lang} form for each count, and without a unit`, async () => {
      for (const [target, [withUnit, without]] of Object.entries(TARGETS[lang])) {
        const goals = await mount('si-goal-progress', { lang, project: 'p' }, feed({ target: Number(target), unitForms, unit: 'aktörer' }));
        expect(text(goals, '[part="figure"]'), `${target} ${lang}`).to.equal(withUnit);
        const plain = await mount('si-goal-progress', { lang, project: 'p' }, feed({ target: Number(target) }));
        expect(text(plain, '[part="figure"]'), `${target} ${lang}`).to.equal(without);
      }
    });
  }

  it('follows the target in "18 av 50" and the baseline in its own line ("0 av 1 rapport", "خط الأساس: 2 فاعلان")', async () => {
    const sv = await mount('si-goal-progress', { lang: 'sv', project: 'p' }, feed({ target: 1, current: 0, unitForms: { sv: { one: 'rapport', other: 'rapporter' } } }));
    expect(text(sv, '[part="figure"]')).to.equal('0 av 1 rapport');
    expect(shadow(sv).querySelector('progress')!.getAttribute('aria-valuetext')).to.equal('0 av 1 rapport');
    const ar = await mount('si-goal-progress', { lang: 'ar', project: 'p' }, feed({ target: 50, current: 18, baseline: 2, unitForms }));
    expect(text(ar, '[part="figure"]')).to.equal('18 من 50 فاعلًا');
    expect(text(ar, '[part="baseline"]')).to.equal('خط الأساس: 2 فاعلان');
  });

  it("marks a unit that fell back to another language with that language, isolated in a <bdi>", async () => {
    const goals = await mount('si-goal-progress', { lang: 'ar', project: 'p' }, feed({ target: 5, unitForms: { sv: { one: 'aktör', other: 'aktörer' } } }));
    const unit = shadow(goals).querySelector('[part="figure"] bdi')!;
    expect(unit.textContent).to.equal('aktörer');
    expect(unit.getAttribute('lang')).to.equal('sv');
  });
});

describe('headings and labels plural over their count', () => {
  const organizations = [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ];
  const project = (roles: string[]) => ({
    version: 1,
    organizations,
    projects: [{ id: 'p', title: 'P', organizations: roles.map((role, i) => ({ id: organizations[i].id, role })) }],
  });
  const HEADINGS: Record<Language, string[]> = {
    sv: ['Projektägare', 'Finansiärer'],
    en: ['Project owners', 'Funders'],
    ar: ['الجهتان المالكتان للمشروع', 'جهتان مموِّلتان'],
  };
  for (const lang of ['sv', 'en', 'ar'] as const) {
    it(`heads two leads and two funders in ${lang}, and labels several leads`, async () => {
      const feed = project(['lead', 'lead', 'funder']);
      feed.projects[0].organizations.push({ id: 'a', role: 'funder' });
      const partners = await mount('si-partner-list', { lang, project: 'p' }, feed);
      const headings = [...shadow(partners).querySelectorAll('[part="role"]')].map((h) => h.textContent!.trim());
      expect(headings).to.deep.equal(HEADINGS[lang]);
      const card = await mount('si-project-card', { lang, project: 'p' }, feed);
      expect(text(card, '[part="leads"] .label')).to.equal({ sv: 'Projektägare:', en: 'Project owners:', ar: 'الجهتان المالكتان للمشروع:' }[lang]);
    });
  }

  it('says "Loading the project…" for one card, not "projects"', async () => {
    const card = await fixture<SiFeedElement<unknown>>(html`<si-project-card lang="en" project="p" feed="/test-feeds/slow?ms=3000"></si-project-card>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(text(card, '[part="live-region"]')).to.equal('Loading the project…');
  });
});

describe('values isolated in every language', () => {
  it('isolates an id inside an Arabic message, so "ftp://x/" keeps its order', async () => {
    let card!: SiFeedElement<unknown>;
    await capture('error', async () => {
      card = await mount('si-project-card', { lang: 'ar', project: 'ftp://x/' }, { version: 1, organizations: [], projects: [] });
    });
    expect(text(card, '[part="live-region"]')).to.equal(`المشروع «${isolate('ftp://x/')}» غير موجود في موجز المشاريع.`);
  });
});

interface AccessibilityNode {
  role: string;
  name?: string;
  children?: AccessibilityNode[];
}

/** Every text the accessibility tree holds (names of text nodes), in order. */
async function spokenTexts(): Promise<string[]> {
  const tree = await executeServerCommand<AccessibilityNode | null, undefined>('accessibility-tree');
  const found: string[] = [];
  const visit = (node: AccessibilityNode) => {
    if (node.role === 'StaticText' && node.name) found.push(node.name);
    node.children?.forEach(visit);
  };
  if (tree) visit(tree);
  return found;
}

describe('each message in the accessibility tree once', () => {
  const ERROR_404: Record<Language, string> = {
    sv: 'Projektflödet kunde inte hämtas: servern svarade med felkod 404.',
    en: 'The project feed could not be fetched: the server answered with error code 404.',
    ar: 'تعذَّر جلب موجز المشاريع: ردَّ الخادم برمز الخطأ 404.',
  };
  for (const lang of ['sv', 'en', 'ar'] as const) {
    it(`holds an error message once, in ${lang}`, async () => {
      await capture('error', async () => {
        await mount('si-project-list', { lang, feed: '/test-feeds/status/404' });
      });
      const texts = await spokenTexts();
      expect(texts.filter((t) => t === ERROR_404[lang]).length, texts.join(' | ')).to.equal(1);
    });
  }

  for (const lang of ['sv', 'ar'] as const) {
    it(`holds a filtered list's count and its no-match sentence once, in ${lang}`, async () => {
      const list = await mount('si-project-list', { lang, filters: 'search', feed: SAMPLE_FEED });
      const COUNT = { sv: '5 projekt', ar: '5 مشاريع' }[lang];
      let texts = await spokenTexts();
      expect(texts.filter((t) => t === COUNT).length, texts.join(' | ')).to.equal(1);
      const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'zzzz-no-such-project';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const NONE = { sv: 'Inga projekt matchar filtren.', ar: 'لا توجد مشاريع تطابق عوامل التصفية.' }[lang];
      await eventually(() => text(list, '[part="live-region"]') === NONE, 'the no-match sentence is announced');
      texts = await spokenTexts();
      expect(texts.filter((t) => t === NONE).length, texts.join(' | ')).to.equal(1);
    });
  }

  it('holds an empty list\'s message once', async () => {
    await mount('si-project-list', { lang: 'en' }, { version: 1, organizations: [], projects: [] });
    const texts = await spokenTexts();
    expect(texts.filter((t) => t === 'There are no projects to show.').length, texts.join(' | ')).to.equal(1);
  });
});
