/**
 * The #12 fields: each kept when good, dropped with a report naming its path when bad (the project
 * stays), and absent without a trace when the feed leaves it out.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateFeed, type FeedProblem } from '../../src/data/validate.js';
import type { Project } from '../../src/data/types.js';

const EXAMPLE_PATH = new URL('../../src/public/feeds/example-full.json', import.meta.url);
type JsonObject = Record<string, unknown>;

/** A fresh copy of example-full.json, to break in a test. */
function exampleJson(): JsonObject & { projects: JsonObject[]; organizations: JsonObject[] } {
  return JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8'));
}

/** Validates `json` both ways (copied and shared) and returns the first project and the problems. */
function readFirst(json: JsonObject, share = false): { project: Project; problems: FeedProblem[] } {
  const result = validateFeed(json, { shareInput: share });
  assert.ok(result.ok);
  const project = result.feed.projects[0];
  assert.equal(project.id, 'exempel-grona-gardar', 'the project stays');
  return { project, problems: result.reports.flatMap((report) => report.problems) };
}

/** `change` breaks the first project; the problem is named at `path` and the field is dropped. */
function assertDropped(change: (project: JsonObject) => void, path: string, check: (project: Project) => void): void {
  for (const share of [false, true]) {
    const json = exampleJson();
    change(json.projects[0]);
    const { project, problems } = readFirst(json, share);
    assert.deepEqual(
      problems.map((p) => p.path),
      [path],
      `${share ? 'shared' : 'copied'}: ${JSON.stringify(problems)}`,
    );
    assert.equal(problems[0].warning, undefined, 'a problem, not a warning');
    check(project);
  }
}

describe('the #12 fields: good values are kept', () => {
  it('keeps every field of example-full.json as written, with no report', () => {
    const json = exampleJson();
    const result = validateFeed(json);
    assert.ok(result.ok);
    assert.deepEqual(result.reports, []);
    assert.deepEqual(result.feed, json);
  });

  it('keeps them as the same objects when the input is shared (parsed text)', () => {
    const json = exampleJson();
    const project = json.projects[0];
    const { project: read } = readFirst(json, true);
    assert.equal(read.funding, project.funding);
    assert.equal(read.image, project.image);
    assert.equal(read.goals?.[0].measurements, (project.goals as JsonObject[])[0].measurements);
  });

  it('leaves out a field the feed leaves out, without a trace', () => {
    const json = exampleJson();
    for (const field of ['funding', 'budget', 'scope', 'contacts', 'image', 'identifiers', 'links', 'updated']) delete json.projects[0][field];
    const { project, problems } = readFirst(json);
    assert.deepEqual(problems, []);
    assert.deepEqual(Object.keys(project).sort(), ['description', 'end', 'goals', 'id', 'municipalities', 'organizations', 'sdgs', 'start', 'status', 'summary', 'title', 'topics', 'url']);
  });
});

describe('funding and budget', () => {
  it('drops a funding entry whose funder is not in the project with the role funder', () => {
    assertDropped(
      (p) => ((p.funding as JsonObject[])[1].funder = 'exempeluniversitetet'),
      '$.projects[0].funding[1].funder',
      (project) => assert.deepEqual(project.funding?.map((f) => f.funder), ['exempelfonden']),
    );
  });

  it('drops a funding entry naming an organisation the feed does not have', () => {
    assertDropped(
      (p) => ((p.funding as JsonObject[])[0].funder = 'okand'),
      '$.projects[0].funding[0].funder',
      (project) => assert.deepEqual(project.funding?.map((f) => f.funder), ['exempelkommunen']),
    );
  });

  it('drops a negative amount, keeping the rest of the entry', () => {
    assertDropped(
      (p) => ((p.funding as JsonObject[])[0].amount = -5),
      '$.projects[0].funding[0].amount',
      (project) => {
        assert.equal(project.funding?.[0].amount, undefined);
        assert.equal(project.funding?.[0].reference, 'EF-2025-0042');
      },
    );
  });

  it('drops a currency that is not three capital letters', () => {
    assertDropped(
      (p) => ((p.funding as JsonObject[])[0].currency = 'kr'),
      '$.projects[0].funding[0].currency',
      (project) => assert.equal(project.funding?.[0].currency, undefined),
    );
  });

  it('drops a budget without a good amount, naming the amount', () => {
    assertDropped(
      (p) => (p.budget = { amount: '4 800 000', currency: 'SEK' }),
      '$.projects[0].budget.amount',
      (project) => assert.equal(project.budget, undefined),
    );
  });

  it('drops a funding list that is not a list', () => {
    assertDropped((p) => (p.funding = { funder: 'exempelfonden' }), '$.projects[0].funding', (project) => assert.equal(project.funding, undefined));
  });
});

describe('scope, updated and municipality codes', () => {
  it('drops a scope outside the list', () => {
    assertDropped((p) => (p.scope = 'hela Skåne'), '$.projects[0].scope', (project) => assert.equal(project.scope, undefined));
  });

  it('drops an updated date that does not exist', () => {
    assertDropped((p) => (p.updated = '2026-02-30'), '$.projects[0].updated', (project) => assert.equal(project.updated, undefined));
  });

  it('keeps codes and names side by side', () => {
    assert.deepEqual(readFirst(exampleJson()).project.municipalities, ['1280', 'Lund', '1283']);
  });
});

