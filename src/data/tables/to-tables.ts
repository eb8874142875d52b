/**
 * A feed as tables. Every fact is written in one place only, so that an edit is never overruled by
 * a copy of it on another sheet: a project's organisations go in its role columns unless their order
 * is not "by role" (then on the Roller sheet), its goal in the Projekt sheet's goal columns when it
 * has one that fits there (else every goal on the Mål sheet). Pure.
 */
import { ROLES, type Feed, type Goal, type Organization, type Project, type Text } from '../types.js';
import type { Cell } from './cells.js';
import { HELP_SHEET_NAME, PROJECT_SHEET, SHEETS, headerOf, type SheetSpec } from './columns.js';
import { OrganizationNames } from './names.js';
import type { Table } from './tables.js';

/** One row, by column key (`title`, `title_en`, `goal.target`). */
type Row = Record<string, Cell>;

/** The base language of a feed's Text columns: its own `language`, else Swedish. */
export function baseLanguage(feed: Pick<Feed, 'language'>): string {
  return feed.language ?? 'sv';
}

/** Writes a Text: a plain string in the base column; an object one column per language. */
function putText(row: Row, key: string, text: Text | undefined, base: string): void {
  if (text === undefined) return;
  if (typeof text === 'string') {
    row[key] = text;
    return;
  }
  const languages = Object.keys(text);
  // An object of the base language alone is not a plain string: its column names the language.
  if (languages.length === 1 && languages[0] === base) row[`${key}_${base}`] = text[base];
  else for (const lang of languages) row[lang === base ? key : `${key}_${lang}`] = text[lang];
}

/** A feed date as a date cell (Excel shows it as a date); CSV writes it back as YYYY-MM-DD. */
function day(value: string | undefined): Cell {
  return value === undefined ? null : new Date(`${value}T00:00:00Z`);
}

/** The table of `spec` with every column, and a language column for each language a row uses or `languages` asks for. */
export function tableOf(spec: SheetSpec, rows: readonly Row[], languages: Readonly<Record<string, readonly string[]>> = {}): Table {
  const keys: string[] = [];
  const headers: string[] = [];
  for (const column of spec.columns) {
    if (column.kind !== 'forms') {
      keys.push(column.key);
      headers.push(headerOf(column));
    }
    if (column.kind !== 'text' && column.kind !== 'forms') continue;
    const used = new Set(languages[column.key]);
    for (const row of rows) for (const key in row) if (key.startsWith(`${column.key}_`)) used.add(key.slice(column.key.length + 1));
    for (const lang of used) {
      keys.push(`${column.key}_${lang}`);
      headers.push(headerOf(column, lang));
    }
  }
  return { name: spec.name, headers, rows: rows.map((row) => keys.map((key) => row[key] ?? null)) };
}

function organizationRow(organization: Organization, base: string): Row {
  const row: Row = { id: organization.id, url: organization.url ?? null, logo: organization.logo ?? null, orgNumber: organization.orgNumber ?? null };
  putText(row, 'name', organization.name, base);
  putText(row, 'attribution', organization.attribution, base);
  return row;
}

/** Whether a project's organisations are in role order (lead, partner, …): then the role columns keep that order. */
function inRoleOrder(project: Project): boolean {
  const ranks = project.organizations.map((member) => ROLES.indexOf(member.role));
  return ranks.every((rank, index) => index === 0 || ranks[index - 1] <= rank);
}

const GOAL_COLUMN_FIELDS = new Set(['id', 'title', 'target', 'current', 'unit', 'measurements']);

/** A goal the Projekt sheet's goal columns hold whole: at most one measurement, of the current value, without a note. */
function fitsGoalColumns(goals: readonly Goal[] | undefined): goals is [Goal] {
  if (goals?.length !== 1) return false;
  const [goal] = goals;
  if (Object.keys(goal).some((field) => !GOAL_COLUMN_FIELDS.has(field))) return false;
  const measurements = goal.measurements;
  if (measurements === undefined) return true;
  return measurements.length === 1 && goal.current === measurements[0].value && measurements[0].note === undefined && goal.current !== undefined;
}

function putMainGoal(row: Row, goal: Goal, base: string): void {
  row['goal.id'] = goal.id;
  putText(row, 'goal.title', goal.title, base);
  row['goal.target'] = goal.target ?? null;
  row['goal.current'] = goal.current ?? null;
  putText(row, 'goal.unit', goal.unit, base);
  row['goal.date'] = day(goal.measurements?.[0].date);
}

function projectRow(project: Project, names: OrganizationNames, base: string): Row {
  const row: Row = { id: project.id, url: project.url ?? null, scope: project.scope ?? null, status: project.status ?? null };
  putText(row, 'title', project.title, base);
  putText(row, 'summary', project.summary, base);
  putText(row, 'description', project.description, base);
  if (inRoleOrder(project)) {
    for (const role of ROLES) {
      const members = project.organizations.filter((member) => member.role === role);
      if (members.length > 0) row[role] = members.map((member) => names.reference(member.id)).join('; ');
    }
  }
  if (project.topics) row.topics = project.topics.join('; ');
  if (project.sdgs) row.sdgs = project.sdgs.join('; ');
  if (project.municipalities) row.municipalities = project.municipalities.join('; ');
  Object.assign(row, { start: day(project.start), end: day(project.end), updated: day(project.updated) });
  if (fitsGoalColumns(project.goals)) putMainGoal(row, project.goals[0], base);
  if (project.budget) Object.assign(row, { 'budget.amount': project.budget.amount, 'budget.currency': project.budget.currency ?? null });
  if (project.image) {
    row['image.url'] = project.image.url;
    putText(row, 'image.alt', project.image.alt, base);
    putText(row, 'image.credit', project.image.credit, base);
  }
  return row;
}

