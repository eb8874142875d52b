/**
 * The feeds stories show: small, made here, and answered inside the page by fixture-fetch.ts, so
 * that no story needs a network or a server and every state is the same in `npm run storybook`,
 * the static build and the story test. A story names one with `feedUrl('…')`.
 *
 * Valid feeds are typed as `Feed`, so a change of the feed format shows here at type-check time.
 */
import type { Feed, Goal, Organization, Project } from '../../src/data/types.js';
import exampleFullJson from '../../src/public/feeds/example-full.json';
import sampleJson from '../../src/public/feeds/sample.json';

/** The five seed projects (src/public/feeds/sample.json), as the demo page shows them. */
export const sampleFeed = sampleJson as Feed;

const seedOrganizations: readonly Organization[] = sampleFeed.organizations;

// ---------------------------------------------------------------------------------------------
// The seed projects in Arabic, as a municipality's Arabic pages would publish them. "The Joint Way"
// keeps only its Swedish/English name, so the Arabic stories also show a fallback marked with `lang`.

const arabicTitles: Record<string, string> = {
  asif: 'تحالف ابتكار فريد وذو صلة من أجل الابتكار الاجتماعي والتغيير',
  'larprocess-behovsdrivet-stod': 'عملية تعلّم حول الدعم القائم على الاحتياجات للمبتكرين الاجتماعيين',
  'nationell-kunskapsplattform': 'منصة معرفية وطنية للابتكار الاجتماعي',
  'hallbart-skane': 'سكونه مستدامة من خلال المؤسسات الاجتماعية',
};

const arabicSummaries: Record<string, string> = {
  asif: 'يتمثل الهدف طويل المدى للمشروع في تغيير العمل الإقليمي الداعم للابتكار بحيث يجري بتفاعل واسع مع جميع قطاعات المجتمع، وبحيث تُطوَّر الابتكارات الاجتماعية والمؤسسات الاجتماعية بالتعاون مع أصحاب الاحتياجات.',
  'joint-way': 'يهدف المشروع إلى تعزيز قدرة الجهات الداعمة للابتكار في السويد على تحديد الابتكارات والمبتكرين الاجتماعيين واستقطابهم ودعمهم.',
  'larprocess-behovsdrivet-stod': 'يطوّر المشروع ويختبر، مع شركاء المعرفة وأصحاب الاحتياجات في مدينة هلسنغبوري، عمليات وأساليب قائمة على الاحتياجات لدعم المبتكرين الاجتماعيين.',
  'nationell-kunskapsplattform': 'يهدف المشروع إلى مساعدة الابتكار الاجتماعي والمؤسسات الاجتماعية وريادة الأعمال الاجتماعية على بلوغ كامل إمكاناتها كقوة في المجتمع.',
  'hallbart-skane': 'سيبني المشروع تعاوناً ومنصة إقليمية حول المؤسسات الاجتماعية وريادة الأعمال الاجتماعية والابتكار الاجتماعي.',
};

const arabicNames: Record<string, string> = {
  'malmo-universitet': 'جامعة مالمو',
  'lunds-universitet': 'جامعة لوند',
  'region-skane': 'منطقة سكونه',
  'helsingborgs-stad': 'مدينة هلسنغبوري',
  'resurscentrum-for-kvinnor-i-skane': 'مركز موارد المرأة في سكونه',
};

const arabicGoals: Record<string, string> = {
  'asif-nyckelaktorer': 'الجهات الرئيسية التي انضمت إلى التحالف',
  'delmal-a': 'تم تطوير واختبار عملية لإنشاء بيئة اختبار للمبتكرين الاجتماعيين لدى أصحاب الاحتياجات.',
  'delmal-b': 'تم تطوير واختبار عملية قائمة على الاحتياجات لدعم المبتكرين الاجتماعيين في تطوير أفكارهم ونماذج أعمالهم.',
  'delmal-c': 'تم وضع خطة وهيكل للتنفيذ والنشر على المستويين الإقليمي والوطني.',
};

function withArabic(text: Project['title'], arabic: string | undefined): Project['title'] {
  if (arabic === undefined) return text;
  return typeof text === 'string' ? { sv: text, ar: arabic } : { ...text, ar: arabic };
}

