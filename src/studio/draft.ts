/**
 * The studio's model: the feed being edited (a draft, valid or not), changed only by immutable
 * updates at a JSON path, with undo and redo stacks. Pure and DOM-free (Node-tested in
 * test/data/studio-draft.test.ts); the page's forms only call these functions.
 */
import { isFeedDateTime } from '../data/dates.js';
import { localDay } from '../data/ended.js';
import type { Text } from '../data/types.js';
import { uniqueId } from '../data/tables/cells.js';

/** Where a value sits in the feed: `['projects', 3, 'goals', 0, 'target']`. */
export type Path = readonly (string | number)[];

/** A feed as it is edited: JSON that may not (yet) be a valid feed. */
export type DraftFeed = Readonly<Record<string, unknown>>;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or `undefined`. */
export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isObject(value) && typeof key === 'string') value = Object.hasOwn(value, key) ? value[key] : undefined;
    else return undefined;
  }
  return value;
}

/** A copy of `container` with `key` set to `value`; `undefined` removes an object's key. */
function withKey(container: unknown, key: string | number, value: unknown): unknown {
  if (typeof key === 'number') {
    const list = Array.isArray(container) ? [...(container as unknown[])] : [];
    list[key] = value;
    return list;
  }
  const object: JsonObject = isObject(container) ? { ...container } : {};
  if (value === undefined) delete object[key];
  else object[key] = value;
  return object;
}

/**
 * `root` with `value` at `path`, sharing every untouched branch; `undefined` removes the key.
 * Missing objects and lists on the way are created.
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const inner = getAt(root, [key]);
  return withKey(root, key, rest.length === 0 ? value : setAt(inner, rest, value)) as T;
}

/** `root` without the list item or object key at `path`. */
export function removeAt<T>(root: T, path: Path): T {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = getAt(root, parentPath);
  if (Array.isArray(parent) && typeof key === 'number') {
    return setAt(root, parentPath, parent.filter((_, index) => index !== key));
  }
  return setAt(root, path, undefined);
}

/** `root` with `item` added at the end of the list at `path` (made when missing). */
export function appendAt<T>(root: T, path: Path, item: unknown): T {
  const list = getAt(root, path);
  return setAt(root, path, [...(Array.isArray(list) ? list : []), item]);
}

/** The draft and its history. `lastKey` lets typing in one field be one undo step. */
export interface History {
  readonly feed: DraftFeed;
  readonly past: readonly DraftFeed[];
  readonly future: readonly DraftFeed[];
  readonly lastKey?: string;
}

/** Undo steps kept: enough for a session, bounded for a 10 MB feed's memory. */
export const MAX_UNDO = 100;

export function startHistory(feed: DraftFeed): History {
  return { feed, past: [], future: [] };
}

/**
 * `history` with `feed` as the new draft. A change with the same `key` as the one before (typing
 * on in one field) replaces that step instead of adding one.
 */
