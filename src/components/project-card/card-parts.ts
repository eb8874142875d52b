/**
 * The parts of a project only its card shows: image, places, funding, contacts, links and the date
 * its entry changed. Each is one flat template, or nothing when the feed leaves it out, so a feed
 * without these fields renders exactly as before.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { formatDate, formatList, formatMoney } from '../../data/format.js';
import { messageParts, say, type MessagePart } from '../../data/message.js';
import { placeName } from '../../data/municipality-names.js';
import type { ResolvedText } from '../../data/text.js';
import type { LangOf } from '../../core/project-parts.js';
import type { ProjectDetails } from './card-details.js';
import { linkTypeName, placesLabel, scopeName } from '../../core/words.js';

/** The parts a `hide` attribute can leave out; a funder's attribution is not one of them. */
export const CARD_PARTS = ['image', 'funding', 'contacts', 'links', 'places', 'updated'] as const;
export type CardPart = (typeof CARD_PARTS)[number];

/** A message's parts as markup: each feed text in a `<bdi>` (isolated), marked with its `lang` when it fell back. */
function renderMessage(parts: MessagePart[], texts: Readonly<Record<string, ResolvedText | undefined>>, langOf: LangOf): TemplateResult {
  return html`${parts.map((part) =>
    part.slot !== undefined && texts[part.slot] ? html`<bdi lang=${ifDefined(langOf(texts[part.slot]))}>${part.text}</bdi>` : part.text,
  )}`;
}

/**
 * The image in a box of fixed proportions (16:9; `width` and `height` give the browser the ratio
 * before it loads, so nothing moves), lazily, without a referrer. Without `alt` it is decorative.
 * The credit is the feed's own words ("Foto: …").
 */
export function renderImage({ image }: ProjectDetails, langOf: LangOf): TemplateResult | typeof nothing {
  if (!image) return nothing;
  const { url, alt, credit } = image;
  return html`<figure class="image" part="image"
    ><img src=${url} alt=${alt?.text ?? ''} lang=${ifDefined(langOf(alt))} width="1600" height="900" loading="lazy" decoding="async" referrerpolicy="no-referrer" />${credit
      ? html`<figcaption class="credit" part="image-credit" dir="auto" lang=${ifDefined(langOf(credit))} .textContent=${credit.text}></figcaption>`
      : nothing}</figure
  >`;
}

/** "Kommuner: Malmö och Lund · Omfattning: regional"; a municipality's code is shown by its name. */
export function renderPlaces({ places, scope }: ProjectDetails, placesLang: string | undefined, locale: string): TemplateResult | typeof nothing {
  if (places.length === 0 && !scope) return nothing;
  // One flat template per combination: a nested template for each half would cost every card a
  // template instance and its parts (docs/performance.md, heap).
  if (!scope) {
    return html`<p class="places" part="places"
      ><span class="label" .textContent=${placesLabel(places.length, locale)}></span> <span
        lang=${ifDefined(placesLang)}
        .textContent=${formatList(places.map(placeName), locale)}
      ></span
    ></p>`;
  }
  if (places.length === 0) {
    return html`<p class="places" part="places"><span class="label">${msg('Omfattning:')}</span> <span .textContent=${scopeName(scope)}></span></p>`;
  }
  return html`<p class="places" part="places"
    ><span class="label" .textContent=${placesLabel(places.length, locale)}></span> <span
      lang=${ifDefined(placesLang)}
      .textContent=${formatList(places.map(placeName), locale)}
    ></span
    ><span class="separator" aria-hidden="true"> · </span
    ><span class="label">${msg('Omfattning:')}</span> <span .textContent=${scopeName(scope)}></span
  ></p>`;
}

/** "4 200 000 kr från Europeiska regionala utvecklingsfonden via Tillväxtverket", and the total budget. */
export function renderFunding({ funding, budget }: ProjectDetails, langOf: LangOf, locale: string): TemplateResult | typeof nothing {
  if (funding.length === 0 && !budget) return nothing;
  const lines = funding.map(({ funder, programme, amount, currency }) => {
    const values = { funder: funder.text, programme: programme?.text ?? '', amount: amount === undefined ? '' : formatMoney(amount, currency, locale) };
    const template =
      amount !== undefined
        ? programme
          ? msg('{amount} från {programme} via {funder}')
          : msg('{amount} från {funder}')
        : programme
          ? msg('Från {programme} via {funder}')
          : msg('Finansieras av {funder}');
    return html`<li>${renderMessage(messageParts(template, values, locale), { funder, programme }, langOf)}</li>`;
  });
  return html`${funding.length > 0 ? html`<ul class="funding" part="funding" role="list" aria-label=${msg('Finansiering')}>${lines}</ul>` : nothing}${budget
    ? html`<p class="budget" part="budget">${say(msg('Total budget: {amount}'), { amount: formatMoney(budget.amount, budget.currency, locale) })}</p>`
    : nothing}`;
}

/** Each contact's name, role and organisation, with `mailto:` and `tel:` links. */
export function renderContacts({ contacts }: ProjectDetails, langOf: LangOf): TemplateResult | typeof nothing {
  if (contacts.length === 0) return nothing;
  return html`<ul class="contacts" part="contacts" role="list" aria-label=${msg('Kontakt')}
    >${contacts.map(
      ({ name, role, organization, email, phone }) => html`<li class="contact" part="contact"
        ><span class="contact-name" dir="auto" .textContent=${name}></span>${[role, organization].map((text) =>
          text ? html`<span class="contact-about" dir="auto" lang=${ifDefined(langOf(text))} .textContent=${text.text}></span>` : nothing,
        )}${email ? html`<a href=${email.href} dir="ltr" .textContent=${email.text}></a>` : nothing}${phone
          ? html`<a href=${phone.href} dir="ltr" .textContent=${phone.text}></a>`
          : nothing}</li
      >`,
    )}</ul
  >`;
}

/** The project's links, reports first, each with its kind in words. */
export function renderLinks({ links }: ProjectDetails, langOf: LangOf): TemplateResult | typeof nothing {
  if (links.length === 0) return nothing;
  return html`<ul class="links" part="links" role="list" aria-label=${msg('Länkar')}
    >${links.map(
      ({ url, title, type }) => html`<li
        ><span class="link-type" part="link-type" .textContent=${linkTypeName(type)}></span> <a
          href=${url}
          rel="noopener noreferrer"
          part="related-link"
          dir="auto"
          lang=${ifDefined(langOf(title))}
          .textContent=${title.text}
        ></a
      ></li>`,
    )}</ul
  >`;
}

/** "Uppdaterad 12 mars 2026": when the project's entry last changed. */
export function renderUpdated({ updated }: ProjectDetails, locale: string): TemplateResult | typeof nothing {
  const date = formatDate(updated, locale);
  return date ? html`<p class="updated" part="updated">${say(msg('Uppdaterad {date}'), { date })}</p>` : nothing;
}
