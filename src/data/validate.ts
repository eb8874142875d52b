/**
 * Feed validation: pure, DOM-free, one pass over the data.
 *
 * The whole feed is refused only when its top level is unusable. Below that, an item whose
 * required fields are wrong is left out, and an optional field that is wrong is dropped, so that
 * nothing valid is lost because something beside it was not.
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
      return 'an object';
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
  return typeof value === 'string' && value.trim() !== '';
}

/** Collects problems for one item while its fields are read. */
class ItemReader {
  readonly problems: FeedProblem[] = [];
  constructor(readonly path: string) {}

  problem(path: string, expected: string, found: Json): void {
    this.problems.push({ path, expected, found: describe(found) });
  }

  id(obj: JsonObject): string | undefined {
    const id = obj.id;
    if (isNonEmptyString(id)) return id;
    this.problem(`${this.path}.id`, 'a non-empty string', id);
    return undefined;
  }

  /** A `Text`: a non-empty string, or an object of language tag → string. */
  text(value: Json, path: string, required: boolean): Text | undefined {
    if (value === undefined && !required) return undefined;
    if (isNonEmptyString(value)) return value;
    if (isObject(value)) {
      const kept: Record<string, string> = {};
      let count = 0;
      for (const lang in value) {
        const entry = value[lang];
        if (!LANGUAGE_TAG.test(lang)) {
          this.problem(`${path}[${JSON.stringify(lang)}]`, 'a language tag such as "sv" or "en"', lang);
        } else if (!isNonEmptyString(entry)) {
          this.problem(`${path}.${lang}`, 'a non-empty string', entry);
        } else {
          kept[lang] = entry;
          count++;
        }
      }
      if (count > 0) return kept;
    }
    if (!isObject(value)) {
      this.problem(path, 'a non-empty string or an object such as {"sv": "…", "en": "…"}', value);
    }
    return undefined;
  }

  string(value: Json, path: string, pattern?: RegExp, expected = 'a non-empty string'): string | undefined {
    if (value === undefined) return undefined;
    if (isNonEmptyString(value) && (!pattern || pattern.test(value))) return value;
    this.problem(path, expected, value);
    return undefined;
  }

  /** URLs are kept as written; whether one may become a link is decided when it is rendered. */
  url(value: Json, path: string): string | undefined {
    return this.string(value, path, undefined, 'a URL string');
  }

  number(value: Json, path: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.problem(path, 'a number', value);
    return undefined;
  }

  oneOf<T extends string>(value: Json, path: string, allowed: readonly T[], required = false): T | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problem(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
    return undefined;
  }

  /** A list whose bad entries are dropped one by one. */
  list<T>(value: Json, path: string, entry: (item: Json, path: string) => T | undefined): T[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.problem(path, 'a list', value);
      return undefined;
    }
    const kept: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = entry(value[i], `${path}[${i}]`);
      if (item !== undefined) kept.push(item);
    }
    return kept;
  }
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function readOrganization(value: Json, r: ItemReader): Organization | undefined {
  if (!isObject(value)) {
    r.problem(r.path, 'an object', value);
    return undefined;
  }
  const id = r.id(value);
  const name = r.text(value.name, `${r.path}.name`, true);
  if (id === undefined || name === undefined) return undefined;
  const organization: Organization = { id, name };
  assign(organization, 'url', r.url(value.url, `${r.path}.url`));
  assign(organization, 'logo', r.url(value.logo, `${r.path}.logo`));
  return organization;
}

function readGoal(value: Json, path: string, r: ItemReader): Goal | undefined {
  if (!isObject(value)) {
    r.problem(path, 'an object', value);
    return undefined;
  }
  const id = isNonEmptyString(value.id) ? value.id : undefined;
  if (id === undefined) r.problem(`${path}.id`, 'a non-empty string', value.id);
  const title = r.text(value.title, `${path}.title`, true);
  if (id === undefined || title === undefined) return undefined;
  const goal: Goal = { id, title };
  assign(goal, 'target', r.number(value.target, `${path}.target`));
  assign(goal, 'current', r.number(value.current, `${path}.current`));
  assign(goal, 'baseline', r.number(value.baseline, `${path}.baseline`));
  assign(goal, 'unit', r.text(value.unit, `${path}.unit`, false));
  assign<Goal, 'status'>(goal, 'status', r.oneOf<GoalStatus>(value.status, `${path}.status`, GOAL_STATUSES));
  return goal;
}