export const arabicFeed: Feed = {
  ...sampleFeed,
  organizations: sampleFeed.organizations.map((organization) => ({
    ...organization,
    name: withArabic(organization.name, arabicNames[organization.id]),
  })),
  projects: sampleFeed.projects.map((project) => ({
    ...project,
    title: withArabic(project.title, arabicTitles[project.id]),
    summary: project.summary && withArabic(project.summary, arabicSummaries[project.id]),
    goals: project.goals?.map((goal) => ({
      ...goal,
      title: withArabic(goal.title, arabicGoals[goal.id]),
      unit: goal.unit && withArabic(goal.unit, goal.id === 'asif-nyckelaktorer' ? 'جهة' : undefined),
      // A figure reported, so that the Arabic bar and digits show.
      current: goal.target !== undefined ? 18 : goal.current,
      status: goal.target === undefined ? (goal.id === 'delmal-a' ? 'achieved' : 'in-progress') : goal.status,
    })),
  })),
};

// ---------------------------------------------------------------------------------------------
// Edge cases a real feed will have sooner or later.

/** Exactly 200 characters, in each language: the longest title a publisher should expect to see. */
export const LONG_TITLE = {
  sv: 'Samverkansplattform för behovsdriven social innovation, socialt entreprenörskap och idéburet offentligt partnerskap mellan Skånes kommuner, regionen, universiteten och civilsamhällets aktörer, 2026–29',
  en: 'A shared platform for needs-driven social innovation, social entrepreneurship and idea-based public partnership between the municipalities, the region, the universities and civil society of Skåne 2026',
  ar: 'منصة تعاون مشتركة للابتكار الاجتماعي القائم على الاحتياجات وريادة الأعمال الاجتماعية والشراكة العامة القائمة على الأفكار بين بلديات سكونه والمنطقة والجامعات ومنظمات المجتمع المدني في الأعوام ٢٠٢٦–٢٠٢٩',
} as const;

/** Strings that would run code or fake markup if a widget ever treated feed text as HTML. */
export const HOSTILE = {
  title: '<img src=x onerror=alert(1)>',
  summary: '<script>alert(1)</script> {{constructor.constructor("alert(2)")()}} ${alert(3)} "><svg onload=alert(4)>',
  url: 'javascript:alert(document.domain)',
  organization: '"><iframe src=javascript:alert(5)>',
  /** U+202E RIGHT-TO-LEFT OVERRIDE: must not reverse the text after it. */
  bidi: 'Projekt \u202Eteknik\u202C som vänder texten',
} as const;

const manyPartnerIds = [
  'region-skane',
  'coompanion-skane',
  'malmo-universitet',
  'lunds-universitet',
  'sopact',
  'socialhogskolan',
  'helsingborgs-stad',
  'motesplats-social-innovation',
  'jonkoping-university',
  'stockholms-universitet',
  'umea-universitet',
  'natverket-ideburen-sektor-skane',
];

const keyActorsGoal: Goal = {
  id: 'nyckelaktorer',
  title: { sv: 'Nyckelaktörer som anslutit sig', en: 'Key actors that have joined', ar: 'الجهات الرئيسية التي انضمت' },
  target: 50,
  unit: { sv: 'aktörer', en: 'actors', ar: 'جهة' },
};

