import { css } from 'lit';

export const goalProgressStyles = css`
  .base {
    container-type: inline-size;
  }
  .goals,
  .numeric-goals {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .goal,
  .milestones {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: var(--_space-2);
    align-content: start;
  }
  .goal-title,
  .milestones-title {
    font-size: 1.125em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .figure {
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
  }
  progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.875em;
    border: 0.0625em solid var(--_control-border);
    border-radius: 0.4375em;
    background: var(--_track);
    color: var(--_accent);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_track);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .no-figure,
  .baseline,
  .summary {
    color: var(--_muted);
  }
  .no-figure {
    font-style: italic;
  }
  .reached,
  .status {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.375em;
  }
  .reached {
    color: var(--_success);
    font-weight: var(--_strong);
  }
  .icon {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
    margin-block-start: 0.1875em;
  }
  .icon .check {
    stroke: var(--_surface);
  }
  .milestone-list {
    display: grid;
    gap: var(--_space-1);
  }
  .milestone {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125em 1em;
    padding-block: 0.625em;
    border-block-start: 0.0625em solid var(--_border);
  }
  .milestone-title {
    overflow-wrap: anywhere;
  }
  .status {
    color: var(--_muted);
    font-size: var(--_small);
    font-weight: var(--_strong);
  }
  .status[data-status='achieved'] {
    color: var(--_success);
  }
  .status[data-status='in-progress'] {
    color: var(--_accent);
  }
  /* Wide containers: numeric goals side by side; a milestone's status beside its title. */
  @container (min-width: 36em) {
    .numeric-goals {
      grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
    }
    .milestone {
      grid-template-columns: minmax(0, 1fr) 13em;
      align-items: start;
    }
  }
  .comment {
    color: var(--_muted);
    font-style: italic;
  }
  .chart {
    display: block;
    inline-size: 100%;
    max-inline-size: 24em;
    block-size: auto;
    aspect-ratio: 240 / 64;
    overflow: visible;
  }
  .chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .chart .dot {
    fill: var(--_accent);
  }
  .chart .target {
    stroke: var(--_control-border);
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  /* Time runs the way the text does: right to left in Arabic. */
  .chart:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: no-preference) {
    progress::-webkit-progress-value {
      transition: inline-size 0.4s ease-out;
    }
  }
  /* Forced colours would paint the bar's fill like its track: draw both in system colours. */
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
    .icon {
      color: CanvasText;
    }
    .icon .check {
      stroke: Canvas;
    }
    .chart .line,
    .chart .target {
      stroke: CanvasText;
    }
    .chart .dot {
      fill: CanvasText;
    }
  }
`;
