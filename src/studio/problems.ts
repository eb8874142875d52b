/**
 * The draft's problems, from the validator the widgets use (src/data/validate.ts) and the strict
 * checks `si-feed validate` adds (src/data/strict.ts), each with the path of its field, so the
 * studio can link the problem to the field and the field to the problem. Pure.
 */
import { strictProblems } from '../data/strict.js';
import type { Feed } from '../data/types.js';
import { validateFeed, type FeedProblem } from '../data/validate.js';
import type { DraftFeed, Path } from './draft.js';

export interface StudioProblem {
  /** The field's path: `['projects', 3, 'title', 'en']`. */
  path: Path;
  /** As the validator wrote it: `$.projects[3].title.en`. */
  at: string;
  expected: string;
  found: string;
  warning: boolean;
}

export interface DraftCheck {
  problems: StudioProblem[];
  /** The feed as the widgets would show it (invalid items left out); `undefined` when refused. */
  shown?: Feed;
}

/** `$.projects[3].title["en-x"]` → `['projects', 3, 'title', 'en-x']`. */
export function parsePath(at: string): Path {
  const path: (string | number)[] = [];
  const pattern = /\.([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of at.replace(/^\$/, '').matchAll(pattern)) {
    if (match[1] !== undefined) path.push(match[1]);
    else if (match[2] !== undefined) path.push(Number(match[2]));
    else path.push(JSON.parse(match[3]) as string);
  }
  return path;
}

function studioProblem(problem: FeedProblem): StudioProblem {
  const { path: at, expected, found } = problem;
  return { path: parsePath(at), at, expected, found, warning: problem.warning === true };
}

/** Every problem of the draft, errors before warnings, each once. */
export function checkDraft(feed: DraftFeed, today: string): DraftCheck {
  const result = validateFeed(feed);
  if (!result.ok) return { problems: [studioProblem(result.problem)] };
  const seen = new Set<string>();
  const problems: StudioProblem[] = [];
  const found = [...result.reports.flatMap((report) => report.problems), ...strictProblems(feed, today)];
  for (const problem of found) {
    const key = `${problem.path}\n${problem.expected}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(studioProblem(problem));
  }
  problems.sort((a, b) => Number(a.warning) - Number(b.warning));
  return { problems, shown: result.feed };
}

/** An HTML id for the field at `path`: `f-projects-3-title-en`. */
export function fieldId(path: Path): string {
  return `f${path.map((key) => `-${String(key).replace(/[^\w]/g, '_')}`).join('')}`;
}

/** Whether `path` is `prefix` or lies under it. */
export function isUnder(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

/** The problems by the id of their field, for the forms to look up as they render. */
export function problemsByField(problems: readonly StudioProblem[]): Map<string, StudioProblem[]> {
  const index = new Map<string, StudioProblem[]>();
  for (const problem of problems) {
    const id = fieldId(problem.path);
    const list = index.get(id);
    if (list) list.push(problem);
    else index.set(id, [problem]);
  }
  return index;
}
