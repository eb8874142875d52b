/**
 * What a screen reader must say for each element in each state, in Swedish and Arabic: the ONE
 * table that both docs/accessibility.md (its manual test protocol quotes it, between the
 * `a11y-expectations` markers) and test/elements/a11y-announcements.test.ts (which compares it
 * with Chromium's accessibility tree) use, so that the two cannot drift. After changing it, write
 * the doc's copy again: `npx tsx tools/accessibility-table.ts`.
 *
 * Pure data and string functions: no DOM, so that the Node script can import it too.
 *
 * Lines are read in order, as a screen reader walks down the element; each line is "role: name"
 * (roles as in ARIA; the doc says how each screen reader speaks them). A scenario lists the lines
 * a tester must hear; other lines may come between them (more projects, more items), but none of
 * these texts may be heard twice.
 */

export type TestedLanguage = 'sv' | 'ar';
export type TestedState = 'loading' | 'ready' | 'empty' | 'error';

/** The feeds the scenarios use besides the demo page's sample feed (the same as the named stories'). */
export const SCENARIO_FEEDS = {
  /** Storybook's "empty" feed has the seed organisations; for the list only the projects count. */
  noProjects: { version: 1, language: 'sv', organizations: [], projects: [] },
  /** Storybook's `sparse` feed's project "bare": a title, no goals, no organisations. */
  bare: { version: 1, language: 'sv', organizations: [], projects: [{ id: 'bare', title: 'Projekt med bara en titel', organizations: [] }] },
} as const;

export interface Scenario {
  /** Short id, e.g. `list-ready`. */
  id: string;
  element: 'si-project-list' | 'si-project-card' | 'si-goal-progress' | 'si-partner-list';
  state: TestedState;
  /** Where a tester finds it: the demo page's section or the Storybook story (with its language toolbar). */
  where: string;
  /** The element's attributes in the automated test; `feed` of `sample` is the demo page's sample feed. */
  attributes: Record<string, string>;
  /** A feed object instead of `feed`. */
  data?: keyof typeof SCENARIO_FEEDS;
  heard: Record<TestedLanguage, string[]>;
}

const ASIF_TITLE = 'En unik och relevant innovationsallians för social innovation och förändring';
const SAMPLE = 'sample';
const NEVER = 'never';
const NOT_FOUND = 'status-404';

/** What every element says when its feed answers 404: the message once, and the retry button. */
const FEED_404_HEARD: Record<TestedLanguage, string[]> = {
  sv: ['status: Projektflödet kunde inte hämtas: servern svarade med felkod 404.', 'button: Försök igen'],
  ar: ['status: تعذَّر جلب موجز المشاريع: ردَّ الخادم برمز الخطأ 404.', 'button: أعِد المحاولة'],
};

/** An element waiting for a feed that never answers, as in the Storybook story "Loading". */
function loading(prefix: string, element: Scenario['element'], attributes: Record<string, string>, sv: string, ar: string): Scenario {
  const where = `Storybook: Elements/${element} › Loading`;
  return { id: `${prefix}-loading`, element, state: 'loading', where, attributes: { feed: NEVER, ...attributes }, heard: { sv: [`status: ${sv}`], ar: [`status: ${ar}`] } };
}

/** An element whose feed answers 404, as in the Storybook story "Error: HTTP 404". */
function feed404(prefix: string, element: Scenario['element'], attributes: Record<string, string>): Scenario {
  const where = `Storybook: Elements/${element} › Error: HTTP 404`;
  return { id: `${prefix}-error`, element, state: 'error', where, attributes: { feed: NOT_FOUND, ...attributes }, heard: FEED_404_HEARD };
}

/** An element showing the project "bare" (no goals, no organisations): the story named `story`. */
function bareProject(prefix: string, element: Scenario['element'], story: string, sv: string, ar: string): Scenario {
  const where = `Storybook: Elements/${element} › ${story}`;
  return { id: `${prefix}-empty`, element, state: 'empty', where, attributes: { project: 'bare' }, data: 'bare', heard: { sv: [`status: ${sv}`], ar: [`status: ${ar}`] } };
}

/** The demo page's "Sök och filtrera bland projekten" list (index.html): keep the two alike. */
export const LIST_CONTROLS = {
  feed: SAMPLE,
  filters: 'search organization topic municipality status sort download',
  'page-size': '3',
} as const;

