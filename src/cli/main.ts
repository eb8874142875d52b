/**
 * `si-feed validate [--timeout MS] [--max-bytes BYTES] [--stale-after AGE] <file-or-url>`: checks a
 * feed as the widgets will read it and prints each problem with its JSON path, then a warning per
 * project it has not kept current (an `active` project past its end, an `updated` older than AGE).
 * Exits 0 when there is no problem (warnings or not), 1 when there is one or the feed could not be
 * read, 2 on bad usage. `si-feed publish` is in publish.ts, `si-feed merge` in merge.ts, `si-feed
 * export` and `import` (a feed as a spreadsheet or CSV files, and back) in tables.ts.
 * The bin (si-feed.ts) only runs {@link main}; tests call it directly.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_MS } from '../core/feed-store.js';
import { strictProblems } from '../data/strict.js';
import { parseFeed, withoutByteOrderMark } from '../data/validate.js';
import { COMMON_OPTIONS, DEFAULT_STALE_AFTER, readCommonOptions, type CommonRequest } from './options.js';
import { mergeCommand } from './merge.js';
import { publishCommand } from './publish.js';
import { exportCommand, importCommand } from './tables.js';
import { DEFAULT_MAX_BYTES, readSource } from './read-source.js';
import { counted, reportProblems, reportWarnings, usageError, type Print } from './report.js';

const USAGE =
  'usage: si-feed validate [--timeout MS] [--max-bytes BYTES] [--stale-after AGE] <file-or-url>\n' +
  '       si-feed publish SOURCE… --out DIR [--dry-run] [--feed-url URL] [--stale-after AGE] [--prefer SOURCE] [--keep-last DIR]\n' +
  '       si-feed merge SOURCE… -o FILE [--prefer SOURCE] [--keep-last DIR]\n' +
  '       si-feed export SOURCE -o feed.xlsx | -o FOLDER/ [--format xlsx|csv]\n' +
  '       si-feed import feed.xlsx | FOLDER | file.csv -o feed.json [--language sv]\n' +
  `  --timeout      give up on a URL after MS milliseconds (default ${DEFAULT_TIMEOUT_MS}, as the widgets)\n` +
  `  --max-bytes    refuse a file or body larger than BYTES (default ${DEFAULT_MAX_BYTES})\n` +
  `  --stale-after  warn about projects whose "updated" is older than AGE: 90d, 12m, 2y (default ${DEFAULT_STALE_AFTER})\n` +
  '  --today        judge dates against this day (YYYY-MM-DD) instead of today\n' +
  '  --out          the folder to publish into: feed.json, archive/, changes.xml, changes.json\n' +
  '  --dry-run      print what would change, write nothing\n' +
  '  --feed-url     where DIR/feed.json is published, for the links in changes.xml\n' +
  '  -o, --out      (merge) the file to write the merged feed to; (export, import) the file or folder to\n' +
  '                 write; import writes only a valid feed\n' +
  '  --prefer       (merge, publish) the source whose entry wins when two sources describe one project differently\n' +
  '  --keep-last    (merge, publish) keep each good source in DIR; a source that fails later is taken from there\n' +
  '  --format       (export) xlsx, or csv: one CSV file per sheet in the folder -o names\n' +
  '  --language     (import) the feed language of a spreadsheet without a Flöde sheet (default sv)';

interface Request extends CommonRequest {
  source: string;
}

/** The command line as a request, or a message saying what is wrong with it. */
function parseCommandLine(args: readonly string[]): Request | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: COMMON_OPTIONS,
      allowPositionals: true,
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const [command, source, ...rest] = parsed.positionals;
  if (command !== 'validate' || !source || rest.length > 0) return '';
  const common = readCommonOptions(parsed.values);
  return typeof common === 'string' ? common : { source, ...common };
}

/**
 * Characters a terminal obeys rather than shows: C0 and C1 controls (escape sequences can set the
 * window title or hide the lines after them), DEL, and the bidi marks, embeddings, overrides and
 * isolates that reorder what follows them. Tab and line feed too: one printed line is one line.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with each character a terminal would obey written as a `\uXXXX` escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export async function main(args: readonly string[], out: Print = console.log, err: Print = console.error): Promise<number> {
  // Every line goes through printable(): feed text and server answers reach the terminal as text.
  const print = { out: (line: string) => out(printable(line)), err: (line: string) => err(printable(line)) };
  if (args[0] === 'publish') return publishCommand(args.slice(1), print.out, print.err, USAGE);
  if (args[0] === 'merge') return mergeCommand(args.slice(1), print.out, print.err, USAGE);
  if (args[0] === 'export') return exportCommand(args.slice(1), print.out, print.err, USAGE);
  if (args[0] === 'import') return importCommand(args.slice(1), print.out, print.err, USAGE);
  return validateCommand(args, print.out, print.err);
}

async function validateCommand(args: readonly string[], out: Print, err: Print): Promise<number> {
  const request = parseCommandLine(args);
  if (typeof request === 'string') return usageError(request, USAGE, err);
  const { source, limits, today, staleAfter } = request;
  let text: string;
  try {
    text = await readSource(source, limits, (line) => err(`${source}: ${line}`));
  } catch (error) {
    err(`${source}: could not read: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const result = parseFeed(text);
  // The strict checks read the file as it is written (parseFeed's feed is made of the parsed objects).
  const strict = result.ok ? strictProblems(JSON.parse(withoutByteOrderMark(text)), today) : [];
  const count = reportProblems(result, strict, source, err);
  if (!result.ok || count === undefined) return 1;
  // Warnings leave the exit code alone: the feed is valid, and a CI job publishing it should pass.
  const warnings = count.warnings + reportWarnings(result.feed, today, staleAfter, err);
  const { projects, organizations } = result.feed;
  if (count.problems > 0) {
    err(`${source}: ${counted(count.problems, 'problem')}${warnings > 0 ? ` and ${counted(warnings, 'warning')}` : ''}`);
    return 1;
  }
  const warned = warnings > 0 ? `, with ${counted(warnings, 'warning')}` : '';
  out(`${source}: valid feed v1 with ${projects.length} projects and ${organizations.length} organizations${warned}`);
  return 0;
}
