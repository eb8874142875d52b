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
 * plain ASCII string, a known language tag) is decided without a regular expression. A feed read
 * from text ({@link parseFeed}) is made of the parsed objects themselves where they are valid, so
 * that validating it allocates next to nothing; a feed object a page hands over is copied.
 */
import { isFeedDate, isFeedDateTime } from './dates.js';
import { memoize } from './memo.js';
import { safeImageUrl, safeWebUrl } from './url.js';
import {
  CONTACT_KINDS,
  GOAL_STATUSES,
  isSdg,
  LINK_TYPES,
  PROJECT_SCOPES,
  PROJECT_STATUSES,
  ROLES,
  SUPPORTED_FEED_VERSION,
  type Contact,
  type ContactKind,
  type Feed,
  type Funding,
  type Goal,
  type GoalStatus,
  type Identifier,
  type LinkType,
  type Measurement,
  type Money,
  type Organization,
  type Project,
  type ProjectImage,
  type ProjectLink,
  type ProjectOrganization,
  type ProjectScope,
  type ProjectStatus,
  type Role,
  type PluralWord,
  type Text,
  type UnitForms,
} from './types.js';

export interface FeedProblem {
  /** JSON path of the offending value, e.g. `$.projects[3].title`. */
  path: string;
  /** What the format expects there. */
  expected: string;
  /** What the feed has there, shortened. */
  found: string;
  /** Nothing was left out: the value is used as it is, but should be fixed (an image without `alt`). */
  warning?: true;
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

/** Remembered per tag: a feed uses a handful, thousands of times. */
const isLanguageTag = memoize((tag: string): boolean => LANGUAGE_TAG.test(tag));

const EXPECTED_TEXT = 'a non-empty string or an object such as {"sv": "…", "en": "…"}';
const EXPECTED_STRING = 'a non-empty string';
const EXPECTED_DATE = 'a date such as "2026-08-12"';
const EXPECTED_DATE_TIME = 'a date-time with a time zone, such as "2026-11-28T09:30:00+01:00"';
const EXPECTED_LANGUAGE_TAG = 'a language tag such as "sv" or "en"';
const EXPECTED_ORGANIZATION_REF = 'an object such as {"id": "…", "role": "lead"}';
const EXPECTED_KNOWN_ORGANIZATION = "the id of one of the feed's organizations";
const EXPECTED_WEB_URL = 'an absolute http: or https: URL';
const EXPECTED_IMAGE_URL = 'an absolute https: URL';

function oneOfText(allowed: readonly string[]): string {
  return `one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Reads a feed item by item and collects the problems of the item being read, moved from item to
 * item, so that reading allocates nothing per item beyond what it keeps. Fields are named by a
 * path suffix (".title", or "" for the value itself), relative to the item or, while a list entry
 * such as `goals[2]` is being read, to that entry; the full JSON path is built only for a problem.
 */
class FeedReader {
  problems: FeedProblem[] | undefined;
  /** See {@link ValidateOptions.shareInput}. */
  share = false;
  /** The ids of the feed's organisations, once they are read: what a project may refer to. */
  organizationIds: ReadonlySet<string> = NO_IDS;
  private collection = 'feed';
  /** -1: the feed itself, whose path is `$`. */
  private index = -1;
  private itemPath: string | undefined;
  private entryList = '';
  private entryIndex = -1;

  /** Starts reading `collection[index]` (-1: the feed itself); the problems collected so far are the caller's. */
  startItem(collection: string, index: number): void {
    this.collection = collection;
    this.index = index;
    this.itemPath = undefined;
    this.entryIndex = -1;
    this.problems = undefined;
  }

  get path(): string {
    return (this.itemPath ??= this.index < 0 ? '$' : `$.${this.collection}[${this.index}]`);
  }

  /** With `warning`, the value stays in use: see {@link FeedProblem.warning}. */
  problem(suffix: string, expected: string, found: Json, warning = false): void {
    const path = this.entryIndex < 0 ? this.path + suffix : `${this.path}.${this.entryList}[${this.entryIndex}]${suffix}`;
    const problem: FeedProblem = { path, expected, found: describe(found) };
    if (warning) problem.warning = true;
    (this.problems ??= []).push(problem);
  }

  /** A list to keep: the input's own when shared, else a copy at its size. */
  keep<T>(list: T[]): T[] {
    return this.share ? list : list.slice();
  }

  /** `value` if it is an object; else a problem. */
  object(value: Json, expected = 'an object'): JsonObject | undefined {
    if (isObject(value)) return value;
    this.problem('', expected, value);
    return undefined;
  }

  /**
   * What every item has: an `id` and a required Text (`text`, at `suffix`): the Text when both are
   * good, so that the id is the item's own string; each is reported if not.
   */
  idAndText(item: JsonObject, text: Json, suffix: string): Text | undefined {
    const id = item.id;
    if (!isNonEmptyString(id)) this.problem('.id', EXPECTED_STRING, id);
    const kept = this.text(text, suffix, true);
    return isNonEmptyString(id) ? kept : undefined;
  }

  /** A `Text`: a non-empty string, or an object of language tag → string. */
  text(value: Json, suffix: string, required: boolean): Text | undefined {
    if (value === undefined && !required) return undefined;
    if (isNonEmptyString(value)) return value;
    if (!isObject(value)) {
      this.problem(suffix, EXPECTED_TEXT, value);
      return undefined;
    }
    const { share } = this;
    // A copy is built while reading; a shared object is kept as it is when every entry is good.
    let kept: Record<string, string> | undefined;
    let languages = 0;
    let good = 0;
    for (const lang in value) {
      languages++;
      const entry = value[lang];
      if (!isLanguageTag(lang)) {
        this.problem(`${suffix}[${JSON.stringify(lang)}]`, EXPECTED_LANGUAGE_TAG, lang);
      } else if (!isNonEmptyString(entry)) {
        this.problem(`${suffix}.${lang}`, EXPECTED_STRING, entry);
      } else {
        good++;
        if (!share) (kept ??= {})[lang] = entry;
      }
    }
    // `{}` has no entry to report, but must not vanish silently.
    if (languages === 0) this.problem(suffix, EXPECTED_TEXT, value);
    if (!share || good === 0) return kept;
    return good === languages ? (value as Text) : goodLanguages(value);
  }

  /** A non-empty string that passes `isValid`, when given. */
  string(value: Json, suffix: string, isValid?: (value: string) => boolean, expected = EXPECTED_STRING, required = false): string | undefined {
    if (value === undefined && !required) return undefined;
    if (isNonEmptyString(value) && (!isValid || isValid(value))) return value;
    this.problem(suffix, expected, value);
    return undefined;
  }

  /** URLs are kept as written; whether one may become a link is decided when it is rendered. */
  url(value: Json, suffix: string): string | undefined {
    return this.string(value, suffix, undefined, 'a URL string');
  }

  number(value: Json, suffix: string, required = false): number | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.problem(suffix, 'a number', value);
    return undefined;
  }

  /** An amount of money: a number ≥ 0. */
  amount(value: Json, suffix: string, required = false): number | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
    this.problem(suffix, 'an amount: a number of 0 or more', value);
    return undefined;
  }

  /** An absolute `http:` or `https:` URL (`https:` only for an image), kept as written. */
  webUrl(value: Json, suffix: string, image = false, required = false): string | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value === 'string' && (image ? safeImageUrl(value) : safeWebUrl(value)) !== undefined) return value;
    this.problem(suffix, image ? EXPECTED_IMAGE_URL : EXPECTED_WEB_URL, value);
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

  /** A list of plain values that pass `isGood`; bad entries are dropped one by one. */
  goodEntries<T>(value: Json, suffix: string, isGood: (entry: Json) => entry is T, expected: string): T[] | undefined {
    const list = this.list(value, suffix);
    if (list === undefined) return undefined;
    let i = 0;
    while (i < list.length && isGood(list[i])) i++;
    // Usually every entry is good: keep the list whole.
    if (i === list.length) return this.keep(list as T[]);
    const kept = list.slice(0, i) as T[];
    for (; i < list.length; i++) {
      const entry = list[i];
      if (isGood(entry)) kept.push(entry);
      // An absent entry (a hole, or undefined in a `data` object) is dropped without a word.
      else if (entry !== undefined) this.problem(`${suffix}[${i}]`, expected, entry);
    }
    return kept;
  }

  /**
   * What `read` makes of each entry of a list of objects, leaving out those it makes nothing of.
   * Kept entries are written over the list to keep, from its start: a shared list is compacted in
   * place. With `entryList` (e.g. "goals"), problems are named `.goals[index]` within the item.
   */
  keepEach<T>(list: Json[], entryList: string | undefined, read: (value: Json, r: FeedReader, index: number) => T | undefined): T[] {
    const kept = this.keep(list);
    const outerList = this.entryList;
    const outerIndex = this.entryIndex;
    // A list inside an entry (a goal's measurements) is named from that entry: `goals[1].measurements`.
    if (entryList !== undefined && outerIndex >= 0) entryList = `${outerList}[${outerIndex}].${entryList}`;
    let count = 0;
    for (let i = 0; i < kept.length; i++) {
      if (entryList !== undefined) {
        this.entryList = entryList;
        this.entryIndex = i;
      }
      const item = read(kept[i], this, i);
      if (item !== undefined) kept[count++] = item;
    }
    this.entryList = outerList;
    this.entryIndex = outerIndex;
    if (count < kept.length) kept.length = count;
    return kept as T[];
  }
}

/** The good entries of a Text object that has bad ones too (already reported). */
function goodLanguages(text: JsonObject): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const lang in text) {
    const entry = text[lang];
    if (isLanguageTag(lang) && isNonEmptyString(entry)) kept[lang] = entry;
  }
  return kept;
}

function fieldCount(object: object): number {
  let fields = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only counted
  for (const _field in object) fields++;
  return fields;
}

/**
 * An item made of the fields read from `input` (`undefined`: absent, or dropped with a report). A
 * shared input that holds no other field is kept as it is, with the read values (texts and lists
 * narrowed) written back over its own; otherwise a new object of the defined fields is made, so an
 * unknown field or one left out as invalid never reaches the elements.
 */
function settle<T>(input: JsonObject, r: FeedReader, fields: Record<string, unknown>, named?: NamedBy): T {
  let defined = named ? 2 : 0;
  for (const key in fields) if (fields[key] !== undefined) defined++;
  if (r.share && fieldCount(input) === defined) {
    if (named && input[named.field] !== named.text) input[named.field] = named.text as unknown as Json;
    for (const key in fields) if (input[key] !== fields[key]) input[key] = fields[key] as Json;
    return input as unknown as T;
  }
  const item: Record<string, unknown> = named ? { id: input.id, [named.field]: named.text } : {};
  for (const key in fields) if (fields[key] !== undefined) item[key] = fields[key];
  return item as T;
}

/** An item's id (its input's own) and its required Text, outside `settle()`'s fields so that sharing costs no copy of them. */
interface NamedBy {
  field: 'name' | 'title';
  text: Text;
}

/**
 * An organisation or a goal: an id, a required Text (`name` or `title`), and the optional fields
 * `readRest` reads, settled into the kept-or-copied item.
 */
function readIdentified<T>(input: Json, r: FeedReader, textField: 'name' | 'title', readRest: (value: JsonObject) => object): T | undefined {
  const value = r.object(input);
  const text = value && r.idAndText(value, value[textField], `.${textField}`);
  if (value === undefined || text === undefined) return undefined;
  return settle(value, r, readRest(value) as Record<string, unknown>, { field: textField, text });
}

function readOrganization(input: Json, r: FeedReader): Organization | undefined {
  return readIdentified(input, r, 'name', (value) => ({
    url: r.url(value.url, '.url'),
    logo: r.url(value.logo, '.logo'),
    orgNumber: r.string(value.orgNumber, '.orgNumber', isOrgNumber, EXPECTED_ORG_NUMBER),
    attribution: r.text(value.attribution, '.attribution', false),
  }));
}

/** An organisationsnummer as written: ten digits, a hyphen before the last four allowed (its check digit is a strict check). */
export const ORG_NUMBER = /^\d{6}-?\d{4}$/;
const EXPECTED_ORG_NUMBER = 'a Swedish organisationsnummer: ten digits, as "NNNNNN-NNNN" or without the hyphen';

function isOrgNumber(value: string): boolean {
  return ORG_NUMBER.test(value);
}

/** The goal at `goals[index]`; `r` is inside that entry. */
function readGoal(input: Json, r: FeedReader): Goal | undefined {
  return readIdentified(input, r, 'title', (value) => ({
    target: r.number(value.target, '.target'),
    current: r.number(value.current, '.current'),
    baseline: r.number(value.baseline, '.baseline'),
    unit: r.text(value.unit, '.unit', false),
    unitForms: readUnitForms(value.unitForms, r),
    status: r.oneOf<GoalStatus>(value.status, '.status', GOAL_STATUSES),
    measurements: readEntries(value.measurements, 'measurements', readMeasurement, r),
    comment: r.text(value.comment, '.comment', false),
    achieved: r.string(value.achieved, '.achieved', isFeedDate, EXPECTED_DATE),
  }));
}

/** A goal's measurement, named `goals[i].measurements[j]`. */
function readMeasurement(input: Json, r: FeedReader): Measurement | undefined {
  const value = r.object(input, 'an object such as {"date": "2026-09-30", "value": 18}');
  if (value === undefined) return undefined;
  const date = r.string(value.date, '.date', isFeedDate, EXPECTED_DATE, true);
  const measured = r.number(value.value, '.value', true);
  if (date === undefined || measured === undefined) return undefined;
  return settle(value, r, { date, value: measured, note: r.text(value.note, '.note', false) });
}

const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const EXPECTED_UNIT_FORMS = 'an object such as {"sv": {"one": "aktör", "other": "aktörer"}}';
const EXPECTED_PLURAL_WORD = 'an object of plural forms (zero, one, two, few, many, other) with at least "other"';

/**
 * A goal's `unitForms`: language tag → plural category → non-empty string. A language whose forms
 * are not good is dropped (the goal keeps `unit`); the good ones are kept. The input object itself
 * when every entry is good.
 */
function readUnitForms(value: Json, r: FeedReader): UnitForms | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    r.problem('.unitForms', EXPECTED_UNIT_FORMS, value);
    return undefined;
  }
  const kept: Record<string, PluralWord> = {};
  let languages = 0;
  for (const lang in value) {
    languages++;
    const forms = value[lang];
    const where = `.unitForms[${JSON.stringify(lang)}]`;
    if (!isLanguageTag(lang)) r.problem(where, EXPECTED_LANGUAGE_TAG, lang);
    else if (!isObject(forms) || !isNonEmptyString(forms.other)) r.problem(where, EXPECTED_PLURAL_WORD, forms);
    else if (Object.entries(forms).some(([name, form]) => !PLURAL_CATEGORIES.includes(name) || !isNonEmptyString(form))) {
      r.problem(where, EXPECTED_PLURAL_WORD, forms);
    } else kept[lang] = forms as unknown as PluralWord;
  }
  const good = Object.keys(kept).length;
  if (languages === 0) r.problem('.unitForms', EXPECTED_UNIT_FORMS, value);
  if (good === 0) return undefined;
  return good === languages ? (value as unknown as UnitForms) : kept;
}

/** A project's reference to one of the feed's organisations; `r` is inside that entry. */
function readOrganizationRef(input: Json, r: FeedReader): ProjectOrganization | undefined {
  const ref = r.object(input, EXPECTED_ORGANIZATION_REF);
  if (ref === undefined) return undefined;
  const role = r.oneOf<Role>(ref.role, '.role', ROLES, true);
  const id = ref.id;
  if (typeof id !== 'string' || !r.organizationIds.has(id)) r.problem('.id', EXPECTED_KNOWN_ORGANIZATION, id);
  // Written out: one per project and organisation, in every feed.
  else if (role !== undefined) return r.share && fieldCount(ref) === 2 ? (ref as unknown as ProjectOrganization) : { id, role };
  return undefined;
}

function readProject(input: Json, r: FeedReader): Project | undefined {
  const value = r.object(input);
  if (value === undefined) return undefined;
  const title = r.idAndText(value, value.title, '.title');
  const organizations = readOrganizationRefs(value.organizations, r);
  if (title === undefined || organizations === undefined) return undefined;
  const project: Project = { id: value.id as string, title, organizations };
  const summary = r.text(value.summary, '.summary', false);
  const description = r.text(value.description, '.description', false);
  const url = r.url(value.url, '.url');
  const topics = r.goodEntries(value.topics, '.topics', isNonEmptyString, EXPECTED_STRING);
  const sdgs = r.goodEntries(value.sdgs, '.sdgs', isSdg, 'a whole number from 1 to 17');
  const municipalities = r.goodEntries(value.municipalities, '.municipalities', isNonEmptyString, EXPECTED_STRING);
  const status = r.oneOf<ProjectStatus>(value.status, '.status', PROJECT_STATUSES);
  const start = r.string(value.start, '.start', isFeedDate, EXPECTED_DATE);
  const end = r.string(value.end, '.end', isFeedDate, EXPECTED_DATE);
  const goals = readEntries(value.goals, 'goals', readGoal, r);
  // Written out rather than through settle(): this runs for every project of a feed of thousands,
  // and plain property writes are several times faster than keyed ones.
  if (summary !== undefined) project.summary = summary;
  if (description !== undefined) project.description = description;
  if (url !== undefined) project.url = url;
  if (topics !== undefined) project.topics = topics;
  if (sdgs !== undefined) project.sdgs = sdgs;
  if (municipalities !== undefined) project.municipalities = municipalities;
  if (status !== undefined) project.status = status;
  if (start !== undefined) project.start = start;
  if (end !== undefined) project.end = end;
  if (goals !== undefined) project.goals = goals;
  readProjectDetails(value, project, r);
  // A shared project holding nothing else is kept, with its narrowed texts and lists written back.
  return r.share && fieldCount(value) === fieldCount(project) ? (Object.assign(value, project) as unknown as Project) : project;
}

/** The project fields that say who pays, where, whom to ask, what it looks like and where to read more. */
const PROJECT_DETAILS = ['funding', 'budget', 'scope', 'contacts', 'image', 'identifiers', 'links', 'updated'] as const;

/** Reads the detail fields into `project`. Most feeds have none of them: then this costs eight property reads. */
function readProjectDetails(value: JsonObject, project: Project, r: FeedReader): void {
  // Written out, not PROJECT_DETAILS.every(…): this runs for every project of a feed of thousands.
  const { funding, budget, scope, contacts, image, identifiers, links, updated } = value;
  if (funding === undefined && budget === undefined && scope === undefined && contacts === undefined &&
    image === undefined && identifiers === undefined && links === undefined && updated === undefined) return;
  const details: Pick<Project, (typeof PROJECT_DETAILS)[number]> = {
    funding: funding === undefined ? undefined : readFundingList(funding, project.organizations, r),
    budget: readMoney(budget, '.budget', r),
    scope: r.oneOf<ProjectScope>(scope, '.scope', PROJECT_SCOPES),
    contacts: readEntries(contacts, 'contacts', readContact, r),
    image: readImage(image, r),
    identifiers: readEntries(identifiers, 'identifiers', readIdentifier, r),
    links: readEntries(links, 'links', readLink, r),
    updated: r.string(updated, '.updated', isFeedDate, EXPECTED_DATE),
  };
  for (const field of PROJECT_DETAILS) if (details[field] !== undefined) Object.assign(project, { [field]: details[field] });
}

/** A list of objects at `.name`, each read by `read` (the input's own list, compacted in place). */
function readEntries<T>(input: Json, name: string, read: (value: Json, r: FeedReader) => T | undefined, r: FeedReader): T[] | undefined {
  const list = r.list(input, `.${name}`);
  return list && r.keepEach(list, name, read);
}

/** The form of an ISO 4217 code; whether it names a currency in use is a strict check. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
const EXPECTED_CURRENCY = 'an ISO 4217 currency code such as "SEK" or "EUR"';
const EXPECTED_FUNDER = 'the id of an organisation with the role "funder" in this project\'s organizations';

function isCurrencyCode(value: string): boolean {
  return CURRENCY_CODE.test(value);
}

function readFundingList(input: Json, organizations: readonly ProjectOrganization[], r: FeedReader): Funding[] | undefined {
  // One way to say who funds: the funder is one of the project's organisations in the role `funder`.
  const isFunder = (id: Json) => organizations.some((ref) => ref.id === id && ref.role === 'funder');
  return readEntries(input, 'funding', (entry) => readFunding(entry, isFunder, r), r);
}

function readFunding(input: Json, isFunder: (id: Json) => boolean, r: FeedReader): Funding | undefined {
  const value = r.object(input, 'an object such as {"funder": "…", "amount": 100000}');
  if (value === undefined) return undefined;
  const funder = value.funder;
  if (!isFunder(funder)) {
    r.problem('.funder', EXPECTED_FUNDER, funder);
    return undefined;
  }
  return settle(value, r, {
    funder,
    amount: r.amount(value.amount, '.amount'),
    currency: r.string(value.currency, '.currency', isCurrencyCode, EXPECTED_CURRENCY),
    programme: r.text(value.programme, '.programme', false),
    reference: r.string(value.reference, '.reference'),
  });
}

/** `{ amount, currency? }` at `suffix` of the item; the whole of it is dropped without a good amount. */
function readMoney(input: Json, suffix: string, r: FeedReader): Money | undefined {
  if (input === undefined) return undefined;
  if (!isObject(input)) {
    r.problem(suffix, 'an object such as {"amount": 100000, "currency": "SEK"}', input);
    return undefined;
  }
  const amount = r.amount(input.amount, `${suffix}.amount`, true);
  const currency = r.string(input.currency, `${suffix}.currency`, isCurrencyCode, EXPECTED_CURRENCY);
  return amount === undefined ? undefined : settle(input, r, { amount, currency });
}

/** No white space, no second `@`, nothing that would add to a `mailto:` link (`?cc=`, `#`). */
const EMAIL = /^[^\s@?#&]+@[^\s@?#&]+$/;
/** Digits, spaces, hyphens and parentheses, a leading `+`: what a `tel:` link may carry. */
const PHONE = /^\+?[\d ()-]*\d[\d ()-]*$/;

function readContact(input: Json, r: FeedReader): Contact | undefined {
  const value = r.object(input, 'an object such as {"name": "…", "email": "…"}');
  const name = value && r.string(value.name, '.name', undefined, EXPECTED_STRING, true);
  if (value === undefined || name === undefined) return undefined;
  return settle(value, r, {
    name,
    role: r.text(value.role, '.role', false),
    email: r.string(value.email, '.email', (email) => EMAIL.test(email), 'an e-mail address such as "namn@example.se"'),
    phone: r.string(value.phone, '.phone', (phone) => PHONE.test(phone), 'a phone number such as "+46 40 123 45 67"'),
    organization: r.string(value.organization, '.organization', (id) => r.organizationIds.has(id), EXPECTED_KNOWN_ORGANIZATION),
    kind: r.oneOf<ContactKind>(value.kind, '.kind', CONTACT_KINDS),
  });
}

/** `{ url, alt, credit? }`: without a good `url` there is no image; without `alt` it is decorative. */
function readImage(input: Json, r: FeedReader): ProjectImage | undefined {
  if (input === undefined) return undefined;
  if (!isObject(input)) {
    r.problem('.image', 'an object such as {"url": "https://…", "alt": "…"}', input);
    return undefined;
  }
  const url = r.webUrl(input.url, '.image.url', true, true);
  const alt = r.text(input.alt, '.image.alt', false);
  if (input.alt === undefined) r.problem('.image.alt', 'a text saying what the image shows (without one it is shown as decorative)', undefined, true);
  return url === undefined ? undefined : settle(input, r, { url, alt, credit: r.text(input.credit, '.image.credit', false) });
}

function readIdentifier(input: Json, r: FeedReader): Identifier | undefined {
  const value = r.object(input, 'an object such as {"scheme": "diarienummer", "value": "…"}');
  if (value === undefined) return undefined;
  const scheme = r.string(value.scheme, '.scheme', undefined, EXPECTED_STRING, true);
  const id = r.string(value.value, '.value', undefined, EXPECTED_STRING, true);
  if (scheme === undefined || id === undefined) return undefined;
  return settle(value, r, { scheme, value: id, url: r.webUrl(value.url, '.url') });
}

function readLink(input: Json, r: FeedReader): ProjectLink | undefined {
  const value = r.object(input, 'an object such as {"url": "https://…", "title": "…"}');
  if (value === undefined) return undefined;
  const url = r.webUrl(value.url, '.url', false, true);
  const title = r.text(value.title, '.title', true);
  if (url === undefined || title === undefined) return undefined;
  return settle(value, r, { url, title, type: r.oneOf<LinkType>(value.type, '.type', LINK_TYPES) });
}

/** A project's organisations: the input's own list, compacted in place. */
function readOrganizationRefs(input: Json, r: FeedReader): ProjectOrganization[] | undefined {
  if (Array.isArray(input)) return r.keepEach(input, 'organizations', readOrganizationRef);
  r.problem('.organizations', 'a list of {"id", "role"} objects', input);
  return undefined;
}

function readCollection<T extends { id: string }>(
  items: Json[],
  collection: 'organizations' | 'projects',
  reports: ItemReport[],
  r: FeedReader,
  read: (value: Json, reader: FeedReader) => T | undefined,
): T[] {
  const seen = new Set<string>();
  return r.keepEach(items, undefined, (value, reader, index) => {
    reader.startItem(collection, index);
    let item = read(value, reader);
    if (item && seen.has(item.id)) {
      reader.problem('.id', 'an id not used by an earlier item', item.id);
      item = undefined;
    }
    if (item) seen.add(item.id);
    if (reader.problems !== undefined) {
      const rawId = isObject(value) && typeof value.id === 'string' ? value.id : undefined;
      reports.push({ collection, index, id: rawId, dropped: item === undefined, problems: reader.problems });
    }
    return item;
  });
}

export interface ValidateOptions {
  /**
   * Make the feed of `input`'s own objects and lists where they are valid, changing them in place
   * where something is left out, instead of copying them: validation then allocates next to nothing.
   * Only for an input that nothing else keeps or changes, such as what `JSON.parse` has just
   * returned ({@link parseFeed} does this). Without it, the feed is a copy: changing `input`
   * afterwards (a page's `data` object) changes nothing that was validated.
   */
  shareInput?: boolean;
}

/** Validates an already parsed feed. Never throws. */
export function validateFeed(input: Json, options: ValidateOptions = {}): FeedParseResult {
  const share = options.shareInput === true;
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

  // A getter of a `data` object could validate another feed meanwhile: it gets a reader of its own.
  const r = spareReader ?? new FeedReader();
  spareReader = undefined;
  try {
    return readFeed(input, input.projects, r, share);
  } finally {
    spareReader = r;
  }
}

/**
 * The reader of the last feed, kept for the next one. Besides saving an allocation, this keeps the
 * reader's shape alive between feeds: the optimized code of the functions that use it stays valid
 * instead of being thrown away when a garbage collection finds no reader left.
 */
let spareReader: FeedReader | undefined;

function readFeed(input: JsonObject, rawProjects: Json[], r: FeedReader, share: boolean): FeedParseResult {
  r.share = share;
  r.startItem('feed', -1);
  const reports: ItemReport[] = [];
  let rawOrganizations: Json[] = [];
  if (Array.isArray(input.organizations)) rawOrganizations = input.organizations;
  else if (input.organizations !== undefined) r.problem('.organizations', 'a list of organizations', input.organizations);
  const language = r.string(input.language, '.language', isLanguageTag, 'a language tag such as "sv"');
  const title = r.text(input.title, '.title', false);
  const updated = r.string(input.updated, '.updated', isFeedDateTime, EXPECTED_DATE_TIME);
  // Each item read below starts its own problem list: keep the feed's own.
  const feedProblems = r.problems;

  const organizations = readCollection(rawOrganizations, 'organizations', reports, r, readOrganization);
  r.organizationIds = new Set(organizations.map((o) => o.id));
  const projects = readCollection(rawProjects, 'projects', reports, r, readProject);
  r.organizationIds = NO_IDS;

  const feed: Feed = { version: SUPPORTED_FEED_VERSION, organizations, projects };
  if (language !== undefined) feed.language = language;
  if (title !== undefined) feed.title = title;
  if (updated !== undefined) feed.updated = updated;
  if (feedProblems !== undefined) {
    reports.unshift({ collection: 'feed', index: -1, dropped: false, problems: feedProblems });
  }
  r.problems = undefined;
  return { ok: true, feed, reports };
}

/** `text` without a leading byte-order mark, as `fetch`'s `text()` gives it. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses feed text: JSON first, then {@link validateFeed}. Never throws. A leading byte-order mark
 * is dropped, as `fetch`'s `text()` drops it: a feed file saved with one reads the same in the
 * widgets, from an inline script and in the CLI.
 */
export function parseFeed(text: string): FeedParseResult {
  let json: Json;
  try {
    json = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'not-json', problem: { path: '$', expected: 'JSON', found: detail } };
  }
  // Nothing else holds what JSON.parse has just made: the feed may be made of its objects.
  return validateFeed(json, { shareInput: true });
}

/** One line per problem, for the console and the command line. */
export function formatProblem(problem: FeedProblem): string {
  return `${problem.warning ? 'warning: ' : ''}${problem.path}: expected ${problem.expected}, found ${problem.found}`;
}

/** The console message for one item report, naming the feed, the item and every problem. */
export function formatReport(report: ItemReport, source: string): string {
  const what =
    report.collection === 'feed'
      ? 'feed'
      : `${report.collection === 'projects' ? 'project' : 'organization'} ${
          report.id ? `"${report.id}" ` : ''
        }(${report.collection}[${report.index}])`;
  const warningsOnly = report.problems.every((problem) => problem.warning);
  const outcome = report.dropped ? 'left out' : warningsOnly ? 'shown, with the warnings below' : 'shown without the fields below';
  return `[si-widgets] ${source}: ${what} ${outcome}:\n${report.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}
