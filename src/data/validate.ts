/**
 * Feed validation: pure, DOM-free, one pass over the data.
 *
 * The whole feed is refused only when its top level is unusable. Below that, an item whose
 * required fields are wrong is left out, and an optional field that is wrong is dropped, so that
 * nothing valid is lost because something beside it was not.
 *
 * It runs on every feed before anything is shown, so it is written to cost less than the
 * `JSON.parse` before it (see `npm run bench`): a JSON path is built only when a problem is
 * reported there, lists are read by plain loops rather than callbacks, and the common case (a
 * plain ASCII string, a known language tag) is decided without a regular expression.
 */
import {
  GOAL_STATUSES,
  PROJECT_STATUSES,
  ROLES,
  SUPPORTED_FEED_VERSION,
  type Feed,
  type Goal,
  type GoalStatus,
  type Organization,
  type Project,
  type ProjectOrganization,
  type ProjectStatus,
  type Role,
  type Text,
} from './types.js';

export interface FeedProblem {
  /** JSON path of the offending value, e.g. `$.projects[3].title`. */
  path: string;
  /** What the format expects there. */
  expected: string;
  /** What the feed has there, shortened. */
  found: string;
}

/** What happened to one organisation or project. */
export interface ItemReport {
  /** `feed` for the feed's own optional fields. */
  collection: 'feed' | 'organizations' | 'projects';
  index: number;
  id?: string;
  /** `true`: the item was left out. `false`: it was kept without the fields named. */
  dropped: boolean;
  problems: FeedProblem[];
}

export type FeedRefusal = 'not-json' | 'not-object' | 'version' | 'no-projects';

export type FeedParseResult =
  | { ok: true; feed: Feed; reports: ItemReport[] }
  | { ok: false; reason: FeedRefusal; problem: FeedProblem };

type Json = unknown;
type JsonObject = Record<string, Json>;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A short, safe description of a JSON value for console messages. */
export function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'object':
      return Object.keys(value as object).length > 0 ? 'an object' : 'an empty object';
    case 'undefined':
      return 'nothing';
    default:
      return String(value);
  }
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: Json): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  // A printable ASCII first character is not white space: no need to trim.
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || value.trim() !== '';
}

/** Language tags already seen to be valid; a feed uses a handful, thousands of times. */
const knownLanguageTags = new Set<string>();

function isLanguageTag(tag: string): boolean {
  if (knownLanguageTags.has(tag)) return true;
  if (!LANGUAGE_TAG.test(tag)) return false;
  if (knownLanguageTags.size < 64) knownLanguageTags.add(tag);
  return true;
}

const EXPECTED_TEXT = 'a non-empty string or an object such as {"sv": "…", "en": "…"}';
const EXPECTED_STRING = 'a non-empty string';
const EXPECTED_DATE = 'a date such as "2026-08-12"';
const EXPECTED_LANGUAGE_TAG = 'a language tag such as "sv" or "en"';
const EXPECTED_ORGANIZATION_REF = 'an object such as {"id": "…", "role": "lead"}';
const EXPECTED_KNOWN_ORGANIZATION = "the id of one of the feed's organizations";

