/**
 * The benchmark's in-page half, loaded by bench pages after dist/si-widgets.js. Every function
 * measures with performance.now() in the page and returns plain numbers to the Node half (run.js),
 * which takes medians and ratios. Nothing here knows about budgets.
 */
import { makeFeed } from './feeds.js';
import { timeFetchedAndCopied } from './time-validation.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Forces style and layout of the whole (flat) tree, so "rendered" means "rendered and laid out". */
function layout() {
  return document.body.getBoundingClientRect().height + document.documentElement.offsetHeight;
}

function stage() {
  const old = document.getElementById('stage');
  old?.remove();
  const stageEl = document.createElement('main');
  stageEl.id = 'stage';
  document.body.append(stageEl);
  return stageEl;
}

const feedTexts = new Map();
/** A fresh parsed copy of a generated feed for every run, so validation is paid every run. */
function parsedFeed(projects) {
  if (!feedTexts.has(projects)) feedTexts.set(projects, JSON.stringify(makeFeed({ projects })));
  return JSON.parse(feedTexts.get(projects));
}

let prepared;

/**
 * Parses a fresh copy of the feed for the next render (so each run pays validation, not parsing)
 * and clears the stage, apart from the timed render so that CPU time measured around it is its own.
 */
export function prepare(count) {
  document.getElementById('stage')?.remove();
  prepared = parsedFeed(count);
}

function takePrepared(count) {
  const feed = prepared ?? parsedFeed(count);
  prepared = undefined;
  return feed;
}

/** Ours: 1,000 <si-project-card>s, each `data` = the one parsed feed, `project` = its own project. */
export async function renderCards(count) {
  const feed = takePrepared(count);
  const host = stage();
  await nextFrame();
  const start = performance.now();
  const ids = feed.projects.map((p) => p.id);
  const fragment = document.createDocumentFragment();
  const cards = [];
  for (let i = 0; i < count; i++) {
    const card = document.createElement('si-project-card');
    card.project = ids[i];
    card.data = feed;
    cards.push(card);
    fragment.append(card);
  }
  host.append(fragment);
  await Promise.all(cards.map((card) => card.updateComplete));
  const buildMs = performance.now() - start;
  layout();
  const ms = performance.now() - start;
  const notReady = cards.filter((card) => card.state !== 'ready').length;
  return { ms, buildMs, notReady, elements: countShadowElements(cards) };
}

/** Text of a feed Text in Swedish, as the card shows it for `lang="sv"` (the baseline's whole i18n). */
function sv(text) {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text.sv ?? Object.values(text)[0];
}

// The card's markup (src/components/project-card, src/core/project-parts.ts): keep in step with it;
// the bench compares both element by element and says so when they differ.
const BASELINE_SKELETON =
  '<div class="content"><div class="visually-hidden" role="status" part="live-region"></div>' +
  '<article class="card panel" part="card"><h3 class="title" part="title" dir="auto"><a rel="noopener noreferrer" part="link"></a></h3>' +
  '<div class="meta"><p class="facts" part="facts"><span class="status" part="status"></span><span class="separator" aria-hidden="true">·</span><span class="period" part="period"></span></p>' +
  '<p class="places" part="places"><span class="label"></span> <span></span></p></div>' +
  '<p class="leads" part="leads"><span class="label"></span><span dir="auto"></span></p>' +
  '<p class="summary" part="summary" dir="auto"></p>' +
  '<ul class="topics" part="topics" role="list"></ul></article></div>';

const STATUS_SV = { planned: 'Planerat', active: 'Pågående', completed: 'Avslutat' };
let dateFormat;
/** "Från 12 augusti 2026": the generated projects have a start and no end. */
function periodSv(start) {
  dateFormat ??= new Intl.DateTimeFormat('sv', { dateStyle: 'long', timeZone: 'UTC' });
  return `Från \u2068${dateFormat.format(new Date(`${start}T00:00:00Z`))}\u2069`;
}

