/**
 * What both commands print about a feed: each problem with its JSON path, and the warnings about
 * projects the feed has not kept current (which do not make a feed invalid).
 */
import { currencyWarnings, type Age } from '../data/ended.js';
import { formatProblem, type FeedParseResult } from '../data/validate.js';

export type Print = (line: string) => void;

/** Prints the feed's problems to `err`; the number of problems, or -1 when it is refused as a whole. */
export function reportProblems(result: FeedParseResult, source: string, err: Print): number {
  if (!result.ok) {
    err(`${source}: the feed is refused as a whole`);
    err(`  ${formatProblem(result.problem)}`);
    return -1;
  }
  for (const report of result.reports) {
    const outcome = report.dropped ? 'left out' : 'shown without these fields';
    const what = report.collection === 'feed' ? 'feed' : `${report.collection}[${report.index}]${report.id ? ` "${report.id}"` : ''}`;
    err(`${what}: ${outcome}`);
    for (const problem of report.problems) err(`  ${formatProblem(problem)}`);
  }
  return result.reports.reduce((count, report) => count + report.problems.length, 0);
}

/** Prints a warning per project that is out of date (src/data/ended.ts); the number printed. */
export function reportWarnings(result: FeedParseResult, today: string, staleAfter: Age, err: Print): number {
  if (!result.ok) return 0;
  const warnings = currencyWarnings(result.feed.projects, today, staleAfter);
  for (const { index, id, message } of warnings) err(`warning: projects[${index}] "${id}": ${message}`);
  return warnings.length;
}
