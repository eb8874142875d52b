/** Looking things up in a validated feed. Pure; no DOM. */
import type { Feed, Organization, Project, Role } from './types.js';

/** Lookup tables built once per feed and shared by every element showing it. */
export interface FeedIndex {
  readonly feed: Feed;
  readonly projectsById: ReadonlyMap<string, Project>;
  readonly organizationsById: ReadonlyMap<string, Organization>;
}

const indexes = new WeakMap<Feed, FeedIndex>();

export function indexFeed(feed: Feed): FeedIndex {
  let index = indexes.get(feed);
  if (!index) {
    index = {
      feed,
      projectsById: new Map(feed.projects.map((p) => [p.id, p])),
      organizationsById: new Map(feed.organizations.map((o) => [o.id, o])),
    };
    indexes.set(feed, index);
  }
  return index;
}

/** Order in which roles are shown: who leads first, who pays last. */
export const ROLE_ORDER: readonly Role[] = ['lead', 'partner', 'need-owner', 'knowledge-partner', 'funder'];

/** A project's organisations with the given role, in feed order. */
export function organizationsWithRole(index: FeedIndex, project: Project, role: Role): Organization[] {
  const found: Organization[] = [];
  for (const ref of project.organizations) {
    const organization = ref.role === role ? index.organizationsById.get(ref.id) : undefined;
    if (organization) found.push(organization);
  }
  return found;
}
