/**
 * `si-feed merge SOURCE… -o FILE [--prefer SOURCE] [--keep-last DIR]`: partners' feeds (files or
 * URLs) as one regional feed (the rules are in src/data/merge.ts). Every source is validated first,
 * as `si-feed validate` does. A source that cannot be read or is not valid stops the merge, which
 * then writes nothing, unless `--keep-last DIR` holds its last good copy: each successful run keeps
 * there a copy of every source it read, and a later run uses that copy and says from when. The
 * merged feed is validated again and written atomically, 2-space indented, as publish writes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeSources, type MergeResult, type MergeSource } from '../data/merge.js';
import { strictProblems } from '../data/strict.js';
import { parseFeed, withoutByteOrderMark } from '../data/validate.js';
import type { Feed } from '../data/types.js';
import { COMMON_OPTIONS, readCommonOptions, type CommonRequest } from './options.js';
import { writeAll } from './write-files.js';
import { readSource } from './read-source.js';
import { isSpreadsheetSource, spreadsheetFeedText } from './tables.js';
import { feedToJson } from '../data/feed-json.js';
import { counted, reportProblems, usageError, type Print } from './report.js';

/** What `merge` and `publish` both read their sources with. */
export interface SourcesRequest extends CommonRequest {
  sources: string[];
  /** Where the result goes, for the messages. */
  out: string;
  prefer?: string;
  keepLast?: string;
  /** When the copies are saved (RFC 3339); a test fixes it. */
  now: string;
}

/** `--prefer` and `--keep-last`, which `publish` takes too. */
export const SOURCE_OPTIONS = { prefer: { type: 'string' }, 'keep-last': { type: 'string' } } as const;

/** `--prefer` names one of the sources, or a message saying it does not. */
export function checkPrefer(prefer: string | undefined, sources: readonly string[]): string | undefined {
  return prefer === undefined || sources.includes(prefer) ? undefined : `--prefer: "${prefer}" is not one of the sources (${sources.join(', ')})`;
}

type MergeRequest = SourcesRequest;

