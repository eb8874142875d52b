/**
 * What both commands print about a feed: each problem with its JSON path, and the warnings about
 * projects the feed has not kept current (which do not make a feed invalid).
 */
import { currencyWarnings, type Age } from '../data/ended.js';
import { formatProblem, type FeedParseResult, type FeedProblem } from '../data/validate.js';
import type { Feed } from '../data/types.js';

export type Print = (line: string) => void;

/** What the problems come to: problems make a feed invalid, warnings do not. */
export interface ProblemCount {
  problems: number;
  warnings: number;
}

/**
 * Prints what the widgets would say, item by item, then what only the strict checks find (tables
 * and arithmetic the widgets leave out, src/data/strict.ts); `undefined` when the feed is refused
 * as a whole.
 */
export function reportProblems(result: FeedParseResult, strict: readonly FeedProblem[], source: string, err: Print): ProblemCount | undefined {
  if (!result.ok) {
    err(`${source}: the feed is refused as a whole`);
    err(`  ${formatProblem(result.problem)}`);
    return undefined;
  }
  for (const report of result.reports) {
    const warningsOnly = report.problems.every((problem) => problem.warning);
    const outcome = report.dropped ? 'left out' : warningsOnly ? 'shown, with warnings' : 'shown without these fields';
    const what = report.collection === 'feed' ? 'feed' : `${report.collection}[${report.index}]${report.id ? ` "${report.id}"` : ''}`;
    err(`${what}: ${outcome}`);
    for (const problem of report.problems) err(`  ${formatProblem(problem)}`);
  }
  if (strict.length > 0) err('strict checks (beyond what the widgets check):');
  for (const problem of strict) err(`  ${formatProblem(problem)}`);
  const all = [...result.reports.flatMap((report) => report.problems), ...strict];
  const problems = all.filter((problem) => !problem.warning).length;
  return { problems, warnings: all.length - problems };
}

/** A command line that cannot be run: what is wrong (if anything is said), then the usage; exit code 2. */
export function usageError(problem: string, usage: string, err: Print): 2 {
  if (problem) err(problem);
  for (const line of usage.split('\n')) err(line);
  return 2;
}

/** "2 problems", "1 warning". */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Prints a warning per project that is out of date (src/data/ended.ts); the number printed. */
export function reportWarnings(feed: Feed, today: string, staleAfter: Age, err: Print): number {
  const warnings = currencyWarnings(feed.projects, today, staleAfter);
  for (const { index, id, message } of warnings) err(`warning: projects[${index}] "${id}": ${message}`);
  return warnings.length;
}
