/**
 * Whether a project has ended, and whether a feed's word for it is old: the one place that compares
 * a project's dates with today. Pure; no DOM. "Today" is always passed in (a `YYYY-MM-DD` day), so
 * that tests, previews and the CLI can fix it.
 */
import { isFeedDate, isFeedDateTime, parseFeedDate } from './dates.js';
import type { Project, ProjectStatus } from './types.js';

/** `date` as the calendar day (`YYYY-MM-DD`) it is where the code runs: the visitor's today. */
export function localDay(date: Date = new Date()): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/**
 * Whether the project's `end` is a day before `today`: it has ended, whatever its `status` says.
 * A project without a valid `end` has not (a `completed` one without a date is shown as completed,
 * but nothing says when it ended).
 */
export function hasEnded(project: Pick<Project, 'end'>, today: string): boolean {
  const { end } = project;
  return end !== undefined && isFeedDate(end) && end < today;
}

/** An `active` project whose `end` has passed: the feed has not been updated since it ended. */
export function isActivePastEnd(project: Pick<Project, 'status' | 'end'>, today: string): boolean {
  return project.status === 'active' && hasEnded(project, today);
}

/** The status to show: `completed` for an `active` project whose end has passed, else the feed's. */
export function shownStatus(project: Pick<Project, 'status' | 'end'>, today: string): ProjectStatus | undefined {
  return isActivePastEnd(project, today) ? 'completed' : project.status;
}

/** The projects split into those still current and those whose end has passed, each in order. */
export function partitionEnded<P extends Pick<Project, 'end'>>(
  projects: readonly P[],
  today: string,
): { current: P[]; ended: P[] } {
  const current: P[] = [];
  const ended: P[] = [];
  for (const project of projects) (hasEnded(project, today) ? ended : current).push(project);
  return { current, ended };
}

/** An age such as `12m`: a number of days (`d`), months (`m`) or years (`y`). */
export interface Age {
  amount: number;
  unit: 'd' | 'm' | 'y';
}

/** `12m`, `90d`, `1y` as an {@link Age}; `undefined` for anything else. */
export function parseAge(value: string): Age | undefined {
  const match = /^([1-9]\d{0,3})([dmy])$/.exec(value.trim());
  return match ? { amount: Number(match[1]), unit: match[2] as Age['unit'] } : undefined;
}

/** The day (`YYYY-MM-DD`) `age` before `today`; a month back from 31 March is the last of February. */
export function dayBefore(today: string, age: Age): string {
  const date = parseFeedDate(today);
  if (!date) throw new RangeError(`not a day: ${today}`);
  if (age.unit === 'd') date.setUTCDate(date.getUTCDate() - age.amount);
  else {
    const months = age.unit === 'y' ? age.amount * 12 : age.amount;
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() - months);
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Whether `updated` (a feed date or date-time) is older than `age` before `today`; `false` when it
 * is missing or not a date, which the validator reports on its own.
 */
export function isOlderThan(updated: unknown, today: string, age: Age): boolean {
  if (typeof updated !== 'string' || !(isFeedDate(updated) || isFeedDateTime(updated))) return false;
  return updated.slice(0, 10) < dayBefore(today, age);
}

/** An age in words: "12 months". */
export function ageText({ amount, unit }: Age): string {
  const name = { d: 'day', m: 'month', y: 'year' }[unit];
  return `${amount} ${name}${amount === 1 ? '' : 's'}`;
}

/** A project the feed should say more about: where, which, and what to check. */
export interface CurrencyWarning {
  index: number;
  id: string;
  message: string;
}

/**
 * What a publisher should look at, though the feed is valid: `active` projects whose `end` has
 * passed (the widgets show them as ended), and projects whose `updated` (a field of feed format
 * 1.x, read if present) is older than `staleAfter`.
 */
export function currencyWarnings(projects: readonly Project[], today: string, staleAfter: Age): CurrencyWarning[] {
  const warnings: CurrencyWarning[] = [];
  projects.forEach((project, index) => {
    const { id, end } = project;
    if (isActivePastEnd(project, today)) {
      warnings.push({ index, id, message: `status is "active" but its end, ${end}, has passed: widgets show it as ended; set "status": "completed" or a later "end"` });
    }
    const { updated } = project as Project & { updated?: unknown };
    if (isOlderThan(updated, today, staleAfter)) {
      warnings.push({ index, id, message: `updated ${String(updated)} is more than ${ageText(staleAfter)} ago: check that the entry is still right, then update "updated"` });
    }
  });
  return warnings;
}
