/**
 * `si-feed merge`: partners' feeds as one regional feed (issue 13). Pure; no file system, no DOM.
 * The sources are already validated. `si-feed publish` merges its sources the same way. It knows
 * what makes two entries the same thing:
 *
 * - an organisation is the same organisation when its `orgNumber` matches, else when its `id` does;
 *   it keeps the id of the first source (in command-line order) that has it, and every reference to
 *   it in the other sources' projects (roles, funders, contacts) is rewritten to that id;
 * - a project is the same project when one of its `identifiers` matches (same scheme and value,
 *   e.g. the funder's diarienummer), else when its `id` does; it keeps the first source's id.
 *
 * Two equal entries for one project are one (key order does not count). Two different ones are a
 * conflict naming both sources, unless the entry of the source `prefer` names is among them: then
 * it wins. Organisations are not conflicts when they differ: the preferred (else the first)
 * source's entry is kept, fields it lacks are taken from the others, and each difference is a warning.
 */
import { canonicalJson, fieldsThatDiffer } from './feed-json.js';
import type { Contact, Feed, Funding, Identifier, Organization, Project, ProjectOrganization } from './types.js';

export interface MergeSource {
  /** The file or URL, for messages and for `prefer`. */
  source: string;
  feed: Feed;
}

export interface MergeOptions {
  /** The source whose entry wins when two sources' entries for one project differ. */
  prefer?: string;
}

export interface MergeConflict {
  kind: 'project' | 'organization' | 'language';
  /** The project's or organisation's id in the merged feed; the language for `language`. */
  id: string;
  /** The two sources that disagree. */
  sources: [string, string];
  message: string;
}

/** What one source gave. */
export interface SourceCount {
  source: string;
  /** Projects in the source. */
  projects: number;
  /** Merged projects whose entry is this source's (a project already in an earlier source is not). */
  taken: number;
}

/** A project more than one source publishes, come out once. */
export interface MergedDuplicate {
  /** Its id in the merged feed. */
  id: string;
  /** Each source with its id for the project there. */
  entries: { source: string; id: string }[];
  /** `identical`: the entries are equal; `preferred`: they differ and `from` won by `prefer`. */
  how: 'identical' | 'preferred';
  /** The source whose entry is in the merged feed. */
  from: string;
  /** For `preferred`: the fields in which the other entries differ from the winner. */
  fields?: string[];
}

/** An organisation that two or more sources call by different ids, matched by its orgNumber. */
export interface UnifiedOrganization {
  id: string;
  orgNumber: string;
  /** The other ids, rewritten to `id` in those sources' projects. */
  aliases: { source: string; id: string }[];
}

export interface MergeReport {
  sources: SourceCount[];
  duplicates: MergedDuplicate[];
  unified: UnifiedOrganization[];
  warnings: string[];
}

export interface MergeResult {
  /** Absent when there is a conflict. */
  feed?: Feed;
  conflicts: MergeConflict[];
  report: MergeReport;
}

type Json = unknown;

/** The top-level fields whose values differ between the entries, in sorted order. */
function differingFields(a: object, b: object): string[] {
  return fieldsThatDiffer(a as Record<string, Json>, b as Record<string, Json>).sort();
}

/** Ten digits: "232100-0255" and "2321000255" are one organisationsnummer. */
function orgNumberKey(orgNumber: string | undefined): string | undefined {
  return orgNumber?.replace('-', '');
}

/** One organisation's entries in the sources that have it. */
interface OrganizationGroup {
  id: string;
  orgNumber?: string;
  entries: { source: string; organization: Organization }[];
}

/** The sources' organisations, grouped; and each source's renames (its id → the merged id). */
class OrganizationMerge {
  readonly groups: OrganizationGroup[] = [];
  private readonly byNumber = new Map<string, OrganizationGroup>();
  private readonly byId = new Map<string, OrganizationGroup>();
  readonly renames = new Map<string, Map<string, string>>();

  constructor(private readonly conflicts: MergeConflict[]) {}

  add(source: string, organization: Organization): void {
    const number = orgNumberKey(organization.orgNumber);
    const group = (number && this.byNumber.get(number)) || this.byId.get(organization.id);
    if (!group) return this.start(source, organization, number);
    const known = orgNumberKey(group.orgNumber);
    if (number && known && number !== known) {
      this.conflicts.push({
        kind: 'organization',
        id: group.id,
        sources: [group.entries[0].source, source],
        message: `organization "${group.id}" is two organisations: orgNumber ${group.orgNumber} in ${group.entries[0].source}, ${organization.orgNumber} in ${source}`,
      });
      return;
    }
    if (number && !known) {
      group.orgNumber = organization.orgNumber;
      this.byNumber.set(number, group);
    }
    group.entries.push({ source, organization });
    if (organization.id !== group.id) this.renamesOf(source).set(organization.id, group.id);
  }

  private start(source: string, organization: Organization, number: string | undefined): void {
    const group: OrganizationGroup = { id: organization.id, orgNumber: organization.orgNumber, entries: [{ source, organization }] };
    this.groups.push(group);
    if (number) this.byNumber.set(number, group);
    this.byId.set(organization.id, group);
  }

