import { css } from 'lit';

export const projectListStyles = css`
  .projects {
    display: grid;
    gap: var(--_gap);
  }
  .project {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .leads {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .label {
    font-weight: 600;
  }
  .summary {
    overflow-wrap: anywhere;
  }
`;
