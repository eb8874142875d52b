/**
 * Tables back into a feed. The Projekt sheet alone is enough (the one-sheet form a coordinator
 * fills in): organisations are made from the names in the role columns, ids from names. Further
 * sheets hold what one row cannot; the Organisationer sheet, when there is one, is the list of
 * organisations, and a name not on it is an error. A fact written in two places (a project's goal
 * both in its goal columns and on the Mål sheet) is an error rather than a silent choice. The
 * result is checked by the project's own validator (../validate.ts), whose problems are named by
 * sheet, row and column too. Pure.
 */
import { ROLES, SUPPORTED_FEED_VERSION, type Feed, type Goal, type Organization, type Project, type ProjectOrganization, type Role, type Text } from '../types.js';
import { validateFeed } from '../validate.js';
import { idFromName, uniqueId } from './cells.js';
import {
  CONTACT_SHEET, FEED_SHEET, FUNDING_SHEET, GOAL_SHEET, HELP_SHEET_NAME, IDENTIFIER_SHEET, LINK_SHEET, MEASUREMENT_SHEET, ORGANIZATION_SHEET,
  PROJECT_SHEET, ROLE_SHEET, sheetSpec, type SheetSpec,
} from './columns.js';
import { NameIndex, baseText, fold } from './names.js';
import { Problems, RowReader, SheetReader } from './rows.js';
import type { Table, TablesToFeedOptions, TablesToFeedResult } from './tables.js';

/** Where an item of the feed came from, to name the cell of a problem the validator finds in it. */
interface Origin {
  reader: SheetReader;
  row: number;
  /** `goal.` for the goal in the Projekt sheet's own columns. */
  prefix: string;
}

/** An object without its `undefined` fields: a feed read back must equal the feed written. */
function defined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object;
}

const MAIN_GOAL_KEYS = ['goal.id', 'goal.title', 'goal.target', 'goal.current', 'goal.unit', 'goal.date'];

/** A project being read, with what its rows on other sheets add. */
interface Draft {
  id: string;
  project: Project;
  origin: Origin;
  rolesInColumns: boolean;
  goalInColumns: boolean;
  roleRows: { member: ProjectOrganization; origin: Origin }[];
  goalOrigins: Origin[];
  measurementOrigins: Map<Goal, Origin[]>;
  listOrigins: Record<string, Origin[]>;
}

class FeedBuilder {
  readonly organizations: Organization[] = [];
  readonly organizationOrigins: (Origin | undefined)[] = [];
  readonly drafts: Draft[] = [];
  private organizationIndex = new NameIndex<Organization>([], (organization) => organization.name);
  private readonly projectIndex = new NameIndex<Draft>([], () => '');
  private readonly organizationIds = new Set<string>();
  /** Whether an Organisationer sheet lists the organisations: then a name not on it is an error. */
  private organizationsListed = false;

  constructor(
    readonly problems: Problems,
    readonly base: string,
  ) {}

  reader(spec: SheetSpec, table: Table): SheetReader {
    return new SheetReader(spec, table, this.problems, this.base);
  }

  /** A value a row must have; a problem naming its cell when it is empty. */
  required<T>(row: RowReader, key: string, value: T | undefined): value is T {
    if (value !== undefined) return true;
    // A value that could not be read, or a column that is missing, is reported once already.
    if (row.hasAny([key]) || !row.sheet.hasColumn(key)) return false;
    row.problem(key, { code: 'missing-value', sv: 'cellen är tom, men ett värde krävs', en: 'the cell is empty, but a value is required' });
    return false;
  }

  /** The row's own id, or one made from its name that no other row has; a given id used twice is a problem. */
  idFor(row: RowReader, key: string, name: Text, taken: Map<string, number>, fallback: string): string | undefined {
    const given = row.string(key);
    if (given !== undefined && taken.has(given) && taken.get(given) !== row.row) {
      row.problem(key, { code: 'duplicate-id', sv: `id:t ${given} finns redan på rad ${taken.get(given)}`, en: `the id ${given} is already used on row ${taken.get(given)}` });
      return undefined;
    }
    const id = given ?? uniqueId(idFromName(baseText(name, this.base)) || fallback, taken);
    taken.set(id, row.row);
    return id;
  }