function goalRows(project: Project, base: string): Row[] {
  if (fitsGoalColumns(project.goals)) return [];
  return (project.goals ?? []).map((goal) => {
    const row: Row = { project: project.id, id: goal.id, target: goal.target ?? null, current: goal.current ?? null, baseline: goal.baseline ?? null };
    Object.assign(row, { status: goal.status ?? null, achieved: day(goal.achieved) });
    putText(row, 'title', goal.title, base);
    putText(row, 'unit', goal.unit, base);
    putText(row, 'comment', goal.comment, base);
    for (const [lang, forms] of Object.entries(goal.unitForms ?? {})) {
      row[`unitForms_${lang}`] = Object.entries(forms).map(([category, word]) => `${category}: ${word}`).join('; ');
    }
    return row;
  });
}

function measurementRows(project: Project, base: string): Row[] {
  if (fitsGoalColumns(project.goals)) return [];
  return (project.goals ?? []).flatMap((goal) =>
    (goal.measurements ?? []).map((measurement) => {
      const row: Row = { project: project.id, goal: goal.id, date: day(measurement.date), value: measurement.value };
      putText(row, 'note', measurement.note, base);
      return row;
    }),
  );
}

/** The rows of the sheets that hold a project's lists, each row naming the project by id. */
function detailRows(project: Project, names: OrganizationNames, base: string): Record<string, Row[]> {
  const of = (id: string) => names.reference(id);
  return {
    roles: inRoleOrder(project) ? [] : project.organizations.map((member) => ({ project: project.id, organization: of(member.id), role: member.role })),
    goals: goalRows(project, base),
    measurements: measurementRows(project, base),
    funding: (project.funding ?? []).map((entry) => {
      const row: Row = { project: project.id, funder: of(entry.funder), amount: entry.amount ?? null, currency: entry.currency ?? null, reference: entry.reference ?? null };
      putText(row, 'programme', entry.programme, base);
      return row;
    }),
    contacts: (project.contacts ?? []).map((contact) => {
      const row: Row = { project: project.id, name: contact.name, email: contact.email ?? null, phone: contact.phone ?? null, kind: contact.kind ?? null };
      row.organization = contact.organization === undefined ? null : of(contact.organization);
      putText(row, 'role', contact.role, base);
      return row;
    }),
    identifiers: (project.identifiers ?? []).map((identifier) => ({ project: project.id, scheme: identifier.scheme, value: identifier.value, url: identifier.url ?? null })),
    links: (project.links ?? []).map((link) => {
      const row: Row = { project: project.id, url: link.url, type: link.type ?? null };
      putText(row, 'title', link.title, base);
      return row;
    }),
  };
}

function feedRow(feed: Feed): Row {
  const row: Row = { language: feed.language ?? null, updated: feed.updated ?? null };
  putText(row, 'title', feed.title, baseLanguage(feed));
  return row;
}

/**
 * The feed as tables: Projekt, Organisationer, Roller, Mål, Mätningar, Finansiering, Kontakter,
 * Identifierare, Länkar and Flöde, every sheet with every column (so a person sees where to add
 * what), ids written out. `tablesToFeed` gives the same feed back.
 */
export function feedToTables(feed: Feed): Table[] {
  const base = baseLanguage(feed);
  const names = new OrganizationNames(feed.organizations, base);
  const details: Record<string, Row[]> = {};
  for (const project of feed.projects) {
    for (const [key, rows] of Object.entries(detailRows(project, names, base))) (details[key] ??= []).push(...rows);
  }
  const rowsOf: Record<string, Row[]> = {
    ...details,
    projects: feed.projects.map((project) => projectRow(project, names, base)),
    organizations: feed.organizations.map((organization) => organizationRow(organization, base)),
    feed: [feedRow(feed)],
  };
  return SHEETS.map((spec) => tableOf(spec, rowsOf[spec.key] ?? []));
}

/** The Hjälp sheet: what each column of each sheet holds, in Swedish and English. */
export function helpTable(): Table {
  const rows: Cell[][] = [];
  for (const spec of SHEETS) {
    for (const column of spec.columns) rows.push([spec.name, headerOf(column), column.required ? 'ja' : '', column.help.sv, column.help.en]);
  }
  return { name: HELP_SHEET_NAME, headers: ['Blad (sheet)', 'Kolumn (column)', 'Krävs (required)', 'Förklaring', 'Explanation'], rows };
}

/**
 * The empty template: the one-sheet form (Projekt, with English and Arabic columns beside each
 * text) and the help sheet. Without an Organisationer sheet, a name typed in a role column makes
 * the organisation.
 */
export function templateTables(): Table[] {
  const translated = ['en', 'ar'];
  const languages = { title: translated, summary: translated, 'goal.title': translated, 'goal.unit': translated };
  return [tableOf(PROJECT_SHEET, [], languages), helpTable()];
}
