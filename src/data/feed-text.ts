/**
 * A feed as the text of a file: the format's fields in the order docs/feed-format.md lists them,
 * fields the format does not know after them in alphabetical order, two-space indentation and a
 * final newline. Whoever wrote the feed (the studio, a spreadsheet import, `si-feed publish`), two
 * versions of it then differ only where their content does, so they diff cleanly.
 */

/** The order of each object's known keys, by the kind of object; other keys follow, sorted. */
const FEED_KEYS = ['version', 'language', 'title', 'updated', 'organizations', 'projects'];
const ORGANIZATION_KEYS = ['id', 'name', 'url', 'logo', 'orgNumber', 'attribution'];
const PROJECT_KEYS = [
  'id',
  'title',
  'summary',
  'description',
  'url',
  'organizations',
  'topics',
  'sdgs',
  'municipalities',
  'scope',
  'status',
  'start',
  'end',
  'goals',
  'funding',
  'budget',
  'contacts',
  'image',
  'identifiers',
  'links',
  'updated',
];
const GOAL_KEYS = ['id', 'title', 'target', 'current', 'baseline', 'unit', 'unitForms', 'status', 'measurements', 'comment', 'achieved'];
const PLURAL_KEYS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** What kind of object sits under each key of a known object, where that matters for the order. */
const CHILDREN: Readonly<Record<string, Readonly<Record<string, Shape>>>> = {
  feed: { organizations: 'organization', projects: 'project' },
  project: {
    organizations: 'role',
    goals: 'goal',
    funding: 'funding',
    budget: 'money',
    contacts: 'contact',
    image: 'image',
    identifiers: 'identifier',
    links: 'link',
  },
  goal: { measurements: 'measurement', unitForms: 'unitForms' },
  unitForms: { '*': 'plural' },
};

type Shape =
  | 'feed'
  | 'organization'
  | 'project'
  | 'role'
  | 'goal'
  | 'measurement'
  | 'funding'
  | 'money'
  | 'contact'
  | 'image'
  | 'identifier'
  | 'link'
  | 'unitForms'
  | 'plural';

const KEYS: Readonly<Partial<Record<Shape, readonly string[]>>> = {
  feed: FEED_KEYS,
  organization: ORGANIZATION_KEYS,
  project: PROJECT_KEYS,
  role: ['id', 'role'],
  goal: GOAL_KEYS,
  measurement: ['date', 'value', 'note'],
  funding: ['funder', 'amount', 'currency', 'programme', 'reference'],
  money: ['amount', 'currency'],
  contact: ['name', 'role', 'email', 'phone', 'organization', 'kind'],
  image: ['url', 'alt', 'credit'],
  identifier: ['scheme', 'value', 'url'],
  link: ['url', 'title', 'type'],
  plural: PLURAL_KEYS,
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `object`'s keys: the known ones in the format's order, then the rest sorted. An object the format
 * gives no order to (a Text's languages) keeps its own.
 */
function orderedKeys(object: Record<string, unknown>, shape: Shape | undefined): string[] {
  const known = shape && KEYS[shape];
  if (!known) return Object.keys(object);
  const rest = Object.keys(object)
    .filter((key) => !known.includes(key))
    .sort();
  return [...known.filter((key) => Object.hasOwn(object, key)), ...rest];
}

/** A copy of `value` whose objects list their keys in the stable order. */
function ordered(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, shape));
  if (!isObject(value)) return value;
  const children = shape ? CHILDREN[shape] : undefined;
  const copy: Record<string, unknown> = {};
  for (const key of orderedKeys(value, shape)) copy[key] = ordered(value[key], children?.[key] ?? children?.['*']);
  return copy;
}

/** The feed (valid or not) as file text: stable key order, two-space indentation, final newline. */
export function feedText(feed: unknown): string {
  return `${JSON.stringify(ordered(feed, 'feed'), null, 2)}\n`;
}
