/**
 * A project as the elements show it: texts resolved for a language, links made safe. Shared by
 * every element that shows projects, so that they agree on what a project looks like.
 */
import { organizationsWithRole, type FeedIndex } from '../data/select.js';
import { resolveText, type ResolvedText } from '../data/text.js';
import {
  DEFAULT_CURRENCY,
  LINK_TYPES,
  type LinkType,
  type Feed,
  type Organization,
  type Project,
  type ProjectScope,
  type ProjectStatus,
  type Text,
} from '../data/types.js';
import { feedUsesMunicipalityCodes, loadMunicipalityNames, municipalityNamesLoaded } from '../data/municipality-names.js';
import { safeImageUrl, safeLinkUrl, safeMailtoUrl, safeTelUrl } from '../data/url.js';

/** An organisation with its logo and the words a funder requires beside it. */
export interface FunderView {
  id: string;
  name: ResolvedText;
  /** Only an `https:` URL. */
  logo?: string;
  attribution?: ResolvedText;
}

export interface ProjectView {
  id: string;
  title: ResolvedText;
  summary?: ResolvedText;
  /** Only an `http:`, `https:` or `mailto:` URL; anything else gives no link. */
  url?: string;
  leads: ResolvedText[];
  status?: ProjectStatus;
  /** `YYYY-MM-DD`, as in the feed. */
  start?: string;
  end?: string;
  topics: string[];
  /** Funders whose `attribution` must be shown wherever the project is: never hidden. */
  attributions: FunderView[];
}

/** What a card shows beyond a list's item. */
export interface ProjectDetails {
  image?: { url: string; alt?: ResolvedText; credit?: ResolvedText };
  /** Municipalities as the feed writes them (names or codes) */
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

type Resolve = (value: Text | undefined) => ResolvedText | undefined;

function resolver(index: FeedIndex, language: string): Resolve {
  const feedLanguage = index.feed.language;
  return (value) => resolveText(value, language, feedLanguage);
}

function funderView(organization: Organization, text: Resolve, baseUrl: string, language: string): FunderView {
  return {
    id: organization.id,
    name: text(organization.name) ?? { text: organization.id, lang: language },
    logo: safeImageUrl(organization.logo, baseUrl),
    attribution: text(organization.attribution),
  };
}

/** The project's funders (by role), each once. */
function funders(index: FeedIndex, project: Project): Organization[] {
  return [...new Set(organizationsWithRole(index, project, 'funder'))];
}

export function projectView(index: FeedIndex, project: Project, language: string, baseUrl: string): ProjectView {
  const text = resolver(index, language);
  return {
    id: project.id,
    title: text(project.title) ?? { text: project.id, lang: language },
    summary: text(project.summary),
    url: safeLinkUrl(project.url, baseUrl),
    leads: organizationsWithRole(index, project, 'lead')
      .map((organization) => text(organization.name))
      .filter((name): name is ResolvedText => name !== undefined),
    status: project.status,
    start: project.start,
    end: project.end,
    topics: project.topics ?? [],
    attributions: funders(index, project)
      .filter((organization) => organization.attribution !== undefined)
      .map((organization) => funderView(organization, text, baseUrl, language)),
  };
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

/** Whether each feed names a municipality by its code: asked on every update, worked out once. */
const usesCodes = new WeakMap<Feed, boolean>();

/**
 * Where the feed names municipalities by code, loads their names (a chunk of their own, fetched only
 * then) and calls `update` when they are there, so that the codes are shown, and filtered, by name.
 */
export function nameMunicipalitiesSoon(feed: Feed, update: () => void): void {
  if (municipalityNamesLoaded()) return;
  let uses = usesCodes.get(feed);
  if (uses === undefined) usesCodes.set(feed, (uses = feedUsesMunicipalityCodes(feed)));
  if (uses) void loadMunicipalityNames().then(update);
}
