/**
 * What a goal says about progress. Pure; no DOM.
 *
 * A goal with a `target` is numeric: progress runs from `baseline` (0 when absent) to `target`, and
 * `current` is where it stands. A target below the baseline is a goal to bring a figure down.
 * A goal without `target` is a milestone whose `status` says where it stands.
 * Without `current`, the latest of the goal's `measurements` is where it stands.
 */
import { pluralCategory } from './format.js';
import { baseLanguage, resolveText, type ResolvedText } from './text.js';
import type { Goal, GoalStatus, Measurement } from './types.js';

export interface NumericGoal {
  kind: 'numeric';
  goal: Goal;
  target: number;
  /** `baseline` from the feed, else 0. */
  baseline: number;
  /** Whether the feed gave a baseline, so that one is only shown when it was reported. */
  hasBaseline: boolean;
  /** `current`, else the latest measurement's value; `undefined` when no figure has been reported: that is not 0. */
  current?: number;
  /** The date of the latest measurement, when `current` is its value (or taken from it). */
  measuredOn?: string;
  /** How far along the way from baseline to target, 0–1; `undefined` without `current`. */
  fraction?: number;
  /** At or past the target (in the goal's direction), or reported `achieved`. */
  reached: boolean;
  /** Strictly past the target, e.g. 56 of 50: shown as it is, with the bar full. */
  exceeded: boolean;
  status?: GoalStatus;
}

export interface Milestone {
  kind: 'milestone';
  goal: Goal;
  /** `undefined` when the feed does not say; `achieved` when it gives the date it was. */
  status?: GoalStatus;
}

export type GoalProgress = NumericGoal | Milestone;

/** The measurement with the latest date (the last of those on that day), or `undefined`. */
export function latestMeasurement(goal: Goal): Measurement | undefined {
  let latest: Measurement | undefined;
  // Feed dates (checked by the validator) compare as strings.
  for (const measurement of goal.measurements ?? []) if (!latest || measurement.date >= latest.date) latest = measurement;
  return latest;
}

export function goalProgress(goal: Goal): GoalProgress {
  // A milestone with the date it was reached is reached, whatever else the feed leaves out.
  if (goal.target === undefined) return { kind: 'milestone', goal, status: goal.status ?? (goal.achieved ? 'achieved' : undefined) };
  const target = goal.target;
  const baseline = goal.baseline ?? 0;
  const latest = latestMeasurement(goal);
  const current = goal.current ?? latest?.value;
  // Dated only where the figure shown is the latest measurement's ("18 av 50, 30 september 2026").
  const measured = latest !== undefined && latest.value === current ? latest : undefined;
  let fraction: number | undefined;
  let reached = goal.status === 'achieved';
  let exceeded = false;
  if (current !== undefined) {
    const span = target - baseline;
    // Which way is forward: up for "50 actors", down for "waiting time from 90 to 30 days".
    const direction = span < 0 ? -1 : 1;
    const ahead = (current - target) * direction;
    reached ||= ahead >= 0;
    exceeded = ahead > 0;
    fraction = span === 0 ? (ahead >= 0 ? 1 : 0) : Math.min(1, Math.max(0, (current - baseline) / span));
  }
  return {
    kind: 'numeric',
    goal,
    target,
    baseline,
    hasBaseline: goal.baseline !== undefined,
    current,
    measuredOn: measured?.date,
    fraction,
    reached,
    exceeded,
    status: goal.status,
  };
}

/** Numeric goals first, then milestones, each in feed order. */
export function orderedGoals(goals: readonly Goal[]): GoalProgress[] {
  const all = goals.map(goalProgress);
  return [...all.filter((g) => g.kind === 'numeric'), ...all.filter((g) => g.kind === 'milestone')];
}

export interface MilestoneSummary {
  total: number;
  achieved: number;
  /** How many milestones have a status at all; 0 means nothing has been reported yet. */
  reported: number;
}

export function summarizeMilestones(milestones: readonly Milestone[]): MilestoneSummary {
  let achieved = 0;
  let reported = 0;
  for (const milestone of milestones) {
    if (milestone.status !== undefined) reported++;
    if (milestone.status === 'achieved') achieved++;
  }
  return { total: milestones.length, achieved, reported };
}

/**
 * Value and maximum for a native `<progress>`, in the goal's own units where that makes sense
 * (18 of 50 → 18 / 50), always with `0 ≤ value ≤ max` and `max > 0` as `<progress>` requires.
 */
export function progressBarValues(goal: NumericGoal): { value: number; max: number } | undefined {
  if (goal.fraction === undefined) return undefined;
  const span = Math.abs(goal.target - goal.baseline);
  const max = span > 0 ? span : 1;
  return { value: goal.fraction * max, max };
}

/**
 * The goal's unit for `count` ("1 aktör", "18 aktörer"), in `language` if the feed has it: from
 * `unitForms`, in the form `Intl.PluralRules` picks, where it has that language, else from `unit`
 * where that has it; failing both, `unitForms` in the feed's language (or Swedish, or any), else
 * `unit` as it resolves. A form in another language is picked by that language's rules, and says
 * which language it is in, so that it can be marked.
 */
export function goalUnit(goal: Goal, count: number, language: string, feedLanguage?: string): ResolvedText | undefined {
  const { unitForms, unit } = goal;
  const fromUnit = resolveText(unit, language, feedLanguage);
  if (!unitForms) return fromUnit;
  const keys = Object.fromEntries(Object.keys(unitForms).map((key) => [key, key]));
  const formsLang = resolveText(keys, language, feedLanguage)?.lang;
  if (formsLang === undefined) return fromUnit;
  const same = (lang: string) => baseLanguage(lang) === baseLanguage(language);
  if (!same(formsLang) && fromUnit && same(fromUnit.lang)) return fromUnit;
  const forms = unitForms[formsLang];
  return { text: forms[pluralCategory(count, formsLang)] ?? forms.other, lang: formsLang };
}

/** The goal's measurements, oldest first (feed dates compare as strings; equal dates keep the feed's order). */
export function measurementsByDate(goal: Goal): Measurement[] {
  return [...(goal.measurements ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A place in a chart: `x` and `y` from 0 to 1, `y` upwards. */
export interface ChartPoint {
  x: number;
  y: number;
}

/**
 * Where a numeric goal's measurements (oldest first) and its target lie in a small chart: time along
 * `x` from the first measurement to the last, values along `y` from the lowest to the highest of 0,
 * the baseline, the target and every value. `undefined` below two measurements: one value is no line.
 */
export function measurementChart(goal: NumericGoal, measurements: readonly Measurement[]): { points: ChartPoint[]; target: number } | undefined {
  if (measurements.length < 2) return undefined;
  const times = measurements.map((m) => Date.parse(m.date));
  const values = measurements.map((m) => m.value);
  const low = Math.min(0, goal.baseline, goal.target, ...values);
  const span = Math.max(goal.baseline, goal.target, ...values) - low || 1;
  const first = times[0];
  const duration = times[times.length - 1] - first;
  const y = (value: number) => (value - low) / span;
  return {
    points: measurements.map((m, i) => ({ x: duration > 0 ? (times[i] - first) / duration : i / (measurements.length - 1), y: y(m.value) })),
    target: y(goal.target),
  };
}
