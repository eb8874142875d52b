/**
 * What `si-feed publish` needs besides validation: several sources merged into one feed, and what
 * changed between two publications. Pure; no file system. Works on the feeds as parsed JSON, not as
 * the validator keeps them, so that fields this version does not know yet are merged and compared
 * too (the validator checks the merged feed before anything is published).
 */
import { hasEnded } from './ended.js';
import { resolveText } from './text.js';
import type { Text } from './types.js';

/** A parsed JSON object, as a source gives it. */
export type JsonObject = { [key: string]: unknown };

/** A feed as parsed JSON: its organisations and projects are objects with an `id` (checked later). */
export interface RawFeed extends JsonObject {
  organizations: JsonObject[];
  projects: JsonObject[];
}

export interface FeedSource {
  /** The file or URL, for messages. */
  name: string;
  json: unknown;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A source's organisations or projects; anything that is not an object is kept for the validator to report. */
function entries(feed: JsonObject, key: 'organizations' | 'projects'): unknown[] {
  const list = feed[key];
  return Array.isArray(list) ? list : [];
}

/**
 * Adds `items` to `merged` by id: an entry equal to one already there (as JSON) is the same entry;
 * a different one with the same id is an error naming both sources.
 */
function mergeById(merged: Map<string, { item: unknown; source: string }>, items: unknown[], kind: string, source: string, errors: string[]): unknown[] {
  const unkeyed: unknown[] = [];
  for (const item of items) {
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    if (id === undefined) {
      unkeyed.push(item);
      continue;
    }
    const earlier = merged.get(id);
    if (!earlier) merged.set(id, { item, source });
    else if (JSON.stringify(earlier.item) !== JSON.stringify(item)) {
      errors.push(`${kind} "${id}" differs between ${earlier.source} and ${source}`);
    }
  }
  return unkeyed;
}

/**
 * The sources as one feed: organisations by id, projects by id, in the order first met; the first
 * source's other top-level fields. Sources in different `language`s cannot be merged: their plain
 * strings would be taken for the first one's language.
 */
export function mergeFeeds(sources: readonly FeedSource[]): { feed: RawFeed } | { errors: string[] } {
  const errors: string[] = [];
  const organizations = new Map<string, { item: unknown; source: string }>();
  const projects = new Map<string, { item: unknown; source: string }>();
  const unkeyed: { organizations: unknown[]; projects: unknown[] } = { organizations: [], projects: [] };
  const [first] = sources;
  const language = (feed: unknown) => (isObject(feed) && typeof feed.language === 'string' ? feed.language : 'sv');
  for (const { name, json } of sources) {
    if (!isObject(json)) {
      errors.push(`${name}: not a feed (a JSON object)`);
      continue;
    }
    if (language(json) !== language(first.json)) errors.push(`${name}: language "${language(json)}" differs from ${first.name}'s "${language(first.json)}"`);
    unkeyed.organizations.push(...mergeById(organizations, entries(json, 'organizations'), 'organization', name, errors));
    unkeyed.projects.push(...mergeById(projects, entries(json, 'projects'), 'project', name, errors));
  }
  if (errors.length > 0) return { errors };
  const items = (merged: Map<string, { item: unknown }>, rest: unknown[]) => [...[...merged.values()].map(({ item }) => item), ...rest] as JsonObject[];
  const base = isObject(first.json) ? first.json : {};
  return { feed: { ...base, organizations: items(organizations, unkeyed.organizations), projects: items(projects, unkeyed.projects) } };
}

/** A project as a change names it: its id and its title in Swedish and English. */
export interface ChangedProject {
  id: string;
  title: { sv: string; en: string };
  /** The project's fields that differ, for an ended or changed project. */
  fields?: string[];
}

export interface ChangeList {
  added: ChangedProject[];
  ended: ChangedProject[];
  changed: ChangedProject[];
  removed: ChangedProject[];
}

export function isEmptyChangeList(changes: ChangeList): boolean {
  return changes.added.length + changes.ended.length + changes.changed.length + changes.removed.length === 0;
}

function projectsById(feed: RawFeed | undefined): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  for (const project of feed?.projects ?? []) if (typeof project.id === 'string') byId.set(project.id, project);
  return byId;
}

/** The fields whose values differ, in the order the new entry has them, then those it dropped. */
function differentFields(before: JsonObject, after: JsonObject): string[] {
  const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** A project has ended when it says so, or its `end` is before the day it is judged on. */
function isEnded(project: JsonObject, day: string): boolean {
  if (project.status === 'completed') return true;
  return typeof project.end === 'string' && hasEnded({ end: project.end }, day);
}

function named(project: JsonObject, feed: RawFeed, fields?: string[]): ChangedProject {
  const id = project.id as string;
  const language = typeof feed.language === 'string' ? feed.language : undefined;
  const title = (lang: string) => resolveText(project.title as Text | undefined, lang, language)?.text ?? id;
  return fields ? { id, title: { sv: title('sv'), en: title('en') }, fields } : { id, title: { sv: title('sv'), en: title('en') } };
}

/**
 * What changed from `previous` (published on `previousDay`) to `next` (published `today`): projects
 * added, ended (by `status`, or because their `end` passed since), otherwise changed, and removed.
 */
export function diffFeeds(previous: RawFeed | undefined, next: RawFeed, days: { previousDay: string; today: string }): ChangeList {
  const before = projectsById(previous);
  const after = projectsById(next);
  const changes: ChangeList = { added: [], ended: [], changed: [], removed: [] };
  for (const [id, project] of after) {
    const old = before.get(id);
    if (!old) {
      changes.added.push(named(project, next));
      continue;
    }
    const fields = differentFields(old, project);
    if (isEnded(project, days.today) && !isEnded(old, days.previousDay)) changes.ended.push(named(project, next, fields));
    else if (fields.length > 0) changes.changed.push(named(project, next, fields));
  }
  for (const [id, project] of before) if (previous && !after.has(id)) changes.removed.push(named(project, previous));
  return changes;
}