  readOrganizations(reader: SheetReader): void {
    this.organizationsListed = true;
    const taken = givenIds(reader);
    for (const row of reader.rows()) {
      const name = row.text('name');
      if (!this.required(row, 'name', name)) continue;
      const id = this.idFor(row, 'id', name, taken, 'organisation');
      if (id === undefined) continue;
      const organization = defined<Organization>({
        id, name, url: row.string('url'), logo: row.string('logo'), orgNumber: row.string('orgNumber'), attribution: row.text('attribution'),
      });
      this.addOrganization(organization, { reader, row: row.row, prefix: '' });
    }
  }

  private addOrganization(organization: Organization, origin: Origin | undefined): void {
    this.organizations.push(organization);
    this.organizationOrigins.push(origin);
    this.organizationIds.add(organization.id);
    this.organizationIndex.add(organization, organization.name);
  }

  /** The id of the organisation a name (or id) in a cell stands for; made from the name in the one-sheet form. */
  organization(row: RowReader, key: string, token: string): string | undefined {
    const found = this.organizationIndex.lookup(token);
    if ('found' in found) return found.found.id;
    if ('ambiguous' in found) {
      row.problem(key, { code: 'ambiguous-organization', sv: `flera organisationer heter ${token}; skriv organisationens id`, en: `several organisations are called ${token}; write the organisation's id` });
      return undefined;
    }
    if (this.organizationsListed) {
      row.problem(key, { code: 'unknown-organization', sv: `organisationen ${token} finns inte på bladet ${ORGANIZATION_SHEET.name}`, en: `the organisation ${token} is not on the ${ORGANIZATION_SHEET.name} sheet` });
      return undefined;
    }
    const id = uniqueId(idFromName(token) || 'organisation', this.organizationIds);
    this.addOrganization({ id, name: token }, { reader: row.sheet, row: row.row, prefix: '' });
    return id;
  }

  readProjects(reader: SheetReader): void {
    const taken = givenIds(reader);
    for (const row of reader.rows()) {
      const title = row.text('title');
      if (!this.required(row, 'title', title)) continue;
      const id = this.idFor(row, 'id', title, taken, 'projekt');
      if (id === undefined) continue;
      const draft = this.projectDraft(row, id, title);
      this.drafts.push(draft);
      this.projectIndex.add(draft, title);
    }
  }

  private projectDraft(row: RowReader, id: string, title: Text): Draft {
    const organizations: ProjectOrganization[] = [];
    for (const role of ROLES) for (const token of row.list(role) ?? []) {
      const member = this.organization(row, role, token);
      if (member !== undefined) organizations.push({ id: member, role });
    }
    const project = defined<Project>({
      id, title, summary: row.text('summary'), description: row.text('description'), url: row.string('url'), organizations,
      topics: row.list('topics'), sdgs: row.numbers('sdgs'), municipalities: row.municipalities('municipalities'),
      scope: row.choice('scope'), status: row.choice('status'), start: row.date('start'), end: row.date('end'), updated: row.date('updated'),
      budget: this.budget(row), image: this.image(row),
    });
    const goal = row.hasAny(MAIN_GOAL_KEYS) ? this.mainGoal(row) : undefined;
    if (goal) project.goals = [goal];
    const origin = { reader: row.sheet, row: row.row, prefix: '' };
    return { id, project, origin, rolesInColumns: organizations.length > 0 || row.hasAny(ROLES), goalInColumns: row.hasAny(MAIN_GOAL_KEYS), roleRows: [], goalOrigins: [], measurementOrigins: new Map(), listOrigins: {} };
  }

  private budget(row: RowReader): Project['budget'] {
    const amount = row.number('budget.amount');
    const currency = row.string('budget.currency');
    if (amount === undefined && currency !== undefined) this.required(row, 'budget.amount', amount);
    return amount === undefined ? undefined : defined({ amount, currency });
  }

  private image(row: RowReader): Project['image'] {
    const url = row.string('image.url');
    if (url === undefined && row.hasAny(['image.alt', 'image.credit'])) this.required(row, 'image.url', url);
    return url === undefined ? undefined : defined({ url, alt: row.text('image.alt'), credit: row.text('image.credit') });
  }

  /** The goal in the Projekt sheet's own columns; its date and current value make its one measurement. */
  private mainGoal(row: RowReader): Goal | undefined {
    const title = row.text('goal.title');
    const current = row.number('goal.current');
    const date = row.date('goal.date');
    const goal = defined<Goal>({ id: '', title: title ?? '', target: row.number('goal.target'), current, unit: row.text('goal.unit') });
    if (date !== undefined && current === undefined) {
      row.problem('goal.date', { code: 'date-without-value', sv: 'ett mätdatum utan nuläge: skriv värdet i Nuläge', en: 'a measurement date without a current value' });
    }
    if (!this.required(row, 'goal.title', title)) return undefined;
    goal.id = row.string('goal.id') ?? (idFromName(baseText(title, this.base)) || 'mal');
    if (date !== undefined && current !== undefined) goal.measurements = [{ date, value: current }];
    return goal;
  }

