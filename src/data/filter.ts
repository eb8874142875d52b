/**
 * Narrowing down and ordering a feed's projects. Pure; no DOM.
 *
 * Everything that depends only on the feed (the folded search text of each project, its topic and
 * municipality keys, its organisations' roles, each sort order) is computed once per feed and kept
 * in a WeakMap keyed by the feed's index, so a keystroke costs one pass of cheap comparisons.
 * The search text, by far the dearest part (folding every title and summary in every language),
 * is made only when a query has words, or ahead of that with {@link prepareSearch}: a list that
 * first shows 10,000 projects without a search does not pay for it before its first render.
 */
import { LruCache } from './memo.js';
import { municipalityNamesLoaded, placeName } from './municipality-names.js';
import { isOneOf } from './one-of.js';
import type { FeedIndex } from './select.js';
import { resolveText } from './text.js';
import { isSdg, PROJECT_SCOPES, PROJECT_STATUSES, ROLES, type Project, type ProjectScope, type ProjectStatus, type Role, type Text } from './types.js';

/** What to keep. Within one field any value matches (OR); fields are combined with AND. */
export interface ProjectQuery {
  /** Organisation ids. With `roles`, the organisation must have one of those roles. */
  organizations?: readonly string[];
  /** Roles: alone, the project must have an organisation in one of them. */
  roles?: readonly Role[];
  /** Topics, compared without regard to case or accents. */
  topics?: readonly string[];
  /** Municipalities (names or codes), compared without regard to case or accents; a code is its municipality. */
  municipalities?: readonly string[];
  /** Funders' organisation ids: the role `funder`, or a `funding` entry. */
  funders?: readonly string[];
  /** Places: a municipality's name or code, or a scope (`regional`). */
  places?: readonly string[];
  /** UN Sustainable Development Goals, 1–17. */
  sdgs?: readonly number[];
  statuses?: readonly ProjectStatus[];
  /** Free text: every word must occur in the title, summary, organisation names, programmes, topics or municipalities. */
  search?: string;
}

export const SORT_ORDERS = ['feed', 'title', 'start', 'recent'] as const;
/**
 * `feed`: as the feed lists them. `title`: by title in the language's collation. `start`: earliest
 * start first. `recent`: most recently started first, then those not started yet (soonest first);
 * projects without a start date last in every date order.
 */
export type SortOrder = (typeof SORT_ORDERS)[number];

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

/**
 * Text folded for searching: lower case, accents and other combining marks removed ("Malmö" →
 * "malmo", Arabic vowel signs dropped), letters with no decomposition mapped (ø → o), width
 * variants unified (NFKD), runs of white space made one space.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßđðłıþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** An attribute's comma-separated list: `"a, b,,c "` → `["a", "b", "c"]`. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The values of a list that are one of `allowed`, and the ones that are not (to report them). */
export function pickAllowed<T extends string>(values: readonly string[], allowed: readonly T[]): { kept: T[]; unknown: string[] } {
  const kept: T[] = [];
  const unknown: string[] = [];
  for (const value of values) {
    if (isOneOf(allowed, value)) kept.push(value);
    else unknown.push(value);
  }
  return { kept, unknown };
}

export function parseRoles(value: string | null | undefined): { kept: Role[]; unknown: string[] } {
  return pickAllowed(parseList(value), ROLES);
}

export function parseStatuses(value: string | null | undefined): { kept: ProjectStatus[]; unknown: string[] } {
  return pickAllowed(parseList(value), PROJECT_STATUSES);
}

/** SDG numbers 1–17 from a list; anything else is reported. */
export function parseSdgs(value: string | null | undefined): { kept: number[]; unknown: string[] } {
  const kept: number[] = [];
  const unknown: string[] = [];
  for (const part of parseList(value)) {
    const n = Number(part);
    if (isSdg(n)) kept.push(n);
    else unknown.push(part);
  }
  return { kept, unknown };
}

interface Entry {
  project: Project;
  /** Position in the feed, to keep sorts stable. */
  position: number;
  /** Folded title, summary, organisation names, topics and municipalities; made when first needed. */
  haystack?: string;
  topics: ReadonlySet<string>;
  municipalities: ReadonlySet<string>;
  /** Organisations with the role `funder` or a `funding` entry. */
  funders: ReadonlySet<string>;
  /** Organisation id → its roles in this project. */
  roles: ReadonlyMap<string, ReadonlySet<Role>>;
  sdgs: ReadonlySet<number>;
}

