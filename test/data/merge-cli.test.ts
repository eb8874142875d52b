/**
 * `si-feed merge` (issue 13) as a coordinator runs it: sources from files and URLs, each validated
 * first; a conflict or a bad source writes nothing and says which source and why; `--prefer`;
 * `--keep-last` keeps each good source and uses its copy when the source fails later, and says so.
 * Test feeds are the sample feed cut in parts, and obviously fictional organisations and projects.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loopbackServer, run, tempDir } from './cli-run.js';
import { sampleJson } from './fixtures.js';

type JsonFeed = ReturnType<typeof sampleJson>;

/** `feed` written to `dir/name` (a new folder when none is given); the path. */
function write(feed: unknown, name: string, dir = tempDir('si-merge-src-')): string {
  const file = join(dir, name);
  writeFileSync(file, typeof feed === 'string' ? feed : JSON.stringify(feed));
  return file;
}

/** The sample feed's projects `ids`, with the organisations they name. */
function part(ids: string[]): JsonFeed {
  const sample = sampleJson();
  const projects = sample.projects.filter((project) => ids.includes(project.id as string));
  const named = new Set(projects.flatMap((project) => (project.organizations as { id: string }[]).map((ref) => ref.id)));
  return { ...sample, organizations: sample.organizations.filter((o) => named.has(o.id as string)), projects };
}

/** A fictional partner's feed: its own organisation, under its own id, and one fictional joint project. */
function partnerFeed(organizationId: string, projectId: string): JsonFeed {
  return {
    version: 1,
    language: 'sv',
    organizations: [{ id: organizationId, name: 'Testföreningen Exempel', orgNumber: '999000-0003' }],
    projects: [
      {
        id: projectId,
        title: 'Ett påhittat testprojekt',
        organizations: [{ id: organizationId, role: 'lead' }],
        contacts: [{ name: 'Testkontakt', kind: 'role', email: 'test@example.org', organization: organizationId }],
        identifiers: [{ scheme: 'diarienummer', value: 'TEST-0001' }],
      },
    ],
  };
}

