import { css } from 'lit';

export const partnerListStyles = css`
  .base {
    container-type: inline-size;
  }
  .groups {
    display: grid;
    gap: var(--_gap);
  }
  .group {
    display: grid;
    gap: 0.5em;
    align-content: start;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .role {
    font-size: 1em;
    font-weight: 700;
    line-height: 1.35;
    color: var(--_muted);
    text-transform: none;
  }
  .names {
    display: grid;
    gap: 0.125em;
  }
  .names .organization {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 1em;
  }
  /* A name alone on its line is a target of its own: at least 24 px high (WCAG 2.5.8). */
  .name {
    display: inline-block;
    padding-block: 0.25em;
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  .count {
    color: var(--_muted);
    font-size: 0.9375em;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* Without a project: a card-like list, with rules between names. */
  .base > .names {
    gap: 0;
    padding-inline: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .base > .names > .organization + .organization {
    border-block-start: 0.0625em solid var(--_border);
  }
  .base > .names > .organization {
    padding-block: 0.375em;
  }
  .logos {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--si-logo-min-inline-size, 9em)), 1fr));
    gap: var(--_gap);
  }
  .logos .organization {
    display: grid;
    gap: 0.25em;
    justify-items: center;
    text-align: center;
  }
  /* A fixed box; the logo is contained in it, so it is never stretched or cropped. */
  .logo-box {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: var(--si-logo-block-size, 4em);
    padding: 0.5em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-decoration: none;
  }
  .logo-box img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .logo-name {
    font-weight: 600;
    line-height: 1.25;
    overflow-wrap: anywhere;
    /* The name of a logo-less organisation may be long: it may grow the tile rather than overflow. */
  }
  a.logo-box .logo-name {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .logo-box:has(.logo-name) {
    block-size: auto;
    min-block-size: var(--si-logo-block-size, 4em);
  }
  a.logo-box:hover {
    border-color: var(--_accent);
  }
  @container (min-width: 34em) {
    .groups {
      grid-template-columns: repeat(auto-fit, minmax(15em, 1fr));
    }
  }
  @media (forced-colors: active) {
    .logo-box {
      border-color: CanvasText;
    }
    a.logo-box {
      border-color: LinkText;
    }
  }
`;
