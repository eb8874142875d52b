/**
 * A feed as the text a file keeps: the fields of each object in the order the format lists them
 * (docs/feed-format.md), 2-space indentation and a final line break, so that two versions of a feed
 * written by `si-feed import` or the studio page diff line by line whatever order they were built
 * in. Keys the format does not name come in a fixed order too: the widgets' languages as the docs
 * write them (sv, en, ar), plural categories in CLDR's order (zero … other), then any other key
 * alphabetically. Pure; no DOM.
 */
import type { Feed } from './types.js';

/** Per kind of object: its fields in order, and the kind of each field that holds objects. */
interface Shape {
  order: readonly string[];
  children?: Readonly<Record<string, string>>;
}

const SHAPES: Readonly<Record<string, Shape>> = {
  feed: { order: ['version', 'language', 'title', 'updated', 'organizations', 'projects'], children: { organizations: 'organization', projects: 'project' } },
  organization: { order: ['id', 'name', 'url', 'logo', 'orgNumber', 'attribution'] },
  project: {
    order: [
      'id', 'title', 'summary', 'description', 'url', 'organizations', 'topics', 'sdgs', 'municipalities', 'scope', 'status', 'start', 'end',
      'goals', 'funding', 'budget', 'contacts', 'image', 'identifiers', 'links', 'updated',
    ],
    children: { organizations: 'member', goals: 'goal', funding: 'funding', budget: 'money', contacts: 'contact', image: 'image', identifiers: 'identifier', links: 'link' },
  },
  member: { order: ['id', 'role'] },
  goal: {
    order: ['id', 'title', 'target', 'current', 'baseline', 'unit', 'unitForms', 'status', 'measurements', 'comment', 'achieved'],
    children: { measurements: 'measurement' },
  },
  measurement: { order: ['date', 'value', 'note'] },
  funding: { order: ['funder', 'amount', 'currency', 'programme', 'reference'] },
  money: { order: ['amount', 'currency'] },
  contact: { order: ['name', 'role', 'email', 'phone', 'organization', 'kind'] },
  image: { order: ['url', 'alt', 'credit'] },
  identifier: { order: ['scheme', 'value', 'url'] },
  link: { order: ['url', 'title', 'type'] },
};

/** The keys of Texts and unit forms that come first, in this order. */
const KNOWN_KEYS = ['sv', 'en', 'ar', 'zero', 'one', 'two', 'few', 'many', 'other'];

function byKnownThenAlphabetical(a: string, b: string): number {
  const [ia, ib] = [KNOWN_KEYS.indexOf(a), KNOWN_KEYS.indexOf(b)];
  if (ia >= 0 || ib >= 0) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Objects the format does not shape (Texts, unit forms): keys in a fixed order, all the way down. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort(byKnownThenAlphabetical).map((key) => [key, sorted(record[key])]));
}

function ordered(value: unknown, kind: string | undefined): unknown {
  const shape = kind === undefined ? undefined : SHAPES[kind];
  if (Array.isArray(value)) return value.map((entry) => ordered(entry, kind));
  if (shape === undefined || typeof value !== 'object' || value === null) return sorted(value);
  const record = value as Record<string, unknown>;
  const keys = [...shape.order.filter((key) => key in record), ...Object.keys(record).filter((key) => !shape.order.includes(key)).sort()];
  const out: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = ordered(record[key], shape.children?.[key]);
  return out;
}

/** The feed's text: stable key order, 2-space indentation, a final line break. */
export function feedToJson(feed: Feed): string {
  return `${JSON.stringify(ordered(feed, 'feed'), null, 2)}\n`;
}

/** `value` as JSON with every object's keys sorted: equal for equal data whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
  });
}

/**
 * The fields whose values differ between two entries (key order inside a value does not count),
 * in the order `after` has them, then those it dropped.
 */
export function fieldsThatDiffer(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string[] {
  const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
  return [...keys].filter((key) => canonicalJson(before[key]) !== canonicalJson(after[key]));
}