function oneOfText(allowed: readonly string[]): string {
  return `one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
}

/**
 * Collects the problems of one item while its fields are read. Fields are named by a path suffix
 * (".title", or "" for the value itself), relative to the item or, while a list entry such as
 * `goals[2]` is being read, to that entry; the full JSON path is built only for a problem.
 */
class ItemReader {
  problems: FeedProblem[] | undefined;
  private itemPath: string | undefined;
  private entryList = '';
  private entryIndex = -1;

  /** `index` -1: the feed itself, whose path is `$`. */
  constructor(
    private readonly collection: string,
    private readonly index: number,
  ) {}

  get path(): string {
    return (this.itemPath ??= this.index < 0 ? '$' : `$.${this.collection}[${this.index}]`);
  }

  /** Reads fields of `list[index]` (e.g. a goal) until {@link leaveEntry}. */
  enterEntry(list: string, index: number): void {
    this.entryList = list;
    this.entryIndex = index;
  }

  leaveEntry(): void {
    this.entryIndex = -1;
  }

  problem(suffix: string, expected: string, found: Json): void {
    const path = this.entryIndex < 0 ? this.path + suffix : `${this.path}.${this.entryList}[${this.entryIndex}]${suffix}`;
    (this.problems ??= []).push({ path, expected, found: describe(found) });
  }

  id(obj: JsonObject, suffix = '.id'): string | undefined {
    const id = obj.id;
    if (isNonEmptyString(id)) return id;
    this.problem(suffix, EXPECTED_STRING, id);
    return undefined;
  }

  /** A `Text`: a non-empty string, or an object of language tag → string. */
  text(value: Json, suffix: string, required: boolean): Text | undefined {
    if (value === undefined && !required) return undefined;
    if (isNonEmptyString(value)) return value;
    if (!isObject(value)) {
      this.problem(suffix, EXPECTED_TEXT, value);
      return undefined;
    }
    let kept: Record<string, string> | undefined;
    let languages = 0;
    for (const lang in value) {
      languages++;
      const entry = value[lang];
      if (!isLanguageTag(lang)) {
        this.problem(`${suffix}[${JSON.stringify(lang)}]`, EXPECTED_LANGUAGE_TAG, lang);
      } else if (!isNonEmptyString(entry)) {
        this.problem(`${suffix}.${lang}`, EXPECTED_STRING, entry);
      } else {
        (kept ??= {})[lang] = entry;
      }
    }
    // `{}` has no entry to report, but must not vanish silently.
    if (languages === 0) this.problem(suffix, EXPECTED_TEXT, value);
    return kept;
  }

  string(value: Json, suffix: string, pattern?: RegExp, expected = EXPECTED_STRING): string | undefined {
    if (value === undefined) return undefined;
    if (isNonEmptyString(value) && (!pattern || pattern.test(value))) return value;
    this.problem(suffix, expected, value);
    return undefined;
  }

  /** URLs are kept as written; whether one may become a link is decided when it is rendered. */
  url(value: Json, suffix: string): string | undefined {
    return this.string(value, suffix, undefined, 'a URL string');
  }

  number(value: Json, suffix: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.problem(suffix, 'a number', value);
    return undefined;
  }

  oneOf<T extends string>(value: Json, suffix: string, allowed: readonly T[], required = false): T | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problem(suffix, oneOfText(allowed), value);
    return undefined;
  }

  /** `value` if it is a list; else a problem, or nothing when it is absent. */
  list(value: Json, suffix: string): Json[] | undefined {
    if (value === undefined) return undefined;
    if (Array.isArray(value)) return value;
    this.problem(suffix, 'a list', value);
    return undefined;
  }

  /** A list of non-empty strings; bad entries are dropped one by one. */
  strings(value: Json, suffix: string): string[] | undefined {
    const list = this.list(value, suffix);
    if (list === undefined) return undefined;
    let i = 0;
    while (i < list.length && isNonEmptyString(list[i])) i++;
    // Usually every entry is good: copy the list whole, at its size.
    if (i === list.length) return list.slice() as string[];
    const kept = list.slice(0, i) as string[];
    for (; i < list.length; i++) {
      const item = list[i];
      if (isNonEmptyString(item)) kept.push(item);
      // An absent entry (a hole, or undefined in a `data` object) is dropped without a word.
      else if (item !== undefined) this.problem(`${suffix}[${i}]`, EXPECTED_STRING, item);
    }
    return kept;
  }
}

function isSdg(n: Json): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 17;
}

function readOrganization(value: Json, r: ItemReader): Organization | undefined {
  if (!isObject(value)) {
    r.problem('', 'an object', value);
    return undefined;
  }
  const id = r.id(value);
  const name = r.text(value.name, '.name', true);
  if (id === undefined || name === undefined) return undefined;
  const organization: Organization = { id, name };
  const url = r.url(value.url, '.url');
  if (url !== undefined) organization.url = url;
  const logo = r.url(value.logo, '.logo');
  if (logo !== undefined) organization.logo = logo;
  return organization;
}

/** The goal at `goals[index]`; `r` is inside that entry. */
function readGoal(value: Json, r: ItemReader): Goal | undefined {
  if (!isObject(value)) {
    r.problem('', 'an object', value);
    return undefined;
  }
  const id = r.id(value);
  const title = r.text(value.title, '.title', true);
  if (id === undefined || title === undefined) return undefined;
  const goal: Goal = { id, title };
  const target = r.number(value.target, '.target');
  if (target !== undefined) goal.target = target;
  const current = r.number(value.current, '.current');
  if (current !== undefined) goal.current = current;
  const baseline = r.number(value.baseline, '.baseline');
  if (baseline !== undefined) goal.baseline = baseline;
  const unit = r.text(value.unit, '.unit', false);
  if (unit !== undefined) goal.unit = unit;
  const status = r.oneOf<GoalStatus>(value.status, '.status', GOAL_STATUSES);
  if (status !== undefined) goal.status = status;
  return goal;
}

function readOrganizationRefs(refs: Json[], r: ItemReader, organizationIds: ReadonlySet<string>): ProjectOrganization[] {
  const kept: ProjectOrganization[] = [];
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    r.enterEntry('organizations', i);
    if (!isObject(ref)) {
      r.problem('', EXPECTED_ORGANIZATION_REF, ref);
    } else {
      const role = r.oneOf<Role>(ref.role, '.role', ROLES, true);
      const id = ref.id;
      if (typeof id !== 'string' || !organizationIds.has(id)) r.problem('.id', EXPECTED_KNOWN_ORGANIZATION, id);
      else if (role !== undefined) kept.push({ id, role });
    }
  }
  r.leaveEntry();
  return kept;
}

function readProject(value: Json, r: ItemReader, organizationIds: ReadonlySet<string>): Project | undefined {
  if (!isObject(value)) {
    r.problem('', 'an object', value);
    return undefined;
  }
  const id = r.id(value);
  const title = r.text(value.title, '.title', true);
  let organizations: ProjectOrganization[] | undefined;
  if (!Array.isArray(value.organizations)) {
    r.problem('.organizations', 'a list of {"id", "role"} objects', value.organizations);
  } else {
    organizations = readOrganizationRefs(value.organizations, r, organizationIds);
  }
  if (id === undefined || title === undefined || organizations === undefined) return undefined;

  const project: Project = { id, title, organizations };
  const summary = r.text(value.summary, '.summary', false);
  if (summary !== undefined) project.summary = summary;
  const description = r.text(value.description, '.description', false);
  if (description !== undefined) project.description = description;
  const url = r.url(value.url, '.url');
  if (url !== undefined) project.url = url;
  const topics = r.strings(value.topics, '.topics');
  if (topics !== undefined) project.topics = topics;
  const sdgList = r.list(value.sdgs, '.sdgs');
  if (sdgList !== undefined) {
    let i = 0;
    while (i < sdgList.length && isSdg(sdgList[i])) i++;
    const sdgs = sdgList.slice(0, i) as number[];
    for (; i < sdgList.length; i++) {
      const n = sdgList[i];
      if (isSdg(n)) sdgs.push(n);
      else r.problem(`.sdgs[${i}]`, 'a whole number from 1 to 17', n);
    }
    project.sdgs = sdgs;
  }
  const municipalities = r.strings(value.municipalities, '.municipalities');
  if (municipalities !== undefined) project.municipalities = municipalities;
  const status = r.oneOf<ProjectStatus>(value.status, '.status', PROJECT_STATUSES);
  if (status !== undefined) project.status = status;
  const start = r.string(value.start, '.start', DATE, EXPECTED_DATE);
  if (start !== undefined) project.start = start;
  const end = r.string(value.end, '.end', DATE, EXPECTED_DATE);
  if (end !== undefined) project.end = end;
  const goalList = r.list(value.goals, '.goals');
  if (goalList !== undefined) {
    const goals: Goal[] = [];
    for (let i = 0; i < goalList.length; i++) {
      r.enterEntry('goals', i);
      const goal = readGoal(goalList[i], r);
      if (goal !== undefined) goals.push(goal);
    }
    r.leaveEntry();
    project.goals = goals;
  }
  return project;
}

function readCollection<T extends { id: string }>(
  items: Json[],
  collection: 'organizations' | 'projects',
  reports: ItemReport[],
  read: (value: Json, reader: ItemReader) => T | undefined,
): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const value = items[index];
    const reader = new ItemReader(collection, index);
    let item = read(value, reader);
    if (item && seen.has(item.id)) {
      reader.problem('.id', 'an id not used by an earlier item', item.id);
      item = undefined;
    }
    if (item) {
      seen.add(item.id);
      kept.push(item);
    }
    if (reader.problems !== undefined) {
      const rawId = isObject(value) && typeof value.id === 'string' ? value.id : undefined;
      reports.push({ collection, index, id: rawId, dropped: item === undefined, problems: reader.problems });
    }
  }
  return kept;
}

/** Validates an already parsed feed. Never throws. */
export function validateFeed(input: Json): FeedParseResult {
  if (!isObject(input)) {
    return { ok: false, reason: 'not-object', problem: { path: '$', expected: 'an object', found: describe(input) } };
  }
  if (input.version !== SUPPORTED_FEED_VERSION) {
    return {
      ok: false,
      reason: 'version',
      problem: { path: '$.version', expected: `${SUPPORTED_FEED_VERSION}`, found: describe(input.version) },
    };
  }
  if (!Array.isArray(input.projects)) {
    return {
      ok: false,
      reason: 'no-projects',
      problem: { path: '$.projects', expected: 'a list of projects', found: describe(input.projects) },
    };
  }

  const reports: ItemReport[] = [];
  const top = new ItemReader('feed', -1);
  let rawOrganizations: Json[] = [];
  if (Array.isArray(input.organizations)) rawOrganizations = input.organizations;
  else if (input.organizations !== undefined) top.problem('.organizations', 'a list of organizations', input.organizations);

  const organizations = readCollection(rawOrganizations, 'organizations', reports, readOrganization);
  const organizationIds = new Set(organizations.map((o) => o.id));
  const projects = readCollection(input.projects, 'projects', reports, (value, reader) =>
    readProject(value, reader, organizationIds),
  );

  const feed: Feed = { version: SUPPORTED_FEED_VERSION, organizations, projects };
  const language = top.string(input.language, '.language', LANGUAGE_TAG, 'a language tag such as "sv"');
  if (language !== undefined) feed.language = language;
  const title = top.text(input.title, '.title', false);
  if (title !== undefined) feed.title = title;
  const updated = top.string(input.updated, '.updated', DATE_TIME, 'an ISO 8601 date or date-time');
  if (updated !== undefined) feed.updated = updated;
  if (top.problems !== undefined) {
    reports.unshift({ collection: 'feed', index: -1, dropped: false, problems: top.problems });
  }
  return { ok: true, feed, reports };
}

/** Parses feed text: JSON first, then {@link validateFeed}. Never throws. */
export function parseFeed(text: string): FeedParseResult {
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'not-json', problem: { path: '$', expected: 'JSON', found: detail } };
  }
  return validateFeed(json);
}

/** One line per problem, for the console and the command line. */
export function formatProblem(problem: FeedProblem): string {
  return `${problem.path}: expected ${problem.expected}, found ${problem.found}`;
}

/** The console message for one item report, naming the feed, the item and every problem. */
export function formatReport(report: ItemReport, source: string): string {
  const what =
    report.collection === 'feed'
      ? 'feed'
      : `${report.collection === 'projects' ? 'project' : 'organization'} ${
          report.id ? `"${report.id}" ` : ''
        }(${report.collection}[${report.index}])`;
  const outcome = report.dropped ? 'left out' : 'shown without the fields below';
  return `[si-widgets] ${source}: ${what} ${outcome}:\n${report.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}