function readJson(path: string): JsonFeed {
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('si-feed merge', () => {
  it('merges two files without conflict into one valid feed, 2-space indented, and reports the count per source', async () => {
    const a = write(part(['asif', 'joint-way', 'larprocess-behovsdrivet-stod']), 'a.json');
    const b = write(part(['nationell-kunskapsplattform', 'hallbart-skane', 'joint-way']), 'b.json');
    const output = join(tempDir('si-merge-out-'), 'feed.json');
    const result = await run('merge', a, b, '-o', output);
    assert.equal(result.code, 0, result.err.join('\n'));
    const text = readFileSync(output, 'utf8');
    assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    assert.deepEqual(readJson(output).projects, sampleJson().projects);
    assert.equal((await run('validate', output)).code, 0);
    assert.deepEqual(result.out.slice(0, 3), [
      `${output}: merged 2 sources: 5 projects, 15 organizations`,
      `  ${a}: 3 projects, 3 taken from it`,
      `  ${b}: 3 projects, 2 taken from it`,
    ]);
    assert.ok(result.out.includes(`  "joint-way" in ${a}, ${b}: the same entry`), result.out.join('\n'));
  });

  it('fails on two different entries for one project, naming both sources and the project, and writes nothing', async () => {
    const a = write(part(['joint-way']), 'a.json');
    const changed = part(['joint-way']);
    changed.projects[0].summary = 'En annan sammanfattning (test).';
    const b = write(changed, 'b.json');
    const output = join(tempDir('si-merge-out-'), 'feed.json');
    const result = await run('merge', a, b, '-o', output);
    assert.equal(result.code, 1);
    assert.equal(existsSync(output), false);
    assert.match(result.err.join('\n'), new RegExp(`conflict: project "joint-way" differs between ${a} and ${b} in: summary`));
    assert.match(result.err.at(-1) ?? '', /1 conflict; nothing merged/);

    const preferred = await run('merge', a, b, '-o', output, '--prefer', b);
    assert.equal(preferred.code, 0, preferred.err.join('\n'));
    assert.equal(readJson(output).projects[0].summary, 'En annan sammanfattning (test).');
    assert.ok(preferred.out.includes(`  "joint-way" in ${a}, ${b}: ${b}'s entry preferred (--prefer); the others differed in summary`), preferred.out.join('\n'));
  });

  it('refuses a --prefer that names no source', async () => {
    const a = write(part(['asif']), 'a.json');
    const result = await run('merge', a, '-o', join(tempDir('si-merge-out-'), 'feed.json'), '--prefer', 'elsewhere.json');
    assert.equal(result.code, 2);
    assert.match(result.err[0], /--prefer: "elsewhere\.json" is not one of the sources/);
  });

  it('takes a joint project published under two ids with one diarienummer once, and unifies its organisation by orgNumber', async () => {
    const a = write(partnerFeed('testforeningen', 'testprojektet'), 'a.json');
    const b = write(partnerFeed('exempelforeningen', 'foreningens-projekt'), 'b.json');
    const output = join(tempDir('si-merge-out-'), 'feed.json');
    const result = await run('merge', a, b, '-o', output);
    assert.equal(result.code, 0, result.err.join('\n'));
    const feed = readJson(output);
    assert.deepEqual(feed.projects.map((p) => p.id), ['testprojektet']);
    assert.deepEqual(feed.organizations.map((o) => o.id), ['testforeningen']);
    assert.ok(result.out.includes(`  "testprojektet" in ${a}, ${b} ("foreningens-projekt"): the same entry`), result.out.join('\n'));
    assert.ok(result.out.includes(`  "testforeningen" (999000-0003), also "exempelforeningen" in ${b}`), result.out.join('\n'));
  });

  it('fails on a source that is not a valid feed, naming it and the cause, and writes nothing', async () => {
    const a = write(part(['asif']), 'a.json');
    const broken = part(['joint-way']);
    delete broken.projects[0].title;
    const b = write(broken, 'b.json');
    const output = join(tempDir('si-merge-out-'), 'feed.json');
    const result = await run('merge', a, b, '-o', output);
    assert.equal(result.code, 1);
    assert.equal(existsSync(output), false);
    assert.ok(result.err.some((line) => line.includes('$.projects[0].title')), result.err.join('\n'));
    assert.equal(result.err.at(-1), `${b}: not a valid feed (1 problem); nothing merged, ${output} not written (--keep-last DIR would use its last good copy)`);
  });

  it('with --keep-last, keeps each good source and, when one fails later, uses its copy and says from when', async () => {
    const sources = tempDir('si-merge-src-');
    const keep = join(tempDir('si-merge-keep-'), 'last');
    const output = join(tempDir('si-merge-out-'), 'feed.json');
    const a = write(part(['asif']), 'a.json', sources);
    const b = write(part(['hallbart-skane']), 'b.json', sources);
    const first = await run('merge', a, b, '-o', output, '--keep-last', keep, '--now', '2026-12-01T08:00:00Z');
    assert.equal(first.code, 0, first.err.join('\n'));
    assert.equal(readdirSync(keep).length, 2);
    const merged = readFileSync(output, 'utf8');

    write('{"version": 1, "projects": [', 'b.json', sources);
    const without = await run('merge', a, b, '-o', output);
    assert.equal(without.code, 1);
    assert.match(without.err.at(-1) ?? '', new RegExp(`^${b}: not a feed \\(refused as a whole\\); nothing merged`));
    assert.equal(readFileSync(output, 'utf8'), merged, 'the output is unchanged');

    const second = await run('merge', a, b, '-o', output, '--keep-last', keep, '--now', '2026-12-08T08:00:00Z');
    assert.equal(second.code, 0, second.err.join('\n'));
    assert.equal(readFileSync(output, 'utf8'), merged);
    assert.ok(second.out.includes(`  ${b}: 1 project, 1 taken from it; not a feed (refused as a whole): used the copy from 2026-12-01T08:00:00Z`), second.out.join('\n'));
    assert.ok(second.err.includes(`${b}: not a feed (refused as a whole); using its last good copy, from 2026-12-01T08:00:00Z`), second.err.join('\n'));

    // The copy used keeps its date; a new source with no copy fails.
    const third = await run('merge', a, b, '-o', output, '--keep-last', keep, '--now', '2026-12-09T08:00:00Z');
    assert.match(third.out.join('\n'), /used the copy from 2026-12-01T08:00:00Z/);
    const c = join(sources, 'c.json');
    const missing = await run('merge', a, c, '-o', output, '--keep-last', keep);
    assert.equal(missing.code, 1);
    assert.match(missing.err.at(-1) ?? '', new RegExp(`^${c}: could not read: .*ENOENT.*, and no last good copy in ${keep} .*; nothing merged`));

    // A copy is validated again: one edited into something that is not a feed is not used.
    const copyOfB = readdirSync(keep).find((name) => name.includes('-b-json-'));
    assert.ok(copyOfB);
    writeFileSync(join(keep, copyOfB), '{}');
    const edited = await run('merge', a, b, '-o', output, '--keep-last', keep);
    assert.equal(edited.code, 1);
    assert.match(edited.err.at(-1) ?? '', new RegExp(`^${b}: not a feed \\(refused as a whole\\), and its copy ${join(keep, copyOfB)} is not a feed \\(refused as a whole\\); nothing merged`));
  });

  describe('from URLs', () => {
    const bodies: Record<string, string> = {
      '/a.json': JSON.stringify(part(['asif'])),
      '/b.json': JSON.stringify(part(['joint-way'])),
    };
    const served = loopbackServer((request, response) => {
      const body = bodies[request.url ?? ''];
      if (body === undefined) response.writeHead(404).end();
      else response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
    });

    it('merges a URL with a file, and names a URL that answers 404', async () => {
      const file = write(part(['hallbart-skane']), 'c.json');
      const output = join(tempDir('si-merge-out-'), 'feed.json');
      const result = await run('merge', `${served.base}/a.json`, file, `${served.base}/b.json`, '-o', output);
      assert.equal(result.code, 0, result.err.join('\n'));
      assert.deepEqual(readJson(output).projects.map((p) => p.id), ['asif', 'hallbart-skane', 'joint-way']);
      const missing = await run('merge', `${served.base}/a.json`, `${served.base}/gone.json`, '-o', join(tempDir('si-merge-out-'), 'feed.json'));
      assert.equal(missing.code, 1);
      assert.match(missing.err.at(-1) ?? '', new RegExp(`^${served.base}/gone\\.json: could not read: HTTP 404 Not Found; nothing merged`));
    });
  });
});