export const edgeCaseFeed: Feed = {
  version: 1,
  language: 'sv',
  organizations: [
    ...seedOrganizations,
    {
      id: 'langt-namn',
      name: 'Stiftelsen för samhällsentreprenörskapsutvecklingsprogrammet i Nordvästra Skånes landsbygdskommuner',
    },
    { id: 'fientlig', name: HOSTILE.organization, url: HOSTILE.url },
  ],
  projects: [
    {
      id: 'long-texts',
      title: LONG_TITLE,
      summary: {
        sv: 'Samhällsentreprenörskapsutvecklingsprogrammet samlar kommuner, regionen, universiteten och idéburna organisationer kring en gemensam plattform för behovsdriven social innovation. Projektet kartlägger behov hos invånare och verksamheter, prövar nya arbetssätt i små skarpa försök, sprider det som fungerar till fler kommuner och bygger upp en långsiktig finansiering så att arbetet lever vidare efter projekttiden. Resultaten delas öppet med alla som vill använda dem.',
        en: 'The social-entrepreneurship development programme brings municipalities, the region, the universities and non-profit organisations together around one platform for needs-driven social innovation. It maps the needs of residents and services, tries new ways of working in small real pilots, spreads what works to more municipalities and builds long-term funding so that the work lives on after the project. The results are shared openly with everyone who wants to use them.',
        ar: 'يجمع البرنامج البلديات والمنطقة والجامعات والمنظمات غير الربحية حول منصة واحدة للابتكار الاجتماعي القائم على الاحتياجات. يرصد احتياجات السكان والخدمات، ويجرّب أساليب عمل جديدة في تجارب صغيرة حقيقية، وينشر ما ينجح في مزيد من البلديات، ويبني تمويلاً طويل الأمد كي يستمر العمل بعد انتهاء المشروع.',
      },
      url: 'https://example.org/projekt/lang-titel',
      organizations: [{ id: 'langt-namn', role: 'lead' }],
      topics: ['samhällsentreprenörskapsutvecklingsprogram', 'behovsdriven innovation', 'landsbygd', 'idéburet offentligt partnerskap'],
      status: 'active',
      goals: [
        {
          id: 'lang-mal',
          title: LONG_TITLE,
          target: 12500,
          current: 3480,
          unit: { sv: 'deltagande invånare i samhällsentreprenörskapsutvecklingsprogrammet', en: 'residents taking part', ar: 'مقيم مشارك' },
        },
        {
          id: 'lang-delmal',
          title: { sv: LONG_TITLE.sv, en: LONG_TITLE.en, ar: LONG_TITLE.ar },
          status: 'in-progress',
        },
      ],
    },
    {
      id: 'no-summary',
      title: { sv: 'Projekt utan sammanfattning och utan webbsida', en: 'A project with no summary and no web page' },
      organizations: [{ id: 'coompanion-skane', role: 'lead' }],
    },
    {
      id: 'bare',
      title: 'Projekt med bara en titel',
      organizations: [],
    },
    {
      id: 'many-partners',
      title: { sv: 'Skånsk allians för social innovation', en: 'Skåne alliance for social innovation', ar: 'تحالف سكونه للابتكار الاجتماعي' },
      summary: {
        sv: 'Tolv organisationer från alla samhällssektorer driver projektet tillsammans.',
        en: 'Twelve organisations from every sector of society run the project together.',
        ar: 'تدير اثنتا عشرة منظمة من جميع قطاعات المجتمع هذا المشروع معاً.',
      },
      url: 'https://example.org/projekt/allians',
      organizations: manyPartnerIds.map((id, index) => ({ id, role: index === 0 ? 'lead' : 'partner' })),
      topics: ['social innovation', 'samverkan'],
      status: 'active',
    },
    {
      id: 'over-target',
      title: { sv: 'Fler anslutna än målet', en: 'More members than the target', ar: 'أعضاء أكثر من الهدف' },
      summary: { sv: 'Målet var 50 aktörer; 56 har anslutit sig.', en: 'The target was 50 actors; 56 have joined.' },
      url: 'https://example.org/projekt/over-malet',
      organizations: [{ id: 'malmo-universitet', role: 'lead' }],
      goals: [{ ...keyActorsGoal, baseline: 0, current: 56, status: 'achieved' }],
    },
    {
      id: 'in-progress',
      title: { sv: 'Halvvägs mot målet', en: 'Halfway to the target', ar: 'في منتصف الطريق إلى الهدف' },
      url: 'https://example.org/projekt/halvvags',
      organizations: [{ id: 'region-skane', role: 'lead' }],
      goals: [
        { ...keyActorsGoal, baseline: 5, current: 18, status: 'in-progress' },
        {
          id: 'delmal-1',
          title: { sv: 'En testmiljö hos behovsägare är utvecklad och testad.', en: 'A test environment at need owners has been developed and tested.' },
          status: 'achieved',
        },
        {
          id: 'delmal-2',
          title: { sv: 'En behovsdriven stödprocess är utvecklad och testad.', en: 'A needs-driven support process has been developed and tested.' },
          status: 'in-progress',
        },
        {
          id: 'delmal-3',
          title: { sv: 'En plan för regional spridning är etablerad.', en: 'A plan for regional dissemination has been established.' },
          status: 'planned',
        },
      ],
    },
    {
      id: 'no-current',
      title: { sv: 'Mål utan rapporterad siffra', en: 'A goal with no figure reported yet', ar: 'هدف بلا رقم مُبلَّغ عنه بعد' },
      summary: { sv: 'Målet är satt men ingen siffra har rapporterats ännu.', en: 'The target is set but no figure has been reported yet.' },
      url: 'https://example.org/projekt/ingen-siffra',
      organizations: [{ id: 'malmo-universitet', role: 'lead' }],
      goals: [keyActorsGoal],
    },
    {
      id: 'hostile',
      title: HOSTILE.title,
      summary: HOSTILE.summary,
      url: HOSTILE.url,
      organizations: [
        { id: 'fientlig', role: 'lead' },
        { id: 'region-skane', role: 'partner' },
      ],
      topics: ['<b>fet</b>', HOSTILE.bidi],
      goals: [{ id: 'fientligt-mal', title: HOSTILE.title, target: 10, current: 3, unit: HOSTILE.organization }],
    },
    {
      id: 'bidi',
      title: HOSTILE.bidi,
      summary: 'Titeln innehåller tecknet U+202E; resten av texten ska ändå läsas från vänster till höger.',
      url: 'https://example.org/projekt/bidi',
      organizations: [{ id: 'region-skane', role: 'lead' }],
    },
  ],
};