  renamesOf(source: string): Map<string, string> {
    let renames = this.renames.get(source);
    if (!renames) this.renames.set(source, (renames = new Map()));
    return renames;
  }
}

/** A text for messages: a plain string as it is, a Text object as JSON. */
function shown(value: Json): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

/**
 * One organisation from its entries: the preferred source's entry (else the first), with the
 * fields it lacks taken from the others in source order; a warning for each field they disagree on.
 */
function mergedOrganization(group: OrganizationGroup, prefer: string | undefined, warnings: string[]): Organization {
  const base = group.entries.find((entry) => entry.source === prefer) ?? group.entries[0];
  const merged: Record<string, Json> = {};
  for (const { organization } of [base, ...group.entries]) {
    for (const [key, value] of Object.entries(organization)) if (!(key in merged)) merged[key] = value;
  }
  merged.id = group.id;
  for (const entry of group.entries) {
    if (entry === base) continue;
    for (const field of differingFields(base.organization, entry.organization)) {
      // Ids differ by design; orgNumbers of one group are one number, perhaps written with or without the hyphen.
      if (field === 'id' || field === 'orgNumber' || !(field in entry.organization) || !(field in base.organization)) continue;
      const [a, b] = [base.organization as unknown as Record<string, Json>, entry.organization as unknown as Record<string, Json>];
      warnings.push(
        `organization "${group.id}": ${field} differs: ${shown(a[field])} in ${base.source}, ${shown(b[field])} in ${entry.source}; kept ${base.source}'s`,
      );
    }
  }
  return merged as unknown as Organization;
}

function unifiedOrganizations(groups: readonly OrganizationGroup[]): UnifiedOrganization[] {
  const unified: UnifiedOrganization[] = [];
  for (const group of groups) {
    const aliases = group.entries.filter((entry) => entry.organization.id !== group.id).map(({ source, organization }) => ({ source, id: organization.id }));
    if (aliases.length > 0 && group.orgNumber) unified.push({ id: group.id, orgNumber: group.orgNumber, aliases });
  }
  return unified;
}

/** `project` with its references to organisations renamed; a role named twice after that, once. */
function withOrganizationIds(project: Project, renames: ReadonlyMap<string, string> | undefined): Project {
  if (!renames || renames.size === 0) return project;
  const rename = (id: string) => renames.get(id) ?? id;
  const seen = new Set<string>();
  const organizations: ProjectOrganization[] = [];
  for (const ref of project.organizations) {
    const renamed = { ...ref, id: rename(ref.id) };
    const key = `${renamed.id}\u0000${renamed.role}`;
    if (!seen.has(key)) organizations.push(renamed);
    seen.add(key);
  }
  const copy: Project = { ...project, organizations };
  if (project.funding) copy.funding = project.funding.map((funding): Funding => ({ ...funding, funder: rename(funding.funder) }));
  if (project.contacts) {
    copy.contacts = project.contacts.map((contact): Contact => (contact.organization === undefined ? contact : { ...contact, organization: rename(contact.organization) }));
  }
  return copy;
}

/** "diarienummer 2026-00042": scheme and value, as compared (case and spacing do not count). */
function identifierKey(identifier: Identifier): string {
  const clean = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return `${clean(identifier.scheme)} ${clean(identifier.value)}`;
}

/** One project's entries in the sources that have it. */
interface ProjectGroup {
  id: string;
  keys: Set<string>;
  entries: { source: string; project: Project }[];
}

/** The sources' projects, grouped by identifier, else by id. */
class ProjectMerge {
  readonly groups: ProjectGroup[] = [];
  private readonly byKey = new Map<string, ProjectGroup>();
  private readonly byId = new Map<string, ProjectGroup>();

  constructor(private readonly conflicts: MergeConflict[]) {}

  add(source: string, project: Project): void {
    const keys = (project.identifiers ?? []).map(identifierKey);
    // Two projects of one source are two projects, even if they share an identifier.
    const fresh = (group: ProjectGroup | undefined) => (group && !group.entries.some((entry) => entry.source === source) ? group : undefined);
    const byKey = keys.map((key) => fresh(this.byKey.get(key))).find((group) => group !== undefined);
    const byId = this.byId.get(project.id);
    const group = byKey ?? fresh(byId);
    if (!group && byId) return this.clash(source, project, byId);
    if (!group) return this.start(source, project, keys);
    group.entries.push({ source, project });
    for (const key of keys) {
      group.keys.add(key);
      if (!this.byKey.has(key)) this.byKey.set(key, group);
    }
  }

  private start(source: string, project: Project, keys: string[]): void {
    const group: ProjectGroup = { id: project.id, keys: new Set(keys), entries: [{ source, project }] };
    this.groups.push(group);
    this.byId.set(project.id, group);
    for (const key of keys) if (!this.byKey.has(key)) this.byKey.set(key, group);
  }

