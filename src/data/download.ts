/**
 * What `<si-project-list filters="download">` downloads: the projects a visitor sees (all matches,
 * not only the page on screen) as a CSV table or as a feed. Pure; no DOM.
 *
 * Loaded by the list with `import()` only when a visitor asks for a file, so it imports nothing at
 * run time: the functions it needs from the bundle (texts in the widget's language, safe links)
 * come as arguments, and the chunk never has to import the bundle that loaded it.
 *
 * Personal data is never downloaded: projects and organisations are copied field by field from the
 * lists below, so a field the feed adds later (contacts, say) stays out until it is named here.
 */
import type { Feed, Organization, Project, ProjectOrganization, ProjectStatus, Role, Text } from './types.js';

/** The fields of a project a download carries. */
const PROJECT_FIELDS = [
  'id', 'title', 'summary', 'description', 'url', 'organizations', 'topics', 'sdgs', 'municipalities', 'status', 'start', 'end', 'goals',
] as const satisfies readonly (keyof Project)[];

/** The fields of an organisation a download carries. */
const ORGANIZATION_FIELDS = ['id', 'name', 'url', 'logo'] as const satisfies readonly (keyof Organization)[];

/** The CSV's columns, in order; their headings are words in the widget's language. */
export const CSV_COLUMNS = [
  'id', 'title', 'summary', 'status', 'start', 'end', 'leads', 'partners', 'topics', 'municipalities', 'sdgs', 'url',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The words of a CSV file, in the widget's language. */
export interface CsvWords {
  headings: Readonly<Record<CsvColumn, string>>;
  statuses: Readonly<Record<ProjectStatus, string>>;
  roles: Readonly<Record<Role, string>>;
}

/** What the list gives for a CSV: its words, and how it shows feed text and links. */
export interface CsvOptions {
  words: CsvWords;
  /** The language of the words: decides the separator (see {@link csvSeparator}). */
  locale: string;
  /** A feed text in the widget's language (`''` when there is none). */
  text(value: Text | undefined): string;
  /** A project's link as the widget shows it (resolved, `http(s):` or `mailto:` only), else undefined. */
  link(value: string | undefined): string | undefined;
}

/** UTF-8's byte order mark: without it Excel reads a CSV file in the system's legacy code page. */
export const BOM = '\uFEFF';

/**
 * The separator Excel expects when it opens a CSV file by double-click: the list separator of the
 * visitor's regional settings, which is `;` where the decimal separator is a comma (Swedish,
 * German, French …) and `,` elsewhere (English, Arabic). The widget's language stands in for the
 * regional settings, which a page cannot read. (`sep=;` on the first line would fix the separator
 * in every locale, but Excel then ignores the byte order mark and garbles å, ä and ö.)
 */
export function csvSeparator(locale: string): ';' | ',' {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal');
  return decimal?.value === ',' ? ';' : ',';
}

/** A cell that a spreadsheet would run as a formula gets a leading `'`, which makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: always quoted (so separators and line breaks inside are safe), never a formula. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

function csvRow(project: Project, names: ReadonlyMap<string, Text>, options: CsvOptions): Record<CsvColumn, string> {
  const { words, text } = options;
  const named = (members: readonly ProjectOrganization[]) => members.map((member) => text(names.get(member.id)) || member.id);
  const leads = project.organizations.filter((member) => member.role === 'lead');
  const others = project.organizations.filter((member) => member.role !== 'lead');
  const partners = named(others).map((name, at) => `${name} (${words.roles[others[at].role]})`);
  return {
    id: project.id,
    title: text(project.title),
    summary: text(project.summary),
    status: project.status ? words.statuses[project.status] : '',
    start: project.start ?? '',
    end: project.end ?? '',
    leads: named(leads).join(', '),
    partners: partners.join(', '),
    topics: (project.topics ?? []).join(', '),
    municipalities: (project.municipalities ?? []).join(', '),
    sdgs: (project.sdgs ?? []).join(', '),
    url: options.link(project.url) ?? '',
  };
}

/**
 * The projects as a CSV file for Excel: UTF-8 with a byte order mark, a heading row, one row per
 * project, every field quoted, CRLF line ends (RFC 4180). Texts are in the widget's language,
 * dates as the feed writes them (`2024-03-01`, which Excel reads as a date in every locale).
 */
export function projectsCsv(feed: Feed, projects: readonly Project[], options: CsvOptions): string {
  const separator = csvSeparator(options.locale);
  const names = new Map(feed.organizations.map((organization) => [organization.id, organization.name]));
  const line = (cells: readonly string[]) => cells.map(csvField).join(separator);
  const lines = [line(CSV_COLUMNS.map((column) => options.words.headings[column]))];
  for (const project of projects) {
    const row = csvRow(project, names, options);
    lines.push(line(CSV_COLUMNS.map((column) => row[column])));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function pick<T extends object, K extends keyof T>(item: T, fields: readonly K[]): Pick<T, K> {
  const copy = {} as Pick<T, K>;
  for (const field of fields) if (item[field] !== undefined) copy[field] = item[field];
  return copy;
}

/**
 * A feed of just these projects and the organisations they name, with the feed's language, title
 * and date: valid as the feed was (validateFeed), and readable by every si-widgets element.
 */
export function projectsFeed(feed: Feed, projects: readonly Project[]): Feed {
  const named = new Set(projects.flatMap((project) => project.organizations.map((member) => member.id)));
  return {
    ...pick(feed, ['version', 'language', 'title', 'updated']),
    organizations: feed.organizations.filter((organization) => named.has(organization.id)).map((organization) => pick(organization, ORGANIZATION_FIELDS)),
    projects: projects.map((project) => ({
      ...pick(project, PROJECT_FIELDS),
      organizations: project.organizations.map((member) => pick(member, ['id', 'role'])),
    })),
  };
}

/** The feed as the text of a `.json` file, compact as feeds are published (10,000 projects: 8.7 MB, indented 12.9 MB). */
export function projectsJson(feed: Feed, projects: readonly Project[]): string {
  return `${JSON.stringify(projectsFeed(feed, projects))}\n`;
}
