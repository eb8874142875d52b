/** Looking things up in a validated feed. Pure; no DOM. */
import type { Feed, Organization, Project, Role } from './types.js';

/** Lookup tables built once per feed and shared by every element showing it. */
export interface FeedIndex {
  readonly feed: Feed;
  readonly projectsById: ReadonlyMap<string, Project>;
  readonly organizationsById: ReadonlyMap<string, Organization>;
}

const indexes = new WeakMap<Feed, FeedIndex>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/**
 * The feed's index. Each table is made when first read: a list showing the first page of 10,000
 * projects never looks a project up by id, and would pay for a 10,000-entry table before its first
 * render for nothing.
 */
export function indexFeed(feed: Feed): FeedIndex {
  let index = indexes.get(feed);
  if (!index) {
    let projectsById: Map<string, Project> | undefined;
    let organizationsById: Map<string, Organization> | undefined;
    index = {
      feed,
      get projectsById() {
        return (projectsById ??= byId(feed.projects));
      },
      get organizationsById() {
        return (organizationsById ??= byId(feed.organizations));
      },
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
