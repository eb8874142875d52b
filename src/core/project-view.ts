/**
 * A project as the elements show it: texts resolved for a language, links made safe. Shared by
 * every element that shows projects, so that they agree on what a project looks like.
 */
import { shownStatus } from '../data/ended.js';
import { organizationsWithRole, type FeedIndex } from '../data/select.js';
import { resolveText, type ResolvedText } from '../data/text.js';
import type { Feed, Organization, Project, ProjectStatus, Text } from '../data/types.js';
import { feedUsesMunicipalityCodes, loadMunicipalityNames, municipalityNamesLoaded } from '../data/municipality-names.js';
import { safeImageUrl, safeLinkUrl } from '../data/url.js';

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
  /** The lead's logo (only an `https:` URL), when one organisation leads and the feed has its logo. */
  leadLogo?: string;
  /** As shown: `completed` for an `active` project whose end has passed (src/data/ended.ts). */
  status?: ProjectStatus;
  /** `YYYY-MM-DD`, as in the feed. */
  start?: string;
  end?: string;
  topics: string[];
  /** Funders whose `attribution` must be shown wherever the project is: never hidden. */
  attributions: FunderView[];
}

export type Resolve = (value: Text | undefined) => ResolvedText | undefined;

export function resolver(index: FeedIndex, language: string): Resolve {
  const feedLanguage = index.feed.language;
  return (value) => resolveText(value, language, feedLanguage);
}

export function funderView(organization: Organization, text: Resolve, baseUrl: string, language: string): FunderView {
  return {
    id: organization.id,
    name: text(organization.name) ?? { text: organization.id, lang: language },
    logo: safeImageUrl(organization.logo, baseUrl),
    attribution: text(organization.attribution),
  };
}

/** The project's funders (by role), each once. */
export function funders(index: FeedIndex, project: Project): Organization[] {
  return [...new Set(organizationsWithRole(index, project, 'funder'))];
}

/** `today` (`YYYY-MM-DD`) is the day the project's status is judged on. */
export function projectView(index: FeedIndex, project: Project, language: string, baseUrl: string, today: string): ProjectView {
  const text = resolver(index, language);
  const leads = organizationsWithRole(index, project, 'lead');
  return {
    id: project.id,
    title: text(project.title) ?? { text: project.id, lang: language },
    summary: text(project.summary),
    url: safeLinkUrl(project.url, baseUrl),
    leads: leads
      .map((organization) => text(organization.name))
      .filter((name): name is ResolvedText => name !== undefined),
    leadLogo: leads.length === 1 ? safeImageUrl(leads[0].logo, baseUrl) : undefined,
    status: shownStatus(project, today),
    start: project.start,
    end: project.end,
    topics: project.topics ?? [],
    attributions: funders(index, project)
      .filter((organization) => organization.attribution !== undefined)
      .map((organization) => funderView(organization, text, baseUrl, language)),
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
