/**
 * `si-feed validate [--timeout MS] [--max-bytes BYTES] <file-or-url>`: checks a feed as the
 * widgets will read it and prints each problem with its JSON path. Exits 0 when there is none, 1
 * when there is one or the feed could not be read, 2 on bad usage.
 * The bin (si-feed.ts) only runs {@link main}; tests call it directly.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_MS } from '../core/feed-store.js';
import { strictProblems } from '../data/strict.js';
import { formatProblem, parseFeed, type FeedProblem, type ItemReport } from '../data/validate.js';
import { DEFAULT_MAX_BYTES, readSource, type ReadLimits } from './read-source.js';

const USAGE =
  'usage: si-feed validate [--timeout MS] [--max-bytes BYTES] <file-or-url>\n' +
  `  --timeout    give up on a URL after MS milliseconds (default ${DEFAULT_TIMEOUT_MS}, as the widgets)\n` +
  `  --max-bytes  refuse a file or body larger than BYTES (default ${DEFAULT_MAX_BYTES})`;

interface Request {
  source: string;
  limits: ReadLimits;
}

/** A whole number above 0, or a message saying what was wrong with it. */
function positive(option: string, value: string | undefined, fallback: number): number | string {
  if (value === undefined) return fallback;
  return /^[1-9]\d*$/.test(value) ? Number(value) : `--${option}: expected a whole number above 0, found "${value}"`;
}

/** The command line as a request, or a message saying what is wrong with it. */
function parseCommandLine(args: readonly string[]): Request | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { timeout: { type: 'string' }, 'max-bytes': { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const [command, source, ...rest] = parsed.positionals;
  if (command !== 'validate' || !source || rest.length > 0) return '';
  const timeoutMs = positive('timeout', parsed.values.timeout, DEFAULT_TIMEOUT_MS);
  const maxBytes = positive('max-bytes', parsed.values['max-bytes'], DEFAULT_MAX_BYTES);
  if (typeof timeoutMs === 'string') return timeoutMs;
  if (typeof maxBytes === 'string') return maxBytes;
  return { source, limits: { timeoutMs, maxBytes } };
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

type Print = (line: string) => void;

export async function main(args: readonly string[], out: Print = console.log, err: Print = console.error): Promise<number> {
  // Every line goes through printable(): feed text and server answers reach the terminal as text.
  const print = { out: (line: string) => out(printable(line)), err: (line: string) => err(printable(line)) };
  return validateCommand(args, print.out, print.err);
}

async function validateCommand(args: readonly string[], out: Print, err: Print): Promise<number> {
  const request = parseCommandLine(args);
  if (typeof request === 'string') {
    if (request) err(request);
    for (const line of USAGE.split('\n')) err(line);
    return 2;
  }
  const { source, limits } = request;
  let text: string;
  try {
    text = await readSource(source, limits, (line) => err(`${source}: ${line}`));
  } catch (error) {
    err(`${source}: could not read: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const result = parseFeed(text);
  if (!result.ok) {
    err(`${source}: the feed is refused as a whole`);
    err(`  ${formatProblem(result.problem)}`);
    return 1;
  }
  // The strict checks read the file as it is written (parseFeed's feed is made of the parsed objects).
  const strict = strictProblems(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  const all = [...result.reports.flatMap((report) => report.problems), ...strict];
  printReports(result.reports, strict, err);
  const problems = all.filter((problem) => !problem.warning).length;
  const warnings = all.length - problems;
  const { projects, organizations } = result.feed;
  if (problems > 0) {
    err(`${source}: ${counted(problems, 'problem')}${warnings > 0 ? ` and ${counted(warnings, 'warning')}` : ''}`);
    return 1;
  }
  const warned = warnings > 0 ? `, with ${counted(warnings, 'warning')}` : '';
  out(`${source}: valid feed v1 with ${projects.length} projects and ${organizations.length} organizations${warned}`);
  return 0;
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** What the widgets would say, item by item, then what only the strict checks find. */
function printReports(reports: readonly ItemReport[], strict: readonly FeedProblem[], err: Print): void {
  for (const report of reports) {
    const warningsOnly = report.problems.every((problem) => problem.warning);
    const outcome = report.dropped ? 'left out' : warningsOnly ? 'shown, with warnings' : 'shown without these fields';
    const what = report.collection === 'feed' ? 'feed' : `${report.collection}[${report.index}]${report.id ? ` "${report.id}"` : ''}`;
    err(`${what}: ${outcome}`);
    for (const problem of report.problems) err(`  ${formatProblem(problem)}`);
  }
  if (strict.length > 0) err('strict checks (beyond what the widgets check):');
  for (const problem of strict) err(`  ${formatProblem(problem)}`);
}
