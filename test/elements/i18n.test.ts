/**
 * Every element in Swedish, English and Arabic: where its language comes from, that it follows
 * changes, right to left, feed text in another language marked, Intl output (compared against
 * Intl itself), and axe in all three languages.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/project-list.js';
import '../../src/define/project-card.js';
import '../../src/define/goal-progress.js';
import '../../src/define/partner-list.js';
import { SiFeedElement } from '../../src/core/feed-element.js';
import { baseStyles } from '../../src/core/styles.js';
import { isolate } from '../../src/data/message.js';
import { NO_PROJECTS_MESSAGE, SAMPLE_FEED, capture, emptyViewText, settled, shadow, textOf } from './helpers.js';

type Element = SiFeedElement<unknown>;
type Language = 'sv' | 'en' | 'ar';

/** Every element, set up to show the sample feed, with what to look at. */
interface ElementCase {
  tag: 'si-project-list' | 'si-project-card' | 'si-goal-progress' | 'si-partner-list';
  /** Sets what the element needs to show the sample feed. */
  setup(element: HTMLElement): void;
  /** Words the element shows when ready, per language (none of them in another language). */
  words: Record<Language, string[]>;
  /** Feed text that the sample has in Swedish and English only (so Arabic falls back to Swedish). */
  feedText: string;
  /** The project summary, for elements that show one (in the sample, Swedish and English only too). */
  summary?: string;
  /** A line of the element's own words, to measure where its text starts. */
  line: string;
}

const LEAD_LABEL: Record<Language, string> = { sv: 'Projektägare:', en: 'Project owner:', ar: 'الجهة المالكة للمشروع:' };

const ELEMENTS: ElementCase[] = [
  {
    tag: 'si-project-list',
    setup: (element) => element.setAttribute('feed', SAMPLE_FEED),
    words: { sv: [LEAD_LABEL.sv], en: [LEAD_LABEL.en], ar: [LEAD_LABEL.ar] },
    feedText: '[part="title"]',
    summary: '[part="summary"]',
    line: '[part="leads"]',
  },
  {
    tag: 'si-project-card',
    setup: (element) => {
      element.setAttribute('feed', SAMPLE_FEED);
      element.setAttribute('project', 'asif');
    },
    words: {
      sv: [LEAD_LABEL.sv, 'Pågående'],
      en: [LEAD_LABEL.en, 'Ongoing'],
      ar: [LEAD_LABEL.ar, 'قيد التنفيذ'],
    },
    feedText: '[part="title"]',
    summary: '[part="summary"]',
    line: '[part="leads"]',
  },
  {
    tag: 'si-goal-progress',
    setup: (element) => {
      element.setAttribute('feed', SAMPLE_FEED);
      element.setAttribute('project', 'asif');
    },
    words: {
      sv: ['Mål: 50', 'Ingen siffra rapporterad ännu.'],
      en: ['Target: 50', 'No figure reported yet.'],
      ar: [`الهدف: ${new Intl.NumberFormat('ar').format(50)}`, 'لم يُبلَّغ عن أي رقم بعد.'],
    },
    feedText: '[part="goal-title"]',
    line: '[part="no-figure"]',
  },
  {
    tag: 'si-partner-list',
    setup: (element) => {
      element.setAttribute('feed', SAMPLE_FEED);
      element.setAttribute('project', 'larprocess-behovsdrivet-stod');
    },
    words: {
      sv: ['Behovsägare', 'Kunskapspartner'],
      en: ['Need owner', 'Knowledge partner'],
      // Two knowledge partners: the heading is in the dual (شريكان معرفيان), not the singular.
      ar: ['صاحب الاحتياج', 'شريكان معرفيان'],
    },
    feedText: '[data-role="knowledge-partner"] [part~="name"]',
    line: '[part="role"]',
  },
];

const LANGUAGES: Language[] = ['sv', 'en', 'ar'];
const OTHERS = (lang: Language) => LANGUAGES.filter((other) => other !== lang);