  /** The project a row on another sheet names, by id or title. */
  project(row: RowReader): Draft | undefined {
    const token = row.string('project');
    if (!this.required(row, 'project', token)) return undefined;
    const found = this.projectIndex.lookup(token, true);
    if ('found' in found) return found.found;
    const sv = 'ambiguous' in found ? `flera projekt heter ${token}; skriv projektets id` : `projektet ${token} finns inte på bladet ${PROJECT_SHEET.name}`;
    const en = 'ambiguous' in found ? `several projects are called ${token}; write the project's id` : `the project ${token} is not on the ${PROJECT_SHEET.name} sheet`;
    row.problem('project', { code: 'ambiguous' in found ? 'ambiguous-project' : 'unknown-project', sv, en });
    return undefined;
  }
}

/** The ids the rows give, by value → row: made ids must not take one. */
function givenIds(reader: SheetReader): Map<string, number> {
  const taken = new Map<string, number>();
  for (const row of reader.rows()) {
    const id = row.string('id');
    if (id !== undefined && !taken.has(id)) taken.set(id, row.row);
  }
  return taken;
}

function twoPlaces(row: RowReader, what: string, where: string): void {
  row.problem('project', {
    code: 'two-places',
    sv: `projektets ${what} står också på bladet ${PROJECT_SHEET.name} (${where}); skriv dem på ett ställe`,
    en: `the project's ${what} are on the ${PROJECT_SHEET.name} sheet too (${where}); write them in one place`,
  });
}

function readRoles(builder: FeedBuilder, reader: SheetReader): void {
  for (const row of reader.rows()) {
    const draft = builder.project(row);
    const token = row.string('organization');
    const role = row.choice<Role>('role');
    if (!draft || !builder.required(row, 'organization', token) || !builder.required(row, 'role', role)) continue;
    if (draft.rolesInColumns) {
      twoPlaces(row, 'organisationer', 'rollkolumnerna');
      continue;
    }
    const id = builder.organization(row, 'organization', token);
    if (id !== undefined) draft.roleRows.push({ member: { id, role }, origin: { reader, row: row.row, prefix: '' } });
  }
  for (const draft of builder.drafts) if (draft.roleRows.length > 0) draft.project.organizations = draft.roleRows.map((entry) => entry.member);
}

function readGoals(builder: FeedBuilder, reader: SheetReader): void {
  const taken = new Map<Draft, Map<string, number>>();
  for (const row of reader.rows()) {
    const draft = builder.project(row);
    const title = row.text('title');
    if (!draft || !builder.required(row, 'title', title)) continue;
    if (draft.goalInColumns) {
      twoPlaces(row, 'mål', 'målkolumnerna');
      continue;
    }
    const ids = taken.get(draft) ?? new Map<string, number>();
    taken.set(draft, ids);
    const id = builder.idFor(row, 'id', title, ids, 'mal');
    if (id === undefined) continue;
    const goal = defined<Goal>({
      id, title, target: row.number('target'), current: row.number('current'), baseline: row.number('baseline'), unit: row.text('unit'),
      unitForms: row.forms('unitForms'), status: row.choice('status'), comment: row.text('comment'), achieved: row.date('achieved'),
    });
    (draft.project.goals ??= []).push(goal);
    draft.goalOrigins.push({ reader, row: row.row, prefix: '' });
  }
}

function readMeasurements(builder: FeedBuilder, reader: SheetReader): void {
  for (const row of reader.rows()) {
    const draft = builder.project(row);
    const token = row.string('goal');
    const date = row.date('date');
    const value = row.number('value');
    if (!draft || !builder.required(row, 'goal', token) || !builder.required(row, 'date', date) || !builder.required(row, 'value', value)) continue;
    const found = new NameIndex(draft.project.goals ?? [], (goal) => goal.title).lookup(token, true);
    if (!('found' in found)) {
      row.problem('goal', { code: 'unknown-goal', sv: `projektet har inget mål ${token}`, en: `the project has no goal ${token}` });
      continue;
    }
    (found.found.measurements ??= []).push(defined({ date, value, note: row.text('note') }));
    const origins = draft.measurementOrigins.get(found.found) ?? [];
    draft.measurementOrigins.set(found.found, [...origins, { reader, row: row.row, prefix: '' }]);
  }
}

