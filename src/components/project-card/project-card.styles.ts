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
  .image {
    margin: 0;
  }
  /* 16:9 (no taller than 18em in a wide column) whatever the image: its box is known before it
     loads (width and height say so too), so nothing moves when it arrives. */
  .image img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    max-block-size: 18em;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_track);
  }
  .credit,
  .places,
  .budget,
  .updated,
  .contact-about,
  .link-type {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .places,
  .funding,
  .contact,
  .links {
    overflow-wrap: anywhere;
  }
  .contacts,
  .links {
    display: grid;
    gap: 0.375em;
  }
  /* Each line as wide as its text, at the card's start: an address in an Arabic card sits on the right. */
  .contact {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .contact-name {
    font-weight: 600;
  }
  .link-type::after {
    content: ':';
  }
  /* The card the page's address names (#si-project-<id>). */
  .targeted {
    outline: 0.25em solid var(--_focus);
    outline-offset: 0.25em;
  }
`;
