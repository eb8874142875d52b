/**
 * What changed between two publications (`si-feed publish`, the studio's Publicera). Pure; no file
 * system. Works on the feeds as parsed JSON, not as the validator keeps them, so that fields this
 * version does not know yet are compared too. (Merging sources is src/data/merge.ts.)
 */
import { hasEnded } from './ended.js';
import { fieldsThatDiffer } from './feed-json.js';
import { resolveText } from './text.js';
import type { Text } from './types.js';

/** A parsed JSON object, as a source gives it. */
export type JsonObject = { [key: string]: unknown };

/** A feed as parsed JSON: its organisations and projects are objects with an `id` (checked later). */
export interface RawFeed extends JsonObject {
  organizations: JsonObject[];
  projects: JsonObject[];
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
    const fields = fieldsThatDiffer(old, project);
    if (isEnded(project, days.today) && !isEnded(old, days.previousDay)) changes.ended.push(named(project, next, fields));
    else if (fields.length > 0) changes.changed.push(named(project, next, fields));
  }
  for (const [id, project] of before) if (previous && !after.has(id)) changes.removed.push(named(project, previous));
  return changes;
}
