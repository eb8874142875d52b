/**
 * Generated feeds for the benchmark: deterministic (seeded), realistic in shape (Swedish and English
 * texts, a lead and partners per project, topics, SDGs, goals), and free of the letter "z" except in
 * the word "Zenit", which is in the title of one project in ten, so that typing "z" into a search
 * box narrows the list to a tenth. Pure JS with no Node or DOM import: the page loads it too.
 */

/** mulberry32: a tiny seeded PRNG, so every run measures the same feed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS_SV = [
  'social', 'innovation', 'företagande', 'samverkan', 'lärande', 'stöd', 'kunskap', 'förändring', 'arbete',
  'inkludering', 'landsbygd', 'unga', 'äldre', 'hållbar', 'utveckling', 'region', 'kommun', 'civilsamhälle',
  'nätverk', 'plattform', 'behov', 'tjänster', 'hälsa', 'integration', 'boende', 'mat', 'kultur', 'skola',
];
const WORDS_EN = [
  'social', 'innovation', 'enterprise', 'partnership', 'learning', 'support', 'knowledge', 'change', 'work',
  'inclusion', 'rural', 'youth', 'elderly', 'sustainable', 'development', 'region', 'municipality', 'civil',
  'network', 'platform', 'needs', 'services', 'health', 'integration', 'housing', 'food', 'culture', 'school',
];
const TOPICS = ['socialt företagande', 'landsbygd', 'integration', 'arbetsintegrering', 'hälsa', 'unga', 'boende', 'kultur'];
const MUNICIPALITIES = ['Malmö', 'Lund', 'Helsingborg', 'Kristianstad', 'Ystad', 'Trelleborg', 'Eslöv', 'Hässleholm'];
const ROLES = ['partner', 'need-owner', 'knowledge-partner', 'funder'];
const STATUSES = ['planned', 'active', 'completed'];

export function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

function sentence(rnd, words, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(pick(rnd, words));
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

function pad(n, width) {
  return String(n).padStart(width, '0');
}

/**
 * A feed object with `projects` projects and `organizations` organisations.
 * `problems`: the share of projects given one invalid optional field (kept, with a report), so that
 * the validator's reporting path is exercised as it would be by a real, slightly sloppy feed.
 */
export function makeFeed({ projects = 1000, organizations = 60, problems = 0, seed = 7 } = {}) {
  const rnd = random(seed);
  const orgs = [];
  for (let i = 0; i < organizations; i++) {
    const bilingual = rnd() < 0.5;
    const name = `${sentence(rnd, WORDS_SV, 2)} ${pad(i, 3)}`;
    orgs.push({
      id: `org-${pad(i, 3)}`,
      name: bilingual ? { sv: name, en: `${sentence(rnd, WORDS_EN, 2)} ${pad(i, 3)}` } : name,
      url: `https://org-${i}.example.se/`,
    });
  }
  const list = [];
  for (let i = 0; i < projects; i++) {
    const id = `p-${pad(i, 5)}`;
    const zenit = i % 10 === 3 ? 'Zenit ' : '';
    const project = {
      id,
      title: { sv: `${zenit}${sentence(rnd, WORDS_SV, 4)} ${i}`, en: `${zenit}${sentence(rnd, WORDS_EN, 4)} ${i}` },
      summary: { sv: `${sentence(rnd, WORDS_SV, 18)}.`, en: `${sentence(rnd, WORDS_EN, 18)}.` },
      url: `https://example.org/projekt/${id}`,
      organizations: [{ id: orgs[i % organizations].id, role: 'lead' }],
      topics: [pick(rnd, TOPICS), pick(rnd, TOPICS)].filter((t, n, all) => all.indexOf(t) === n),
      sdgs: [1 + Math.floor(rnd() * 17)],
      municipalities: [pick(rnd, MUNICIPALITIES)],
      status: pick(rnd, STATUSES),
      start: `20${20 + Math.floor(rnd() * 6)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    };
    const partners = 1 + Math.floor(rnd() * 3);
    for (let p = 1; p <= partners; p++) {
      project.organizations.push({ id: orgs[(i + p * 7) % organizations].id, role: pick(rnd, ROLES) });
    }
    if (rnd() < 0.5) {
      project.goals = [
        { id: `${id}-g1`, title: { sv: sentence(rnd, WORDS_SV, 5), en: sentence(rnd, WORDS_EN, 5) }, target: 50, current: Math.floor(rnd() * 50) },
        { id: `${id}-g2`, title: sentence(rnd, WORDS_SV, 6), status: 'in-progress' },
      ];
    }
    if (problems > 0 && rnd() < problems) {
      // One wrong optional field: the project is kept and the problem reported.
      if (rnd() < 0.5) project.start = '12/08/2026';
      else project.sdgs = [0, 18];
    }
    list.push(project);
  }
  return {
    version: 1,
    language: 'sv',
    title: { sv: 'Genererat flöde', en: 'Generated feed' },
    updated: '2026-11-28T00:00:00Z',
    organizations: orgs,
    projects: list,
  };
}

/** Feed text of at least `bytes` bytes (UTF-8), e.g. 5 MB for the validation figure. */
export function makeFeedTextOfSize(bytes, options = {}) {
  const size = (text) => new TextEncoder().encode(text).length;
  let projects = 1000;
  for (;;) {
    const text = JSON.stringify(makeFeed({ ...options, projects }));
    const got = size(text);
    if (got >= bytes) return { text, projects, bytes: got };
    projects = Math.ceil(projects * (bytes / got) * 1.01);
  }
}
