import { css } from 'lit';

/** Styles of the pieces in project-parts.ts, shared by every element that shows them. */
export const projectPartStyles = css`
  .facts {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .facts .status {
    font-weight: 600;
  }
  .leads {
    color: var(--_muted);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .label {
    font-weight: 600;
  }
  .summary {
    overflow-wrap: anywhere;
  }
  .attributions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    font-size: 0.875em;
  }
  .attribution {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .funder {
    font-weight: 600;
  }
  /* The logo names the funder (its alt text); the name shows only where there is no logo to show. */
  .logo:not([hidden]) + .funder {
    display: none;
  }
  .logo[hidden] {
    display: none;
  }
  /* A fixed box, so that the page does not move when a logo arrives; the logo fits inside it. */
  .logo {
    display: block;
    inline-size: 7em;
    block-size: 2.5em;
    object-fit: contain;
    object-position: center;
  }
`;
