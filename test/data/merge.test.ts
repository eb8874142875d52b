/**
 * The merge of partners' feeds (issue 13, `si-feed merge`), pure: organisations are one by
 * orgNumber else id, projects one by identifier else id; equal entries are one, different ones a
 * conflict naming both sources unless `prefer` says which wins. Test feeds are the sample feed cut
 * in parts, and obviously fictional test organisations and projects.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson } from '../../src/data/feed-json.js';
import { mergeSources, type MergeSource } from '../../src/data/merge.js';
import { validateFeed } from '../../src/data/validate.js';
import type { Feed, Organization, Project } from '../../src/data/types.js';
import { sampleFeed } from './sample.js';

/** A feed of the sample's projects `ids`, with just the organisations they name. */
function part(ids: string[]): Feed {
  const sample = structuredClone(sampleFeed());
  const projects = sample.projects.filter((project) => ids.includes(project.id));
  const named = new Set(projects.flatMap((project) => project.organizations.map((ref) => ref.id)));
  return { ...sample, organizations: sample.organizations.filter((o) => named.has(o.id)), projects };
}

/** The test's own organisations and a project funded by one of them (all fictional). */
const TEST_ORG: Organization = { id: 'testforeningen', name: 'Testföreningen Exempel', orgNumber: '999000-0003' };
const TEST_FUNDER: Organization = { id: 'testfonden', name: 'Testfonden', orgNumber: '999111-1114' };

function testProject(id: string, organizationId = TEST_ORG.id, funderId = TEST_FUNDER.id): Project {
  return {
    id,
    title: 'Testprojektet (påhittat)',
    organizations: [
      { id: organizationId, role: 'lead' },
      { id: funderId, role: 'funder' },
    ],
    funding: [{ funder: funderId, amount: 1000, reference: 'TEST-0001' }],
    contacts: [{ name: 'Testkontakt', kind: 'role', email: 'test@example.org', organization: organizationId }],
    identifiers: [{ scheme: 'diarienummer', value: 'TEST-0001' }],
  };
}

function feedOf(organizations: Organization[], projects: Project[], extra: Partial<Feed> = {}): Feed {
  return { version: 1, language: 'sv', organizations, projects, ...extra };
}

/** The merged feed, failing the test if it is absent or not valid. */
function mergedFeed(sources: MergeSource[], prefer?: string): Feed {
  const result = mergeSources(sources, { prefer });
  assert.deepEqual(result.conflicts, []);
  assert.ok(result.feed);
  const check = validateFeed(result.feed);
  assert.ok(check.ok);
  assert.deepEqual(check.reports.flatMap((report) => report.problems).filter((problem) => !problem.warning), []);
  return result.feed;
}