describe('contacts', () => {
  it('drops a contact without a name, keeping the others', () => {
    assertDropped(
      (p) => delete (p.contacts as JsonObject[])[0].name,
      '$.projects[0].contacts[0].name',
      (project) => assert.deepEqual(project.contacts?.map((c) => c.name), ['Exempelprojektets kansli']),
    );
  });

  it('drops an e-mail address that would add to a mailto: link', () => {
    assertDropped(
      (p) => ((p.contacts as JsonObject[])[0].email = 'a@example.org?cc=b@example.org'),
      '$.projects[0].contacts[0].email',
      (project) => assert.equal(project.contacts?.[0].email, undefined),
    );
  });

  it('drops a phone number with letters, an unknown organisation and an unknown kind', () => {
    for (const [field, value] of [['phone', 'javascript:alert(1)'], ['organization', 'okand'], ['kind', 'team']]) {
      assertDropped(
        (p) => ((p.contacts as JsonObject[])[0][field] = value),
        `$.projects[0].contacts[0].${field}`,
        (project) => assert.equal(field in (project.contacts?.[0] ?? {}), false),
      );
    }
  });
});

describe('image', () => {
  it('drops an image whose url is not https:', () => {
    for (const url of ['http://example.org/a.jpg', 'javascript:alert(1)', '/bilder/a.jpg']) {
      assertDropped(
        (p) => ((p.image as JsonObject).url = url),
        '$.projects[0].image.url',
        (project) => assert.equal(project.image, undefined),
      );
    }
  });

  it('keeps an image without alt as decorative, with a warning that drops nothing', () => {
    const json = exampleJson();
    delete (json.projects[0].image as JsonObject).alt;
    const result = validateFeed(json);
    assert.ok(result.ok);
    assert.equal(result.feed.projects[0].image?.url, 'https://example.org/bilder/grona-gardar.jpg');
    assert.equal(result.feed.projects[0].image?.alt, undefined);
    assert.deepEqual(result.reports.map((r) => ({ dropped: r.dropped, problems: r.problems.map((p) => [p.path, p.warning]) })), [
      { dropped: false, problems: [['$.projects[0].image.alt', true]] },
    ]);
  });

  it('drops a credit that is not a Text', () => {
    assertDropped((p) => ((p.image as JsonObject).credit = 7), '$.projects[0].image.credit', (project) => assert.equal(project.image?.credit, undefined));
  });
});

describe('identifiers and links', () => {
  it('drops an identifier without a value, and an identifier url that is not http(s)', () => {
    assertDropped(
      (p) => delete (p.identifiers as JsonObject[])[0].value,
      '$.projects[0].identifiers[0].value',
      (project) => assert.deepEqual(project.identifiers?.map((i) => i.scheme), ['kohesio']),
    );
    assertDropped(
      (p) => ((p.identifiers as JsonObject[])[1].url = 'ftp://example.org/x'),
      '$.projects[0].identifiers[1].url',
      (project) => assert.equal(project.identifiers?.[1].url, undefined),
    );
  });

  it('drops a link whose url is not http(s), and a link type outside the list', () => {
    assertDropped(
      (p) => ((p.links as JsonObject[])[0].url = 'javascript:alert(1)'),
      '$.projects[0].links[0].url',
      (project) => assert.equal(project.links?.length, 4),
    );
    assertDropped(
      (p) => ((p.links as JsonObject[])[1].type = 'podcast'),
      '$.projects[0].links[1].type',
      (project) => assert.equal(project.links?.[1].type, undefined),
    );
  });
});

describe('goals: measurements, comment, achieved', () => {
  it('drops a measurement with a bad date or value, naming it inside its goal', () => {
    assertDropped(
      (p) => (((p.goals as JsonObject[])[0].measurements as JsonObject[])[1].date = '2025-13-01'),
      '$.projects[0].goals[0].measurements[1].date',
      (project) => assert.deepEqual(project.goals?.[0].measurements?.map((m) => m.value), [3, 8]),
    );
    assertDropped(
      (p) => delete ((p.goals as JsonObject[])[1].measurements as JsonObject[])[0].value,
      '$.projects[0].goals[1].measurements[0].value',
      (project) => assert.deepEqual(project.goals?.[1].measurements?.map((m) => m.value), [18]),
    );
  });

  it('names the next project field after a goal from the project again', () => {
    const json = exampleJson();
    ((json.projects[0].goals as JsonObject[])[0].measurements as JsonObject[])[0].value = 'tre';
    json.projects[0].scope = 'overallt';
    const { problems } = readFirst(json);
    assert.deepEqual(problems.map((p) => p.path), ['$.projects[0].goals[0].measurements[0].value', '$.projects[0].scope']);
  });

  it('drops a comment that is not a Text and an achieved date that does not exist', () => {
    assertDropped(
      (p) => ((p.goals as JsonObject[])[0].comment = ['x']),
      '$.projects[0].goals[0].comment',
      (project) => assert.equal(project.goals?.[0].comment, undefined),
    );
    assertDropped(
      (p) => ((p.goals as JsonObject[])[2].achieved = '20 maj 2026'),
      '$.projects[0].goals[2].achieved',
      (project) => assert.equal(project.goals?.[2].achieved, undefined),
    );
  });
});

describe('organisations: orgNumber and attribution', () => {
  it('drops an orgNumber that is not ten digits and an attribution that is not a Text, keeping the organisation', () => {
    const json = exampleJson();
    json.organizations[1].orgNumber = '99999-9999';
    json.organizations[2].attribution = '';
    const result = validateFeed(json);
    assert.ok(result.ok);
    assert.deepEqual(result.reports.flatMap((r) => r.problems.map((p) => p.path)), ['$.organizations[1].orgNumber', '$.organizations[2].attribution']);
    assert.equal(result.feed.organizations[1].orgNumber, undefined);
    assert.equal(result.feed.organizations[2].attribution, undefined);
    assert.equal(result.feed.organizations.length, 4);
  });
});