/**
 * The plain-DOM baseline: the same markup in the same number of shadow roots, built with innerHTML
 * and textContent from the same parsed feed, sharing the element's own constructed style sheets.
 * It skips everything a real widget must do (validation, language fallback, URL checks, states).
 * `clone`: the skeleton is parsed once into a <template> and cloned into each root instead of being
 * parsed by innerHTML in each: the fastest plain DOM we know, and what Lit itself does.
 */
export async function renderBaseline(count, clone = false) {
  const feed = takePrepared(count);
  const host = stage();
  const sheets = customElements.get('si-project-card').elementStyles.map((s) => s.styleSheet ?? s);
  await nextFrame();
  const start = performance.now();
  const orgs = new Map(feed.organizations.map((o) => [o.id, o]));
  let template;
  if (clone) {
    template = document.createElement('template');
    template.innerHTML = BASELINE_SKELETON;
  }
  const fragment = document.createDocumentFragment();
  const hosts = [];
  for (let i = 0; i < count; i++) {
    const project = feed.projects[i];
    const el = document.createElement('div');
    const root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    if (clone) root.append(template.content.cloneNode(true));
    else root.innerHTML = BASELINE_SKELETON;
    root.querySelector('article').dataset.project = project.id;
    const link = root.querySelector('a');
    link.href = project.url;
    link.textContent = sv(project.title);
    const status = root.querySelector('.status');
    status.dataset.status = project.status;
    status.textContent = STATUS_SV[project.status];
    root.querySelector('.period').textContent = periodSv(project.start);
    // The generated projects name one municipality each, by name.
    const places = root.querySelector('.places');
    places.firstChild.textContent = 'Kommun:';
    places.lastChild.textContent = project.municipalities.join(', ');
    const leads = project.organizations.filter((o) => o.role === 'lead').map((o) => sv(orgs.get(o.id).name));
    const leadsP = root.querySelector('.leads');
    leadsP.firstChild.textContent = 'Projektägare:';
    leadsP.lastChild.textContent = leads.join(', ');
    root.querySelector('.summary').textContent = sv(project.summary);
    const topics = root.querySelector('.topics');
    topics.setAttribute('aria-label', 'Ämnen');
    for (const topic of project.topics) {
      const li = document.createElement('li');
      li.className = 'topic';
      li.dir = 'auto';
      li.textContent = topic;
      topics.append(li);
    }
    hosts.push(el);
    fragment.append(el);
  }
  host.append(fragment);
  const buildMs = performance.now() - start;
  layout();
  const ms = performance.now() - start;
  return { ms, buildMs, notReady: 0, elements: countShadowElements(hosts) };
}

export function renderBaselineClone(count) {
  return renderBaseline(count, true);
}

function countShadowElements(hosts) {
  let n = 0;
  for (const h of hosts) n += h.shadowRoot.querySelectorAll('*').length;
  return n;
}

/** Tag, attributes and text of a shadow tree, to check that ours and the baseline build the same markup. */
export function markupOf(index) {
  const host = document.getElementById('stage').children[index];
  const walk = (node) =>
    [...node.children]
      .map((el) => {
        const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
        const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').replace(/\s+/g, ' ').trim();
        return `<${el.localName} ${attrs}>${own}${walk(el)}</${el.localName}>`;
      })
      .join('');
  return walk(host.shadowRoot);
}

/**
 * Ours: <si-project-list feed=URL> from the moment the feed's response has arrived (its resource
 * timing `responseEnd`) until the list is ready, rendered and laid out.
 */
export async function renderList(url, filters) {
  const host = stage();
  const list = document.createElement('si-project-list');
  if (filters) list.setAttribute('filters', filters);
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`list not ready after 60 s (state ${list.state})`)), 60_000);
    list.addEventListener('si-state-change', (event) => {
      if (event.detail.state === 'loading') return;
      layout();
      clearTimeout(timer);
      resolve(performance.now());
    });
  });
  list.setAttribute('feed', url);
  host.append(list);
  const end = await ready;
  const entry = await resourceEntry(new URL(url, location.href).href);
  return {
    ms: end - entry.responseEnd,
    fetchMs: entry.responseEnd - entry.startTime,
    state: list.state,
    elements: list.shadowRoot.querySelectorAll('*').length,
    items: list.shadowRoot.querySelectorAll('[part~="item"]').length,
  };
}