/** One project of the edge-case feed, alone, for list stories about one case. */
export function feedWith(...ids: string[]): Feed {
  return { ...edgeCaseFeed, projects: edgeCaseFeed.projects.filter((project) => ids.includes(project.id)) };
}

export const emptyFeed: Feed = { version: 1, language: 'sv', organizations: seedOrganizations.slice(), projects: [] };

/** Two good projects beside a broken one and a broken organisation: the good ones must still show. */
export const partlyInvalidFeed: unknown = {
  version: 1,
  language: 'sv',
  organizations: [...seedOrganizations, { id: 42, name: 'Organisation med ett id som inte är text' }],
  projects: [
    sampleFeed.projects[0],
    { id: 'utan-titel', organizations: [] },
    { ...sampleFeed.projects[4], url: 'ftp://example.org/inte-en-webbsida' },
  ],
};

// ---------------------------------------------------------------------------------------------
// example-full.json: fictional projects and organisations that use every field of the format.

/**
 * example-full.json as the stories show it: without the image and the logos, which are on another
 * host (a story may not send a request off the machine; the story test fails on one). The card then
 * shows the funders' attributions by name. The demo page shows the feed with them.
 */
export const fullFeed: Feed = {
  ...(exampleFullJson as Feed),
  organizations: (exampleFullJson as Feed).organizations.map(({ logo: _logo, ...organization }) => organization),
  projects: (exampleFullJson as Feed).projects.map(({ image: _image, ...project }) => project),
};

const arabicFull: Record<string, string> = {
  'exempel-grona-gardar': 'مشروع المزارع الخضراء (مثال)',
  'exempel-plattform': 'منصة المثال للابتكار الاجتماعي',
  'exempelfonden': 'صندوق المثال',
  'exempelforeningen': 'جمعية المثال للمزارع الخضراء',
  gardar: 'مزارع أصبحت أماكن لقاء',
  foretag: 'مؤسسات اجتماعية مشاركة',
  modell: 'وُصف نموذج للقاءات المزارع',
};

/** The fictional feed with Arabic titles, names and words where a municipality's Arabic pages would have them. */
export const fullArabicFeed: Feed = {
  ...fullFeed,
  organizations: fullFeed.organizations.map((organization) => ({
    ...organization,
    name: withArabic(organization.name, arabicFull[organization.id]),
    attribution: organization.attribution && withArabic(organization.attribution, 'بتمويل مشترك من صندوق المثال'),
  })),
  projects: fullFeed.projects.map((project) => ({
    ...project,
    title: withArabic(project.title, arabicFull[project.id]),
    goals: project.goals?.map((goal) => ({
      ...goal,
      title: withArabic(goal.title, arabicFull[goal.id]),
      unit: goal.id === 'gardar' ? withArabic(goal.unit ?? '', 'مزرعة') : goal.unit,
    })),
  })),
};
