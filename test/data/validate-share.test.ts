/**
 * A fetched feed is validated with `shareInput` (parseFeed): the feed is made of the parsed objects
 * where they are valid instead of copies of them. It must give exactly what the copying validator
 * gives a `data` object, for feeds broken in every way the rules know.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, validateFeed } from '../../src/data/validate.js';
import { makeFeed, pick, random } from '../bench/feeds.js';

type Item = Record<string, unknown>;

/** Values that break, or happen to satisfy, one rule or another. */
const VALUES: unknown[] = [
  null, 0, 4, 18, 7.5, '', ' ', 'x', 'sv', 'lead', 'boss', 'active', 'done', '2026-01-01', '12/08/2026', true,
  [], ['a', ''], [4, 18, 'x'], {}, { sv: '' }, { sv: 'a', 'not a tag': 'b' }, { sv: 3, en: 'e' }, { sv: 'x', en: 'y' },
  [{ id: 'g', title: 't' }], [{ id: 'g' }], [null], [{ id: 'org-001', role: 'lead' }, { id: 'nobody', role: 'lead' }],
];
const REFERENCES: unknown[] = [
  { id: 'nobody', role: 'lead' },
  { id: 'org-000', role: 'boss' },
  { role: 'lead', id: 'org-001' },
  { id: 'org-000', role: 'funder', unknown: 1 },
  null,
];
const PROJECT_FIELDS = [
  ...['id', 'title', 'summary', 'description', 'url', 'organizations', 'topics', 'sdgs', 'municipalities'],
  ...['status', 'start', 'end', 'goals', 'unknown'],
];
const GOAL_FIELDS = ['id', 'title', 'target', 'current', 'baseline', 'unit', 'status', 'unknown'];
const ORGANIZATION_FIELDS = ['id', 'name', 'url', 'logo', 'unknown'];

/** A generated feed broken at random; seeded (mulberry32), so that a failure can be replayed. */
function brokenFeedText(seed: number): string {
  const rnd = random(seed);
  const breakItem = (item: Item, fields: string[]) => {
    if (typeof item !== 'object' || item === null) return;
    for (let n = Math.floor(rnd() * 3); n > 0; n--) {
      const field = pick(rnd, fields);
      if (rnd() < 0.2) delete item[field];
      else item[field] = pick(rnd, VALUES);
    }
  };
  const feed = makeFeed({ projects: 5 + Math.floor(rnd() * 30), organizations: 3 + Math.floor(rnd() * 8), seed }) as unknown as Item & {
    projects: Item[];
    organizations: Item[];
  };
  for (const project of feed.projects) {
    if (rnd() < 0.3) breakItem(project, PROJECT_FIELDS);
    if (rnd() < 0.1 && Array.isArray(project.organizations)) project.organizations.push(pick(rnd, REFERENCES));
    if (rnd() < 0.1 && Array.isArray(project.goals)) for (const goal of project.goals) breakItem(goal as Item, GOAL_FIELDS);
  }
  for (const organization of feed.organizations) if (rnd() < 0.2) breakItem(organization, ORGANIZATION_FIELDS);
  if (rnd() < 0.2) feed.projects.push({ ...feed.projects[0] });
  if (rnd() < 0.1) feed.organizations.push({ ...feed.organizations[0] });
  if (rnd() < 0.1) breakItem(feed, ['language', 'title', 'updated', 'organizations']);
  return JSON.stringify(feed);
}

test('a feed validated as fetched (its parsed objects shared) equals the copy, reports and all, over 400 broken feeds', () => {
  let reports = 0;
  for (let seed = 1; seed <= 400; seed++) {
    const text = brokenFeedText(seed);
    const copied = validateFeed(JSON.parse(text));
    assert.deepStrictEqual(parseFeed(text), copied, `seed ${seed}`);
    assert.deepStrictEqual(validateFeed(JSON.parse(text), { shareInput: true }), copied, `seed ${seed}`);
    if (copied.ok) reports += copied.reports.length;
  }
  // The feeds really were broken: hundreds of items were reported.
  assert.ok(reports > 400, `${reports} reports`);
});

test('shares what is valid, and makes new objects only for what lost a field', () => {
  const input = makeFeed({ projects: 4, organizations: 3 }) as unknown as { projects: Item[]; organizations: Item[] };
  const [valid, badStart, badLanguage, unknownField] = input.projects;
  badStart.start = 'soon';
  badLanguage.title = { sv: 'Titel', 'not a tag': 'x' };
  unknownField.budget = 1000;
  const result = validateFeed(input, { shareInput: true });
  assert.ok(result.ok);
  const [p0, p1, p2, p3] = result.feed.projects;
  assert.equal(p0, valid);
  assert.equal(p0.title, valid.title);
  assert.equal(result.feed.organizations[0], input.organizations[0]);
  // A field left out: a new project without it.
  assert.notEqual(p1, badStart);
  assert.equal('start' in p1, false);
  // A Text that lost a language: the project is kept, holding the narrowed Text.
  assert.equal(p2, badLanguage);
  assert.deepEqual(p2.title, { sv: 'Titel' });
  // A field the format does not know is not passed on.
  assert.equal('budget' in p3, false);
});

test('a data object is copied: the feed shares no object or list with it', () => {
  const input = makeFeed({ projects: 3, organizations: 2 }) as unknown as { projects: Item[]; organizations: Item[] };
  const result = validateFeed(input);
  assert.ok(result.ok);
  const inputObjects = new Set<unknown>();
  const collect = (value: unknown, into: Set<unknown>) => {
    if (typeof value !== 'object' || value === null) return;
    into.add(value);
    for (const entry of Object.values(value)) collect(entry, into);
  };
  collect(input, inputObjects);
  const feedObjects = new Set<unknown>();
  collect(result.feed, feedObjects);
  for (const object of feedObjects) assert.equal(inputObjects.has(object), false);
});

test('a feed validated while another is being validated (from a getter of a data object) gets its own reports', () => {
  const inner = { version: 1, organizations: [], projects: [{ id: 'inner', title: 7, organizations: [] }] };
  let innerResult: ReturnType<typeof validateFeed> | undefined;
  const outer = {
    version: 1,
    organizations: [],
    projects: [
      {
        id: 'outer',
        organizations: [],
        get title() {
          innerResult = validateFeed(inner);
          return 'Titel';
        },
        start: 'soon',
      },
    ],
  };
  const result = validateFeed(outer);
  assert.ok(result.ok && innerResult?.ok);
  assert.deepEqual(result.feed.projects.map((p) => [p.id, p.title]), [['outer', 'Titel']]);
  assert.deepEqual(result.reports.map((r) => r.problems.map((p) => p.path)), [['$.projects[0].start']]);
  assert.deepEqual(innerResult.feed.projects, []);
  assert.deepEqual(innerResult.reports.map((r) => r.problems.map((p) => p.path)), [['$.projects[0].title']]);
});