  /** The id of a project already merged with another of this source's projects: the feed cannot hold both. */
  private clash(source: string, project: Project, group: ProjectGroup): void {
    const other = group.entries.find((entry) => entry.source === source)?.project.id;
    this.conflicts.push({
      kind: 'project',
      id: project.id,
      sources: [group.entries[0].source, source],
      message: `project "${project.id}" in ${source} is another project than "${other}" in ${source}, which is the same project as "${group.id}" in ${group.entries[0].source} by its identifiers; both would be "${group.id}"`,
    });
  }
}

/** The winning entry of a group, with the merged id; a duplicate or a conflict recorded. */
function settleProject(group: ProjectGroup, prefer: string | undefined, result: { conflicts: MergeConflict[]; duplicates: MergedDuplicate[] }): { source: string; project: Project } {
  const entries = group.entries.map(({ source, project }) => ({ source, project: { ...project, id: group.id } }));
  const [first] = entries;
  if (entries.length === 1) return first;
  const named = group.entries.map(({ source, project }) => ({ source, id: project.id }));
  const differing = entries.filter((entry) => canonicalJson(entry.project) !== canonicalJson(first.project));
  if (differing.length === 0) {
    result.duplicates.push({ id: group.id, entries: named, how: 'identical', from: first.source });
    return first;
  }
  const winner = entries.find((entry) => entry.source === prefer);
  if (winner) {
    const fields = [...new Set(entries.flatMap((entry) => differingFields(winner.project, entry.project)))].sort();
    result.duplicates.push({ id: group.id, entries: named, how: 'preferred', from: winner.source, fields });
    return winner;
  }
  for (const other of differing) {
    const otherId = group.entries[entries.indexOf(other)].project.id;
    const fields = differingFields(first.project, other.project).join(', ');
    result.conflicts.push({
      kind: 'project',
      id: group.id,
      sources: [first.source, other.source],
      message: `project "${group.id}" differs between ${first.source} and ${other.source}${otherId === group.id ? '' : ` (there "${otherId}")`} in: ${fields}; say which wins with --prefer`,
    });
  }
  return first;
}

/** The newest of the sources' `updated` (RFC 3339 instants, compared as such). */
function newestUpdated(sources: readonly MergeSource[]): string | undefined {
  let newest: string | undefined;
  for (const { feed } of sources) {
    if (feed.updated !== undefined && (newest === undefined || Date.parse(feed.updated) > Date.parse(newest))) newest = feed.updated;
  }
  return newest;
}

/** Sources in another language than the first's: their plain-string texts would be taken for the first's. */
function languageConflicts(sources: readonly MergeSource[]): MergeConflict[] {
  const language = (feed: Feed) => feed.language ?? 'sv';
  const [first] = sources;
  return sources
    .filter(({ feed }) => language(feed) !== language(first.feed))
    .map(({ source, feed }) => ({
      kind: 'language' as const,
      id: language(feed),
      sources: [first.source, source] as [string, string],
      message: `${source} is in language "${language(feed)}", ${first.source} in "${language(first.feed)}": sources in different languages cannot be merged`,
    }));
}

/** The merged feed's own fields: version 1, the first source's language, the first title, the newest `updated`. */
function feedFields(sources: readonly MergeSource[]): Omit<Feed, 'organizations' | 'projects'> {
  const fields: Omit<Feed, 'organizations' | 'projects'> = { version: 1 };
  const language = sources[0]?.feed.language;
  const title = sources.find(({ feed }) => feed.title !== undefined)?.feed.title;
  const updated = newestUpdated(sources);
  if (language !== undefined) fields.language = language;
  if (title !== undefined) fields.title = title;
  if (updated !== undefined) fields.updated = updated;
  return fields;
}

/**
 * The sources as one feed, in command-line order: organisations and projects in the order first
 * met. `feed` is absent when there is a conflict; the report is complete either way.
 */
export function mergeSources(sources: readonly MergeSource[], options: MergeOptions = {}): MergeResult {
  const conflicts = sources.length > 0 ? languageConflicts(sources) : [];
  const report: MergeReport = { sources: [], duplicates: [], unified: [], warnings: [] };
  const { prefer } = options;
  if (prefer !== undefined && !sources.some(({ source }) => source === prefer)) report.warnings.push(`--prefer ${prefer} is none of the sources`);
  const organizations = new OrganizationMerge(conflicts);
  for (const { source, feed } of sources) for (const organization of feed.organizations) organizations.add(source, organization);
  const projects = new ProjectMerge(conflicts);
  for (const { source, feed } of sources) {
    const renames = organizations.renames.get(source);
    for (const project of feed.projects) projects.add(source, withOrganizationIds(project, renames));
  }
  const settled = projects.groups.map((group) => settleProject(group, prefer, { conflicts, duplicates: report.duplicates }));
  report.sources = sources.map(({ source, feed }) => ({
    source,
    projects: feed.projects.length,
    taken: settled.filter((entry) => entry.source === source).length,
  }));
  report.unified = unifiedOrganizations(organizations.groups);
  const merged = organizations.groups.map((group) => mergedOrganization(group, prefer, report.warnings));
  if (conflicts.length > 0) return { conflicts, report };
  const feed: Feed = { ...feedFields(sources), organizations: merged, projects: settled.map(({ project }) => project) };
  return { feed, conflicts, report };
}
