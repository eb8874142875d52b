/**
 * A project as the elements show it: texts resolved for a language, links made safe. Shared by
 * every element that shows projects, so that they agree on what a project looks like.
 */
import { shownStatus } from '../data/ended.js';
import { organizationsWithRole, type FeedIndex } from '../data/select.js';
import { resolveText, type ResolvedText } from '../data/text.js';
import type { Project, ProjectStatus, Text } from '../data/types.js';
import { safeLinkUrl } from '../data/url.js';

export interface ProjectView {
  id: string;
  title: ResolvedText;
  summary?: ResolvedText;
  /** Only an `http:`, `https:` or `mailto:` URL; anything else gives no link. */
  url?: string;
  leads: ResolvedText[];
  /** As shown: `completed` for an `active` project whose end has passed (src/data/ended.ts). */
  status?: ProjectStatus;
  /** `YYYY-MM-DD`, as in the feed. */
  start?: string;
  end?: string;
  topics: string[];
}

/** `today` (`YYYY-MM-DD`) is the day the project's status is judged on. */
export function projectView(index: FeedIndex, project: Project, language: string, baseUrl: string, today: string): ProjectView {
  const feedLanguage = index.feed.language;
  const text = (value: Text | undefined) => resolveText(value, language, feedLanguage);
  return {
    id: project.id,
    title: text(project.title) ?? { text: project.id, lang: language },
    summary: text(project.summary),
    url: safeLinkUrl(project.url, baseUrl),
    leads: organizationsWithRole(index, project, 'lead')
      .map((organization) => text(organization.name))
      .filter((name): name is ResolvedText => name !== undefined),
    status: shownStatus(project, today),
    start: project.start,
    end: project.end,
    topics: project.topics ?? [],
  };
}