interface SearchIndex {
  entries: Entry[];
  byProject: Map<Project, Entry>;
  /** Sorted entries per order and language (or day), made when first asked for. */
  sorted: LruCache<string, Entry[]>;
  /** Whether municipality codes were read as names: if not, the index is made again once they can be. */
  placesNamed: boolean;
}

const searchIndexes = new WeakMap<FeedIndex, SearchIndex>();

function allTexts(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** Folds each distinct string once: topics and municipalities repeat across thousands of projects. */
function folder(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let result = folded.get(text);
    if (result === undefined) {
      result = foldForSearch(text);
      folded.set(text, result);
    }
    return result;
  };
}

function buildSearchIndex(index: FeedIndex): SearchIndex {
  const fold = folder();
  const entries = index.feed.projects.map((project, position): Entry => {
    const roles = new Map<string, Set<Role>>();
    for (const ref of project.organizations) {
      let set = roles.get(ref.id);
      if (!set) {
        set = new Set();
        roles.set(ref.id, set);
      }
      set.add(ref.role);
    }
    return {
      project,
      position,
      topics: new Set((project.topics ?? []).map(fold)),
      municipalities: new Set((project.municipalities ?? []).map((place) => fold(placeName(place)))),
      funders: new Set([
        ...project.organizations.filter((ref) => ref.role === 'funder').map((ref) => ref.id),
        ...(project.funding ?? []).map((funding) => funding.funder),
      ]),
      roles,
      sdgs: new Set(project.sdgs ?? []),
    };
  });
  const byProject = new Map(entries.map((entry) => [entry.project, entry]));
  return { entries, byProject, sorted: new LruCache(), placesNamed: municipalityNamesLoaded() };
}

function haystackOf(entry: Entry, index: FeedIndex): string {
  if (entry.haystack !== undefined) return entry.haystack;
  const { project } = entry;
  const names: string[] = [];
  // Organisations in the order they first appear, each once (entry.roles is keyed that way).
  for (const id of entry.roles.keys()) names.push(...allTexts(index.organizationsById.get(id)?.name));
  // Every translation is searched, so "university" finds a Swedish page's "universitet" projects too.
  entry.haystack = foldForSearch(
    [
      ...allTexts(project.title),
      ...allTexts(project.summary),
      ...names,
      ...(project.funding ?? []).flatMap((funding) => allTexts(funding.programme)),
      ...(project.topics ?? []),
      ...(project.municipalities ?? []).map(placeName),
    ].join('\n'),
  );
  return entry.haystack;
}

/**
 * Makes the search text of every project of the feed now, e.g. while the browser is idle after a
 * list with a search box has rendered, so that the visitor's first keystroke does not wait for it.
 */
export function prepareSearch(index: FeedIndex): void {
  for (const entry of searchIndexOf(index).entries) haystackOf(entry, index);
}

function searchIndexOf(index: FeedIndex): SearchIndex {
  let search = searchIndexes.get(index);
  if (!search || search.placesNamed !== municipalityNamesLoaded()) {
    search = buildSearchIndex(index);
    searchIndexes.set(index, search);
  }
  return search;
}

/** A query made ready for many comparisons. */
interface PreparedQuery {
  organizations?: ReadonlySet<string>;
  roles?: ReadonlySet<Role>;
  topics?: ReadonlySet<string>;
  municipalities?: ReadonlySet<string>;
  funders?: ReadonlySet<string>;
  /** The places asked for: municipalities (folded names) and scopes. */
  places?: { municipalities: ReadonlySet<string>; scopes: ReadonlySet<string> };
  sdgs?: readonly number[];
  statuses?: ReadonlySet<ProjectStatus>;
  words: string[];
}

function nonEmpty<T>(values: readonly T[] | undefined): values is readonly T[] {
  return values !== undefined && values.length > 0;
}

/** A municipality (a name or a code) as the filters compare it: by name, folded. */
function placeKey(place: string): string {
  return foldForSearch(placeName(place));
}

