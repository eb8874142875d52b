import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, parseFeed, validateFeed } from '../../src/data/validate.js';
import { sampleJson } from './fixtures.js';

describe('validateFeed', () => {
  it('accepts the sample feed whole, without a single report', () => {
    const result = validateFeed(sampleJson());
    assert.ok(result.ok);
    assert.deepEqual(result.reports, []);
    assert.equal(result.feed.projects.length, 5);
    assert.equal(result.feed.organizations.length, 15);
  });

  it('refuses the whole feed only when its top level is unusable', () => {
    const cases: [unknown, string, string][] = [
      [[], 'not-object', '$'],
      ['feed', 'not-object', '$'],
      [null, 'not-object', '$'],
      [{ version: 2, projects: [] }, 'version', '$.version'],
      [{ projects: [] }, 'version', '$.version'],
      [{ version: 1 }, 'no-projects', '$.projects'],
      [{ version: 1, projects: {} }, 'no-projects', '$.projects'],
    ];
    for (const [input, reason, path] of cases) {
      const result = validateFeed(input);
      assert.equal(result.ok, false, JSON.stringify(input));
      if (!result.ok) {
        assert.equal(result.reason, reason);
        assert.equal(result.problem.path, path);
      }
    }
  });

  it('tells text that is not JSON apart from a feed that is not valid', () => {
    const notJson = parseFeed('<!doctype html><p>Not found</p>');
    assert.equal(notJson.ok, false);
    if (!notJson.ok) assert.equal(notJson.reason, 'not-json');
  });

  it('leaves out an invalid project, keeps every valid one, and names the item, its path and what was expected', () => {
    const json = sampleJson();
    json.projects.splice(1, 0, { id: 'broken', title: 42, organizations: [] });
    const result = validateFeed(json);
    assert.ok(result.ok);
    assert.deepEqual(
      result.feed.projects.map((p) => p.id),
      ['asif', 'joint-way', 'larprocess-behovsdrivet-stod', 'nationell-kunskapsplattform', 'hallbart-skane'],
    );
    assert.equal(result.reports.length, 1);
    const [report] = result.reports;
    assert.equal(report.dropped, true);
    assert.equal(report.id, 'broken');
    assert.equal(report.index, 1);
    assert.deepEqual(report.problems.map((p) => p.path), ['$.projects[1].title']);
    const message = formatReport(report, 'https://feeds.example/skane.json');
    assert.match(message, /https:\/\/feeds\.example\/skane\.json/);
    assert.match(message, /project "broken" \(projects\[1\]\) left out/);
    assert.match(message, /\$\.projects\[1\]\.title: expected a non-empty string or an object/);
    assert.match(message, /found 42/);
  });

  it('leaves out a project or organisation without an id, or with an id used before', () => {
    const json = sampleJson();
    json.projects.push({ title: 'Utan id', organizations: [] });
    json.projects.push({ ...json.projects[0] });
    json.organizations.push({ id: 'sopact', name: 'SoPact igen' });
    const result = validateFeed(json);
    assert.ok(result.ok);
    assert.equal(result.feed.projects.length, 5);
    assert.equal(result.feed.organizations.length, 15);
    assert.deepEqual(
      result.reports.map((r) => [r.collection, r.index, r.problems[0].path]),
      [
        ['organizations', 15, '$.organizations[15].id'],
        ['projects', 5, '$.projects[5].id'],
        ['projects', 6, '$.projects[6].id'],
      ],
    );
  });

  it('keeps a project when only an optional field is wrong, without that field', () => {
    const json = sampleJson();
    Object.assign(json.projects[0], { sdgs: [4, 18, 'x'], status: 'done', start: 'soon', summary: 7 });
    const result = validateFeed(json);
    assert.ok(result.ok);
    const asif = result.feed.projects[0];
    assert.equal(asif.id, 'asif');
    assert.deepEqual(asif.sdgs, [4]);
    assert.equal(asif.status, undefined);
    assert.equal(asif.start, undefined);
    assert.equal(asif.summary, undefined);
    assert.equal(result.reports[0].dropped, false);
    assert.deepEqual(
      result.reports[0].problems.map((p) => p.path),
      ['$.projects[0].summary', '$.projects[0].sdgs[1]', '$.projects[0].sdgs[2]', '$.projects[0].status', '$.projects[0].start'],
    );
  });

  it('drops a reference to an organisation the feed does not have, or with an unknown role', () => {
    const json = sampleJson();
    const refs = json.projects[0].organizations as unknown[];
    refs.push({ id: 'nobody', role: 'partner' }, { id: 'sopact', role: 'boss' }, { id: 'sopact' });
    const result = validateFeed(json);
    assert.ok(result.ok);
    assert.deepEqual(result.feed.projects[0].organizations, [{ id: 'malmo-universitet', role: 'lead' }]);
    assert.deepEqual(
      result.reports[0].problems.map((p) => p.path),
      ['$.projects[0].organizations[1].id', '$.projects[0].organizations[2].role', '$.projects[0].organizations[3].role'],
    );
  });

  it("reports the feed's own bad fields first, in the feed's order, and still reads every item", () => {
    const input = sampleJson() as { organizations: unknown; language: unknown; title: unknown; projects: { title: unknown }[] };
    input.organizations = 'alla';
    input.language = 'sv_SE';
    input.title = 42;
    input.projects[1].title = '';
    const result = validateFeed(input);
    assert.ok(result.ok);
    const [feedReport, ...itemReports] = result.reports;
    assert.equal(feedReport.collection, 'feed');
    assert.deepEqual(
      feedReport.problems.map((problem) => problem.path),
      ['$.organizations', '$.language', '$.title'],
    );
    assert.ok(itemReports.some((report) => report.index === 1 && report.dropped));
    assert.equal(result.feed.projects.length, 4);
    assert.equal(result.feed.language, undefined);
  });

  it('ignores unknown fields, so the format can grow', () => {
    const json = sampleJson();
    Object.assign(json, { publisher: 'Region Skåne' });
    // Not `budget`: that is a field now (#12).
    Object.assign(json.projects[0], { turnover: { sek: 1_000_000 } });
    const result = validateFeed(json);
    assert.ok(result.ok);
    assert.deepEqual(result.reports, []);
    assert.equal('turnover' in result.feed.projects[0], false);
  });

  it('keeps the valid languages of a Text and drops the rest', () => {
    const json = sampleJson();
    json.projects[0].title = { sv: 'Allians', en: '', 'not a tag': 'x' };
    const result = validateFeed(json);
    assert.ok(result.ok);
    assert.deepEqual(result.feed.projects[0].title, { sv: 'Allians' });
    assert.equal(result.reports[0].dropped, false);
  });

  it('leaves out a goal without a title but keeps the project and its other goals', () => {
    const json = sampleJson();
    const learning = json.projects[2];
    (learning.goals as unknown[]).push({ id: 'delmal-d' });
    const result = validateFeed(json);
    assert.ok(result.ok);
    assert.deepEqual(result.feed.projects[2].goals?.map((g) => g.id), ['delmal-a', 'delmal-b', 'delmal-c']);
    assert.deepEqual(result.reports[0].problems.map((p) => p.path), ['$.projects[2].goals[3].title']);
  });
});