export function change(history: History, feed: DraftFeed, key?: string): History {
  if (feed === history.feed) return history;
  if (key !== undefined && key === history.lastKey) return { ...history, feed, future: [] };
  const past = [...history.past, history.feed].slice(-MAX_UNDO);
  return { feed, past, future: [], lastKey: key };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { feed: previous, past: history.past.slice(0, -1), future: [history.feed, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { feed: next, past: [...history.past, history.feed], future };
}

/** A feed from nothing: version 1, Swedish, no organisations, no projects. */
export function emptyFeed(): DraftFeed {
  return { version: 1, language: 'sv', organizations: [], projects: [] };
}

/** The feed's language, as its plain-string Texts are read. */
export function feedLanguage(feed: DraftFeed): string {
  return typeof feed.language === 'string' && feed.language ? feed.language : 'sv';
}

/** What one language's field of a Text shows: a plain string counts as the feed's language. */
export function textIn(text: unknown, lang: string, language: string): string {
  if (typeof text === 'string') return lang === language ? text : '';
  if (isObject(text) && typeof text[lang] === 'string') return text[lang];
  return '';
}

/**
 * `text` with one language's value changed. A plain string stays a plain string while only the
 * feed's language is written; another language makes it an object. An emptied language is
 * removed, and a Text with nothing left is `undefined`, so the field is left out of the feed.
 */
export function withTextIn(text: unknown, lang: string, value: string, language: string): Text | undefined {
  const entries: JsonObject = isObject(text) ? { ...text } : typeof text === 'string' && text ? { [language]: text } : {};
  if (value === '') delete entries[lang];
  else entries[lang] = value;
  const keys = Object.keys(entries);
  if (keys.length === 0) return undefined;
  if (keys.length === 1 && keys[0] === language && typeof entries[language] === 'string' && !isObject(text)) return entries[language];
  return entries as Text;
}

/**
 * What a number field holds: `undefined` when empty, a number (a decimal comma allowed, as
 * Swedish writes it), or the text as typed, which the validator then names.
 */
export function numberFromInput(typed: string): number | string | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const normal = trimmed.replace(/\s/g, '').replace(',', '.');
  const number = Number(normal);
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal) && Number.isFinite(number) ? number : trimmed;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `date` as a feed date-time in this browser's time zone, with its offset: `2026-12-06T09:30:00+01:00`. */
export function localDateTime(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const offset = `${minutes >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${offset}`;
}

/**
 * The feed's date-time (`updated`) as a `datetime-local` input shows it, in this browser's time
 * zone (`2026-11-28T01:00`; seconds only when there are some, which the input keeps until the
 * time is changed); `''` for what is not one.
 */
export function dateTimeInputValue(value: unknown): string {
  if (typeof value !== 'string' || !isFeedDateTime(value)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const seconds = date.getSeconds() > 0 ? `:${pad(date.getSeconds())}` : '';
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}${seconds}`;
}

/**
 * What a `datetime-local` input holds (local time, no zone) as a feed date-time, which needs one:
 * this browser's offset at that moment, so a summer date gets summer time. Empty → `undefined`.
 */
export function dateTimeFromInput(typed: string): string | undefined {
  if (typed.trim() === '') return undefined;
  // A date-time without an offset is local time (ECMAScript's Date.parse).
  const date = new Date(typed);
  return Number.isNaN(date.getTime()) ? typed : localDateTime(date);
}

/** A `;`- or comma-separated field as a list: `"a; b;; c "` → `["a", "b", "c"]`; empty → `undefined`. */
export function listFromInput(typed: string): string[] | undefined {
  const items = typed
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** A list field's text: `["a", "b"]` → `"a; b"`. */
export function listText(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join('; ') : '';
}


/** The ids of the objects in the list at `path`. */
export function idsAt(feed: DraftFeed, path: Path): string[] {
  const list = getAt(feed, path);
  return Array.isArray(list) ? list.map((item) => (isObject(item) && typeof item.id === 'string' ? item.id : '')) : [];
}

/** A new project at the end of the feed (id unique, title to write): its index and the feed. */
export function addProject(feed: DraftFeed): { feed: DraftFeed; index: number } {
  const projects = getAt(feed, ['projects']);
  const index = Array.isArray(projects) ? projects.length : 0;
  const project = { id: uniqueId('nytt-projekt', new Set(idsAt(feed, ['projects']))), title: '', organizations: [] };
  return { feed: appendAt(feed, ['projects'], project), index };
}

/** A new organisation at the end of the feed: its index and the feed. */
export function addOrganization(feed: DraftFeed): { feed: DraftFeed; index: number } {
  const organizations = getAt(feed, ['organizations']);
  const index = Array.isArray(organizations) ? organizations.length : 0;
  const organization = { id: uniqueId('ny-organisation', new Set(idsAt(feed, ['organizations']))), name: '' };
  return { feed: appendAt(feed, ['organizations'], organization), index };
}

/** The latest (by date) of a goal's measurements with a date and a number. */
function latestMeasurement(measurements: unknown): { date: string; value: number } | undefined {
  let latest: { date: string; value: number } | undefined;
  for (const item of Array.isArray(measurements) ? measurements : []) {
    if (!isObject(item) || typeof item.date !== 'string' || typeof item.value !== 'number') continue;
    if (!latest || item.date >= latest.date) latest = { date: item.date, value: item.value };
  }
  return latest;
}

/**
 * The goal at `goalPath` with a new measurement ("23 on 2026-12-05"). When the goal states its
 * `current` value and this is now its latest measurement, `current` follows, so the two never
 * disagree (the strict checks warn when they do).
 */
export function addMeasurement(feed: DraftFeed, goalPath: Path, value: number | string, date: string): DraftFeed {
  const goal = getAt(feed, goalPath);
  const before = latestMeasurement(isObject(goal) ? goal.measurements : undefined);
  let next = appendAt(feed, [...goalPath, 'measurements'], { date, value });
  const followsCurrent = isObject(goal) && goal.current !== undefined && typeof value === 'number';
  if (followsCurrent && (!before || date >= before.date)) next = setAt(next, [...goalPath, 'current'], value);
  return next;
}

/** Replaces `from` by `to` in a list of `{ [key]: id }` objects, sharing it when nothing changes. */
function renamedIn(list: unknown, key: string, from: string, to: string): unknown {
  if (!Array.isArray(list) || !list.some((item) => isObject(item) && item[key] === from)) return list;
  return list.map((item) => (isObject(item) && item[key] === from ? { ...item, [key]: to } : item));
}

/**
 * The feed with organisation `index` renamed to `to`, and every reference to its old id (roles,
 * funders, contacts) renamed with it, so that a new id never cuts an organisation out of its projects.
 */
export function renameOrganization(feed: DraftFeed, index: number, to: string): DraftFeed {
  const from = getAt(feed, ['organizations', index, 'id']);
  let next = setAt(feed, ['organizations', index, 'id'], to === '' ? undefined : to);
  if (typeof from !== 'string' || from === '' || to === '' || !Array.isArray(feed.projects)) return next;
  const projects = (feed.projects as unknown[]).map((project) => {
    if (!isObject(project)) return project;
    const organizations = renamedIn(project.organizations, 'id', from, to);
    const funding = renamedIn(project.funding, 'funder', from, to);
    const contacts = renamedIn(project.contacts, 'organization', from, to);
    if (organizations === project.organizations && funding === project.funding && contacts === project.contacts) return project;
    const renamed: JsonObject = { ...project, organizations };
    if (funding !== undefined) renamed.funding = funding;
    if (contacts !== undefined) renamed.contacts = contacts;
    return renamed;
  });
  next = setAt(next, ['projects'], projects);
  return next;
}

/**
 * `root` with `value` at `path`, and each object on the way that is left empty removed, up to
 * (not including) the first `keep` keys: clearing the last plural form of a unit removes the
 * language, and the last language removes `unitForms`.
 */
export function setPruned<T>(root: T, path: Path, value: unknown, keep: number): T {
  let next = setAt(root, path, value);
  for (let length = path.length - 1; length > keep; length--) {
    const container = getAt(next, path.slice(0, length));
    if (!isObject(container) || Object.keys(container).length > 0) break;
    next = setAt(next, path.slice(0, length), undefined);
  }
  return next;
}