/** A place query: scopes by their word, the rest as municipalities. */
function preparePlaces(places: readonly string[]): PreparedQuery['places'] {
  const scopes = new Set<string>(places.filter((place) => isOneOf(PROJECT_SCOPES, place)));
  return { scopes, municipalities: new Set(places.filter((place) => !scopes.has(place)).map(placeKey)) };
}

function prepare(query: ProjectQuery): PreparedQuery {
  return {
    organizations: nonEmpty(query.organizations) ? new Set(query.organizations) : undefined,
    roles: nonEmpty(query.roles) ? new Set(query.roles) : undefined,
    topics: nonEmpty(query.topics) ? new Set(query.topics.map(foldForSearch)) : undefined,
    municipalities: nonEmpty(query.municipalities) ? new Set(query.municipalities.map(placeKey)) : undefined,
    funders: nonEmpty(query.funders) ? new Set(query.funders) : undefined,
    places: nonEmpty(query.places) ? preparePlaces(query.places) : undefined,
    sdgs: nonEmpty(query.sdgs) ? query.sdgs : undefined,
    statuses: nonEmpty(query.statuses) ? new Set(query.statuses) : undefined,
    words: query.search ? foldForSearch(query.search).split(' ').filter(Boolean) : [],
  };
}

function intersects<T>(wanted: ReadonlySet<T>, present: ReadonlySet<T>): boolean {
  for (const value of present) if (wanted.has(value)) return true;
  return false;
}

function matches(entry: Entry, query: PreparedQuery, index: FeedIndex): boolean {
  const { organizations, roles } = query;
  if (organizations || roles) {
    let found = false;
    for (const [id, hasRoles] of entry.roles) {
      if (organizations && !organizations.has(id)) continue;
      if (roles && !intersects(roles, hasRoles)) continue;
      found = true;
      break;
    }
    if (!found) return false;
  }
  if (query.topics && !intersects(query.topics, entry.topics)) return false;
  if (query.municipalities && !intersects(query.municipalities, entry.municipalities)) return false;
  if (query.funders && !intersects(query.funders, entry.funders)) return false;
  const { places } = query;
  if (places && !intersects(places.municipalities, entry.municipalities) && !places.scopes.has(entry.project.scope ?? '')) return false;
  if (query.sdgs && !query.sdgs.some((sdg) => entry.sdgs.has(sdg))) return false;
  if (query.statuses && !(entry.project.status && query.statuses.has(entry.project.status))) return false;
  if (query.words.length > 0) {
    const haystack = haystackOf(entry, index);
    for (const word of query.words) if (!haystack.includes(word)) return false;
  }
  return true;
}

function isEmptyPrepared(prepared: PreparedQuery): boolean {
  return (
    !prepared.organizations &&
    !prepared.roles &&
    !prepared.topics &&
    !prepared.municipalities &&
    !prepared.funders &&
    !prepared.places &&
    !prepared.sdgs &&
    !prepared.statuses &&
    prepared.words.length === 0
  );
}

/** True when the query keeps everything. */
export function isEmptyQuery(query: ProjectQuery): boolean {
  return isEmptyPrepared(prepare(query));
}

export interface SortContext {
  /** Language for sorting by title. */
  language: string;
  /** Today as `YYYY-MM-DD`, for `recent`: what has started by then comes first. */
  today: string;
  collator: Intl.Collator;
}

function sortedEntries(index: FeedIndex, search: SearchIndex, order: SortOrder, context: SortContext): Entry[] {
  if (order === 'feed') return search.entries;
  if (order === 'title') return search.sorted.get(`title|${context.language}`, () => byTitle(index, search.entries, context));
  const key = order === 'recent' ? `recent|${context.today}` : order;
  return search.sorted.get(key, () => byStart(search.entries, order, context.today));
}

function byTitle(index: FeedIndex, feedOrder: readonly Entry[], context: SortContext): Entry[] {
  const feedLanguage = index.feed.language;
  const titled = feedOrder.map((entry) => ({
    entry,
    title: resolveText(entry.project.title, context.language, feedLanguage)?.text ?? '',
  }));
  // Read once: the context's collator may be a getter, and this runs for every comparison.
  const { collator } = context;
  titled.sort((a, b) => collator.compare(a.title, b.title) || a.entry.position - b.entry.position);
  return titled.map(({ entry }) => entry);
}