/** A sheet of one list of a project (funding, contacts, identifiers, links): each row read by `read`. */
function readList<T>(builder: FeedBuilder, reader: SheetReader, field: 'funding' | 'contacts' | 'identifiers' | 'links', read: (row: RowReader) => T | undefined): void {
  for (const row of reader.rows()) {
    const draft = builder.project(row);
    const entry = read(row);
    if (!draft || entry === undefined) continue;
    ((draft.project[field] ??= []) as T[]).push(entry);
    (draft.listOrigins[field] ??= []).push({ reader, row: row.row, prefix: '' });
  }
}

function readDetails(builder: FeedBuilder, sheets: ReadonlyMap<string, Table>): void {
  const read = (spec: SheetSpec, reading: (reader: SheetReader) => void) => {
    const table = sheets.get(spec.key);
    if (table) reading(builder.reader(spec, table));
  };
  read(ROLE_SHEET, (reader) => readRoles(builder, reader));
  read(GOAL_SHEET, (reader) => readGoals(builder, reader));
  read(MEASUREMENT_SHEET, (reader) => readMeasurements(builder, reader));
  read(FUNDING_SHEET, (reader) => readList(builder, reader, 'funding', (row) => {
    const token = row.string('funder');
    const funder = builder.required(row, 'funder', token) ? builder.organization(row, 'funder', token) : undefined;
    const entry = { funder: funder ?? '', amount: row.number('amount'), currency: row.string('currency'), programme: row.text('programme'), reference: row.string('reference') };
    return funder === undefined ? undefined : defined(entry);
  }));
  read(CONTACT_SHEET, (reader) => readList(builder, reader, 'contacts', (row) => {
    const name = row.string('name');
    const token = row.string('organization');
    const organization = token === undefined ? undefined : builder.organization(row, 'organization', token);
    const entry = { name: name ?? '', role: row.text('role'), email: row.string('email'), phone: row.string('phone'), organization, kind: row.choice('kind') };
    return builder.required(row, 'name', name) ? defined(entry) : undefined;
  }));
  read(IDENTIFIER_SHEET, (reader) => readList(builder, reader, 'identifiers', (row) => {
    const scheme = row.string('scheme');
    const value = row.string('value');
    const ok = builder.required(row, 'scheme', scheme) && builder.required(row, 'value', value);
    return ok ? defined({ scheme, value, url: row.string('url') }) : undefined;
  }));
  read(LINK_SHEET, (reader) => readList(builder, reader, 'links', (row) => {
    const url = row.string('url');
    const title = row.text('title');
    const ok = builder.required(row, 'url', url) && builder.required(row, 'title', title);
    return ok ? defined({ url, title, type: row.choice('type') }) : undefined;
  }));
}

/** The tables by sheet key; a sheet this format does not have is named in a warning (Hjälp is not). */
function sheetsOf(tables: readonly Table[], problems: Problems): Map<string, Table> {
  const sheets = new Map<string, Table>();
  for (const table of tables) {
    const spec = sheetSpec(table.name);
    if (spec === undefined) {
      const warn = fold(table.name) !== fold(HELP_SHEET_NAME);
      if (warn) problems.add(table.name, undefined, undefined, { code: 'unknown-sheet', sv: 'okänt blad; det läses inte', en: 'unknown sheet; it is not read' }, true);
    } else if (sheets.has(spec.key)) {
      problems.add(table.name, undefined, undefined, { code: 'duplicate-sheet', sv: `bladet ${spec.name} finns två gånger`, en: `the sheet ${spec.name} is there twice` });
    } else sheets.set(spec.key, table);
  }
  return sheets;
}

/** The feed's own fields from the Flöde sheet's first row; without the sheet, `language` from the options. */
function feedFields(table: Table | undefined, options: TablesToFeedOptions, problems: Problems): { fields: Partial<Feed>; origin?: Origin } {
  if (table === undefined) return { fields: { language: options.language ?? 'sv' } };
  const reader = new SheetReader(FEED_SHEET, table, problems, 'sv');
  const [row] = reader.rows();
  if (row === undefined) return { fields: {} };
  const language = row.string('language');
  reader.baseLanguage = language ?? 'sv';
  return { fields: defined({ language, title: row.text('title'), updated: row.dateTime('updated') }), origin: { reader, row: row.row, prefix: '' } };
}

/**
 * The feed the tables hold, or the problems that keep them from making a valid one, each naming
 * its sheet, row and column. Warnings (an unknown column) do not stop the feed.
 */
