import { css } from 'lit';

/*
 * The card, top to bottom: image (to the card's edges), title, the meta line (status badge, period,
 * places), lead, summary, topics as quiet tags; then, each under a small label, funding and the
 * funders' logos, contacts, links; the date it changed closes the card. Sizes come from the tokens
 * of baseStyles (--_space-*, --_small, --_title), so a partner's scale changes them all.
 */
export const projectCardStyles = css`
  :host {
    --_card-reserve: var(--si-card-min-block-size, var(--si-loading-min-block-size, 16em));
    --_tag: var(--si-color-tag-background, color-mix(in srgb, var(--_muted) 12%, var(--_surface)));
  }
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: var(--_space-3);
    min-block-size: var(--_card-reserve);
  }
  .title {
    font-size: var(--_title);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .meta:empty {
    display: none;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .topic {
    padding-inline: var(--_space-2);
    border-radius: var(--_radius-tag);
    background: var(--_tag);
    font-size: var(--_small);
    color: var(--_muted);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  /* To the card's edges, above the title; 16:9 (no taller than 18em in a wide column) whatever the
     image: its box is known before it loads (width and height say so too), so nothing moves. */
  .image {
    margin-block: calc(-1 * var(--_space)) 0;
    margin-inline: calc(-1 * var(--_space));
  }
  .image img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    max-block-size: 18em;
    object-fit: cover;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
    background: var(--_track);
  }
  .credit {
    padding-block-start: var(--_space-1);
    padding-inline: var(--_space);
  }
  .credit,
  .budget,
  .updated,
  .contact-about,
  .link-type {
    color: var(--_muted);
    font-size: var(--_small);
  }
  .funding,
  .contact,
  .links {
    overflow-wrap: anywhere;
  }
  /* Each part beyond the summary under a small label: its list's name (aria-label), drawn and not
     read twice ("/ ''" leaves the drawn words out of what assistive tech reads). */
  .funding,
  .contacts,
  .links {
    display: grid;
    gap: var(--_space-1);
    padding-block-start: var(--_space-3);
    border-block-start: 0.0625em solid var(--_border);
  }
  .funding::before,
  .contacts::before,
  .links::before {
    content: attr(aria-label) / '';
    color: var(--_muted);
    font-size: var(--_small);
    font-weight: var(--_strong);
  }
  .contacts {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-3);
  }
  .contacts::before {
    grid-column: 1 / -1;
  }
  /* Each line as wide as its text, at the card's start: an address in an Arabic card sits on the right. */
  .contact {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .contact-name {
    font-weight: var(--_strong);
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