function byStart(feedOrder: readonly Entry[], order: 'start' | 'recent', today: string): Entry[] {
  // Feed dates (checked by the validator) compare as strings. Rank: 0 started, 1 not started yet, 2 no date.
  const rank = (e: Entry) => (!e.project.start ? 2 : order === 'recent' && e.project.start > today ? 1 : 0);
  return [...feedOrder].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    const sa = a.project.start ?? '';
    const sb = b.project.start ?? '';
    const newestFirst = order === 'recent' && rank(a) === 0;
    const byDate = sa === sb ? 0 : (sa < sb ? -1 : 1) * (newestFirst ? -1 : 1);
    return byDate || a.position - b.position;
  });
}

/** The projects every query keeps (AND), in the given order. */
export function filterProjects(
  index: FeedIndex,
  queries: readonly ProjectQuery[],
  order: SortOrder = 'feed',
  context?: SortContext,
): Project[] {
  const prepared = queries.map(prepare);
  // Nothing to narrow, nothing to reorder: the feed as it is, without building the index for it.
  if ((order === 'feed' || !context) && prepared.every(isEmptyPrepared)) return [...index.feed.projects];
  const search = searchIndexOf(index);
  const entries =
    order === 'feed' || !context ? search.entries : sortedEntries(index, search, order, context);
  const kept: Project[] = [];
  for (const entry of entries) {
    if (prepared.every((query) => matches(entry, query, index))) kept.push(entry.project);
  }
  return kept;
}

/**
 * The projects of `projects` (projects of this feed, e.g. what `filterProjects` kept) that every
 * query keeps, in the order given: narrowing a preset's result costs one pass over that result.
 */
export function narrowProjects(index: FeedIndex, projects: readonly Project[], queries: readonly ProjectQuery[]): Project[] {
  const search = searchIndexOf(index);
  const prepared = queries.map(prepare);
  const kept: Project[] = [];
  for (const project of projects) {
    const entry = search.byProject.get(project);
    if (entry && prepared.every((query) => matches(entry, query, index))) kept.push(project);
  }
  return kept;
}

/** The values visitors can choose from, taken from the projects given. */
export interface FilterChoices {
  /** Organisation ids taking part in at least one of the projects, in feed order. */
  organizations: string[];
  /** Topics, each spelled as it first occurs (case and accent variants are one topic). */
  topics: string[];
  /** Municipalities by name (a code and its name are one), each once. */
  municipalities: string[];
  /** Funders' organisation ids, in feed order. */
  funders: string[];
  /** The projects' scopes, in the format's order. */
  scopes: ProjectScope[];
  statuses: ProjectStatus[];
}

function distinctFolded(values: Iterable<string>): string[] {
  const fold = folder();
  const byKey = new Map<string, string>();
  for (const value of values) {
    const key = fold(value);
    if (key && !byKey.has(key)) byKey.set(key, value.trim());
  }
  return [...byKey.values()];
}

export function filterChoices(index: FeedIndex, projects: readonly Project[]): FilterChoices {
  const organizations = new Set<string>();
  const funders = new Set<string>();
  const scopes = new Set<ProjectScope>();
  const statuses = new Set<ProjectStatus>();
  for (const project of projects) {
    for (const ref of project.organizations) {
      organizations.add(ref.id);
      if (ref.role === 'funder') funders.add(ref.id);
    }
    for (const funding of project.funding ?? []) funders.add(funding.funder);
    if (project.scope) scopes.add(project.scope);
    if (project.status) statuses.add(project.status);
  }
  const inFeedOrder = (ids: ReadonlySet<string>) => index.feed.organizations.map((o) => o.id).filter((id) => ids.has(id));
  return {
    organizations: inFeedOrder(organizations),
    topics: distinctFolded(projects.flatMap((p) => p.topics ?? [])),
    municipalities: distinctFolded(projects.flatMap((p) => (p.municipalities ?? []).map(placeName))),
    funders: inFeedOrder(funders),
    scopes: PROJECT_SCOPES.filter((scope) => scopes.has(scope)),
    statuses: PROJECT_STATUSES.filter((status) => statuses.has(status)),
  };
}
