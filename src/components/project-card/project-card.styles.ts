import { css } from 'lit';

export const projectCardStyles = css`
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.625em;
  }
  .title {
    font-size: 1.3em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .topic {
    padding-block: 0.125em;
    padding-inline: 0.625em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
    font-size: 0.875em;
    color: var(--_muted);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  /* The card the page's address names (#si-project-<id>). */
  .targeted {
    outline: 0.25em solid var(--_focus);
    outline-offset: 0.25em;
  }
`;