const validatedFeeds = new Map();

/**
 * Ours: <si-project-list> given, through `data`, a feed object it has already validated (the store
 * keeps one validation per object): what is left is selecting and rendering, which should not grow
 * with the feed once the list shows a page at a time.
 */
export async function renderListData(projects) {
  let feed = validatedFeeds.get(projects);
  if (!feed) {
    feed = parsedFeed(projects);
    validatedFeeds.set(projects, feed);
    // One small element given the object validates it for every element (one validation per object).
    const card = document.createElement('si-project-card');
    card.project = feed.projects[0].id;
    card.data = feed;
    stage().append(card);
    await card.updateComplete;
  }
  // A fresh stage, a frame before the timed part, so that taking down the last list is not in it.
  const host = stage();
  await nextFrame();
  const start = performance.now();
  const list = document.createElement('si-project-list');
  list.data = feed;
  host.append(list);
  await list.updateComplete;
  layout();
  return { ms: performance.now() - start, state: list.state, elements: list.shadowRoot.querySelectorAll('*').length };
}

/**
 * The resource timing entry for `url`. A body read with a stream reader can be done before the
 * browser adds the entry, so wait for it (after the timed part).
 */
async function resourceEntry(url) {
  for (let tries = 0; tries < 200; tries++) {
    const entry = performance.getEntriesByType('resource').find((e) => e.name === url);
    if (entry) return entry;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no resource timing entry for ${url}`);
}

/**
 * The floor for showing a feed at all: fetch it and JSON.parse it, nothing else. Timed like
 * renderList, in a fresh page from the feed's arrival, so that both pay the same cold start. Like
 * the feed store, it decodes the text chunk by chunk as it arrives (the best a plain page can do;
 * `response.text()` would decode all 8.8 MB after the last byte, a higher floor).
 */
export async function parseOnly(url) {
  const reader = (await fetch(url)).body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  const feed = JSON.parse(text + decoder.decode());
  return { projects: feed.projects.length };
}

/** The search box of a list rendered with `filters="search"`. */
export function searchInput(list = document.querySelector('si-project-list')) {
  const input = list.shadowRoot.querySelector('input[type="search"]');
  if (!input) throw new Error('<si-project-list filters="search"> shows no search box');
  return input;
}

/**
 * Arms the timing of one keystroke in the list's search box: from the keydown until the list's
 * shadow tree has changed, the list has finished updating, and layout is done. `done` resolves
 * with the milliseconds, or with -1 if nothing changed within `waitMs`.
 */
export function armKeystroke(waitMs = 3000) {
  const list = document.querySelector('si-project-list');
  let start = 0;
  window.__keystroke = new Promise((resolve) => {
    const observer = new MutationObserver(async () => {
      observer.disconnect();
      // Let any pending updates of the list run; a debounce shows up as a later mutation.
      let pending = true;
      while (pending) pending = !(await list.updateComplete);
      layout();
      resolve(performance.now() - start);
    });
    const input = searchInput(list);
    input.addEventListener('keydown', () => {
      start = performance.now();
      observer.observe(list.shadowRoot, { subtree: true, childList: true, characterData: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(-1);
      }, waitMs);
    }, { once: true });
  });
}

/**
 * JSON.parse and validateFeed of the same text, one after the other, `runs` times: as the loader
 * validates a fetched feed (`fetched`), and as a `data` object is validated into a copy (`copied`).
 */
export async function validation(url, runs, warmups) {
  // The npm build's module: dist/si-widgets.js loads the validator with the elements' shared code.
  const { validateFeed } = await import('/dist/npm/data/validate.js');
  const text = await (await fetch(url)).text();
  return timeFetchedAndCopied(validateFeed, text, { runs, warmups, gc: () => window.gc?.(), beforeEach: nextFrame });
}
