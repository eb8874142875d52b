import { html, nothing, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { SiFeedElement, type Selection } from '../../core/feed-element.js';
import type { LoadedFeed } from '../../core/feed-store.js';
import { findProject } from '../../core/find-project.js';
import { baseStyles } from '../../core/styles.js';
import { goalStatusName, milestonesAchieved, milestonesUnreported } from './goal-words.js';
import { messageParts, say, type MessagePart } from '../../data/message.js';
import { formatDate, formatNumber } from '../../data/format.js';
import {
  goalUnit,
  measurementChart,
  measurementsByDate,
  orderedGoals,
  progressBarValues,
  summarizeMilestones,
  type Milestone,
  type NumericGoal,
} from '../../data/goals.js';
import type { ResolvedText } from '../../data/text.js';
import type { GoalStatus, Measurement, Text } from '../../data/types.js';
import { goalProgressStyles } from './goal-progress.styles.js';

interface GoalsView {
  numeric: NumericGoal[];
  milestones: Milestone[];
  /** One goal asked for by `goal`: it is the heading, with no "Delmål" heading above it. */
  single: boolean;
}

/** Decorative status icons: the status is always said in words beside them. */
const ICONS: Record<GoalStatus | 'unknown', TemplateResult> = {
  achieved: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.3l2.3 2.3 4.7-4.9" class="check" fill="none" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor"/>`,
  planned: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2"/>`,
};

/** The chart's viewBox, `0 0 240 64`: wide and low, as a sparkline. */
const CHART_WIDTH = 240;
const CHART_HEIGHT = 64;
/** Room at the edges, so that the dots at the ends are whole. */
const CHART_INSET = 4;

/** The measurements as a line, each a dot, with the target as a dashed line; hidden from assistive tech (the table says it). */
function renderChart(goal: NumericGoal, measurements: readonly Measurement[]): TemplateResult | typeof nothing {
  const chart = measurementChart(goal, measurements);
  if (!chart) return nothing;
  const x = (fraction: number) => CHART_INSET + fraction * (CHART_WIDTH - 2 * CHART_INSET);
  const y = (fraction: number) => CHART_HEIGHT - CHART_INSET - fraction * (CHART_HEIGHT - 2 * CHART_INSET);
  const points = chart.points.map((p) => `${x(p.x)},${y(p.y)}`).join(' ');
  const target = y(chart.target);
  return html`<svg class="chart" part="chart" viewBox="0 0 240 64" aria-hidden="true" focusable="false">
    ${svg`<line class="target" x1="0" x2=${CHART_WIDTH} y1=${target} y2=${target} />
      <polyline class="line" points=${points} />
      ${chart.points.map((p) => svg`<circle class="dot" cx=${x(p.x)} cy=${y(p.y)} r="3" />`)}`}
  </svg>`;
}

function statusIcon(status: GoalStatus | undefined): TemplateResult {
  return html`<svg class="icon" part="status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${ICONS[status ?? 'unknown']}
  </svg>`;
}

/**
 * A project's goals: numeric goals as progress bars with the figure in words ("18 av 50 aktörer"),
 * milestones as a list with each status in words and a summary ("1 av 3 delmål uppnådda").
 *
 * A numeric goal's bar is a native `<progress>` named by the goal's title, whose `aria-valuetext`
 * is the same figure as the visible text. Past the target the figure is shown as it is (56 of 50)
 * with the bar full; with no `current` the element says that no figure has been reported instead
 * of showing 0.
 *
 * @tag si-goal-progress
 * @summary Shows a project's goals and how far they have come.
 *
 * @attr feed - URL of the JSON feed, or `#id` of an inline `<script type="application/json">`.
 * @attr project - The `id` of the project whose goals to show.
 * @attr goal - The `id` of one goal to show; without it, all the project's goals, numeric ones first.
 * @attr {number} timeout - Milliseconds before a hanging feed request is given up (default 10000).
 * @attr heading-level - Level of each goal's heading, and of the "Delmål" heading (default 3).
 * @attr theme - `light`, `dark` or `auto` (the OS setting); unset follows the page's `color-scheme`.
 * @attr state - Reflected: `loading`, `ready`, `empty` (the project has no goals) or `error`.
 * @attr {string} lang - The language of the element's words and numbers and of the feed text it picks; by
 *   default the closest `lang` around it. The element sets `dir` itself (`rtl` for Arabic) unless you do.
 *
 * @slot - Fallback content, shown until the feed is ready.
 *
 * @csspart base - The wrapper of the ready view (the container for container queries).
 * @csspart goal - Each numeric goal, and a single milestone.
 * @csspart goal-title - A goal's heading.
 * @csspart figure - The figure in words, e.g. "18 av 50 aktörer".
 * @csspart bar - The `<progress>` bar; style its fill with `::part(bar)::-webkit-progress-value`, or use the tokens.
 * @csspart no-figure - "Ingen siffra rapporterad ännu", when a goal has no current figure.
 * @csspart reached - "Målet är nått", when a goal has been reached.
 * @csspart baseline - The baseline, when the feed gives one.
 * @csspart milestones - The block of milestones.
 * @csspart milestones-title - The "Delmål" heading.
 * @csspart summary - "1 av 3 delmål uppnådda".
 * @csspart milestone-list - The `<ul>` of milestones.
 * @csspart milestone - Each milestone's `<li>`.
 * @csspart status - A milestone's status in words.
 * @csspart status-icon - The decorative icon beside a status.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - The message shown when the project has no goals.
 * @csspart error - The message shown when the feed, project or goal cannot be shown.
 * @csspart retry-button - The error message's "try again" button.
 * @csspart live-region - The visually hidden status region.
 *
 * @cssprop [--si-color-accent=#0a5a9c] - The bar's fill, links and focus.
 * @cssprop [--si-color-on-accent=#ffffff] - Text on accent-coloured buttons (the error message's "try again").
 * @cssprop [--si-color-track=#e3e8ed] - The bar's track.
 * @cssprop [--si-color-success=#1d6b33] - "Målet är nått" and achieved milestones.
 * @cssprop [--si-color-text=#1b1f24] - Text.
 * @cssprop [--si-color-text-muted=#4d5763] - Secondary text.
 * @cssprop [--si-color-surface=#ffffff] - Background of each goal.
 * @cssprop [--si-color-background=transparent] - Background of the whole element (#14181c when `theme` makes it dark).
 * @cssprop [--si-color-border=#c5ccd3] - Borders of the boxes.
 * @cssprop [--si-color-control-border=#66707b] - Border of the bar (3:1 against the surface).
 * @cssprop [--si-color-focus=#0a5a9c] - Focus outline.
 * @cssprop [--si-color-error=#a4161a] - Error accent.
 * @cssprop [--si-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--si-font-size=1em] - Base text size, relative to the page's (never `rem`-based).
 * @cssprop [--si-radius=0.5em] - Corner radius.
 * @cssprop [--si-space=1em] - Padding inside each box.
 * @cssprop [--si-space-1=0.25em] - Spacing scale, step 1 (of 6): inside badges and tags, under a label. Every gap and padding is a step of the scale, in em of the element's font size (docs/theming.md).
 * @cssprop [--si-space-2=0.5em] - Spacing scale, step 2: between the lines of a list's card, inside tags.
 * @cssprop [--si-space-3=0.75em] - Spacing scale, step 3: between the parts of a card.
 * @cssprop [--si-space-4=1em] - Spacing scale, step 4: the default of `--si-space` and `--si-gap`.
 * @cssprop [--si-space-5=1.5em] - Spacing scale, step 5: between funders' logos.
 * @cssprop [--si-space-6=2em] - Spacing scale, step 6, the largest.
 * @cssprop [--si-font-size-small=0.875em] - Secondary text: the meta line, labels, tags, dates.
 * @cssprop [--si-font-weight-strong=600] - Labels, badges and names.
 * @cssprop [--si-gap=1em] - Space between goals.
 * @cssprop [--si-loading-min-block-size=10em] - Space kept while loading.
 */
export class SiGoalProgress extends SiFeedElement<GoalsView> {
  static styles = [baseStyles, goalProgressStyles];

  static override properties: PropertyDeclarations = {
    project: {},
    goal: {},
  };

  /** The `id` of the project whose goals to show. */
  project?: string;

  /** The `id` of one goal to show; without it, all the project's goals. */
  goal?: string;

  protected loadingLabel(): string {
    return msg('Laddar mål…');
  }

  protected select(feed: LoadedFeed): Selection<GoalsView> {
    const project = findProject(feed, this.project, this.locale);
    if ('state' in project) return project;
    let goals = project.goals ?? [];
    if (this.goal) {
      const wanted = this.goal;
      goals = goals.filter((goal) => goal.id === wanted);
      if (goals.length === 0) {
        return {
          state: 'error',
          message: say(msg('Målet "{goal}" finns inte i projektet "{project}".'), { goal: wanted, project: project.id }),
          detail: `project "${project.id}" has no goal with id "${wanted}" (it has: ${
            (project.goals ?? []).map((goal) => goal.id).join(', ') || 'no goals'
          })`,
        };
      }
    }
    if (goals.length === 0) return { state: 'empty', message: msg('Projektet har inga mål angivna ännu.') };
    const ordered = orderedGoals(goals);
    return {
      state: 'ready',
      view: {
        numeric: ordered.filter((goal): goal is NumericGoal => goal.kind === 'numeric'),
        milestones: ordered.filter((goal): goal is Milestone => goal.kind === 'milestone'),
        single: Boolean(this.goal),
      },
    };
  }

  /** The goal's unit for `count`, in the element's language where the feed has it. */
  private unit(goal: NumericGoal, count: number, feed: LoadedFeed): ResolvedText | undefined {
    return goalUnit(goal.goal, count, this.language, feed.index.feed.language);
  }

  /**
   * "18 av 50 aktörer", or "18 av 50" when the goal has no unit; the unit's form follows the target.
   * With the date of the measurement it is: "18 av 50 aktörer, 30 september 2026".
   */
  private figure(current: number, target: number, unit: ResolvedText | undefined, measuredOn: string | undefined): MessagePart[] {
    const date = formatDate(measuredOn, this.locale);
    const values = { current, target, unit: unit?.text ?? '', date: date ?? '' };
    if (date) {
      return messageParts(unit ? msg('{current} av {target} {unit}, {date}') : msg('{current} av {target}, {date}'), values, this.locale);
    }
    return messageParts(unit ? msg('{current} av {target} {unit}') : msg('{current} av {target}'), values, this.locale);
  }

  /**
   * A message in parts as markup: the unit, a feed value, in a `<bdi>` (isolated, so a
   * left-to-right unit keeps its place in Arabic) with its own `lang` when it fell back.
   */
  private renderParts(parts: MessagePart[], unit: ResolvedText | undefined): TemplateResult {
    const lang = ifDefined(this.langOf(unit));
    return html`${parts.map((part) => (part.slot === 'unit' ? html`<bdi lang=${lang}>${part.text}</bdi>` : part.text))}`;
  }

  private renderTitle(title: ResolvedText, id: string): TemplateResult {
    const tag = this.headingTag();
    const lang = ifDefined(this.langOf(title));
    return staticHtml`<${tag} class="goal-title" part="goal-title" id=${id} dir="auto" lang=${lang}>${title.text}</${tag}>`;
  }

  private renderNumeric(goal: NumericGoal, position: number, feed: LoadedFeed): TemplateResult {
    const title = this.text(goal.goal.title, feed) ?? { text: goal.goal.id, lang: this.language };
    const titleId = `goal-${position}-title`;
    const bar = progressBarValues(goal);
    const { target, baseline, current } = goal;
    const unit = this.unit(goal, target, feed);
    let progress: TemplateResult;
    if (current !== undefined && bar) {
      const figure = this.figure(current, target, unit, goal.measuredOn);
      // Read aloud, never laid out: the plain words, without markup or isolates.
      const spoken = figure.map((part) => part.text).join('');
      progress = html`<p class="figure" part="figure">${this.renderParts(figure, unit)}</p>
        <progress
          part="bar"
          value=${bar.value}
          max=${bar.max}
          aria-labelledby=${titleId}
          aria-valuetext=${spoken}
        ></progress>`;
    } else {
      const parts = unit
        ? messageParts(msg('Mål: {target} {unit}'), { target, unit: unit.text }, this.locale)
        : messageParts(msg('Mål: {target}'), { target }, this.locale);
      progress = html`<p class="figure" part="figure">${this.renderParts(parts, unit)}</p>
        <p class="no-figure" part="no-figure">${msg('Ingen siffra rapporterad ännu.')}</p>`;
    }
    return html`<div class="goal numeric panel" part="goal">
      ${this.renderTitle(title, titleId)} ${progress}
      ${goal.reached
        ? html`<p class="reached" part="reached">
            ${statusIcon('achieved')} ${goal.exceeded ? msg('Målet är överträffat.') : msg('Målet är nått.')}
          </p>`
        : nothing}
      ${goal.hasBaseline ? html`<p class="baseline" part="baseline">${this.renderBaseline(goal, baseline, feed)}</p>` : nothing}
      ${this.renderComment(goal.goal.comment, feed)} ${this.renderMeasurements(goal, title, feed)}
    </div>`;
  }

  private renderComment(comment: Text | undefined, feed: LoadedFeed): TemplateResult | typeof nothing {
    const text = this.text(comment, feed);
    return text ? html`<p class="comment" part="comment" dir="auto" lang=${ifDefined(this.langOf(text))}>${text.text}</p>` : nothing;
  }

  /**
   * The measurements as a small line chart (decorative: drawn from numbers, in the element's own
   * colours, system colours in forced-colours mode), and as a table screen readers read, visually
   * hidden: date, value and note of each. (The box around the table hides it: a table is never
   * narrower than its text, and would widen the page.)
   */
  private renderMeasurements(goal: NumericGoal, title: ResolvedText, feed: LoadedFeed): TemplateResult | typeof nothing {
    const measurements = measurementsByDate(goal.goal);
    if (measurements.length === 0) return nothing;
    const { locale } = this;
    const rows = measurements.map((m) => {
      const note = this.text(m.note, feed);
      return html`<tr>
        <td>${formatDate(m.date, locale) ?? m.date}</td>
        <td>${formatNumber(m.value, locale)}</td>
        <td dir="auto" lang=${ifDefined(this.langOf(note))}>${note?.text ?? ''}</td>
      </tr>`;
    });
    return html`${renderChart(goal, measurements)}
      <div class="visually-hidden">
        <table part="measurements">
          <caption>${say(msg('Mätningar: {goal}'), { goal: title.text })}</caption>
          <thead><tr><th scope="col">${msg('Datum')}</th><th scope="col">${msg('Värde')}</th><th scope="col">${msg('Kommentar')}</th></tr></thead>
          <tbody>${rows}</tbody>
        </table>
      </div>`;
  }

  /** "Utgångsläge: 2 aktörer": the unit's form follows the baseline. */
  private renderBaseline(goal: NumericGoal, baseline: number, feed: LoadedFeed): TemplateResult {
    const unit = this.unit(goal, baseline, feed);
    const parts = unit
      ? messageParts(msg('Utgångsläge: {baseline} {unit}'), { baseline, unit: unit.text }, this.locale)
      : messageParts(msg('Utgångsläge: {baseline}'), { baseline }, this.locale);
    return this.renderParts(parts, unit);
  }

  /** A milestone's status in words; an achieved one with its date: "Uppnått 12 mars 2026". */
  private renderStatus(status: GoalStatus | undefined, achieved?: string): TemplateResult {
    const date = status === 'achieved' ? formatDate(achieved, this.locale) : undefined;
    const words = date ? say(msg('Uppnått {date}'), { date }) : goalStatusName(status);
    return html`<span class="status" part="status" data-status=${status ?? 'unknown'}
      >${statusIcon(status)}<span class="visually-hidden">${msg('Status:')} </span>${words}</span
    >`;
  }

  private renderSingleMilestone(milestone: Milestone, feed: LoadedFeed): TemplateResult {
    const title = this.text(milestone.goal.title, feed) ?? { text: milestone.goal.id, lang: this.language };
    return html`<div class="goal milestone-goal panel" part="goal">
      ${this.renderTitle(title, 'goal-0-title')}
      <p>${this.renderStatus(milestone.status, milestone.goal.achieved)}</p>
      ${this.renderComment(milestone.goal.comment, feed)}
    </div>`;
  }

  private renderMilestones(milestones: Milestone[], feed: LoadedFeed): TemplateResult {
    const summary = summarizeMilestones(milestones);
    const { language, locale } = this;
    const tag = this.headingTag();
    return html`<div class="milestones panel" part="milestones">
      ${staticHtml`<${tag} class="milestones-title" part="milestones-title">${msg('Delmål')}</${tag}>`}
      <p class="summary" part="summary">
        ${summary.reported === 0
          ? milestonesUnreported(summary.total, locale)
          : milestonesAchieved(summary.achieved, summary.total, locale)}
      </p>
      <ul class="milestone-list" part="milestone-list" role="list">
        ${milestones.map((milestone) => {
          const title = this.text(milestone.goal.title, feed) ?? { text: milestone.goal.id, lang: language };
          return html`<li class="milestone" part="milestone">
            <span class="milestone-title" dir="auto" lang=${ifDefined(this.langOf(title))}>${title.text}</span>
            ${this.renderStatus(milestone.status, milestone.goal.achieved)}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  protected renderView(view: GoalsView, feed: LoadedFeed): TemplateResult {
    const { numeric, milestones, single } = view;
    return html`<div class="base" part="base">
      <div class="goals">
        ${numeric.length > 0
          ? html`<div class="numeric-goals">${numeric.map((goal, i) => this.renderNumeric(goal, i, feed))}</div>`
          : nothing}
        ${milestones.length === 0
          ? nothing
          : single
            ? this.renderSingleMilestone(milestones[0], feed)
            : this.renderMilestones(milestones, feed)}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'si-goal-progress': SiGoalProgress;
  }
}
