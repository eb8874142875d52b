/**
 * `si-feed validate <file-or-url>`: checks a feed as the widgets will read it and prints each
 * problem with its JSON path. Exits 0 when there is none, 1 when there is one, 2 on bad usage.
 * The bin (si-feed.ts) only runs {@link main}; tests call it directly.
 */
import { readFile } from 'node:fs/promises';
import { formatProblem, parseFeed } from '../data/validate.js';

const USAGE = 'usage: si-feed validate <file-or-url>';

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return response.text();
  }
  return readFile(source, 'utf8');
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
  const [command, source, ...rest] = args;
  if (command !== 'validate' || !source || rest.length > 0) {
    err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readSource(source);
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
  const problems = result.reports.flatMap((report) => report.problems);
  for (const report of result.reports) {
    const outcome = report.dropped ? 'left out' : 'shown without these fields';
    const what = report.collection === 'feed' ? 'feed' : `${report.collection}[${report.index}]${report.id ? ` "${report.id}"` : ''}`;
    err(`${what}: ${outcome}`);
    for (const problem of report.problems) err(`  ${formatProblem(problem)}`);
  }
  const { projects, organizations } = result.feed;
  if (problems.length > 0) {
    err(`${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    return 1;
  }
  out(`${source}: valid feed v1 with ${projects.length} projects and ${organizations.length} organizations`);
  return 0;
}