function parseMergeLine(args: readonly string[]): MergeRequest | string {
  let parsed;
  try {
    const options = { ...COMMON_OPTIONS, ...SOURCE_OPTIONS, out: { type: 'string', short: 'o' }, now: { type: 'string' } } as const;
    parsed = parseArgs({ args: [...args], options, allowPositionals: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0 || !values.out) return 'merge: name at least one SOURCE and -o FILE';
  const { prefer } = values;
  const badPrefer = checkPrefer(prefer, positionals);
  if (badPrefer) return badPrefer;
  const now = values.now ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const common = readCommonOptions({ ...values, today: values.today ?? (values.now ? now.slice(0, 10) : undefined) });
  if (typeof common === 'string') return common;
  return { ...common, sources: positionals, out: values.out, prefer, keepLast: values['keep-last'], now };
}

/** A source's feed as validated, and as parsed (what its kept copy holds). */
export interface GoodFeed {
  source: string;
  feed: MergeSource['feed'];
  json: unknown;
  /** Set when the source could not be used as it is now and its kept copy was: when it was saved, and why. */
  copy?: { saved: string; cause: string };
}

/** The feed in `text`, or why it is not a valid feed (its problems printed first). */
function validFeed(source: string, text: string, today: string, err: Print): Omit<GoodFeed, 'source'> | string {
  const result = parseFeed(text);
  const json: unknown = result.ok ? JSON.parse(withoutByteOrderMark(text)) : undefined;
  // The same gate as `si-feed validate`; its warnings are the partner's to read there, not here.
  const strict = result.ok ? strictProblems(json, today) : [];
  const problems = result.ok ? [...result.reports.flatMap((report) => report.problems), ...strict].filter((p) => !p.warning) : [];
  if (result.ok && problems.length === 0) return { feed: result.feed, json };
  const count = reportProblems(result, strict, source, err);
  return count === undefined ? 'not a feed (refused as a whole)' : `not a valid feed (${counted(count.problems, 'problem')})`;
}

/** The file in DIR that keeps `source`'s last good copy: readable, and one per source as written. */
export function keptCopyName(source: string): string {
  const slug = source.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(-60).replace(/^-/, '');
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 12);
  return `${slug || 'source'}-${hash}.json`;
}

/** What a kept copy's file holds. */
interface KeptCopy {
  keptBy: 'si-feed merge';
  source: string;
  saved: string;
  feed: unknown;
}

/** The last good copy of `source` in `dir`, validated again; or why there is none to use. */
async function keptCopy(source: string, cause: string, dir: string, today: string, err: Print): Promise<GoodFeed | string> {
  const path = join(dir, keptCopyName(source));
  if (!existsSync(path)) return `no last good copy in ${dir} (${keptCopyName(source)})`;
  let copy: KeptCopy;
  try {
    copy = JSON.parse(await readFile(path, 'utf8')) as KeptCopy;
  } catch (error) {
    return `its copy ${path} could not be read: ${error instanceof Error ? error.message : String(error)}`;
  }
  // Validated again: it was valid when kept, but the file may have been edited, or the rules grown since.
  const good = validFeed(path, JSON.stringify(copy?.feed ?? null), today, err);
  if (typeof good === 'string') return `its copy ${path} is ${good}`;
  return { source, ...good, copy: { saved: typeof copy.saved === 'string' ? copy.saved : 'an unknown date', cause } };
}

/** A source read and validated; with --keep-last, its kept copy when it cannot be; else `undefined` after saying why. */
async function loadSource(source: string, request: MergeRequest, err: Print): Promise<GoodFeed | undefined> {
  let cause: string;
  try {
    const text = isSpreadsheetSource(source)
      ? await spreadsheetFeedText(source, request.limits.maxBytes, err)
      : await readSource(source, request.limits, (line) => err(`${source}: ${line}`));
    const good = validFeed(source, text, request.today, err);
    if (typeof good !== 'string') return { source, ...good };
    cause = good;
  } catch (error) {
    cause = `could not read: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (request.keepLast === undefined) {
    err(`${source}: ${cause}; nothing merged, ${request.out} not written (--keep-last DIR would use its last good copy)`);
    return undefined;
  }
  const copy = await keptCopy(source, cause, request.keepLast, request.today, err);
  if (typeof copy !== 'string') {
    err(`${source}: ${cause}; using its last good copy, from ${copy.copy?.saved}`);
    return copy;
  }
  err(`${source}: ${cause}, and ${copy}; nothing merged, ${request.out} not written`);
  return undefined;
}

/** The merged feed's text and, validated, its feed; `undefined` after saying why there is none. */
function mergedFeed(result: MergeResult, request: MergeRequest, err: Print): { text: string; feed: Feed } | undefined {
  if (!result.feed) {
    for (const conflict of result.conflicts) err(`conflict: ${conflict.message}`);
    err(`${counted(result.conflicts.length, 'conflict')}; nothing merged, ${request.out} not written`);
    return undefined;
  }
  const text = feedToJson(result.feed);
  const good = validFeed(`the merged feed`, text, request.today, err);
  if (typeof good !== 'string') return { text, feed: good.feed };
  err(`the merged feed is ${good}; ${request.out} not written`);
  return undefined;
}

/** "b.json ("x")" when the source calls the project otherwise. */
function entryName({ source, id }: { source: string; id: string }, merged: string): string {
  return id === merged ? source : `${source} ("${id}")`;
}

/** The report, line by line: counts per source, duplicates merged, organisations unified, warnings. */
export function reportLines(result: MergeResult, loaded: readonly GoodFeed[], out: string): string[] {
  const { feed, report } = result;
  const lines = [`${out}: merged ${counted(loaded.length, 'source')}: ${counted(feed?.projects.length ?? 0, 'project')}, ${counted(feed?.organizations.length ?? 0, 'organization')}`];
  for (const [index, count] of report.sources.entries()) {
    const { copy: kept } = loaded[index];
    const copy = kept ? `; ${kept.cause}: used the copy from ${kept.saved}` : '';
    lines.push(`  ${count.source}: ${counted(count.projects, 'project')}, ${count.taken} taken from it${copy}`);
  }
  if (report.duplicates.length > 0) lines.push('projects published by more than one source, merged:');
  for (const duplicate of report.duplicates) {
    const names = duplicate.entries.map((entry) => entryName(entry, duplicate.id)).join(', ');
    const how = duplicate.how === 'identical' ? 'the same entry' : `${duplicate.from}'s entry preferred (--prefer); the others differed in ${duplicate.fields?.join(', ')}`;
    lines.push(`  "${duplicate.id}" in ${names}: ${how}`);
  }
  if (report.unified.length > 0) lines.push('organisations unified by orgNumber:');
  for (const unified of report.unified) {
    lines.push(`  "${unified.id}" (${unified.orgNumber}), also ${unified.aliases.map((alias) => `"${alias.id}" in ${alias.source}`).join(', ')}`);
  }
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  return lines;
}

/** A copy of each source read as it is now, for --keep-last: absolute paths and texts. */
export function keptCopyFiles(loaded: readonly GoodFeed[], request: SourcesRequest): [string, string][] {
  const { keepLast } = request;
  if (keepLast === undefined) return [];
  // A copy used is kept as it is: it stays the last good one, with its own date.
  return loaded
    .filter(({ copy: kept }) => kept === undefined)
    .map(({ source, json }) => {
      const copy: KeptCopy = { keptBy: 'si-feed merge', source, saved: request.now, feed: json };
      return [resolve(keepLast, keptCopyName(source)), `${JSON.stringify(copy, null, 2)}\n`];
    });
}

/** Every source read and validated (or its kept copy), merged, and the result validated again; `undefined` after saying why not. */
export async function mergeFromSources(request: SourcesRequest, err: Print): Promise<{ text: string; feed: Feed; result: MergeResult; loaded: GoodFeed[] } | undefined> {
  const loaded: GoodFeed[] = [];
  for (const source of request.sources) {
    const good = await loadSource(source, request, err);
    if (!good) return undefined;
    loaded.push(good);
  }
  const result = mergeSources(loaded, { prefer: request.prefer });
  const merged = mergedFeed(result, request, err);
  return merged && { ...merged, result, loaded };
}

export async function mergeCommand(args: readonly string[], out: Print, err: Print, usage: string): Promise<number> {
  const request = parseMergeLine(args);
  if (typeof request === 'string') return usageError(request, usage, err);
  const merged = await mergeFromSources(request, err);
  if (!merged) return 1;
  const { text, result, loaded } = merged;
  try {
    // Absolute paths: writeAll joins each name to its folder, and '' joins to nothing.
    await writeAll('', [[resolve(request.out), text], ...keptCopyFiles(loaded, request)]);
  } catch (error) {
    err(`${request.out}: could not write: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  for (const line of reportLines(result, loaded, request.out)) out(line);
  return 0;
}