function make(elementCase: ElementCase, attributes: Record<string, string> = {}): Element {
  const element = document.createElement(elementCase.tag) as unknown as Element;
  elementCase.setup(element);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Puts `element` in `container` (default: a fresh fixture) and waits until it is ready. */
async function mount<T extends Element>(element: T, container?: HTMLElement): Promise<T> {
  (container ?? (await fixture(html`<div></div>`))).append(element);
  return settled(element);
}

/** Polls until `condition` holds; fails with `what` after a generous time (shared CI machine). */
async function until(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function speaks(element: Element, lang: Language): boolean {
  const text = textOf(element);
  const elementCase = ELEMENTS.find((c) => c.tag === element.localName)!;
  return (
    elementCase.words[lang].every((word) => text.includes(word)) &&
    OTHERS(lang).every((other) => elementCase.words[other].every((word) => !text.includes(word)))
  );
}

function expectSpeaks(element: Element, lang: Language): void {
  expect(speaks(element, lang), `<${element.localName}> in ${lang}: "${textOf(element).slice(0, 200)}"`).to.equal(true);
}

const rootLang = document.documentElement.getAttribute('lang');
afterEach(() => {
  if (rootLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', rootLang);
});

for (const elementCase of ELEMENTS) {
  describe(`<${elementCase.tag}> in three languages`, () => {
    for (const lang of LANGUAGES) {
      it(`speaks ${lang} when <html lang="${lang}">, with dir ${lang === 'ar' ? 'rtl' : 'ltr'}`, async () => {
        document.documentElement.lang = lang;
        const element = await mount(make(elementCase));
        expect(element.state).to.equal('ready');
        expectSpeaks(element, lang);
        expect(element.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      });

      it(`passes axe in ${lang}`, async () => {
        const element = await mount(make(elementCase, { lang }));
        expectSpeaks(element, lang);
        await expect(element).to.be.accessible();
      });
    }

    it("takes its own lang over the page's (Google Translate rewrites <html lang>)", async () => {
      document.documentElement.lang = 'ar';
      const element = await mount(make(elementCase, { lang: 'en' }));
      expectSpeaks(element, 'en');
      document.documentElement.lang = 'en';
      const swedish = await mount(make(elementCase, { lang: 'sv' }));
      expectSpeaks(swedish, 'sv');
    });

    it('takes the closest lang container in a page, so two elements on one page speak two languages', async () => {
      document.documentElement.lang = 'sv';
      const page = await fixture<HTMLElement>(html`<div>
        <div class="outside"></div>
        <section lang="ar" dir="rtl"><div><div class="inside"></div></div></section>
      </div>`);
      const [outside, inside] = await Promise.all([
        mount(make(elementCase), page.querySelector<HTMLElement>('.outside')!),
        mount(make(elementCase), page.querySelector<HTMLElement>('.inside')!),
      ]);
      expectSpeaks(outside, 'sv');
      expectSpeaks(inside, 'ar');
    });

    it('falls back from a regional tag: en-GB speaks English, sv-FI Swedish', async () => {
      expectSpeaks(await mount(make(elementCase, { lang: 'en-GB' })), 'en');
      expectSpeaks(await mount(make(elementCase, { lang: 'sv-FI' })), 'sv');
    });

    it('re-renders when its own lang, a container lang or <html lang> changes', async () => {
      document.documentElement.lang = 'sv';
      const container = await fixture<HTMLElement>(html`<div><div class="inner"></div></div>`);
      const element = await mount(make(elementCase), container.querySelector<HTMLElement>('.inner')!);
      expectSpeaks(element, 'sv');

      document.documentElement.lang = 'en';
      await until(() => speaks(element, 'en'), '<html lang="en"> is followed');
      container.setAttribute('lang', 'ar');
      await until(() => speaks(element, 'ar'), 'the container\'s lang="ar" is followed');
      expect(element.getAttribute('dir')).to.equal('rtl');
      element.setAttribute('lang', 'sv');
      await until(() => speaks(element, 'sv'), 'its own lang="sv" is followed');
      expect(element.getAttribute('dir')).to.equal('ltr');
      element.removeAttribute('lang');
      await until(() => speaks(element, 'ar'), 'removing its own lang falls back to the container');
      expect(element.state).to.equal('ready');
    });

    it('lays out right to left inside its shadow root in Arabic, left to right otherwise', async () => {
      const arabic = await mount(make(elementCase, { lang: 'ar' }));
      const english = await mount(make(elementCase, { lang: 'en' }));
      for (const [element, direction] of [
        [arabic, 'rtl'],
        [english, 'ltr'],
      ] as const) {
        const line = shadow(element).querySelector<HTMLElement>(elementCase.line)!;
        expect(getComputedStyle(line).direction, element.lang).to.equal(direction);
        expect(getComputedStyle(shadow(element).querySelector('[part="live-region"]')!).direction).to.equal(direction);
        // Logical properties: the line's text starts at the right edge in Arabic, the left in English.
        const range = document.createRange();
        range.selectNodeContents(line);
        const text = range.getBoundingClientRect();
        const box = line.getBoundingClientRect();
        if (direction === 'rtl') expect(box.right - text.right, 'text starts on the right').to.be.lessThan(2);
        else expect(text.left - box.left, 'text starts on the left').to.be.lessThan(2);
      }
    });

    it('marks feed text that fell back to another language with its own lang, and only that', async () => {
      // The sample feed has Swedish and English texts, no Arabic: Arabic shows Swedish, marked.
      const arabic = await mount(make(elementCase, { lang: 'ar' }));
      const text = shadow(arabic).querySelector(elementCase.feedText)!;
      expect(text.getAttribute('lang')).to.equal('sv');
      expect(text.getAttribute('dir')).to.equal('auto');
      if (elementCase.summary) expect(shadow(arabic).querySelector(elementCase.summary)!.getAttribute('lang')).to.equal('sv');
      for (const topic of shadow(arabic).querySelectorAll('[part="topics"] li')) expect(topic.getAttribute('lang')).to.equal('sv');

      const english = await mount(make(elementCase, { lang: 'en-GB' }));
      expect(shadow(english).querySelector(elementCase.feedText)!.hasAttribute('lang')).to.equal(false);

      const swedish = await mount(make(elementCase, { lang: 'sv' }));
      expect(shadow(swedish).querySelector('[lang]')).to.equal(null);
    });
  });
}

/** A small feed for the formatting tests. */
function feedWith(projects: object[], organizations: object[] = []): object {
  return { version: 1, language: 'sv', organizations, projects };
}

const ORGANIZATIONS = [
  { id: 'mau', name: { sv: 'Malmö universitet', en: 'Malmö University' } },
  { id: 'lu', name: { sv: 'Lunds universitet', en: 'Lund University', ar: 'جامعة لوند' } },
  { id: 'rs', name: 'Region Skåne' },
];
const THREE_LEADS = {
  id: 'tre',
  title: { sv: 'Tre projektägare', en: 'Three owners', ar: 'ثلاث جهات' },
  organizations: ORGANIZATIONS.map((organization) => ({ id: organization.id, role: 'lead' })),
  status: 'planned',
  start: '2024-03-01',
  end: '2026-12-31',
};

describe('Intl output in each language', () => {
  const names: Record<Language, string[]> = {
    sv: ['Malmö universitet', 'Lunds universitet', 'Region Skåne'],
    en: ['Malmö University', 'Lund University', 'Region Skåne'],
    ar: ['Malmö universitet', 'جامعة لوند', 'Region Skåne'],
  };

  for (const lang of [...LANGUAGES, 'en-GB']) {
    const base = lang.slice(0, 2) as Language;
    // Plain English is British English, as the words are.
    const intlLang = lang === 'en' ? 'en-GB' : lang;

    it(`joins the leads as Intl.ListFormat does in ${lang}, each name with its own lang`, async () => {
      for (const tag of ['si-project-list', 'si-project-card'] as const) {
        const element = document.createElement(tag) as unknown as Element & { project?: string };
        element.setAttribute('lang', lang);
        element.setAttribute('project', 'tre');
        element.data = feedWith([THREE_LEADS], ORGANIZATIONS);
        await mount(element);
        const leads = shadow(element).querySelector('[part="leads"]')!;
        const expected = new Intl.ListFormat(intlLang, { type: 'conjunction' }).format(names[base]);
        expect(leads.textContent!.replace(/\s+/g, ' ')).to.contain(expected);
        const marked = [...leads.querySelectorAll('span[dir="auto"]')].map((span) => span.getAttribute('lang'));
        expect(marked, `${tag} ${lang}`).to.deep.equal(
          { sv: [null, null, null], en: [null, null, 'sv'], ar: ['sv', null, 'sv'] }[base],
        );
      }
    });

    it(`shows a card's period as Intl.DateTimeFormat#formatRange does in ${lang}`, async () => {
      const card = document.createElement('si-project-card');
      card.setAttribute('lang', lang);
      card.project = 'tre';
      card.data = feedWith([THREE_LEADS], ORGANIZATIONS);
      await mount(card);
      // Swedish spaces the dash between two full dates, which Intl's Swedish data does not.
      const expected =
        lang === 'sv'
          ? '1 mars 2024 – 31 december 2026'
          : new Intl.DateTimeFormat(intlLang, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(Date.UTC(2024, 2, 1), Date.UTC(2026, 11, 31));
      expect(shadow(card).querySelector('[part="period"]')!.textContent).to.equal(expected);
      expect(shadow(card).querySelector('[part="status"]')!.textContent).to.equal(
        { sv: 'Planerat', en: 'Planned', ar: 'قيد التخطيط' }[base],
      );
    });
  }

  it('says "from" or "until" when a project has one date only', async () => {
    const card = document.createElement('si-project-card');
    card.setAttribute('lang', 'en');
    card.project = 'p';
    card.data = feedWith([{ id: 'p', title: 'P', organizations: [], start: '2025-01-15' }]);
    await mount(card);
    expect(shadow(card).querySelector('[part="period"]')!.textContent).to.equal(`From ${isolate('15 January 2025')}`);
  });

  // The list with controls shows and announces its count; Arabic has six plural forms.
  const FORMS: Record<Language, Record<number, (n: string) => string>> = {
    sv: { 1: (n) => `${n} projekt`, 2: (n) => `${n} projekt` },
    en: { 1: (n) => `${n} project`, 2: (n) => `${n} projects`, 11: (n) => `${n} projects` },
    ar: {
      1: () => 'مشروع واحد',
      2: () => 'مشروعان',
      3: (n) => `${n} مشاريع`,
      11: (n) => `${n} مشروعًا`,
      100: (n) => `${n} مشروع`,
      103: (n) => `${n} مشاريع`,
    },
  };
  for (const lang of LANGUAGES) {
    it(`counts projects with ${lang} plural forms and ${lang} digits`, async () => {
      for (const [count, form] of Object.entries(FORMS[lang])) {
        const list = document.createElement('si-project-list');
        list.setAttribute('lang', lang);
        list.setAttribute('filters', 'search');
        list.data = feedWith(
          Array.from({ length: Number(count) }, (_, i) => ({ id: `p${i}`, title: `Projekt ${i}`, organizations: [] })),
        );
        await mount(list);
        const expected = form(new Intl.NumberFormat(lang).format(Number(count)));
        expect(shadow(list).querySelector('[part="count"]')!.textContent!.trim(), `${count} in ${lang}`).to.equal(expected);
        expect(shadow(list).querySelector('[part="live-region"]')!.textContent!.trim()).to.equal(expected);
        list.remove();
      }
    });

    it(`shows a goal's figures with Intl numbers and counts milestones in ${lang}`, async () => {
      const goals = document.createElement('si-goal-progress');
      goals.setAttribute('lang', lang);
      goals.setAttribute('project', 'p');
      goals.data = feedWith([
        {
          id: 'p',
          title: 'P',
          organizations: [],
          goals: [
            { id: 'n', title: { sv: 'Timmar', en: 'Hours' }, unit: { sv: 'timmar', en: 'hours' }, target: 12500, current: 1234.5 },
            { id: 'a', title: 'A', status: 'achieved' },
            { id: 'b', title: 'B', status: 'planned' },
          ],
        },
      ]);
      await mount(goals);
      const nf = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
      const figure = {
        sv: `${nf(1234.5)} av ${nf(12500)} timmar`,
        en: `${nf(1234.5)} of ${nf(12500)} hours`,
        ar: `${nf(1234.5)} من ${nf(12500)} timmar`,
      }[lang];
      expect(shadow(goals).querySelector('[part="figure"]')!.textContent!.trim()).to.equal(figure);
      expect(shadow(goals).querySelector('progress')!.getAttribute('aria-valuetext')).to.equal(figure);
      const summary = {
        sv: `${nf(1)} av ${nf(2)} delmål uppnådda`,
        en: `${nf(1)} of ${nf(2)} milestones achieved`,
        ar: `الأهداف الفرعية المحقَّقة: ${nf(1)} من ${nf(2)}`,
      }[lang];
      expect(shadow(goals).querySelector('[part="summary"]')!.textContent!.trim()).to.equal(summary);
      await expect(goals).to.be.accessible();
    });

    it(`sorts organisations the ${lang} way and counts their projects in ${lang}`, async () => {
      const partners = document.createElement('si-partner-list');
      partners.setAttribute('lang', lang);
      partners.data = feedWith(
        [
          { id: 'p1', title: 'P1', organizations: [{ id: 'o', role: 'lead' }, { id: 'a', role: 'partner' }] },
          { id: 'p2', title: 'P2', organizations: [{ id: 'o', role: 'lead' }] },
        ],
        [
          { id: 'o', name: 'Bjuvs kommun' },
          { id: 'a', name: 'Ängelholms kommun' },
        ],
      );
      await mount(partners);
      const rows = [...shadow(partners).querySelectorAll('[part="organization"]')].map((row) => [
        row.querySelector('[part~="name"]')!.textContent!.trim(),
        row.querySelector('[part="count"]')!.textContent!.trim(),
      ]);
      // Swedish puts Ä after Z; English sorts it as A.
      const names = ['Bjuvs kommun', 'Ängelholms kommun'].sort(new Intl.Collator(lang, { numeric: true }).compare);
      expect(rows.map(([name]) => name)).to.deep.equal(names);
      const nf = (n: number) => new Intl.NumberFormat(lang).format(n);
      const counts = { sv: [`${nf(2)} projekt`, `${nf(1)} projekt`], en: [`${nf(2)} projects`, `${nf(1)} project`], ar: ['مشروعان', 'مشروع واحد'] }[lang];
      expect(Object.fromEntries(rows)).to.deep.equal({ 'Bjuvs kommun': counts[0], 'Ängelholms kommun': counts[1] });
    });
  }
});

describe('the shared loading, empty and error views in three languages', () => {
  const ERROR_404: Record<Language, string> = {
    sv: 'Projektflödet kunde inte hämtas: servern svarade med felkod 404.',
    en: 'The project feed could not be fetched: the server answered with error code 404.',
    ar: 'تعذَّر جلب موجز المشاريع: ردَّ الخادم برمز الخطأ 404.',
  };
  const RETRY: Record<Language, string> = { sv: 'Försök igen', en: 'Try again', ar: 'أعِد المحاولة' };
  const LOADING: Record<Language, string> = { sv: 'Laddar projekt…', en: 'Loading projects…', ar: 'جارٍ تحميل المشاريع…' };
  const NO_PROJECT: Record<Language, string> = {
    sv: `Projektet "${isolate('nope')}" finns inte i projektflödet.`,
    en: `The project "${isolate('nope')}" is not in the project feed.`,
    ar: `المشروع «${isolate('nope')}» غير موجود في موجز المشاريع.`,
  };

  for (const lang of LANGUAGES) {
    it(`says what went wrong in ${lang}, in the view, the live region and the event, and passes axe`, async () => {
      const list = document.createElement('si-project-list');
      list.setAttribute('lang', lang);
      list.feed = '/test-feeds/status/404';
      let message = '';
      list.addEventListener('si-state-change', (event) => (message = event.detail.message ?? message));
      await capture('error', () => mount(list).then(() => undefined));
      expect(list.state).to.equal('error');
      expect(shadow(list).querySelector('[part="error"] p')!.textContent).to.equal(ERROR_404[lang]);
      expect(shadow(list).querySelector('[part="retry-button"]')!.textContent).to.equal(RETRY[lang]);
      expect(shadow(list).querySelector('[part="live-region"]')!.textContent).to.equal(ERROR_404[lang]);
      expect(message).to.equal(ERROR_404[lang]);
      await expect(list).to.be.accessible();
    });

    it(`says a card's project is missing, the list is empty, and it is loading, in ${lang}`, async () => {
      const card = document.createElement('si-project-card');
      card.setAttribute('lang', lang);
      card.project = 'nope';
      card.data = feedWith([]);
      await capture('error', () => mount(card).then(() => undefined));
      expect(shadow(card).querySelector('[part="error"] p')!.textContent).to.equal(NO_PROJECT[lang]);

      const empty = document.createElement('si-project-list');
      empty.setAttribute('lang', lang);
      empty.data = feedWith([]);
      await mount(empty);
      expect(emptyViewText(empty)).to.equal(NO_PROJECTS_MESSAGE[lang]);

      const slow = await fixture<Element>(html`<si-project-list lang=${lang} feed="/test-feeds/slow?ms=3000"></si-project-list>`);
      await until(() => textOf(slow) === LOADING[lang], `"${LOADING[lang]}" is announced`);
      expect(slow.state).to.equal('loading');
      await expect(slow).to.be.accessible();
    });
  }
});

describe('language edge cases', () => {
  it('speaks Swedish, marked lang="sv", where there is no catalogue (a Persian page), and never throws on a bad lang', async () => {
    const persian = await mount(make(ELEMENTS[0], { lang: 'fa' }));
    expectSpeaks(persian, 'sv');
    expect(shadow(persian).querySelector('.content')!.getAttribute('lang')).to.equal('sv');
    expect(persian.getAttribute('dir')).to.equal('ltr');
    // Titles are Swedish, as the words around them: not marked again.
    expect(shadow(persian).querySelector('[part="title"]')!.hasAttribute('lang')).to.equal(false);

    const malformed = await mount(make(ELEMENTS[0], { lang: 'not a language!' }));
    expectSpeaks(malformed, 'sv');
    const empty = await mount(make(ELEMENTS[0], { lang: '' }));
    expectSpeaks(empty, 'sv');
  });

  it('keeps a dir the page set on the element itself', async () => {
    const element = await mount(make(ELEMENTS[1], { lang: 'ar', dir: 'ltr' }));
    expectSpeaks(element, 'ar');
    expect(element.getAttribute('dir')).to.equal('ltr');
  });

  it("follows the language of the shadow host it sits in, and changes of it", async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    const element = await mount(make(ELEMENTS[0]), inner);
    expectSpeaks(element, 'en');
    inner.setAttribute('lang', 'ar');
    await until(() => speaks(element, 'ar'), 'a lang inside the shadow root is followed');
    inner.removeAttribute('lang');
    host.setAttribute('lang', 'sv');
    await until(() => speaks(element, 'sv'), "the shadow host's lang is followed");
  });

  it('watches lang with one MutationObserver for the whole page, not one per element', async () => {
    const Original = window.MutationObserver;
    let created = 0;
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        created++;
      }
    };
    try {
      const page = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const elements = Array.from({ length: 12 }, (_, i) => make(ELEMENTS[i % 2]));
      await Promise.all(elements.map((element) => mount(element, page)));
      expect(created).to.be.at.most(1);
      page.setAttribute('lang', 'ar');
      await until(() => elements.every((element) => speaks(element, 'ar')), 'all twelve follow');
    } finally {
      window.MutationObserver = Original;
    }
  });

  it('mirrors icons that point a way, and only in right-to-left text', async () => {
    class ArrowElement extends SiFeedElement<string> {
      static styles = baseStyles;
      protected select() {
        return { state: 'ready' as const, view: '' };
      }
      protected renderView() {
        return html`<svg class="directional" width="16" height="16" aria-hidden="true"><path d="M0 8h16"></path></svg>`;
      }
    }
    customElements.define('test-arrow-element', ArrowElement);
    const transform = async (lang: string) => {
      const element = await fixture<ArrowElement>(html`<test-arrow-element lang=${lang} .data=${feedWith([])}></test-arrow-element>`);
      await settled(element);
      return getComputedStyle(shadow(element).querySelector('svg')!).transform;
    };
    expect(await transform('ar')).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(await transform('sv')).to.equal('none');
  });
});