export const SCENARIOS: readonly Scenario[] = [
  loading('list', 'si-project-list', {}, 'Laddar projekt…', 'جارٍ تحميل المشاريع…'),
  {
    id: 'list-ready',
    element: 'si-project-list',
    state: 'ready',
    where: 'Demo page: "Alla projekt"',
    attributes: { feed: SAMPLE },
    heard: {
      sv: ['list (5)', 'listitem', 'article', `heading 3, link: ${ASIF_TITLE}`, 'text: Pågående', 'text: Projektägare: Malmö universitet'],
      ar: ['list (5)', 'listitem', 'article', `heading 3, link: ${ASIF_TITLE}`, 'text: قيد التنفيذ', 'text: الجهة المالكة للمشروع: Malmö universitet'],
    },
  },
  {
    id: 'list-filters',
    element: 'si-project-list',
    state: 'ready',
    where: 'Demo page: "Sök och filtrera bland projekten"',
    attributes: LIST_CONTROLS,
    heard: {
      sv: [
        'status: 5 projekt',
        'search: Filtrera projekt',
        'searchbox: Sök projekt',
        'combobox: Organisation',
        'combobox: Ämne',
        'combobox: Kommun',
        'combobox: Status',
        'combobox: Sortering',
        'group: Ladda ner projekten',
        'button: Ladda ner CSV',
        'button: Ladda ner JSON',
        'list (3)',
        `heading 3, link: ${ASIF_TITLE}`,
        'text: Visar 3 av 5 projekt',
        'button: Visa fler projekt',
      ],
      ar: [
        'status: 5 مشاريع',
        'search: تصفية المشاريع',
        'searchbox: البحث في المشاريع',
        'combobox: المنظمة',
        'combobox: الموضوع',
        'combobox: البلدية',
        'combobox: الحالة',
        'combobox: الترتيب',
        'group: تنزيل المشاريع',
        'button: تنزيل CSV',
        'button: تنزيل JSON',
        'list (3)',
        `heading 3, link: ${ASIF_TITLE}`,
        'text: المشاريع المعروضة: 3 من 5',
        'button: عرض المزيد من المشاريع',
      ],
    },
  },
  {
    id: 'list-empty',
    element: 'si-project-list',
    state: 'empty',
    where: 'Storybook: Elements/si-project-list › Empty feed',
    attributes: {},
    data: 'noProjects',
    heard: { sv: ['status: Det finns inga projekt att visa.'], ar: ['status: لا توجد مشاريع لعرضها.'] },
  },
  feed404('list', 'si-project-list', {}),
  loading('card', 'si-project-card', { project: 'asif' }, 'Laddar projektet…', 'جارٍ تحميل المشروع…'),
  {
    id: 'card-ready',
    element: 'si-project-card',
    state: 'ready',
    where: 'Demo page: "Ett projekt"',
    attributes: { feed: SAMPLE, project: 'asif' },
    heard: {
      sv: ['article', `heading 3, link: ${ASIF_TITLE}`, 'text: Pågående', 'text: Projektägare: Malmö universitet', 'list (5): Ämnen', 'text: social innovation'],
      ar: ['article', `heading 3, link: ${ASIF_TITLE}`, 'text: قيد التنفيذ', 'text: الجهة المالكة للمشروع: Malmö universitet', 'list (5): المواضيع', 'text: social innovation'],
    },
  },
  {
    id: 'card-error',
    element: 'si-project-card',
    state: 'error',
    where: 'Storybook: Elements/si-project-card › Not found: unknown project id',
    attributes: { feed: SAMPLE, project: 'finns-inte' },
    heard: {
      sv: ['status: Projektet "\u2068finns-inte\u2069" finns inte i projektflödet.'],
      ar: ['status: المشروع «\u2068finns-inte\u2069» غير موجود في موجز المشاريع.'],
    },
  },
  loading('goals', 'si-goal-progress', { project: 'asif' }, 'Laddar mål…', 'جارٍ تحميل الأهداف…'),
  {
    id: 'goals-ready',
    element: 'si-goal-progress',
    state: 'ready',
    where: 'Demo page: "Målet för ASIF"',
    attributes: { feed: SAMPLE, project: 'asif' },
    heard: {
      sv: ['heading 3: Nyckelaktörer som anslutit sig till ASIF', 'text: Mål: 50 aktörer', 'text: Ingen siffra rapporterad ännu.'],
      ar: ['heading 3: Nyckelaktörer som anslutit sig till ASIF', 'text: الهدف: 50 aktörer', 'text: لم يُبلَّغ عن أي رقم بعد.'],
    },
  },
  {
    id: 'milestones-ready',
    element: 'si-goal-progress',
    state: 'ready',
    where: 'Demo page: "Lärprocess kring behovsdrivet stöd"',
    attributes: { feed: SAMPLE, project: 'larprocess-behovsdrivet-stod' },
    heard: {
      sv: ['heading 3: Delmål', 'text: 3 delmål, ingen status rapporterad ännu', 'list (3)', 'listitem', 'text: Status: Ingen status rapporterad'],
      ar: ['heading 3: الأهداف الفرعية', 'text: عدد الأهداف الفرعية: 3، ولم يُبلَّغ عن أي حالة بعد', 'list (3)', 'listitem', 'text: الحالة: لم يُبلَّغ عن الحالة'],
    },
  },
  bareProject('goals', 'si-goal-progress', 'Empty: a project with no goals', 'Projektet har inga mål angivna ännu.', 'لم تُحدَّد للمشروع أهداف بعد.'),
  feed404('goals', 'si-goal-progress', { project: 'asif' }),
  loading('partners', 'si-partner-list', { project: 'larprocess-behovsdrivet-stod' }, 'Laddar organisationer…', 'جارٍ تحميل المنظمات…'),
  {
    id: 'partners-ready',
    element: 'si-partner-list',
    state: 'ready',
    where: 'Demo page: "Organisationer i projektet"',
    attributes: { feed: SAMPLE, project: 'larprocess-behovsdrivet-stod' },
    heard: {
      sv: ['heading 3: Projektägare', 'list (1)', 'link: Region Skåne', 'heading 3: Partner', 'text: SoPact', 'heading 3: Kunskapspartner', 'list (2)', 'link: Lunds universitet'],
      ar: ['heading 3: الجهة المالكة للمشروع', 'list (1)', 'link: Region Skåne', 'heading 3: شريك', 'text: SoPact', 'heading 3: شريكان معرفيان', 'list (2)', 'link: Lunds universitet'],
    },
  },
  bareProject('partners', 'si-partner-list', 'Empty: a project with no organisations', 'Projektet har inga organisationer angivna.', 'لم تُحدَّد أي منظمات للمشروع.'),
  feed404('partners', 'si-partner-list', { project: 'larprocess-behovsdrivet-stod' }),
];

