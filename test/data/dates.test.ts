/**
 * One reader of feed dates (src/data/dates.ts) for the validator, the formatting and the period: a
 * day that does not exist is a validation problem with its path, never a date shown shifted; the
 * shipped JSON Schema never accepts what the validator refuses.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { isFeedDate, isFeedDateTime, parseFeedDate } from '../../src/data/dates.js';
import { formatDate, formatPeriod } from '../../src/data/format.js';
import { parseFeed, validateFeed } from '../../src/data/validate.js';
import { sampleJson } from './fixtures.js';

const IMPOSSIBLE_DATES = ['2026-02-30', '2024-02-30', '2026-13-45', '2023-02-29', '2026-04-31', '2026-00-10', '2026-01-00'];
const BAD_DATES = [...IMPOSSIBLE_DATES, '12/08/2026', '2026-8-12', '2026-08-12T00:00:00Z', ' 2026-08-12', '２０２６-08-12', ''];
const IMPOSSIBLE_DATE_TIMES = ['2024-99-99T99:99', '2024-02-30T10:00:00Z', '2026-11-28T24:00:00Z', '2026-11-28T10:60:00Z', '2026-11-28T10:00:00+25:00'];

describe('feed dates', () => {
  it('are days that exist, leap days included', () => {
    for (const date of ['2026-08-12', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01']) assert.equal(isFeedDate(date), true, date);
    for (const date of BAD_DATES) assert.equal(isFeedDate(date), false, date);
    assert.equal(parseFeedDate('2024-02-29')?.toISOString(), '2024-02-29T00:00:00.000Z');
  });

  it('and the feed date-time has a time zone and a time that exists', () => {
    for (const value of ['2026-11-28T00:00:00Z', '2026-11-28T09:30:00+01:00', '2026-11-28T09:30:00.5-05:00', '2026-11-28t09:30:00z']) {
      assert.equal(isFeedDateTime(value), true, value);
    }
    for (const value of [...IMPOSSIBLE_DATE_TIMES, '2026-11-28', '2026-11-28T09:30', '2026-11-28T09:30:00']) {
      assert.equal(isFeedDateTime(value), false, value);
    }
  });

  it('are never formatted as another day ("2026-02-30" is not "2 mars 2026")', () => {
    for (const date of IMPOSSIBLE_DATES) {
      assert.equal(formatDate(date, 'sv'), undefined, date);
      assert.equal(formatPeriod(date, '2026-12-31', 'sv'), undefined, date);
      assert.equal(formatPeriod('2020-01-01', date, 'sv'), undefined, date);
    }
    assert.match(formatDate('2024-02-29', 'sv') ?? '', /29 februari 2024/);
  });
});

describe('the validator and impossible dates', () => {
  it('drops an impossible start or end with a report naming its path, and keeps the project', () => {
    for (const date of IMPOSSIBLE_DATES) {
      const json = sampleJson();
      json.projects[0].start = date;
      json.projects[1].end = date;
      const result = validateFeed(json);
      assert.ok(result.ok);
      assert.equal(result.feed.projects.length, 5, date);
      assert.equal(result.feed.projects[0].start, undefined, date);
      assert.equal(result.feed.projects[1].end, undefined, date);
      assert.equal(result.feed.projects[1].start, sampleJson().projects[1].start, 'the good date beside it stays');
      assert.deepEqual(
        result.reports.map((report) => [report.dropped, report.problems.map((p) => `${p.path}: ${p.found}`)]),
        [
          [false, [`$.projects[0].start: "${date}"`]],
          [false, [`$.projects[1].end: "${date}"`]],
        ],
        date,
      );
    }
  });

  it('drops an impossible or zone-less updated with a report', () => {
    for (const updated of [...IMPOSSIBLE_DATE_TIMES, '2026-11-28T09:30']) {
      const result = validateFeed({ ...sampleJson(), updated });
      assert.ok(result.ok);
      assert.equal(result.feed.updated, undefined, updated);
      assert.deepEqual(
        result.reports.map((report) => report.problems.map((p) => p.path)),
        [['$.updated']],
        updated,
      );
    }
  });
});

describe('the shipped JSON Schema and the validator', () => {
  const schema = JSON.parse(readFileSync(new URL('../../src/data/feed.schema.json', import.meta.url), 'utf8'));
  const schemaAccepts = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);

  it('agree on dates: the validator accepts none that the schema refuses (it is stricter: days must exist)', () => {
    const values = [...BAD_DATES, ...IMPOSSIBLE_DATE_TIMES, '2026-08-12', '2024-02-29', '2026-11-28T09:30:00+01:00', '2026-11-28T09:30'];
    for (const value of values) {
      for (const field of ['start', 'end'] as const) {
        const json = sampleJson();
        json.projects[0][field] = value;
        const validatorAccepts = (validateFeed(json) as { reports: unknown[] }).reports.length === 0;
        if (validatorAccepts) assert.ok(schemaAccepts(json), `${field} ${value}: the schema refuses what the validator accepts`);
        if (IMPOSSIBLE_DATES.includes(value)) assert.equal(validatorAccepts, false, value);
      }
      const json = { ...sampleJson(), updated: value };
      const validatorAccepts = (validateFeed(json) as { reports: unknown[] }).reports.length === 0;
      if (validatorAccepts) assert.ok(schemaAccepts(json), `updated ${value}: the schema refuses what the validator accepts`);
      assert.equal(validatorAccepts, isFeedDateTime(value), value);
    }
    assert.ok(schemaAccepts(sampleJson()));
  });
});

describe('parseFeed and a byte-order mark', () => {
  it('reads a feed saved with a UTF-8 byte-order mark as the widgets do (fetch drops it)', () => {
    const text = readFileSync(new URL('../../src/public/feeds/sample.json', import.meta.url), 'utf8');
    const result = parseFeed(`\uFEFF${text}`);
    assert.ok(result.ok, 'refused');
    assert.deepEqual(result.reports, []);
    assert.equal(result.feed.projects.length, 5);
    assert.equal(new TextDecoder().decode(new TextEncoder().encode(`\uFEFF${text}`)), text, 'what the widgets read');
  });

  it('still refuses a mark anywhere else, and text that is only a mark', () => {
    assert.equal(parseFeed('\uFEFF').ok, false);
    assert.equal(parseFeed('\uFEFF\uFEFF{"version": 1, "projects": []}').ok, false);
  });
});
