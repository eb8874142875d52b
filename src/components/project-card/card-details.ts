/**
 * What a project's card shows beyond a list's item, made of the feed for one language: texts
 * resolved, links made safe. Only the card needs it, so it lives beside the card.
 */
import type { FeedIndex } from '../../data/select.js';
import type { ResolvedText } from '../../data/text.js';
import { DEFAULT_CURRENCY, LINK_TYPES, type LinkType, type Project, type ProjectScope } from '../../data/types.js';
import { safeImageUrl, safeLinkUrl, safeMailtoUrl, safeTelUrl } from '../../data/url.js';
import { funders, funderView, resolver, type FunderView } from '../../core/project-view.js';

/** What a card shows beyond a list's item. */
export interface ProjectDetails {
  image?: { url: string; alt?: ResolvedText; credit?: ResolvedText };
  /** Municipalities as the feed writes them (names or codes). */
  places: string[];
  scope?: ProjectScope;
  funding: { funder: ResolvedText; amount?: number; currency: string; programme?: ResolvedText }[];
  budget?: { amount: number; currency: string };
  /** Every funder with a logo or an attribution. */
  funders: FunderView[];
  /** As the feed publishes them; an address or number that cannot be a `mailto:` or `tel:` link is left out. */
  contacts: { name: string; role?: ResolvedText; organization?: ResolvedText; email?: ContactLink; phone?: ContactLink }[];
  /** In the order of `LINK_TYPES`, then the feed's. */
  links: { url: string; title: ResolvedText; type: LinkType }[];
  updated?: string;
}

/** An e-mail address or phone number as written, and its link. */
export interface ContactLink {
  text: string;
  href: string;
}

function contactLink(text: string | undefined, href: string | undefined): ContactLink | undefined {
  return text && href ? { text, href } : undefined;
}

export function projectDetails(index: FeedIndex, project: Project, language: string, baseUrl: string): ProjectDetails {
  const text = resolver(index, language);
  const name = (id: string | undefined) => {
    const organization = id === undefined ? undefined : index.organizationsById.get(id);
    return organization && text(organization.name);
  };
  const { image, budget } = project;
  const imageUrl = safeImageUrl(image?.url, baseUrl);
  return {
    image: image && imageUrl ? { url: imageUrl, alt: text(image.alt), credit: text(image.credit) } : undefined,
    places: project.municipalities ?? [],
    scope: project.scope,
    funding: (project.funding ?? []).map((funding) => ({
      funder: name(funding.funder) ?? { text: funding.funder, lang: language },
      amount: funding.amount,
      currency: funding.currency ?? DEFAULT_CURRENCY,
      programme: text(funding.programme),
    })),
    budget: budget && { amount: budget.amount, currency: budget.currency ?? DEFAULT_CURRENCY },
    funders: funders(index, project)
      .filter((organization) => organization.logo !== undefined || organization.attribution !== undefined)
      .map((organization) => funderView(organization, text, baseUrl, language)),
    contacts: (project.contacts ?? []).map((contact) => ({
      name: contact.name,
      role: text(contact.role),
      organization: name(contact.organization),
      email: contactLink(contact.email, safeMailtoUrl(contact.email)),
      phone: contactLink(contact.phone, safeTelUrl(contact.phone)),
    })),
    links: LINK_TYPES.flatMap((type) =>
      (project.links ?? []).flatMap((link) => {
        const url = (link.type ?? 'other') === type ? safeLinkUrl(link.url, baseUrl) : undefined;
        const title = text(link.title);
        return url && title ? [{ url, title, type }] : [];
      }),
    ),
    updated: project.updated,
  };
}
