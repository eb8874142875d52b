/**
 * Organisations (and projects, goals) named in a cell: people type names, the feed keeps ids. One
 * lookup for writing and reading, so that what the export writes is what the import reads back. Pure.
 */
import type { Organization, Text } from '../types.js';

/** A Text in the base language, else its first language. */
export function baseText(text: Text, base: string): string {
  return typeof text === 'string' ? text : (text[base] ?? Object.values(text)[0] ?? '');
}

/** Case, accents' composition and outer spaces do not tell names apart. */
export function fold(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

function textValues(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** What a name or id in a cell stands for: one item, several (the name is shared), or none. */
export type Lookup<T> = { found: T } | { ambiguous: true } | { missing: true };

/**
 * Items found by any of their names (in any language, case ignored) or by id. A name wins over an
 * id, as people type names; a name two items share is ambiguous.
 */
export class NameIndex<T extends { id: string }> {
  private readonly byName = new Map<string, T[]>();
  private readonly byId = new Map<string, T>();

  constructor(items: Iterable<T>, names: (item: T) => Text) {
    for (const item of items) this.add(item, names(item));
  }

  add(item: T, name: Text): void {
    if (!this.byId.has(item.id)) this.byId.set(item.id, item);
    for (const value of new Set(textValues(name).map(fold))) {
      const list = this.byName.get(value) ?? [];
      list.push(item);
      this.byName.set(value, list);
    }
  }

  lookup(token: string, idFirst = false): Lookup<T> {
    const byId = this.byId.get(token.trim());
    if (idFirst && byId) return { found: byId };
    const named = this.byName.get(fold(token));
    if (named && named.length === 1) return { found: named[0] };
    if (byId) return { found: byId };
    return named ? { ambiguous: true } : { missing: true };
  }
}

/** How the export names an organisation in a cell: its name when the name leads back to it, else its id. */
export class OrganizationNames {
  private readonly index: NameIndex<Organization>;
  private readonly byId: Map<string, Organization>;

  constructor(
    organizations: readonly Organization[],
    private readonly base: string,
  ) {
    this.index = new NameIndex(organizations, (organization) => organization.name);
    this.byId = new Map(organizations.map((organization) => [organization.id, organization]));
  }

  reference(id: string): string {
    const organization = this.byId.get(id);
    if (organization === undefined) return id;
    const name = baseText(organization.name, this.base);
    const back = this.index.lookup(name);
    // A `;` would split the name in a list cell.
    return !name.includes(';') && 'found' in back && back.found.id === id ? name : id;
  }
}
