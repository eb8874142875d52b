import { css } from 'lit';

/** Styles of the pieces in project-parts.ts, shared by every element that shows them. */
export const projectPartStyles = css`
  :host {
    --_card-reserve: var(--si-card-min-block-size, 16em);
    --_radius-tag: var(--si-radius-tag, 1em);
    --_shadow: var(--si-shadow-hover, 0 0.25em 0.75em rgb(0 0 0 / 0.14));
  }
  .bone {
    block-size: 1lh;
    padding-block: 0.2lh;
    background: var(--_bone) content-box;
    border-radius: var(--_radius-tag);
  }
  .bone.short {
    inline-size: 55%;
  }
  /* A card's skeleton is its box at the least height of a ready card (which the card keeps, see
     .card and .project), so the page does not move when the feed arrives. */
  .skeleton.panel {
    block-size: var(--_card-reserve);
    overflow: hidden;
    background: var(--_surface);
  }
  .bone.title {
    inline-size: 80%;
  }
  .bone.badge {
    inline-size: 7em;
    font-size: var(--_small);
  }
  /* The meta line: status badge, period (and on the card, places), wrapping as one line. */
  .facts,
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_muted);
  }
  .period,
  .places {
    font-size: var(--_small);
    overflow-wrap: anywhere;
  }
  .facts .separator {
    display: none;
  }
  /* Status as a badge: its words and a shape (dot: active, ring: planned, square: completed), never colour alone. */
  .status {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    padding-inline: var(--_space-2);
    border: 0.0625em solid;
    border-radius: var(--_radius-tag);
    color: var(--_muted);
    font-size: var(--_small);
    font-weight: var(--_strong);
  }
  .status::before {
    content: '';
    forced-color-adjust: none;
    inline-size: 0.625em;
    block-size: 0.625em;
    border: 0.15em solid;
    border-radius: 50%;
  }
  [data-status='active'] {
    color: var(--_success);
  }
  [data-status='active']::before {
    background: currentColor;
  }
  [data-status='planned'] {
    color: var(--_accent);
  }
  [data-status='completed']::before {
    border-radius: 0;
    background: currentColor;
  }
  .leads {
    color: var(--_muted);
    font-size: var(--_small);
    overflow-wrap: anywhere;
  }
  .lead-logo {
    display: inline-block;
    vertical-align: middle;
    margin-inline-end: var(--_space-2);
    inline-size: 2.25em;
    block-size: 2.25em;
    object-fit: contain;
    border-radius: calc(var(--_radius) / 2);
  }
  .label {
    font-weight: var(--_strong);
  }
  .summary {
    overflow-wrap: anywhere;
  }
  .attributions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
    font-size: var(--_small);
  }
  .attribution {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .funder {
    font-weight: var(--_strong);
  }
  /* The logo names the funder (its alt text); the name shows only where there is no logo to show. */
  .logo:not([hidden]) + .funder {
    display: none;
  }
  .logo[hidden],
  .lead-logo[hidden] {
    display: none;
  }
  /* A fixed box, so that the page does not move when a logo arrives; the logo fits inside it. */
  .logo {
    display: block;
    inline-size: 7em;
    block-size: 2.5em;
    object-fit: contain;
    object-position: 0 50%;
  }
  /* At the start of its box, beside the words it goes with, whichever way the text runs. */
  .logo:dir(rtl) {
    object-position: 100% 50%;
  }
`;
