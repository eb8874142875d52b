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
`;
