/**
 * The strict checks of `si-feed validate` (tables and arithmetic the widgets leave out), the CLI
 * naming each kind of #12 error by its path, and the JSON Schema agreeing with the validator on
 * example-full.json and on broken copies of it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { main } from '../../src/cli/main.js';
import { localDay } from '../../src/data/ended.js';
import { hasValidCheckDigit, isKnownCurrency, strictProblems } from '../../src/data/strict.js';
import { validateFeed } from '../../src/data/validate.js';

const EXAMPLE_PATH = new URL('../../src/public/feeds/example-full.json', import.meta.url);
type JsonObject = Record<string, unknown>;
type Example = JsonObject & { projects: JsonObject[]; organizations: JsonObject[] };

function exampleJson(): Example {
  return JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8'));
}

function goal(feed: Example, index: number): JsonObject {
  return (feed.projects[0].goals as JsonObject[])[index];
}

async function validateFile(feed: unknown, options: string[] = []): Promise<{ code: number; out: string[]; err: string[] }> {
  const file = join(mkdtempSync(join(tmpdir(), 'si-feed-')), 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['validate', ...options, file], (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

describe('strict checks', () => {
  it('checks the organisationsnummer by its Luhn digit', () => {
    assert.equal(hasValidCheckDigit('999999-9999'), true);
    assert.equal(hasValidCheckDigit('9999999999'), true);
    assert.equal(hasValidCheckDigit('999999-9998'), false);
  });

  it('knows ISO 4217 currencies in use', () => {
    assert.equal(isKnownCurrency('SEK'), true);
    assert.equal(isKnownCurrency('EUR'), true);
    assert.equal(isKnownCurrency('XYZ'), false);
  });

  it('finds nothing in example-full.json', () => {
    assert.deepEqual(strictProblems(exampleJson(), '2026-12-06'), []);
  });

  it('names an unknown municipality code, an unknown currency, a wrong check digit and a measurement after today', () => {
    const feed = exampleJson();
    feed.projects[0].municipalities = ['1280', '9999', 'Lund'];
    (feed.projects[0].funding as JsonObject[])[1].currency = 'XYZ';
    (feed.projects[1].budget as JsonObject).currency = 'ABC';
    feed.organizations[0].orgNumber = '999998-9991';
    (goal(feed, 0).measurements as JsonObject[])[2].date = '2026-12-07';
    assert.deepEqual(
      strictProblems(feed, '2026-12-06').map((p) => [p.path, p.found, p.warning]),
      [
        ['$.organizations[0].orgNumber', '"999998-9991"', undefined],
        ['$.projects[0].municipalities[1]', '"9999"', undefined],
        ['$.projects[0].funding[1].currency', '"XYZ"', undefined],
        ['$.projects[0].goals[0].measurements[2].date', '"2026-12-07"', undefined],
        ['$.projects[1].budget.currency', '"ABC"', undefined],
      ],
    );
  });

  it('warns when current differs from the latest measurement (by date, not by order)', () => {
    const feed = exampleJson();
    const measured = goal(feed, 1);
    measured.measurements = [{ date: '2026-09-30', value: 18 }, { date: '2026-03-31', value: 11 }];
    assert.deepEqual(strictProblems(feed, '2026-12-06'), []);
    measured.current = 20;
    assert.deepEqual(strictProblems(feed, '2026-12-06'), [
      {
        path: '$.projects[0].goals[1].current',
        expected: 'the value of the latest measurement (18 on 2026-09-30), or no current',
        found: '20',
        warning: true,
      },
    ]);
  });

  it('warns about a contact without kind: a person is published only on purpose (#22)', () => {
    const feed = exampleJson();
    const contacts = (feed.projects as { contacts?: Record<string, unknown>[] }[]).find((project) => project.contacts)!.contacts!;
    delete contacts[0].kind;
    const [problem, ...others] = strictProblems(feed, '2026-12-06');
    assert.deepEqual(others, []);
    assert.match(problem.path, /^\$\.projects\[\d+\]\.contacts\[0\]\.kind$/);
    assert.match(problem.expected, /"role" for a shared mailbox .* or "person"/);
    assert.equal(problem.warning, true);
  });

  it("takes today from the machine's own calendar", () => {
    assert.equal(localDay(new Date(2026, 0, 5, 0, 30)), '2026-01-05');
  });
});

describe('si-feed validate with the #12 fields', () => {
  it('passes example-full.json (exit 0)', async () => {
    const { code, out } = await validateFile(exampleJson());
    assert.equal(code, 0);
    assert.match(out[0], /valid feed v1 with 2 projects and 4 organizations$/);
  });

  it('names each kind of error by its path and exits 1', async () => {
    const feed = exampleJson();
    const project = feed.projects[0];
    project.municipalities = ['9999'];
    (project.funding as JsonObject[])[0].amount = -1;
    (project.funding as JsonObject[])[1].currency = 'XYZ';
    (project.funding as JsonObject[])[1].funder = 'exempeluniversitetet';
    (goal(feed, 0).measurements as JsonObject[])[0].date = '2999-01-01';
    (project.image as JsonObject).url = 'http://example.org/bild.jpg';
    feed.organizations[1].orgNumber = '999999-9998';
    const { code, err } = await validateFile(feed);
    assert.equal(code, 1);
    const text = err.join('\n');
    for (const path of [
      '$.projects[0].municipalities[0]',
      '$.projects[0].funding[0].amount',
      '$.projects[0].funding[1].currency',
      '$.projects[0].funding[1].funder',
      '$.projects[0].goals[0].measurements[0].date',
      '$.projects[0].image.url',
      '$.organizations[1].orgNumber',
    ]) {
      assert.ok(text.includes(`${path}: expected`), `${path} in:\n${text}`);
    }
    assert.match(err.at(-1) ?? '', /7 problems$/);
  });

  it('judges a measurement\'s date against --today, like every other date check', async () => {
    const feed = exampleJson();
    const measurements = goal(feed, 0).measurements as JsonObject[];
    measurements[0].date = '2030-01-01';
    assert.equal((await validateFile(feed, ['--today', '2029-12-31'])).code, 1);
    assert.equal((await validateFile(feed, ['--today', '2030-06-01'])).code, 0);
  });

  it('prints warnings (an image without alt, current against the latest measurement) but exits 0', async () => {
    const feed = exampleJson();
    delete (feed.projects[0].image as JsonObject).alt;
    goal(feed, 1).current = 19;
    const { code, out, err } = await validateFile(feed);
    assert.equal(code, 0, err.join('\n'));
    assert.ok(err.includes('projects[0] "exempel-grona-gardar": shown, with warnings'), err.join('\n'));
    assert.ok(err.some((line) => line.startsWith('  warning: $.projects[0].image.alt: expected')));
    assert.ok(err.some((line) => line.startsWith('  warning: $.projects[0].goals[1].current: expected')));
    assert.match(out[0], /valid feed v1 with 2 projects and 4 organizations, with 2 warnings$/);
  });
});

describe('the JSON Schema and the validator agree', () => {
  const schema = JSON.parse(readFileSync(new URL('../../src/data/feed.schema.json', import.meta.url), 'utf8'));
  const schemaAccepts = new Ajv2020({ strict: true, validateFormats: false, allErrors: true }).compile(schema);
  /** Whether the widgets' validator reads the feed without a problem (warnings aside). */
  const validatorAccepts = (feed: unknown) => {
    const result = validateFeed(feed);
    return result.ok && result.reports.every((r) => r.problems.every((p) => p.warning));
  };

  it('both accept example-full.json', () => {
    assert.equal(schemaAccepts(exampleJson()), true, JSON.stringify(schemaAccepts.errors));
    assert.equal(validatorAccepts(exampleJson()), true);
  });

  const breakers: [string, (feed: Example) => void][] = [
    ['a negative amount', (f) => ((f.projects[0].funding as JsonObject[])[0].amount = -1)],
    ['a currency in lower case', (f) => ((f.projects[0].funding as JsonObject[])[0].currency = 'sek')],
    ['a funding entry without funder', (f) => delete (f.projects[0].funding as JsonObject[])[0].funder],
    ['a budget without amount', (f) => (f.projects[0].budget = { currency: 'SEK' })],
    ['an unknown scope', (f) => (f.projects[0].scope = 'skane')],
    ['a contact without name', (f) => delete (f.projects[0].contacts as JsonObject[])[0].name],
    ['an e-mail with a query', (f) => ((f.projects[0].contacts as JsonObject[])[0].email = 'a@b.se?cc=c@d.se')],
    ['a phone number with letters', (f) => ((f.projects[0].contacts as JsonObject[])[0].phone = 'ring mig')],
    ['an unknown contact kind', (f) => ((f.projects[0].contacts as JsonObject[])[0].kind = 'team')],
    ['an http: image', (f) => ((f.projects[0].image as JsonObject).url = 'http://example.org/a.jpg')],
    ['an image without url', (f) => delete (f.projects[0].image as JsonObject).url],
    ['an identifier without scheme', (f) => delete (f.projects[0].identifiers as JsonObject[])[0].scheme],
    ['a javascript: link', (f) => ((f.projects[0].links as JsonObject[])[0].url = 'javascript:alert(1)')],
    ['a mailto: link (links are pages)', (f) => ((f.projects[0].links as JsonObject[])[0].url = 'mailto:a@b.se')],
    ['a link without title', (f) => delete (f.projects[0].links as JsonObject[])[0].title],
    ['an unknown link type', (f) => ((f.projects[0].links as JsonObject[])[0].type = 'podcast')],
    ['an updated date-time', (f) => (f.projects[0].updated = '2026-11-15T10:00:00Z')],
    ['a measurement without date', (f) => delete (goal(f, 0).measurements as JsonObject[])[0].date],
    ['a measurement value as text', (f) => ((goal(f, 0).measurements as JsonObject[])[0].value = '3')],
    ['an achieved date in words', (f) => (goal(f, 2).achieved = 'i maj')],
    ['a comment of a number', (f) => (goal(f, 0).comment = 5)],
    ['an orgNumber of nine digits', (f) => (f.organizations[0].orgNumber = '99999-9999')],
    ['an empty attribution', (f) => (f.organizations[2].attribution = {})],
  ];
  for (const [what, breakIt] of breakers) {
    it(`both refuse ${what}`, () => {
      const feed = exampleJson();
      breakIt(feed);
      assert.equal(schemaAccepts(feed), false, 'the schema accepts it');
      assert.equal(validatorAccepts(feed), false, 'the validator accepts it');
    });
  }
});
