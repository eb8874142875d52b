import { css } from 'lit';

export const projectListStyles = css`
  /* Grids get an explicit minmax(0, 1fr) column, so a long word or option cannot widen them. */
  .base {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .controls {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: start;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
    font-size: 0.9375em;
  }
  input,
  select {
    font: inherit;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.75em;
    padding-block: 0.375em;
    padding-inline: 0.625em;
    border: 0.0625em solid var(--_control-border);
    border-radius: calc(var(--_radius) * 0.75);
    background-color: var(--_surface);
    color: var(--_text);
  }
  select {
    text-overflow: ellipsis;
  }
  input:focus-visible,
  select:focus-visible {
    outline-offset: 0.0625em;
  }
  .result-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .count {
    font-weight: 600;
  }
  .ended-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    cursor: pointer;
  }
  .ended-toggle input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  @media print {
    .ended-toggle {
      display: none;
    }
  }
  .download {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .no-matches button,
  .more button {
    background: var(--_surface);
    color: var(--_accent);
  }
  .no-matches button:hover,
  .more button:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .no-matches {
    display: grid;
    justify-items: start;
    gap: 0.75em;
    padding: var(--_space);
    border: 0.0625em dashed var(--_control-border);
    border-radius: var(--_radius);
  }
  .projects {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--si-card-min-inline-size, 20em)), 1fr));
    gap: var(--_gap);
  }
  .status-loading .base {
    min-block-size: var(--si-loading-min-block-size, auto);
  }
  .projects > li {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  /* Cards in a row are as tall as the tallest (the grid stretches the box, not the text): the
     funders' logos go to the bottom, and a card is never lower than its skeleton was. */
  .project {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    min-block-size: var(--_card-reserve);
  }
  .project .attributions {
    margin-block-start: auto;
    padding-block-start: var(--_space-2);
  }
  .project:hover,
  .project:focus-within {
    border-color: var(--_control-border);
    box-shadow: var(--_shadow);
  }
  .project:focus-visible {
    outline-offset: 0.125em;
  }
  .title {
    font-size: var(--_title);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .title a {
    display: inline;
  }
  /* A few lines of the summary; the whole text stays in the page, for screen readers and search. */
  .project .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--si-summary-lines, 4);
    overflow: hidden;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5em 1em;
  }
  .shown {
    color: var(--_muted);
  }
  /* Wider containers: the controls side by side, the search field twice as wide. */
  @container (min-width: 30em) {
    .controls {
      grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
      align-items: end;
    }
    .field-search {
      grid-column: span 2;
    }
  }
  @media (forced-colors: active) {
    input,
    select {
      border-color: FieldText;
    }
    .project,
    .controls {
      border-color: CanvasText;
    }
  }
`;
