import { css } from 'lit';

export const partnerListStyles = css`
  .base {
    container-type: inline-size;
  }
  /* One box; roles are sections of it, side by side when the container is wide enough. */
  .groups {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .group {
    display: grid;
    gap: 0.375em;
    align-content: start;
    min-inline-size: 0;
  }
  .group + .group {
    padding-block-start: var(--_space);
    border-block-start: 0.0625em solid var(--_border);
  }
  .role {
    font-size: var(--_small);
    font-weight: var(--_strong);
    line-height: 1.35;
    color: var(--_muted);
    text-transform: none;
  }
  .names {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
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
    font-size: var(--_small);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* Without a project: one box with rules between names, in columns when there is room. The
     rules sit above each name; the first row's are pulled under the box's edge and clipped. */
  .base > .names {
    gap: 0 var(--_space-6);
    padding-inline: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .base > .names > .organization {
    margin-block-start: -0.0625em;
    padding-block: 0.375em;
    border-block-start: 0.0625em solid var(--_border);
  }
  .names .count {
    margin-inline-start: auto;
  }
  .attribution {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    flex-basis: 100%;
    font-size: var(--_small);
    overflow-wrap: anywhere;
  }
  /* A fixed box, so that nothing moves when the logo arrives. */
  .attribution .logo {
    inline-size: 6em;
    block-size: 2em;
    object-fit: contain;
  }
  .attribution .logo[hidden] {
    display: none;
  }
  @container (min-width: 40em) {
    .base > .names {
      grid-template-columns: repeat(auto-fill, minmax(18em, 1fr));
    }
  }
  .logos {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  /* Tiles of one width, whatever the logo inside; they may grow to fill a narrow row. */
  .logos .organization {
    flex: 1 0 auto;
    inline-size: var(--si-logo-inline-size, 9em);
    max-inline-size: min(100%, 16em);
    display: grid;
    gap: var(--_space-1);
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
    font-weight: var(--_strong);
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
    :host(:not([layout='logos'])) .groups {
      grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
      column-gap: calc(var(--_space) * 2);
    }
    .group + .group {
      padding-block-start: 0;
      border-block-start: 0;
    }
    /* Logos: each role as wide as its logos, side by side. */
    :host([layout='logos']) .groups {
      display: flex;
      flex-wrap: wrap;
      column-gap: calc(var(--_space) * 2);
    }
    :host([layout='logos']) .group {
      flex: 0 1 auto;
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
