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

export async function main(args: readonly string[], out = console.log, err = console.error): Promise<number> {
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
