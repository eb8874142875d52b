/**
 * `si-feed publish SOURCE… --out DIR`: reads and validates each source and merges them as
 * `si-feed merge` does (src/cli/merge.ts: `--prefer`, `--keep-last`), validates the result,
 * and only if it is valid writes DIR/feed.json, keeps the version it replaces in
 * DIR/archive/feed-YYYY-MM-DD.json, and adds the publication to DIR/changes.json and DIR/changes.xml
 * (Atom). Every file is written to a temporary file in its folder and renamed into place, feed.json
 * last; a run that fails changes nothing in DIR. `--dry-run` prints the changes and writes nothing.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeChanges } from '../data/atom.js';
import { isEmptyChangeList } from '../data/changes.js';
import { planPublication } from '../data/publication.js';
import { checkPrefer, keptCopyFiles, mergeFromSources, reportLines, SOURCE_OPTIONS, type SourcesRequest } from './merge.js';
import { COMMON_OPTIONS, readCommonOptions } from './options.js';
import { reportWarnings, usageError, type Print } from './report.js';
import { writeAll } from './write-files.js';

interface PublishRequest extends SourcesRequest {
  dryRun: boolean;
  feedUrl?: string;
}

function parsePublishLine(args: readonly string[]): PublishRequest | string {
  let parsed;
  try {
    const options = { ...COMMON_OPTIONS, ...SOURCE_OPTIONS, out: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'feed-url': { type: 'string' }, now: { type: 'string' } } as const;
    parsed = parseArgs({ args: [...args], options, allowPositionals: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0 || !values.out) return 'publish: name at least one SOURCE and --out DIR';
  const feedUrl = values['feed-url'];
  if (feedUrl !== undefined && !URL.canParse(feedUrl)) return `--feed-url: not a URL: "${feedUrl}"`;
  const badPrefer = checkPrefer(values.prefer, positionals);
  if (badPrefer) return badPrefer;
  const now = values.now ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const common = readCommonOptions({ ...values, today: values.today ?? (values.now ? now.slice(0, 10) : undefined) });
  if (typeof common === 'string') return common;
  const { prefer, 'keep-last': keepLast } = values;
  return { ...common, sources: positionals, out: values.out, prefer, keepLast, dryRun: values['dry-run'] ?? false, feedUrl, now };
}

/** The merged, validated feed (its text is what is published); `undefined` after printing why not. */
async function publishable(request: PublishRequest, out: Print, err: Print): ReturnType<typeof mergeFromSources> {
  const merged = await mergeFromSources(request, err);
  if (!merged) {
    err(`not published; ${request.out} is unchanged`);
    return undefined;
  }
  if (request.sources.length > 1) for (const line of reportLines(merged.result, merged.loaded, 'the merged feed')) out(line);
  reportWarnings(merged.feed, request.today, request.staleAfter, err);
  return merged;
}

async function readIfThere(path: string): Promise<string | undefined> {
  return existsSync(path) ? readFile(path, 'utf8') : undefined;
}

export async function publishCommand(args: readonly string[], out: Print, err: Print, usage: string): Promise<number> {
  const request = parsePublishLine(args);
  if (typeof request === 'string') return usageError(request, usage, err);
  const merged = await publishable(request, out, err);
  if (merged === undefined) return 1;
  const { text } = merged;
  const folder = { feed: await readIfThere(join(request.out, 'feed.json')), changes: await readIfThere(join(request.out, 'changes.json')) };
  const plan = planPublication(folder, { ...request, text, exists: (name) => existsSync(join(request.out, name)) });
  if (plan.unchanged) {
    out(`${request.out}/feed.json is already this feed; nothing written`);
    return 0;
  }
  const { changes, archived, files } = plan;
  for (const line of [...describeChanges(changes, 'en'), '', ...describeChanges(changes, 'sv')]) out(line);
  if (request.dryRun) {
    out(`--dry-run: nothing written to ${request.out}`);
    return 0;
  }
  try {
    await writeAll(request.out, files);
    // Absolute paths: writeAll joins each name to its folder, and '' joins to nothing.
    await writeAll('', keptCopyFiles(merged.loaded, request));
  } catch (error) {
    err(`${request.out}: could not write: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  out(`${request.out}/feed.json published${archived ? `; the previous version is ${archived}` : ''}${isEmptyChangeList(changes) ? ' (no project changed)' : ''}`);
  return 0;
}
