import { css } from 'lit';

/** Off screen but read by assistive tech; the snippet builder's page adopts it too, so it is written once. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
`;

/**
 * Design tokens and resets every element shares. Public `--si-*` tokens feed private `--_*` ones,
 * with defaults here on `:host`, so a widget looks right with no CSS from the host page.
 * Sizes are in `em`, never `rem`, so a host's `html { font-size: 62.5% }` cannot shrink them.
 *
 * Colour scheme: the defaults are `light-dark()` pairs, resolved by the `color-scheme` the element
 * inherits from the host page. A page that declares nothing is light, so a light page on a dark OS
 * gets a light widget; a page that declares `color-scheme: light dark` gets a widget that follows
 * the OS with it. The `theme` attribute overrides that: `light`, `dark` or `auto` (follow the OS).
 * Every default text colour meets 4.5:1 on its background in both schemes, controls' borders 3:1.
 *
 * Only logical properties (`inline`/`block`, `start`/`end`): the elements lay out right to left by
 * themselves in Arabic (test/data/logical-css.test.ts keeps it so).
 */
export const baseStyles = css`
  :host {
    --_accent: var(--si-color-accent, #0a5a9c);
    --_on-accent: var(--si-color-on-accent, #ffffff);
    --_text: var(--si-color-text, #1b1f24);
    --_muted: var(--si-color-text-muted, #4d5763);
    --_surface: var(--si-color-surface, #ffffff);
    --_background: var(--si-color-background, transparent);
    --_border: var(--si-color-border, #c5ccd3);
    --_control-border: var(--si-color-control-border, #66707b);
    --_track: var(--si-color-track, #e3e8ed);
    --_focus: var(--si-color-focus, #0a5a9c);
    --_error: var(--si-color-error, #a4161a);
    --_success: var(--si-color-success, #1d6b33);
    /* One scale of sizes, in em of the host's font size: every padding, gap and text size below is
       one of these, so a partner retunes the whole look with a few tokens. */
    --_space-1: var(--si-space-1, 0.25em);
    --_space-2: var(--si-space-2, 0.5em);
    --_space-3: var(--si-space-3, 0.75em);
    --_space-4: var(--si-space-4, 1em);
    --_space-5: var(--si-space-5, 1.5em);
    --_space-6: var(--si-space-6, 2em);
    --_small: var(--si-font-size-small, 0.875em);
    --_title: var(--si-font-size-title, 1.25em);
    --_strong: var(--si-font-weight-strong, 600);
    --_radius: var(--si-radius, 0.5em);
    --_space: var(--si-space, var(--_space-4));
    --_gap: var(--si-gap, var(--_space-4));
    display: block;
    box-sizing: border-box;
    font-family: var(--si-font-family, inherit);
    /*
     * Pinned: the host page's own CSS may not change these, only our documented tokens. An
     * !important rule in a shadow tree beats the page's !important for the host, so a hostile
     * "* { color: red !important; font-size: 40px !important }" stops here. Every size inside is in
     * em of this font size, so "html { font-size: 62.5% }" cannot shrink us; the 14px floor keeps
     * text readable where a page leaves 10px text around us. The font family is inherited on purpose
     * (@font-face does not work in shadow roots); display is left to the page, so that
     * si-project-list[state="error"] { display: none } keeps working.
     */
    font-size: var(--si-font-size, max(1em, 14px)) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    color: var(--_text) !important;
    background: var(--_background);
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    word-break: normal !important;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--si-color-accent, light-dark(#0a5a9c, #8cc8ff));
      --_on-accent: var(--si-color-on-accent, light-dark(#ffffff, #0b1c2c));
      --_text: var(--si-color-text, light-dark(#1b1f24, #e8ebef));
      --_muted: var(--si-color-text-muted, light-dark(#4d5763, #b8c1cb));
      --_surface: var(--si-color-surface, light-dark(#ffffff, #1d2228));
      --_border: var(--si-color-border, light-dark(#c5ccd3, #4a535d));
      --_control-border: var(--si-color-control-border, light-dark(#66707b, #939eaa));
      --_track: var(--si-color-track, light-dark(#e3e8ed, #343b43));
      --_focus: var(--si-color-focus, light-dark(#0a5a9c, #8cc8ff));
      --_error: var(--si-color-error, light-dark(#a4161a, #ff9c9c));
      --_success: var(--si-color-success, light-dark(#1d6b33, #8fdca5));
    }
  }
  /* A widget told to be dark (or to follow the OS) may sit on a light page: it brings its own
     background, so its text never lands on a light one. Following the page's scheme, it need not. */
  @supports (color: light-dark(#000, #fff)) {
    :host([theme='dark']),
    :host([theme='auto']) {
      --_background: var(--si-color-background, light-dark(transparent, #14181c));
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* An icon that points a way (arrow, chevron) points the other way in right-to-left text.
     Only ever logical properties in these styles (inline/block, start/end), so the rest follows. */
  .directional:dir(rtl) {
    transform: scaleX(-1);
  }
  ${visuallyHiddenStyles}
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
    padding-block: var(--_space-2);
    padding-inline: var(--_space-4);
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  /* A button beside the content (clear filters, download, share): outlined, filled on hover. */
  button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  button.secondary:hover {
    background: var(--_accent);
    color: var(--_on-accent);
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
  /* Without fallback content, the skeleton keeps the space the ready view will take; with it, the
     fallback keeps its own size, so the page does not move when the script takes over. A card and a
     list draw the shape of their ready view (.bone lines, see renderSkeletonCard); the others, plain lines. */
  .skeleton {
    min-block-size: var(--si-loading-min-block-size, 10em);
    border-radius: var(--_radius);
    background: repeating-linear-gradient(to bottom, var(--_bone) 0 1.25em, transparent 1.25em 2em);
  }
  .skeleton {
    --_bone: color-mix(in srgb, var(--_border) 45%, transparent);
  }
  /* The one surface every element's boxes share: cards, panels, status messages. */
  .panel {
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status-error,
  .status-empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  .status-error {
    border-inline-start: 0.35em solid var(--_error);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: si-shimmer 1.6s ease-in-out infinite alternate;
    }
    @keyframes si-shimmer {
      to {
        opacity: 0.45;
      }
    }
    button,
    a {
      transition:
        background-color 0.15s ease-out,
        color 0.15s ease-out,
        text-decoration-thickness 0.15s ease-out;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .skeleton {
      background: none;
      border: 1px dashed GrayText;
    }
  }
  /* On paper: dark on white whatever the theme, no buttons or controls, each link's address after
     its text. (A list prints every match: see PrintController.) */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      --_background: transparent;
      --_surface: transparent;
      --_text: #000;
      --_muted: #333;
      --_accent: #000;
    }
    button,
    form {
      display: none !important;
    }
    a {
      transition: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .panel {
      break-inside: avoid;
    }
  }
`;