export function tablesToFeed(tables: readonly Table[], options: TablesToFeedOptions = {}): TablesToFeedResult {
  const problems = new Problems();
  const sheets = sheetsOf(tables, problems);
  const projects = sheets.get(PROJECT_SHEET.key);
  if (projects === undefined) {
    problems.add(PROJECT_SHEET.name, undefined, undefined, { code: 'missing-sheet', sv: 'bladet saknas', en: 'the sheet is missing' });
    return { problems: problems.list };
  }
  const { fields, origin } = feedFields(sheets.get(FEED_SHEET.key), options, problems);
  const builder = new FeedBuilder(problems, fields.language ?? 'sv');
  const organizations = sheets.get(ORGANIZATION_SHEET.key);
  if (organizations) builder.readOrganizations(builder.reader(ORGANIZATION_SHEET, organizations));
  builder.readProjects(builder.reader(PROJECT_SHEET, projects));
  readDetails(builder, sheets);
  if (problems.failed) return { problems: problems.list };
  const feed: Feed = { version: SUPPORTED_FEED_VERSION, ...fields, organizations: builder.organizations, projects: builder.drafts.map((draft) => draft.project) };
  return validated(feed, builder, origin, problems);
}

/** Places by JSON path (`$.projects[2].goals[0]`) of where each item came from. */
function originsOf(builder: FeedBuilder, feedOrigin: Origin | undefined): Map<string, Origin> {
  const origins = new Map<string, Origin>();
  if (feedOrigin) origins.set('$', feedOrigin);
  builder.organizationOrigins.forEach((origin, index) => origin && origins.set(`$.organizations[${index}]`, origin));
  builder.drafts.forEach((draft, index) => {
    const path = `$.projects[${index}]`;
    origins.set(path, draft.origin);
    draft.roleRows.forEach((entry, k) => origins.set(`${path}.organizations[${k}]`, entry.origin));
    (draft.project.goals ?? []).forEach((goal, g) => {
      const goalOrigin = draft.goalInColumns ? { ...draft.origin, prefix: 'goal.' } : draft.goalOrigins[g];
      if (goalOrigin) origins.set(`${path}.goals[${g}]`, goalOrigin);
      const measured = draft.measurementOrigins.get(goal) ?? [];
      const offset = (goal.measurements?.length ?? 0) - measured.length;
      measured.forEach((origin, m) => origins.set(`${path}.goals[${g}].measurements[${m + offset}]`, origin));
    });
    for (const [field, list] of Object.entries(draft.listOrigins)) list.forEach((origin, k) => origins.set(`${path}.${field}[${k}]`, origin));
  });
  return origins;
}

/** The feed if the validator finds no problem in it; each problem it finds named by the cell it came from. */
function validated(feed: Feed, builder: FeedBuilder, feedOrigin: Origin | undefined, problems: Problems): TablesToFeedResult {
  const result = validateFeed(feed);
  if (!result.ok) {
    problems.add(PROJECT_SHEET.name, undefined, undefined, { code: 'invalid', sv: result.problem.expected, en: result.problem.expected });
    return { problems: problems.list };
  }
  const origins = originsOf(builder, feedOrigin);
  for (const problem of result.reports.flatMap((report) => report.problems)) {
    let prefix = problem.path;
    while (prefix.length > 1 && !origins.has(prefix)) prefix = prefix.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
    const origin = origins.get(prefix);
    const rest = problem.path.slice(prefix.length).split(/[.[\]"]+/).filter(Boolean);
    const key = origin && columnKey(origin, rest);
    const cell = { code: 'invalid', sv: `${problem.found} godtas inte här: väntat ${problem.expected}`, en: `expected ${problem.expected}, found ${problem.found}` };
    problems.add(origin?.reader.table.name ?? PROJECT_SHEET.name, origin?.row, key && origin.reader.headerFor(key), cell, problem.warning === true);
  }
  return problems.failed ? { problems: problems.list } : { feed: result.feed, problems: problems.list };
}

/** The column of a sheet a path inside an item names: `budget.amount`, `title_en`, `goal.target`. */
function columnKey(origin: Origin, rest: readonly string[]): string | undefined {
  if (rest.length === 0) return undefined;
  const columns = origin.reader.spec.columns;
  const [first, second] = rest.map((segment) => origin.prefix + segment);
  const candidates = [second && `${first}.${rest[1]}`, second && `${first}_${rest[1]}`, first].filter((key): key is string => Boolean(key));
  return candidates.find((key) => columns.some((column) => column.key === key) || origin.reader.places.has(key)) ?? first;
}
