/**
 * `si-feed publish SOURCE… --out DIR`: merges the sources (JSON feeds, by id), validates the result,
 * and only if it is valid writes DIR/feed.json, keeps the version it replaces in
 * DIR/archive/feed-YYYY-MM-DD.json, and adds the publication to DIR/changes.json and DIR/changes.xml
 * (Atom). Every file is written to a temporary file in its folder and renamed into place, feed.json
 * last; a run that fails changes nothing in DIR. `--dry-run` prints the changes and writes nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { diffFeeds, isEmptyChangeList, mergeFeeds, type ChangeList, type FeedSource, type RawFeed } from '../data/changes.js';
import { parseFeed, withoutByteOrderMark } from '../data/validate.js';
import { describeChanges, renderAtom, type ChangesDocument } from './atom.js';
import { COMMON_OPTIONS, readCommonOptions, type CommonRequest } from './options.js';
import { readSource } from './read-source.js';
import { strictProblems } from '../data/strict.js';
import { counted, reportProblems, reportWarnings, type Print } from './report.js';

interface PublishRequest extends CommonRequest {
  sources: string[];
  out: string;
  dryRun: boolean;
  feedUrl?: string;
  /** When the publication happens (RFC 3339); a test fixes it. */
  now: string;
}

function parsePublishLine(args: readonly string[]): PublishRequest | string {
  let parsed;
  try {
    const options = { ...COMMON_OPTIONS, out: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'feed-url': { type: 'string' }, now: { type: 'string' } } as const;
    parsed = parseArgs({ args: [...args], options, allowPositionals: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0 || !values.out) return 'publish: name at least one SOURCE and --out DIR';
  const feedUrl = values['feed-url'];
  if (feedUrl !== undefined && !URL.canParse(feedUrl)) return `--feed-url: not a URL: "${feedUrl}"`;
  const now = values.now ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const common = readCommonOptions({ ...values, today: values.today ?? (values.now ? now.slice(0, 10) : undefined) });
  if (typeof common === 'string') return common;
  return { ...common, sources: positionals, out: values.out, dryRun: values['dry-run'] ?? false, feedUrl, now };
}

/** Each source as parsed JSON; `undefined` after printing why one could not be read. */
async function readSources(request: PublishRequest, err: Print): Promise<FeedSource[] | undefined> {
  const sources: FeedSource[] = [];
  for (const name of request.sources) {
    try {
      const text = await readSource(name, request.limits, (line) => err(`${name}: ${line}`));
      sources.push({ name, json: JSON.parse(withoutByteOrderMark(text)) as unknown });
    } catch (error) {
      err(`${name}: could not read: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
  return sources;
}

/** The merged, validated feed as the text to publish; `undefined` after printing its problems. */
function publishableText(sources: FeedSource[], request: PublishRequest, err: Print): string | undefined {
  const merged = mergeFeeds(sources);
  if ('errors' in merged) {
    for (const error of merged.errors) err(error);
    return undefined;
  }
  const text = `${JSON.stringify(merged.feed, null, 2)}\n`;
  const label = sources.length === 1 ? sources[0].name : `the merge of ${sources.length} sources`;
  const result = parseFeed(text);
  // The same gate as `si-feed validate`: what the widgets check, and the strict checks.
  const count = reportProblems(result, result.ok ? strictProblems(merged.feed, request.today) : [], label, err);
  if (count === undefined || count.problems > 0) {
    err(`${label}: not published${count ? `: ${counted(count.problems, 'problem')}` : ''}; ${request.out} is unchanged`);
    return undefined;
  }
  reportWarnings(result, request.today, request.staleAfter, err);
  return text;
}

async function readIfThere(path: string): Promise<string | undefined> {
  return existsSync(path) ? readFile(path, 'utf8') : undefined;
}

/** `archive/feed-2026-12-06.json`, or `…-2.json` and on when that day already has one. */
function archiveName(out: string, day: string): string {
  let name = `archive/feed-${day}.json`;
  for (let n = 2; existsSync(join(out, name)); n++) name = `archive/feed-${day}-${n}.json`;
  return name;
}

/**
 * Writes every file to a temporary file beside it, then renames each into place in order: a reader
 * of the folder never sees a half-written file. Also `si-feed import` and `export` (tables.ts).
 */
export async function writeAll(out: string, files: ReadonlyArray<readonly [string, string | Uint8Array]>): Promise<void> {
  const temporary: string[] = [];
  try {
    for (const [name, text] of files) {
      const path = join(out, name);
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${process.pid}-${temporary.length}.si-feed-tmp`);
      temporary.push(temp);
      await writeFile(temp, text, { flag: 'wx' });
    }
    for (const [index, [name]] of files.entries()) await rename(temporary[index], join(out, name));
  } finally {
    for (const temp of temporary) await rm(temp, { force: true });
  }
}

interface Folder {
  feed?: string;
  changes: ChangesDocument;
}

async function readFolder(out: string): Promise<Folder> {
  const changes = await readIfThere(join(out, 'changes.json'));
  const document = changes ? (JSON.parse(changes) as ChangesDocument) : { version: 1 as const, publications: [] };
  return { feed: await readIfThere(join(out, 'feed.json')), changes: document };
}

function changesBetween(folder: Folder, text: string, request: PublishRequest): { changes: ChangeList; previousDay: string } {
  const last = folder.changes.publications.at(-1);
  const previousDay = last?.published.slice(0, 10) ?? request.today;
  const previous = folder.feed ? (JSON.parse(folder.feed) as RawFeed) : undefined;
  return { changes: diffFeeds(previous, JSON.parse(text) as RawFeed, { previousDay, today: request.today }), previousDay };
}

export async function publishCommand(args: readonly string[], out: Print, err: Print, usage: string): Promise<number> {
  const request = parsePublishLine(args);
  if (typeof request === 'string') {
    err(request);
    for (const line of usage.split('\n')) err(line);
    return 2;
  }
  const sources = await readSources(request, err);
  const text = sources && publishableText(sources, request, err);
  if (text === undefined) return 1;
  const folder = await readFolder(request.out);
  if (folder.feed === text) {
    out(`${request.out}/feed.json is already this feed; nothing written`);
    return 0;
  }
  const { changes, previousDay } = changesBetween(folder, text, request);
  for (const line of [...describeChanges(changes, 'en'), '', ...describeChanges(changes, 'sv')]) out(line);
  if (request.dryRun) {
    out(`--dry-run: nothing written to ${request.out}`);
    return 0;
  }
  const archived = folder.feed === undefined ? undefined : archiveName(request.out, previousDay);
  const document: ChangesDocument = {
    version: 1,
    publications: [...folder.changes.publications, { published: request.now, ...(archived && { archived }), ...changes }],
  };
  const files: [string, string][] = [];
  if (archived && folder.feed) files.push([archived, folder.feed]);
  files.push(['changes.json', `${JSON.stringify(document, null, 2)}\n`], ['changes.xml', renderAtom(document, request.feedUrl)], ['feed.json', text]);
  try {
    await writeAll(request.out, files);
  } catch (error) {
    err(`${request.out}: could not write: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  out(`${request.out}/feed.json published${archived ? `; the previous version is ${archived}` : ''}${isEmptyChangeList(changes) ? ' (no project changed)' : ''}`);
  return 0;
}
