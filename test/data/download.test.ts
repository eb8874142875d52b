import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeFeed } from '../bench/feeds.js';
import { BOM, CSV_COLUMNS, csvField, csvSeparator, projectsCsv, projectsFeed, projectsJson, type CsvOptions } from '../../src/data/download.js';
import { filterProjects } from '../../src/data/filter.js';
import { indexFeed } from '../../src/data/select.js';
import { resolveText } from '../../src/data/text.js';
import type { Feed, Project } from '../../src/data/types.js';
import { parseFeed } from '../../src/data/validate.js';

const WORDS: CsvOptions['words'] = {
  headings: Object.fromEntries(CSV_COLUMNS.map((column) => [column, `H:${column}`])) as CsvOptions['words']['headings'],
  statuses: { planned: 'Planerat', active: 'Pågående', completed: 'Avslutat' },
  roles: { lead: 'Projektägare', partner: 'Partner', 'need-owner': 'Behovsägare', 'knowledge-partner': 'Kunskapspartner', funder: 'Finansiär' },
};

function options(feed: Feed, locale = 'sv'): CsvOptions {
  return {
    words: WORDS,
    locale,
    text: (value) => resolveText(value, locale, feed.language)?.text ?? '',
    link: (url) => (url && /^https?:/.test(url) ? url : undefined),
  };
}

/** The CSV's rows as arrays of fields (every field is quoted, so splitting on `";"` is exact here). */
function rows(csv: string, separator = ';'): string[][] {
  return csv
    .slice(BOM.length)
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.slice(1, -1).split(`"${separator}"`).map((field) => field.replace(/""/g, '"')));
}

const TRICKY: Feed = {
  version: 1,
  language: 'sv',
  organizations: [
    { id: 'o1', name: { sv: 'Malmö stad', en: 'City of Malmö' } },
    { id: 'o2', name: '=HYPERLINK("http://evil.example")' },
    { id: 'unused', name: 'Används inte' },
  ],
  projects: [
    {
      id: 'p1',
      title: { sv: 'Ett "citat"; med semikolon', en: 'A "quote"; with semicolon' },
      summary: 'Rad ett\nrad två',
      url: 'https://example.org/p1',
      organizations: [
        { id: 'o1', role: 'lead' },
        { id: 'o2', role: 'funder' },
      ],
      topics: ['-minus', '@snabel'],
      sdgs: [1, 11],
      municipalities: ['Malmö'],
      status: 'active',
      start: '2024-03-01',
    },
  ],
};

describe('download (CSV and JSON of the projects a list shows)', () => {
  it('writes a BOM, a heading row and one row per project, every field quoted', () => {
    const csv = projectsCsv(TRICKY, TRICKY.projects, options(TRICKY));
    assert.ok(csv.startsWith('\uFEFF"H:id";"H:title"'), csv.slice(0, 40));
    assert.ok(csv.endsWith('\r\n'));
    // A line break inside a quoted field is part of the field: two records, three physical lines.
    assert.equal(csv.split('\r\n').length - 1, 2);
    const [head, row] = rows(csv);
    assert.deepEqual(head, CSV_COLUMNS.map((c) => `H:${c}`));
    const cell = (column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    assert.equal(cell('title'), 'Ett "citat"; med semikolon');
    assert.equal(cell('summary'), 'Rad ett\nrad två');
    assert.equal(cell('status'), 'Pågående');
    assert.equal(cell('leads'), 'Malmö stad');
    assert.equal(cell('sdgs'), '1, 11');
    assert.equal(cell('start'), '2024-03-01');
    assert.equal(cell('end'), '');
    assert.equal(cell('url'), 'https://example.org/p1');
  });

  it('gives texts in the widget language and a comma separator where Excel expects one', () => {
    const csv = projectsCsv(TRICKY, TRICKY.projects, options(TRICKY, 'en'));
    const [, row] = rows(csv, ',');
    assert.equal(row[CSV_COLUMNS.indexOf('title')], 'A "quote"; with semicolon');
    assert.equal(row[CSV_COLUMNS.indexOf('leads')], 'City of Malmö');
    assert.equal(csvSeparator('sv'), ';');
    assert.equal(csvSeparator('de'), ';');
    assert.equal(csvSeparator('en'), ',');
    assert.equal(csvSeparator('ar'), ',');
  });

  it('turns every cell that a spreadsheet would run as a formula into text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.equal(csvField(`${start}1+1`), `"'${start}1+1"`);
    assert.equal(csvField('1+1'), '"1+1"');
    const [, row] = rows(projectsCsv(TRICKY, TRICKY.projects, options(TRICKY)));
    assert.equal(row[CSV_COLUMNS.indexOf('partners')], `'=HYPERLINK("http://evil.example") (Finansiär)`);
    assert.equal(row[CSV_COLUMNS.indexOf('topics')], "'-minus, @snabel");
  });

  it('makes a valid feed of just the projects and the organisations they name', () => {
    const feed = projectsFeed(TRICKY, TRICKY.projects);
    assert.deepEqual(
      feed.organizations.map((o) => o.id),
      ['o1', 'o2'],
    );
    const parsed = parseFeed(projectsJson(TRICKY, TRICKY.projects));
    assert.equal(parsed.ok, true);
    assert.deepEqual(parsed.ok && parsed.reports, []);
  });

  it('never carries contacts or any field it does not know (personal data stays out)', () => {
    const person = { name: 'Anna Andersson', email: 'anna@example.se', phone: '070-123 45 67' };
    const withContacts = {
      ...TRICKY,
      organizations: TRICKY.organizations.map((o) => ({ ...o, contacts: [person], email: person.email })),
      projects: TRICKY.projects.map((p) => ({ ...p, contacts: [person], contact: person, organizations: p.organizations.map((m) => ({ ...m, contact: person })) })),
    } as unknown as Feed;
    for (const text of [projectsJson(withContacts, withContacts.projects), projectsCsv(withContacts, withContacts.projects, options(withContacts))]) {
      for (const value of Object.values(person)) assert.ok(!text.includes(value), `${value} in a download`);
      assert.ok(!text.includes('contact'));
    }
  });

  it('downloads all 1,000-project matches of a filter as CSV rows and as a feed that validates', () => {
    const feed = makeFeed({ projects: 1000, organizations: 20 });
    const index = indexFeed(feed);
    const matches = filterProjects(index, [{ statuses: ['active'], municipalities: ['Malmö'] }], 'title', {
      language: 'sv',
      today: '2026-06-01',
      collator: new Intl.Collator('sv'),
    });
    assert.ok(matches.length > 20 && matches.length < 1000, `${matches.length} matches`);
    const csv = projectsCsv(feed, matches, options(feed));
    const table = rows(csv);
    assert.equal(table.length, 1 + matches.length);
    assert.deepEqual(
      table.slice(1).map((row) => row[0]),
      matches.map((p: Project) => p.id),
    );
    const parsed = parseFeed(projectsJson(feed, matches));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.reports, []);
    assert.deepEqual(
      parsed.feed.projects.map((p) => p.id),
      matches.map((p) => p.id),
    );
  });
});
