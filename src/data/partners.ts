/** Which organisations take part in what, and in which role. Pure; no DOM. */
import { ROLE_ORDER, type FeedIndex } from './select.js';
import type { Organization, Project, Role } from './types.js';

export interface RoleGroup {
  role: Role;
  organizations: Organization[];
}

/**
 * A project's organisations grouped by role in `ROLE_ORDER` (lead first), each group in feed
 * order. Roles nobody has are left out; an organisation named twice in one role is shown once;
 * a reference to an organisation the feed does not have is skipped.
 */
export function partnersByRole(index: FeedIndex, project: Project): RoleGroup[] {
  const groups: RoleGroup[] = [];
  for (const role of ROLE_ORDER) {
    const seen = new Set<string>();
    const organizations: Organization[] = [];
    for (const ref of project.organizations) {
      if (ref.role !== role || seen.has(ref.id)) continue;
      const organization = index.organizationsById.get(ref.id);
      if (!organization) continue;
      seen.add(ref.id);
      organizations.push(organization);
    }
    if (organizations.length > 0) groups.push({ role, organizations });
  }
  return groups;
}

export interface OrganizationProjects {
  organization: Organization;
  /** Projects the organisation takes part in, in any role, each counted once. */
  projectCount: number;
}

/** Every organisation of the feed with how many projects it takes part in, in feed order. */
export function organizationsWithProjectCounts(index: FeedIndex): OrganizationProjects[] {
  const counts = new Map<string, number>();
  for (const project of index.feed.projects) {
    for (const id of new Set(project.organizations.map((ref) => ref.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return index.feed.organizations.map((organization) => ({
    organization,
    projectCount: counts.get(organization.id) ?? 0,
  }));
}

/** Sorts by a name with a collator, without sorting the caller's array. */
export function sortedByName<T>(items: readonly T[], nameOf: (item: T) => string, collator: Intl.Collator): T[] {
  return items
    .map((item) => ({ item, name: nameOf(item) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ item }) => item);
}
