/**
 * What the studio can open, decided before anything replaces the draft: a file's kind from its
 * first bytes, a feed from text. Each refusal has a reason the page puts in words and a detail
 * for the console. Pure.
 */
import { foldForSearch } from '../data/filter.js';
import { resolveText } from '../data/text.js';
import type { Text } from '../data/types.js';
import { validateFeed, withoutByteOrderMark } from '../data/validate.js';
import { workbookContainer } from '../data/tables/workbook-magic.js';
import { feedLanguage, type DraftFeed } from './draft.js';

export type OpenRefusal =
  | 'too-large'
  | 'not-json'
  | 'not-feed'
  | 'version'
  | 'macro'
  | 'old-excel'
  | 'unknown-file'
  | 'no-spreadsheet-support'
  | 'spreadsheet'
  | 'fetch';

/** What is wrong, precisely, in the studio's languages: "Projekt, rad 7, kolumn start: …". */
export interface OpenMessage {
  sv: string;
  en: string;
}

/** `detail` is for the console (English); `messages`, where there are some, say on screen what is wrong. */
export type Opened = { ok: true; feed: DraftFeed } | { ok: false; reason: OpenRefusal; detail: string; messages?: readonly OpenMessage[] };

export type FileKind = 'json' | 'spreadsheet' | 'unknown';

/** A file's kind from its bytes (not its name, which anyone can change); which workbook it is, xlsx.ts decides. */
export function fileKind(bytes: Uint8Array): FileKind {
  if (workbookContainer(bytes)) return 'spreadsheet';
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') || head.startsWith('[') ? 'json' : 'unknown';
}

/**
 * The feed in `text`, kept as written (invalid items too, so they can be fixed), or why it is no
 * feed at all: not JSON, not an object with a list of projects, another version of the format.
 */
export function feedFromText(text: string): Opened {
  let json: unknown;
  try {
    json = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const result = validateFeed(json);
  if (result.ok) return { ok: true, feed: json as DraftFeed };
  const { problem } = result;
  const detail = `${problem.path}: expected ${problem.expected}, found ${problem.found}`;
  // A version that is there but not 1 is another version; no version at all is no feed.
  const otherVersion = result.reason === 'version' && (json as { version?: unknown }).version !== undefined;
  return { ok: false, reason: otherVersion ? 'version' : 'not-feed', detail };
}

/** A project in the studio's list: its place in the feed and its title in the chosen language. */
export interface ProjectEntry {
  index: number;
  id: string;
  title: string;
}

/**
 * Each project's title in a language and folded for search, kept per project object: an edit
 * replaces one project's object, so the other 9,999 are not worked out again.
 */
const titles = new WeakMap<object, { lang: string; title: string; folded: string }>();

function titleOf(project: unknown, lang: string, language: string): { title: string; folded: string } {
  if (typeof project !== 'object' || project === null) return { title: '', folded: '' };
  const cached = titles.get(project);
  if (cached?.lang === lang) return cached;
  const { id, title } = project as { id?: unknown; title?: unknown };
  const text = resolveText(title as Text, lang, language)?.text ?? '';
  const entry = { lang, title: text, folded: foldForSearch(`${text} ${typeof id === 'string' ? id : ''}`) };
  titles.set(project, entry);
  return entry;
}

/**
 * The projects whose title or id contains `query` (case and accents ignored), at most `limit`
 * of them, and how many match in all: the list renders a few, never 10,000.
 */
export function findProjects(feed: DraftFeed, query: string, lang: string, limit: number): { shown: ProjectEntry[]; total: number } {
  const projects = Array.isArray(feed.projects) ? (feed.projects as unknown[]) : [];
  const language = feedLanguage(feed);
  const wanted = foldForSearch(query);
  const shown: ProjectEntry[] = [];
  let total = 0;
  for (let index = 0; index < projects.length; index++) {
    const { title, folded } = titleOf(projects[index], lang, language);
    if (wanted && !folded.includes(wanted)) continue;
    total++;
    const id = (projects[index] as { id?: unknown } | null)?.id;
    if (shown.length < limit) shown.push({ index, id: typeof id === 'string' ? id : '', title });
  }
  return { shown, total };
}
