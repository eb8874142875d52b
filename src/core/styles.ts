import { css } from 'lit';

/**
 * Design tokens and resets every element shares. Public `--si-*` tokens feed private `--_*` ones,
 * with defaults here on `:host`, so a widget looks right with no CSS from the host page.
 * Sizes are in `em`, never `rem`, so a host's `html { font-size: 62.5% }` cannot shrink them.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--si-color-accent, #0a5a9c);
    --_on-accent: var(--si-color-on-accent, #ffffff);
    --_text: var(--si-color-text, #1b1f24);
    --_muted: var(--si-color-text-muted, #4d5763);
    --_surface: var(--si-color-surface, #ffffff);
    --_border: var(--si-color-border, #c5ccd3);
    --_focus: var(--si-color-focus, #0a5a9c);
    --_error: var(--si-color-error, #a4161a);
    --_radius: var(--si-radius, 0.5em);
    --_space: var(--si-space, 1em);
    --_gap: var(--si-gap, 1em);
    display: block;
    box-sizing: border-box;
    font-family: var(--si-font-family, inherit);
    font-size: var(--si-font-size, 1em);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.15em;
    border-radius: 0.15em;
  }
  button {
    font: inherit;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .status-loading {
    min-block-size: var(--si-loading-min-block-size, 10em);
  }
  .skeleton {
    block-size: 100%;
    min-block-size: inherit;
    border-radius: var(--_radius);
    background: repeating-linear-gradient(
      to bottom,
      color-mix(in srgb, var(--_border) 45%, transparent) 0 1.25em,
      transparent 1.25em 2em
    );
  }
  .status-error,
  .status-empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status-error {
    border-inline-start: 0.35em solid var(--_error);
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .skeleton {
      background: none;
      border: 1px dashed GrayText;
    }
  }
`;
