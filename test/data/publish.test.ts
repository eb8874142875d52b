/**
 * `si-feed publish` (issue #21): only a valid feed is published; the folder gets feed.json, the
 * archive of each earlier version, and a change list as JSON and as Atom in Swedish and English; a
 * failed run leaves the folder byte for byte as it was. And `si-feed validate` warns, exit 0, about
 * projects the feed has not kept current.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { run, tempDir } from './cli-run.js';
import { sampleJson } from './fixtures.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** A feed written to a file of its own. */
function source(feed: unknown, name = 'feed.json'): string {
  const file = join(tempDir('si-publish-src-'), name);
  writeFileSync(file, JSON.stringify(feed));
  return file;
}

/** Every file under `dir` with a hash of its bytes: what "unchanged" means. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative))) {
      const path = join(relative, name);
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else files[path] = createHash('sha256').update(readFileSync(join(dir, path))).digest('hex');
    }
  };
  walk('');
  return files;
}

/** changes.xml parsed, failing on any XML error; its root checked to be an Atom feed. */
function atom(dir: string): Document {
  const errors: string[] = [];
  const record = (message: string) => errors.push(message);
  const document = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(
    readFileSync(join(dir, 'changes.xml'), 'utf8'),
    'application/xml',
  );
  assert.deepEqual(errors, [], 'changes.xml is well-formed');
  const root = document.documentElement;
  assert.equal(root.namespaceURI, ATOM);
  assert.equal(root.localName, 'feed');
  for (const required of ['id', 'title', 'updated', 'author']) assert.equal(root.getElementsByTagNameNS(ATOM, required).length > 0, true, required);
  for (const entry of Array.from(root.getElementsByTagNameNS(ATOM, 'entry'))) {
    for (const required of ['id', 'title', 'updated', 'content']) assert.equal(entry.getElementsByTagNameNS(ATOM, required).length, 1, `entry ${required}`);
    assert.match(entry.getElementsByTagNameNS(ATOM, 'updated')[0].textContent ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  }
  return document;
}

/** An entry's text in one language (the xhtml div with that xml:lang). */
function entryText(entry: Element, lang: string): string {
  const divs = Array.from(entry.getElementsByTagNameNS(XHTML, 'div')).filter((div) => div.getAttribute('xml:lang') === lang);
  assert.equal(divs.length, 1, `one ${lang} part`);
  return divs[0].textContent ?? '';
}

function entries(dir: string): Element[] {
  return Array.from(atom(dir).getElementsByTagNameNS(ATOM, 'entry'));
}

describe('si-feed publish', () => {
  it('writes feed.json, changes.json and an Atom entry in Swedish and English', async () => {
    const dir = tempDir('si-publish-out-');
    const feed = sampleJson();
    const result = await run('publish', source(feed), '--out', dir, '--now', '2026-12-06T10:00:00Z');
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')), feed);
    assert.deepEqual(Object.keys(snapshot(dir)).sort(), ['changes.json', 'changes.xml', 'feed.json']);
    const changes = JSON.parse(readFileSync(join(dir, 'changes.json'), 'utf8'));
    assert.deepEqual(changes.publications[0].added.map((p: { id: string }) => p.id), feed.projects.map((p) => p.id));
    const [entry] = entries(dir);
    assert.match(entryText(entry, 'sv'), /Nya projekt \(5\).*\(asif\)/s);
    assert.match(entryText(entry, 'en'), /Projects added.*\(asif\)/s);
  });

  it('detects projects added, ended, changed and removed, and the archive keeps each earlier version', async () => {
    const dir = tempDir('si-publish-out-');
    const first = sampleJson();
    assert.equal((await run('publish', source(first), '--out', dir, '--now', '2026-10-01T08:00:00Z')).code, 0);
    const second = sampleJson();
    second.projects[0].status = 'completed';
    second.projects[1].summary = 'En ny sammanfattning.';
    second.projects.splice(4, 1);
    second.projects.push({ id: 'nytt', title: { sv: 'Nytt projekt', en: 'New project' }, organizations: [{ id: 'region-skane', role: 'lead' }] });
    const secondRun = await run('publish', source(second), '--out', dir, '--now', '2026-11-15T08:00:00Z');
    assert.equal(secondRun.code, 0, secondRun.err.join('\n'));
    const third = structuredClone(second);
    third.projects[2].end = '2026-11-30'; // ended by its date, since the last publication
    assert.equal((await run('publish', source(third), '--out', dir, '--now', '2026-12-06T08:00:00Z')).code, 0);

    const { publications } = JSON.parse(readFileSync(join(dir, 'changes.json'), 'utf8'));
    const ids = (list: { id: string }[]) => list.map((p) => p.id);
    assert.deepEqual(ids(publications[1].added), ['nytt']);
    assert.deepEqual(ids(publications[1].ended), [first.projects[0].id]);
    assert.deepEqual(publications[1].ended[0].fields, ['status']);
    assert.deepEqual(ids(publications[1].changed), [first.projects[1].id]);
    assert.deepEqual(publications[1].changed[0].fields, ['summary']);
    assert.deepEqual(ids(publications[1].removed), [first.projects[4].id]);
    assert.deepEqual(ids(publications[2].ended), [first.projects[2].id]);
    assert.deepEqual(publications[2].ended[0].fields, ['end']);

    assert.equal(readFileSync(join(dir, 'archive/feed-2026-10-01.json'), 'utf8'), `${JSON.stringify(first, null, 2)}\n`);
    assert.equal(readFileSync(join(dir, 'archive/feed-2026-11-15.json'), 'utf8'), `${JSON.stringify(second, null, 2)}\n`);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')), third);

    const [newest, middle] = entries(dir);
    assert.match(entryText(newest, 'sv'), /Avslutade projekt \(1\):?.*slutdatum/s);
    assert.match(entryText(newest, 'en'), /Projects ended.*end date/s);
    assert.match(entryText(middle, 'sv'), /Nya projekt.*Nytt projekt \(nytt\).*Avslutade projekt.*Ändrade projekt.*ändrat sammanfattning.*Borttagna projekt/s);
    assert.match(entryText(middle, 'en'), /Projects added.*New project \(nytt\).*Projects ended.*Projects changed.*changed summary.*Projects removed/s);
  });

  it('keeps two versions published on the same day', async () => {
    const dir = tempDir('si-publish-out-');
    const feed = sampleJson();
    for (const [n, summary] of ['Ett.', 'Två.', 'Tre.'].entries()) {
      feed.projects[0].summary = summary;
      assert.equal((await run('publish', source(feed), '--out', dir, '--now', `2026-12-06T0${n}:00:00Z`)).code, 0);
    }
    assert.deepEqual(readdirSync(join(dir, 'archive')).sort(), ['feed-2026-12-06-2.json', 'feed-2026-12-06.json']);
    assert.equal(JSON.parse(readFileSync(join(dir, 'archive/feed-2026-12-06-2.json'), 'utf8')).projects[0].summary, 'Två.');
  });

  it('an invalid source, an unreadable one or a conflicting merge leaves the folder byte for byte as it was', async () => {
    const dir = tempDir('si-publish-out-');
    assert.equal((await run('publish', source(sampleJson()), '--out', dir, '--now', '2026-10-01T08:00:00Z')).code, 0);
    const before = snapshot(dir);
    const invalid = sampleJson();
    invalid.projects[0].title = 42;
    const bad = await run('publish', source(invalid), '--out', dir);
    assert.equal(bad.code, 1);
    assert.match(bad.err.join('\n'), /\$\.projects\[0\]\.title: expected/);
    assert.match(bad.err.join('\n'), /not a valid feed \(1 problem\)[^]*not published; .* is unchanged/);
    assert.equal((await run('publish', join(dir, 'missing.json'), '--out', dir)).code, 1);
    const other = sampleJson();
    other.projects[0].summary = 'Något annat.';
    const conflict = await run('publish', source(sampleJson(), 'a.json'), source(other, 'b.json'), '--out', dir);
    assert.equal(conflict.code, 1);
    assert.match(conflict.err.join('\n'), /project "asif" differs between .*a\.json and .*b\.json/);
    assert.deepEqual(snapshot(dir), before);
  });

  it('merges partner feeds by id: the same entry twice is one', async () => {
    const dir = tempDir('si-publish-out-');
    const whole = sampleJson();
    const partA = { ...whole, projects: whole.projects.slice(0, 3) };
    const partB = { ...whole, projects: whole.projects.slice(2) };
    const result = await run('publish', source(partA), source(partB), '--out', dir, '--now', '2026-12-06T08:00:00Z');
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')), whole);
  });

  it('merges as si-feed merge does: a joint project two partners publish under different ids but one identifier comes out once', async () => {
    const dir = tempDir('si-publish-out-');
    const identifiers = [{ scheme: 'diarienummer', value: 'TEST-0001' }];
    const partA = sampleJson();
    partA.projects[0].identifiers = identifiers;
    const partB = { ...sampleJson(), projects: [{ ...partA.projects[0], id: 'samma-projekt' }] };
    const result = await run('publish', source(partA, 'a.json'), source(partB, 'b.json'), '--out', dir, '--now', '2026-12-06T08:00:00Z');
    assert.equal(result.code, 0, result.err.join('\n'));
    const ids = (JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')) as { projects: { id: string }[] }).projects.map((p) => p.id);
    assert.deepEqual(ids, sampleJson().projects.map((p) => p.id));
  });

  it('publishes a spreadsheet as it publishes the feed it makes', async () => {
    const dir = tempDir('si-publish-out-');
    const workbook = join(tempDir('si-publish-xlsx-'), 'projekt.xlsx');
    assert.equal((await run('export', source(sampleJson()), '-o', workbook)).code, 0);
    const result = await run('publish', workbook, '--out', dir, '--now', '2026-12-06T08:00:00Z');
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')), sampleJson());
  });

  it('--dry-run prints the change list and writes nothing', async () => {
    const dir = tempDir('si-publish-out-');
    assert.equal((await run('publish', source(sampleJson()), '--out', dir, '--now', '2026-10-01T08:00:00Z')).code, 0);
    const before = snapshot(dir);
    const next = sampleJson();
    next.projects[3].status = 'completed';
    const dry = await run('publish', source(next), '--out', dir, '--dry-run');
    assert.equal(dry.code, 0);
    assert.match(dry.out.join('\n'), /Projects ended \(1\):\n {2}.*\(nationell-kunskapsplattform\): changed status/);
    assert.match(dry.out.join('\n'), /Avslutade projekt \(1\):/);
    assert.deepEqual(snapshot(dir), before);
  });
});

describe('si-feed validate and projects not kept current', () => {
  it('warns about an active project whose end has passed, and exits 0', async () => {
    const feed = sampleJson();
    feed.projects[1].end = '2025-06-30';
    const result = await run('validate', source(feed), '--today', '2026-12-06');
    assert.equal(result.code, 0);
    assert.match(result.err.join('\n'), /warning: projects\[1\] "joint-way": status is "active" but its end, 2025-06-30, has passed/);
    const before = await run('validate', source(feed), '--today', '2025-06-30');
    assert.deepEqual(before.err, []);
  });

  it('refuses an age it cannot read', async () => {
    const result = await run('validate', source(sampleJson()), '--stale-after', '12 months');
    assert.equal(result.code, 2);
    assert.match(result.err[0], /--stale-after: expected an age such as 90d, 12m or 2y/);
  });
});

describe('planPublication (the plan the CLI and the studio both write)', async () => {
  const { planPublication } = await import('../../src/data/publication.js');
  const { uuidUrn } = await import('../../src/data/atom.js');
  const feed = `${JSON.stringify(sampleJson(), null, 2)}\n`;
  const request = { text: feed, now: '2026-12-06T10:00:00Z', today: '2026-12-06', exists: () => false };

  it('writes nothing when the folder already holds this feed', () => {
    assert.deepEqual(planPublication({ feed }, request), { unchanged: true });
  });

  it('never overwrites an archived version: a second publication on a day gets the next name', () => {
    const history = JSON.stringify({ version: 1, publications: [{ published: '2026-12-01T08:00:00Z', added: [], ended: [], changed: [], removed: [] }] });
    const older = JSON.stringify({ ...sampleJson(), projects: sampleJson().projects.slice(1) });
    const taken = new Set(['archive/feed-2026-12-01.json']);
    const plan = planPublication({ feed: older, changes: history }, { ...request, exists: (name) => taken.has(name) });
    assert.equal(plan.unchanged, false);
    if (plan.unchanged) return;
    assert.equal(plan.archived, 'archive/feed-2026-12-01-2.json');
    assert.deepEqual(plan.files.map(([name]) => name), ['archive/feed-2026-12-01-2.json', 'changes.json', 'changes.xml', 'feed.json']);
    assert.equal(plan.files[0][1], older, 'the archive keeps the replaced text byte for byte');
  });

  it('gives an Atom entry the same id every time its file is rewritten, and another entry another id', () => {
    assert.equal(uuidUrn('a 2026-12-06T10:00:00Z'), uuidUrn('a 2026-12-06T10:00:00Z'));
    assert.notEqual(uuidUrn('a 2026-12-06T10:00:00Z'), uuidUrn('a 2026-12-07T10:00:00Z'));
    assert.match(uuidUrn('x'), /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the change list', () => {
  it('does not tell partners of a change when only the order of keys differs (a studio publication after a CLI one)', async () => {
    const { diffFeeds } = await import('../../src/data/changes.js');
    const before = sampleJson();
    const reordered = JSON.parse(JSON.stringify(before, (_key, value: unknown) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).reverse());
    })) as typeof before;
    const changes = diffFeeds(before as never, reordered as never, { previousDay: '2026-12-01', today: '2026-12-06' });
    assert.deepEqual(changes, { added: [], ended: [], changed: [], removed: [] });
    reordered.projects[0].summary = 'Ny sammanfattning.';
    assert.deepEqual(diffFeeds(before as never, reordered as never, { previousDay: '2026-12-01', today: '2026-12-06' }).changed.map((p) => p.fields), [['summary']]);
  });
});