/**
 * The order Tab visits the controls of the demo page's "Sök och filtrera" list ({@link LIST_CONTROLS}):
 * search, the selects, the download buttons, each project's link, "show more". Shift+Tab visits
 * them backwards and leaves the list.
 */
export const LIST_TAB_ORDER: Record<TestedLanguage, string[]> = {
  sv: ['searchbox: Sök projekt', 'combobox: Organisation', 'combobox: Ämne', 'combobox: Kommun', 'combobox: Status', 'combobox: Sortering', 'button: Ladda ner CSV', 'button: Ladda ner JSON', 'link: (each project title)', 'button: Visa fler projekt'],
  ar: ['searchbox: البحث في المشاريع', 'combobox: المنظمة', 'combobox: الموضوع', 'combobox: البلدية', 'combobox: الحالة', 'combobox: الترتيب', 'button: تنزيل CSV', 'button: تنزيل JSON', 'link: (each project title)', 'button: عرض المزيد من المشاريع'],
};

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The table as docs/accessibility.md shows it, between its `a11y-expectations` markers. */
export function expectationsMarkdown(): string {
  const rows = SCENARIOS.map(
    (s) => `| \`${s.id}\` | ${s.state} | ${cell(s.where)} | ${s.heard.sv.map(cell).join('<br>')} | ${s.heard.ar.map(cell).join('<br>')} |`,
  );
  const tab = (lang: TestedLanguage) => LIST_TAB_ORDER[lang].map((line, i) => `${i + 1}. ${line}`).join('<br>');
  return [
    '| scenario | state | where | must be heard (sv) | must be heard (ar) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    `| \`list-tab-order\` | ready | Demo page: "Sök och filtrera bland projekten" (Tab, then Shift+Tab) | ${tab('sv')} | ${tab('ar')} |`,
  ].join('\n');
}

export const TABLE_START = '<!-- a11y-expectations:start (generated from test/elements/a11y-expectations.ts) -->';
export const TABLE_END = '<!-- a11y-expectations:end -->';