describe('mergeSources', () => {
  it('merges two partners without overlap: every project once, shared organisations once, counts per source', () => {
    const a = part(['asif', 'joint-way', 'larprocess-behovsdrivet-stod']);
    const b = part(['nationell-kunskapsplattform', 'hallbart-skane']);
    const result = mergeSources([{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }]);
    const feed = mergedFeed([{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }]);
    const sample = sampleFeed();
    assert.deepEqual(feed.projects, sample.projects);
    assert.deepEqual(
      feed.organizations.map((o) => o.id).sort(),
      sample.organizations.map((o) => o.id).sort(),
    );
    assert.deepEqual(result.report.sources, [
      { source: 'a.json', projects: 3, taken: 3 },
      { source: 'b.json', projects: 2, taken: 2 },
    ]);
    assert.deepEqual(result.report.duplicates, []);
    assert.deepEqual(result.report.warnings, []);
  });

  it('gives the feed the first language, the first title and the newest updated', () => {
    const a = feedOf([TEST_ORG], [], { updated: '2026-11-01T09:00:00+01:00', title: 'A' });
    const b = feedOf([TEST_ORG], [], { updated: '2026-11-01T08:30:00Z', title: 'B' });
    const c = feedOf([TEST_ORG], []);
    const feed = mergedFeed([{ source: 'a', feed: a }, { source: 'b', feed: b }, { source: 'c', feed: c }]);
    assert.equal(feed.updated, '2026-11-01T08:30:00Z');
    assert.equal(feed.title, 'A');
    assert.equal(feed.language, 'sv');
    assert.equal(feed.version, 1);
  });

  it('takes a project both sources publish, equal but for key order, once', () => {
    const a = part(['asif', 'joint-way']);
    const b = part(['joint-way']);
    const [joint] = b.projects;
    b.projects = [Object.fromEntries(Object.entries(joint).reverse()) as unknown as Project];
    const result = mergeSources([{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }]);
    assert.deepEqual(result.feed?.projects.map((p) => p.id), ['asif', 'joint-way']);
    assert.deepEqual(result.report.duplicates, [
      { id: 'joint-way', entries: [{ source: 'a.json', id: 'joint-way' }, { source: 'b.json', id: 'joint-way' }], how: 'identical', from: 'a.json' },
    ]);
    assert.deepEqual(result.report.sources[1], { source: 'b.json', projects: 1, taken: 0 });
  });

  it('refuses two different entries for one project, naming both sources, the project and the fields', () => {
    const a = part(['joint-way']);
    const b = part(['joint-way']);
    b.projects[0].summary = 'En annan sammanfattning (test).';
    const result = mergeSources([{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }]);
    assert.equal(result.feed, undefined);
    assert.equal(result.conflicts.length, 1);
    const [conflict] = result.conflicts;
    assert.equal(conflict.kind, 'project');
    assert.equal(conflict.id, 'joint-way');
    assert.deepEqual(conflict.sources, ['a.json', 'b.json']);
    assert.match(conflict.message, /project "joint-way" differs between a\.json and b\.json in: summary; say which wins with --prefer/);
  });

  it('lets --prefer pick the winner, and reports what the others had different', () => {
    const a = part(['joint-way']);
    const b = part(['joint-way']);
    b.projects[0].summary = 'En annan sammanfattning (test).';
    const sources = [{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }];
    assert.equal(mergedFeed(sources, 'b.json').projects[0].summary, 'En annan sammanfattning (test).');
    assert.deepEqual(mergedFeed(sources, 'a.json').projects[0].summary, a.projects[0].summary);
    const { report } = mergeSources(sources, { prefer: 'b.json' });
    assert.deepEqual(report.duplicates[0], {
      id: 'joint-way',
      entries: [{ source: 'a.json', id: 'joint-way' }, { source: 'b.json', id: 'joint-way' }],
      how: 'preferred',
      from: 'b.json',
      fields: ['summary'],
    });
    assert.deepEqual(report.sources.map((s) => s.taken), [0, 1]);
  });

  it('still refuses when the preferred source is not one of those that disagree', () => {
    const a = part(['joint-way']);
    const b = part(['joint-way']);
    b.projects[0].summary = 'En annan sammanfattning (test).';
    const c = part(['asif']);
    const result = mergeSources([{ source: 'a', feed: a }, { source: 'b', feed: b }, { source: 'c', feed: c }], { prefer: 'c' });
    assert.equal(result.feed, undefined);
    assert.deepEqual(result.conflicts.map((conflict) => conflict.sources), [['a', 'b']]);
  });

  it('takes a joint project two sources publish under different ids but one diarienummer once, with the first id', () => {
    const a = feedOf([TEST_ORG, TEST_FUNDER], [testProject('testprojektet')]);
    const b = feedOf([TEST_ORG, TEST_FUNDER], [{ ...testProject('foreningens-testprojekt'), identifiers: [{ scheme: 'Diarienummer', value: ' test-0001 ' }] }]);
    // The identifiers are written differently, so the entries differ there: b's is preferred.
    const feed = mergedFeed([{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }], 'b.json');
    assert.equal(feed.projects.length, 1);
    assert.equal(feed.projects[0].id, 'testprojektet');

    const same = feedOf([TEST_ORG, TEST_FUNDER], [testProject('foreningens-testprojekt')]);
    const result = mergeSources([{ source: 'a.json', feed: a }, { source: 'b.json', feed: same }]);
    assert.deepEqual(result.feed?.projects, [testProject('testprojektet')]);
    assert.deepEqual(result.report.duplicates, [
      {
        id: 'testprojektet',
        entries: [{ source: 'a.json', id: 'testprojektet' }, { source: 'b.json', id: 'foreningens-testprojekt' }],
        how: 'identical',
        from: 'a.json',
      },
    ]);
  });

  it('treats the same id with no matching identifier as the same project: a conflict unless equal', () => {
    const a = feedOf([TEST_ORG, TEST_FUNDER], [testProject('testprojektet')]);
    const b = feedOf([TEST_ORG, TEST_FUNDER], [{ ...testProject('testprojektet'), identifiers: [{ scheme: 'diarienummer', value: 'TEST-0002' }] }]);
    const result = mergeSources([{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }]);
    assert.deepEqual(result.conflicts.map((c) => [c.id, c.sources]), [['testprojektet', ['a.json', 'b.json']]]);
    assert.match(result.conflicts[0].message, /in: identifiers;/);
  });

  it('unifies organisations by orgNumber, rewrites every reference to the first id, and warns about a different name', () => {
    const a = feedOf([TEST_ORG, TEST_FUNDER], [testProject('testprojektet')]);
    const renamedOrg = { ...TEST_ORG, id: 'exempelforeningen', name: 'Exempelföreningen', orgNumber: '9990000003' };
    const renamedFunder = { ...TEST_FUNDER, id: 'fonden-test' };
    const other: Project = { ...testProject('annat-testprojekt', renamedOrg.id, renamedFunder.id), identifiers: [{ scheme: 'diarienummer', value: 'TEST-0009' }] };
    const b = feedOf([renamedOrg, renamedFunder], [other]);
    const result = mergeSources([{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }]);
    const feed = mergedFeed([{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }]);
    assert.deepEqual(feed.organizations.map((o) => o.id), ['testforeningen', 'testfonden']);
    const merged = feed.projects[1];
    assert.deepEqual(merged.organizations, [{ id: 'testforeningen', role: 'lead' }, { id: 'testfonden', role: 'funder' }]);
    assert.equal(merged.funding?.[0].funder, 'testfonden');
    assert.equal(merged.contacts?.[0].organization, 'testforeningen');
    assert.deepEqual(result.report.unified, [
      { id: 'testforeningen', orgNumber: '999000-0003', aliases: [{ source: 'b.json', id: 'exempelforeningen' }] },
      { id: 'testfonden', orgNumber: '999111-1114', aliases: [{ source: 'b.json', id: 'fonden-test' }] },
    ]);
    // The orgNumber written without its hyphen is the same number: no warning for it.
    assert.deepEqual(result.report.warnings, ['organization "testforeningen": name differs: "Testföreningen Exempel" in a.json, "Exempelföreningen" in b.json; kept a.json\'s']);
  });

  it('fills an organisation\'s missing fields from the other sources', () => {
    const a = feedOf([{ id: 'testforeningen', name: 'Testföreningen Exempel' }], []);
    const b = feedOf([{ ...TEST_ORG, url: 'https://example.org/' }], []);
    assert.deepEqual(mergedFeed([{ source: 'a', feed: a }, { source: 'b', feed: b }]).organizations, [{ ...TEST_ORG, url: 'https://example.org/' }]);
  });

  it('refuses one id for two organisations with different orgNumbers', () => {
    const a = feedOf([TEST_ORG], []);
    const b = feedOf([{ ...TEST_ORG, orgNumber: TEST_FUNDER.orgNumber }], []);
    const result = mergeSources([{ source: 'a.json', feed: a }, { source: 'b.json', feed: b }]);
    assert.equal(result.feed, undefined);
    assert.deepEqual(result.conflicts.map((c) => [c.kind, c.id, c.sources]), [['organization', 'testforeningen', ['a.json', 'b.json']]]);
  });

  it('refuses sources in different languages', () => {
    const result = mergeSources([{ source: 'a', feed: feedOf([TEST_ORG], []) }, { source: 'b', feed: feedOf([TEST_ORG], [], { language: 'en' }) }]);
    assert.deepEqual(result.conflicts.map((c) => [c.kind, c.sources]), [['language', ['a', 'b']]]);
  });
});

describe('canonicalJson', () => {
  it('is the same for the same data in another key order, and differs for other data', () => {
    assert.equal(canonicalJson({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }), canonicalJson({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }));
    assert.notEqual(canonicalJson({ a: [1, 2] }), canonicalJson({ a: [2, 1] }));
  });
});