function readProject(value: Json, r: ItemReader, organizationIds: ReadonlySet<string>): Project | undefined {
  if (!isObject(value)) {
    r.problem(r.path, 'an object', value);
    return undefined;
  }
  const id = r.id(value);
  const title = r.text(value.title, `${r.path}.title`, true);
  let organizations: ProjectOrganization[] | undefined;
  if (!Array.isArray(value.organizations)) {
    r.problem(`${r.path}.organizations`, 'a list of {"id", "role"} objects', value.organizations);
  } else {
    organizations = r.list(value.organizations, `${r.path}.organizations`, (ref, path) => {
      if (!isObject(ref)) {
        r.problem(path, 'an object such as {"id": "…", "role": "lead"}', ref);
        return undefined;
      }
      const role = r.oneOf<Role>(ref.role, `${path}.role`, ROLES, true);
      if (typeof ref.id !== 'string' || !organizationIds.has(ref.id)) {
        r.problem(`${path}.id`, "the id of one of the feed's organizations", ref.id);
        return undefined;
      }
      return role === undefined ? undefined : { id: ref.id, role };
    });
  }
  if (id === undefined || title === undefined || organizations === undefined) return undefined;

  const project: Project = { id, title, organizations };
  assign(project, 'summary', r.text(value.summary, `${r.path}.summary`, false));
  assign(project, 'description', r.text(value.description, `${r.path}.description`, false));
  assign(project, 'url', r.url(value.url, `${r.path}.url`));
  assign(project, 'topics', r.list(value.topics, `${r.path}.topics`, (t, p) => r.string(t, p)));
  assign(
    project,
    'sdgs',
    r.list(value.sdgs, `${r.path}.sdgs`, (n, p) => {
      if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 17) return n;
      r.problem(p, 'a whole number from 1 to 17', n);
      return undefined;
    }),
  );
  assign(project, 'municipalities', r.list(value.municipalities, `${r.path}.municipalities`, (m, p) => r.string(m, p)));
  assign<Project, 'status'>(project, 'status', r.oneOf<ProjectStatus>(value.status, `${r.path}.status`, PROJECT_STATUSES));
  assign(project, 'start', r.string(value.start, `${r.path}.start`, DATE, 'a date such as "2026-08-12"'));
  assign(project, 'end', r.string(value.end, `${r.path}.end`, DATE, 'a date such as "2026-08-12"'));
  assign(
    project,
    'goals',
    r.list(value.goals, `${r.path}.goals`, (g, p) => readGoal(g, p, r)),
  );
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
    const reader = new ItemReader(`$.${collection}[${index}]`);
    let item = read(value, reader);
    if (item && seen.has(item.id)) {
      reader.problem(`${reader.path}.id`, 'an id not used by an earlier item', item.id);
      item = undefined;
    }
    if (item) {
      seen.add(item.id);
      kept.push(item);
    }
    if (reader.problems.length > 0) {
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
  const top = new ItemReader('$');
  let rawOrganizations: Json[] = [];
  if (Array.isArray(input.organizations)) rawOrganizations = input.organizations;
  else if (input.organizations !== undefined) top.problem('$.organizations', 'a list of organizations', input.organizations);

  const organizations = readCollection(rawOrganizations, 'organizations', reports, readOrganization);
  const organizationIds = new Set(organizations.map((o) => o.id));
  const projects = readCollection(input.projects, 'projects', reports, (value, reader) =>
    readProject(value, reader, organizationIds),
  );

  const feed: Feed = { version: SUPPORTED_FEED_VERSION, organizations, projects };
  assign(feed, 'language', top.string(input.language, '$.language', LANGUAGE_TAG, 'a language tag such as "sv"'));
  assign(feed, 'title', top.text(input.title, '$.title', false));
  assign(feed, 'updated', top.string(input.updated, '$.updated', DATE_TIME, 'an ISO 8601 date or date-time'));
  if (top.problems.length > 0) {
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
